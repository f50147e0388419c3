import { existsSync } from 'node:fs';
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { badInput, checkFailed } from '../../core/errors.js';
import { nameDetachedHead } from '../../adapters/git/index.js';
import { SCAN_METHODS } from '../../core/scan/index.js';
import type { Metrics } from '../../core/documents/index.js';
import type { RunOptions, RunResult } from '../run/run-experiment.js';
import type { CollectedTrial, ScanOptions, ScanPlan } from '../scan/scan.js';
import type { Workspace } from '../setup/workspace.js';

/** The use cases that train: this bundle's own (default) or those of an installed mtrack package (mtrack-path). */
export interface InstalledMtrack {
  loadWorkspace(start: string): Workspace;
  planScan(ws: Workspace, options: ScanOptions): ScanPlan;
  runScanTrial(
    ws: Workspace,
    options: ScanOptions & { commit: boolean; log: (l: string) => void },
    trial: { index: number; params: Record<string, unknown> },
  ): Promise<RunResult>;
  runExperiment(ws: Workspace, options: RunOptions): Promise<RunResult>;
}

/**
 * The use cases that train. Without `packageDir`, this process's own: in the Action bundle they and TensorFlow.js
 * sit in lazy chunks (with the wasm files next to them), so a trial job needs no install and the other commands
 * never load TensorFlow.js. With `packageDir` (mtrack-path), those of an installed mtrack (its compiled lib/ and
 * node_modules), e.g. one built with @tensorflow/tfjs-node.
 */
export async function loadInstalledMtrack(packageDir?: string): Promise<InstalledMtrack> {
  if (packageDir === undefined) return toInstalled(await loadOwnModules());
  const file = (name: string) => join(packageDir, 'lib', 'src', 'app', ...name.split('/'));
  if (!existsSync(file('scan/scan.js'))) {
    throw badInput(
      `mtrack-path '${packageDir}': no installed mtrack there (expected lib/src/app/scan/scan.js).`,
      'Leave mtrack-path empty to train with the Action itself, or run `npm ci` in an mtrack checkout (or `npm install mtrack`) and pass its folder.',
    );
  }
  // webpackIgnore: ncc must leave these imports alone so they resolve on the runner, next to their node_modules.
  const load = (name: string) => import(/* webpackIgnore: true */ pathToFileURL(file(name)).href);
  return toInstalled(
    await Promise.all([load('scan/scan.js'), load('run/run-experiment.js'), load('setup/workspace.js')]),
  );
}

const loadOwnModules = () =>
  Promise.all([import('../scan/scan.js'), import('../run/run-experiment.js'), import('../setup/workspace.js')]);

function toInstalled([scan, run, workspace]: Awaited<ReturnType<typeof loadOwnModules>>): InstalledMtrack {
  return {
    loadWorkspace: workspace.loadWorkspace,
    planScan: scan.planScan,
    runScanTrial: scan.runScanTrial,
    runExperiment: run.runExperiment,
  };
}

export interface WorkspaceOverrides {
  storeRoot?: string;
  dataDir?: string;
}

/** mtrack.yaml's paths, with the runner's locations of the dataset store and dataset-meta checkout when given. */
export function withOverrides(ws: Workspace, o: WorkspaceOverrides): Workspace {
  return { ...ws, ...(o.storeRoot ? { storeRoot: o.storeRoot } : {}), ...(o.dataDir ? { dataDir: o.dataDir } : {}) };
}

export interface TrialOptions extends WorkspaceOverrides {
  expDir: string;
  packageDir?: string; // an installed mtrack (mtrack-path); default: this process's own use cases
  trial: number;
  paramsJson?: string; // the matrix entry's params: the runner must resolve the same trial
  scan: ScanOptions;
  outputDir: string;
  headBranch?: string; // the PR's head branch: stamped as git_branch instead of the detached checkout's 'HEAD'
  /** The runs this scan collected on the bot branch; read only when the scan uses hyperband (they are its peers). */
  collected?: () => Promise<CollectedTrial[]>;
  log: (line: string) => void;
}

export interface TrialOutput {
  provisionalId: string;
  folder: string; // absolute path of the run folder in outputDir
  primary?: { name: string; value: number }; // none when the trial failed
  failure?: string; // why the trainer failed (exit code, timeout, NaN or missing metric): metrics.json says more
}

/**
 * Trains one scan trial and moves its stamped run folder (provisional id) to `<outputDir>/experiments/`. A failed
 * trial is a result, not an error: its folder (status failed, reason, partial history) is moved there too.
 */
export async function runTrial(options: TrialOptions): Promise<TrialOutput> {
  const mtrack = await loadInstalledMtrack(options.packageDir);
  const ws = withOverrides(mtrack.loadWorkspace(options.expDir), options);
  const { params, plan } = trialParams(mtrack, ws, options);
  if (options.headBranch) await nameDetachedHead(options.expDir, options.headBranch);
  // Hyperband compares the trial with the scan's earlier waves, which only the bot branch holds.
  const collected = plan.early_terminate && options.collected ? await options.collected() : [];
  const result = await mtrack.runScanTrial(
    ws,
    { ...options.scan, collected, commit: false, log: options.log },
    { index: options.trial, params },
  );
  const folder = await moveRunFolder(ws.expDir, result.folder, options.outputDir);
  await writeFile(
    join(options.outputDir, 'trial.json'),
    `${JSON.stringify({ trial: options.trial, params, provisional_id: result.experimentId, folder: `experiments/${basename(folder)}` }, null, 2)}\n`,
  );
  const metrics = result.metrics as Pick<Metrics, 'primary_metric' | 'status' | 'failure'>;
  if (metrics.status === 'failed')
    return { provisionalId: result.experimentId, folder, failure: metrics.failure?.reason ?? 'unknown failure' };
  return { provisionalId: result.experimentId, folder, primary: metrics.primary_metric };
}

/**
 * The parameters a trial job trains: its matrix entry's. A grid or random entry must also be what this checkout
 * resolves (the scan did not change between resolve and run); a bayes entry was suggested from the results collected
 * so far, which the checkout does not hold, so the job trains it as given (runScanTrial checks it is in the space).
 */
function trialParams(
  mtrack: InstalledMtrack,
  ws: Workspace,
  options: TrialOptions,
): { params: Record<string, unknown>; plan: ScanPlan } {
  const given = options.paramsJson ? (JSON.parse(options.paramsJson) as Record<string, unknown>) : undefined;
  const plan = mtrack.planScan(ws, options.scan);
  if (SCAN_METHODS[plan.method].adaptive) {
    if (!given)
      throw badInput(`trial ${options.trial}: a ${plan.method} trial needs params-json (matrix.params_json).`);
    return { params: given, plan };
  }
  const trial = plan.trials.find((t) => t.index === options.trial);
  if (!trial)
    throw badInput(
      `trial '${options.trial}': the scan ${plan.scan_path} has trials ${plan.trials.map((t) => t.index).join(', ') || '(none)'}.`,
    );
  if (given && JSON.stringify(given) !== JSON.stringify(trial.params)) {
    throw checkFailed(
      `trial ${options.trial}: the matrix says ${JSON.stringify(given)} but this checkout resolves ${JSON.stringify(trial.params)}; was scan.yaml changed between resolve and run?`,
    );
  }
  return { params: trial.params, plan };
}

/** Moves a fresh run folder out of the checkout into `<outputDir>/experiments/` (the artifact to upload). */
export async function moveRunFolder(expDir: string, folder: string, outputDir: string): Promise<string> {
  const target = join(outputDir, 'experiments', basename(folder));
  if (existsSync(target))
    throw badInput(`output-dir '${outputDir}' already holds ${basename(folder)}; use a fresh output-dir per trial.`);
  await mkdir(join(outputDir, 'experiments'), { recursive: true });
  await cp(join(expDir, folder), target, { recursive: true });
  await rm(join(expDir, folder), { recursive: true, force: true });
  return target;
}
