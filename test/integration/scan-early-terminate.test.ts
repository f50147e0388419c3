import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { planScan, runScan, runScanTrial, type CollectedTrial } from '../../src/app/scan/scan.js';
import { verifyAll } from '../../src/app/verify/verify.js';
import type { Workspace } from '../../src/app/setup/workspace.js';
import { commitPaths } from '../../src/adapters/git/index.js';
import { schemaErrors } from '../../src/adapters/schemas.js';
import { mnistWorkspace } from '../helpers/mnist-workspace.js';

jest.setTimeout(240_000);

const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GIT_')));
const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, env: clean }).toString();
const quiet = () => undefined;

// Tiny on purpose: 300 images, a 16-unit MLP, 3 epochs; the CPU backend keeps it independent of wasm builds.
const TINY = `seed: 3
epochs: 3
batch_size: 32
max_train_examples: 300
architecture: {type: mlp, hidden: 16}
trainer: {type: builtin, backend: cpu}
eval: {latency_samples: 5}
`;
// Grid order follows the values: a good trial, a hopeless one (lr 1e-7 barely moves the weights), another good one.
const SCAN = `scan:
  method: grid
  parameters:
    learning_rate:
      values: [0.01, 0.0000001, 0.005]
  early_terminate:
    type: hyperband
    min_iter: 1
    eta: 3
`;

let root: string;
let ws: Workspace;

beforeAll(async () => {
  ({ root, ws } = await mnistWorkspace('mtrack-hyperband-'));
  writeFileSync(join(ws.expDir, 'configs/tiny.yaml'), TINY);
  writeFileSync(join(ws.expDir, 'configs/scan.yaml'), SCAN);
  await commitPaths(
    ws.expDir,
    ['configs/tiny.yaml', 'configs/scan.yaml'],
    'mtrack: scan — learning rates with hyperband',
  );
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

test('scan run stops a hopeless trial at the first hyperband bracket and lets good trials run every epoch', async () => {
  const lines: string[] = [];
  const results = await runScan(ws, { configPath: 'configs/tiny.yaml', commit: true, log: (l) => lines.push(l) });

  expect(results).toHaveLength(3);
  const read = (folder: string, file: string) => JSON.parse(readFileSync(join(ws.expDir, folder, file), 'utf8'));
  const [good, bad, good2] = results.map((r) => ({
    metrics: read(r.folder, 'metrics.json'),
    manifest: read(r.folder, 'manifest.json'),
    folder: r.folder,
  }));
  for (const run of [good, bad, good2]) {
    expect(schemaErrors('metrics', run.metrics)).toEqual([]);
    expect(schemaErrors('manifest', run.manifest)).toEqual([]);
    expect(run.manifest.inputs.scan.early_terminate).toEqual({ type: 'hyperband', min_iter: 1, eta: 3, strict: true });
  }
  expect(bad.manifest.inputs.scan.params).toEqual({ learning_rate: 1e-7 });

  // The bad trial: one epoch (bracket 1), then evaluated and exported like any run.
  expect(bad.metrics.train).toMatchObject({ epochs: 1, stopped_early: true });
  expect(bad.metrics.history).toHaveLength(1);
  expect(bad.metrics.history[0].accuracy).toBeLessThan(good.metrics.history[0].accuracy);
  expect(typeof bad.metrics.eval.accuracy).toBe('number');
  expect(existsSync(join(ws.expDir, bad.folder, 'artifacts/model/model.json'))).toBe(true);
  expect(lines.some((l) => /scan trial 1 stopped early after epoch 1/.test(l))).toBe(true);

  // Good trials: every configured epoch, recorded as not stopped.
  for (const run of [good, good2]) {
    expect(run.metrics.train).toMatchObject({ epochs: 3, stopped_early: false });
    expect(run.metrics.history.map((h: { epoch: number }) => h.epoch)).toEqual([1, 2, 3]);
  }
  expect(lines.filter((l) => /stopped early/.test(l))).toHaveLength(2); // the trainer's line and the scan's, trial 1 only
  expect(git(ws.expDir, 'status', '--porcelain')).toBe('');
  expect(await verifyAll(ws.expDir, { warn: quiet })).toEqual([]);
});

test("a trial job's hyperband also compares with runs collected elsewhere (the Action's earlier waves on the bot branch)", async () => {
  // Another scan (another hash), so the runs the test above committed are not its peers.
  writeFileSync(join(ws.expDir, 'configs/scan2.yaml'), SCAN.replace('[0.01, 0.0000001, 0.005]', '[0.0000001, 0.02]'));
  await commitPaths(ws.expDir, ['configs/scan2.yaml'], 'mtrack: scan2 — hyperband against collected runs');
  const options = { scanPath: 'configs/scan2.yaml', configPath: 'configs/tiny.yaml', commit: false, log: quiet };
  const { scan_hash } = planScan(ws, options);
  const hopeless = { index: 0, params: { learning_rate: 1e-7 } };
  const epochs = async (collected: CollectedTrial[]) => {
    const r = await runScanTrial(ws, { ...options, collected }, hopeless);
    const metrics = JSON.parse(readFileSync(join(ws.expDir, r.folder, 'metrics.json'), 'utf8'));
    rmSync(join(ws.expDir, r.folder), { recursive: true, force: true });
    return metrics.train;
  };
  // No peer: nothing to compare with, every epoch runs.
  expect(await epochs([])).toMatchObject({ epochs: 3, stopped_early: false });
  // A collected run of this scan that learned well: the hopeless trial stops at the first rung.
  const good = { epoch: 1, accuracy: 0.8, loss: 0.6 };
  const history = [good, { ...good, epoch: 2 }, { ...good, epoch: 3 }];
  const peer = { scanHash: scan_hash, params: { learning_rate: 0.02 }, value: 0.8, configHash: 'sha256:peer', history };
  expect(await epochs([peer])).toMatchObject({ epochs: 1, stopped_early: true });
  // ... but not a collected run of another scan.
  expect(await epochs([{ ...peer, scanHash: 'sha256:other' }])).toMatchObject({ epochs: 3, stopped_early: false });
});
