import { existsSync } from 'node:fs';
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { badInput, checkFailed } from '../../core/errors.js';
import { nameDetachedHead } from '../../adapters/git/index.js';
import type { RunOptions, RunResult } from '../run/run-experiment.js';
import type { ScanOptions, ScanPlan } from '../scan/scan.js';
import type { Workspace } from '../setup/workspace.js';

/** The use cases that train: this bundle's own (default) or those of an installed mtrack package (mtrack-path). */
export interface InstalledMtrack {
  loadWorkspace(start: string): Workspace;
  planScan(ws: Workspace, options: ScanOptions): ScanPlan;
  runScan(
    ws: Workspace,
    options: ScanOptions & { commit: boolean; log: (l: string) => void; onlyTrial?: number },
  ): Promise<RunResult[]>;
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
    runScan: scan.runScan,
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
  log: (line: string) => void;
}

export interface TrialOutput {
  provisionalId: string;
  folder: string; // absolute path of the run folder in outputDir
  primary: { name: string; value: number };
}

/** Trains one scan trial and moves its stamped run folder (provisional id) to `<outputDir>/experiments/`. */
export async function runTrial(options: TrialOptions): Promise<TrialOutput> {
  const mtrack = await loadInstalledMtrack(options.packageDir);
  const ws = withOverrides(mtrack.loadWorkspace(options.expDir), options);
  const plan = mtrack.planScan(ws, options.scan);
  const trial = plan.trials.find((t) => t.index === options.trial);
  if (!trial)
    throw badInput(
      `trial '${options.trial}': the scan ${plan.scan_path} has trials ${plan.trials.map((t) => t.index).join(', ') || '(none)'}.`,
    );
  if (options.paramsJson !== undefined && options.paramsJson !== '') {
    const expected = JSON.stringify(JSON.parse(options.paramsJson));
    if (expected !== JSON.stringify(trial.params)) {
      throw checkFailed(
        `trial ${options.trial}: the matrix says ${expected} but this checkout resolves ${JSON.stringify(trial.params)}; was scan.yaml changed between resolve and run?`,
      );
    }
  }
  if (options.headBranch) await nameDetachedHead(options.expDir, options.headBranch);
  const [result] = await mtrack.runScan(ws, {
    ...options.scan,
    onlyTrial: options.trial,
    commit: false,
    log: options.log,
  });
  if (!result) throw checkFailed(`trial ${options.trial}: the scan produced no run.`);
  const folder = await moveRunFolder(ws.expDir, result.folder, options.outputDir);
  await writeFile(
    join(options.outputDir, 'trial.json'),
    `${JSON.stringify({ trial: options.trial, params: trial.params, provisional_id: result.experimentId, folder: `experiments/${basename(folder)}` }, null, 2)}\n`,
  );
  return {
    provisionalId: result.experimentId,
    folder,
    primary: result.metrics.primary_metric as TrialOutput['primary'],
  };
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
