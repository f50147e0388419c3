import type { BackendPreference } from '../../core/backend.js';
import type { ResolvedConfig } from '../../core/run-config.js';
import type { ArgTypes } from '../../core/wandb-command.js';
import type { ImageSplit } from '../../adapters/datasets/index.js';
import { TRAINERS, type TrainerType } from './trainers/index.js';

export interface TrainerInput {
  config: ResolvedConfig;
  configText: string;
  backend: BackendPreference;
  train: ImageSplit;
  test: ImageSplit;
  runDir: string; // the staging run folder: artifacts/ goes here
  storeDir: string; // the dataset revision folder in the store
  repoDir: string; // the experiment repo: a command trainer runs here, so `run: [python3, src/train.py]` works
  experimentId: string;
  log: (line: string) => void;
  /** The metric the run is judged on (a scan's), when it differs from the config's. */
  metric?: { name: string; goal: 'maximize' | 'minimize' };
  /** Python types of a scan's values, for a command trainer's command line. */
  argTypes?: ArgTypes;
  /** The dataset revision's identity, handed to a command trainer as variables. */
  dataset?: { revision: string; checksums: string; train_hash: string; test_hash: string };
  /** Per-epoch early termination (scans): 'stop' ends the built-in training loop or the command trainer's process. */
  onEpochEnd?: (history: readonly HistoryRow[]) => 'continue' | 'stop';
}

export type HistoryRow = { epoch: number; loss?: number; [key: string]: number | undefined };

export interface TrainerResult {
  trainer: string;
  backend: string;
  device: string;
  loss?: number;
  eval: Record<string, number>;
  profiling: Record<string, number>;
  train: { examples: number; epochs: number; steps?: number; stopped_early?: boolean };
  history: HistoryRow[];
  confusion_matrix?: { labels: string[]; counts: number[][] };
  /** A command trainer's primary metric (the built-in one's is read from eval). */
  primary?: { name: string; value: number };
  failure?: { reason: string; stderr_tail: string[] };
  throughput?: number;
  resource_profile?: Record<string, unknown>;
}

/**
 * Runs the config's trainer: the entry of TRAINERS for its `trainer.type`. A trainer that reports no figure under
 * the metric the run is judged on has failed: recording another figure (accuracy) under that name would make a scan
 * optimize the wrong thing.
 */
export async function executeTrainer(input: TrainerInput): Promise<TrainerResult> {
  const result = await runTrainerType(input);
  const name = input.metric?.name ?? input.config.metric?.name ?? 'accuracy';
  if (result.failure || reportedMetric(result, name) !== undefined) return result;
  const reported = [...Object.keys(result.eval), ...(result.loss !== undefined ? ['loss'] : [])].sort().join(', ');
  return {
    ...result,
    failure: {
      reason: `the trainer reported no metric '${name}' (it reported: ${reported || 'none'})`,
      stderr_tail: [],
    },
  };
}

/** The figure a run is judged on: a command trainer's primary metric, else the evaluation's (test loss included). */
export function reportedMetric(t: TrainerResult, name: string): number | undefined {
  return t.primary?.value ?? t.eval[name] ?? (name === 'loss' ? t.loss : undefined);
}

async function runTrainerType(input: TrainerInput): Promise<TrainerResult> {
  const config = input.config.trainer;
  const trainer = TRAINERS[config.type] as TrainerType<typeof config>;
  // A trainer with no per-epoch channel back to mtrack cannot be stopped by hyperband.
  if (input.onEpochEnd && !trainer.stopsEarly)
    input.log(`mtrack: early_terminate is not applied to a ${config.type} trainer; the trial runs every epoch.`);
  return trainer.train(input, config);
}
