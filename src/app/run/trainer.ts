import type { BackendPreference } from '../../core/backend.js';
import type { ResolvedConfig } from '../../core/run-config.js';
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
  /** Per-epoch early termination (scans): honoured by the built-in trainer; a command trainer always runs to the end. */
  onEpochEnd?: (history: readonly HistoryRow[]) => 'continue' | 'stop';
}

export type HistoryRow = { epoch: number; loss: number; [key: string]: number | undefined };

export interface TrainerResult {
  trainer: string;
  backend: string;
  device: string;
  loss: number;
  eval: { accuracy: number; precision_macro: number; recall_macro: number; examples?: number } & Record<string, number>;
  profiling: Record<string, number>;
  train: { examples: number; epochs: number; steps?: number; stopped_early?: boolean };
  history: HistoryRow[];
  confusion_matrix?: { labels: string[]; counts: number[][] };
}

/** Runs the config's trainer: the entry of TRAINERS for its `trainer.type`. */
export async function executeTrainer(input: TrainerInput): Promise<TrainerResult> {
  const config = input.config.trainer;
  const trainer = TRAINERS[config.type] as TrainerType<typeof config>;
  // A trainer with no per-epoch channel back to mtrack cannot be stopped by hyperband.
  if (input.onEpochEnd && !trainer.stopsEarly)
    input.log(`mtrack: early_terminate is not applied to a ${config.type} trainer; the trial runs every epoch.`);
  return trainer.train(input, config);
}
