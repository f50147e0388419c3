import { join } from 'node:path';
import type { RunFacts } from '../../core/run-record.js';
import type { BaselineConfig } from '../../core/run-config.js';
import type { ArgTypes } from '../../core/wandb-command.js';
import type { EarlyTerminate } from '../../core/scan/index.js';
import { makeStagingDir, removeStagingDir } from '../../adapters/fs/staging.js';
import type { Workspace } from '../setup/workspace.js';
import { landRun } from './land-run.js';
import { planRun } from './plan-run.js';
import { recoverExperimentRepo, STAGING_DIR } from './recover-runs.js';
import type { TrainerInput } from './trainer.js';
import { writeRunFolder } from './write-run-folder.js';

export { STAGING_DIR } from './recover-runs.js';

export interface RunOptions {
  configPath: string; // relative to the experiment repo
  dataset?: string;
  overrides: Record<string, unknown>; // scan params, then --set, at dotted paths
  intent?: string;
  /** A scan trial's facts; `early_terminate` (the scan's hyperband settings) lands in manifest inputs.scan. */
  scan?: RunFacts['scan'] & { early_terminate?: EarlyTerminate };
  /** Asked after each epoch of the built-in trainer; 'stop' ends training early (metrics.json train.stopped_early). */
  onEpochEnd?: TrainerInput['onEpochEnd'];
  /** Replaces the config file's trainer (a scan's W&B program / command). */
  trainer?: BaselineConfig['trainer'];
  /** The metric the run is judged on when a scan names one. */
  metric?: { name: string; goal: 'maximize' | 'minimize' };
  /** Python types of a scan's values (floats, W&B nesting), for a command trainer's command line. */
  argTypes?: ArgTypes;
  commit: boolean;
  /** Train even when the config, scan file or trainer files are modified or uncommitted (stamped and noted). */
  allowDirty?: boolean;
  backend?: 'auto' | 'tensorflow' | 'wasm' | 'cpu';
  log: (line: string) => void;
  now?: () => Date;
}

export interface RunResult {
  experimentId: string;
  folder: string; // relative to the experiment repo
  metrics: Record<string, unknown>;
  commit?: string;
}

/**
 * plan (resolve, stamp) -> train + evaluate into a staging folder owned by this process, with no lock held, so
 * several runs train at once -> land (under the repo lock: final id, rename into experiments/, rules, commit).
 */
export async function runExperiment(ws: Workspace, options: RunOptions): Promise<RunResult> {
  const now = options.now ?? (() => new Date());
  if (options.commit) await recoverExperimentRepo(ws, options.log);
  const plan = await planRun(ws, options, now());
  options.log(
    `mtrack: training ${plan.facts.dataset.dataset_id} ${plan.facts.dataset.revision_id} (id ${plan.facts.experimentId} provisional)`,
  );
  const stagingDir = await makeStagingDir(join(ws.expDir, STAGING_DIR));
  try {
    const { folder, metrics } = await writeRunFolder(ws, plan, options, stagingDir, now);
    const landed = await landRun(
      ws,
      { dir: stagingDir, folder },
      {
        commit: options.commit,
        log: options.log,
        intent: plan.facts.intent,
      },
    );
    options.log(`mtrack: ${landed.experimentId} -> ${landed.folder}`);
    return { ...landed, metrics };
  } finally {
    await removeStagingDir(stagingDir);
  }
}
