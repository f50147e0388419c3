import { join } from 'node:path';
import type { ResolvedConfig } from '../../core/run-config.js';
import type { ArgTypes } from '../../core/wandb-command.js';
import type { ImageSplit } from '../../adapters/datasets/index.js';
import { runCommandTrainer, type CommandTrainerConfig } from '../../adapters/trainer/command/run-command-trainer.js';

export interface TrainerInput {
  config: ResolvedConfig;
  configText: string;
  backend: 'auto' | 'tensorflow' | 'wasm' | 'cpu';
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
  /** A command trainer's primary metric (the built-in one's is read from eval). */
  primary?: { name: string; value: number };
  failure?: { reason: string; stderr_tail: string[] };
  throughput?: number;
  resource_profile?: Record<string, unknown>;
}

/** Runs the config's trainer: the built-in TensorFlow.js one, or any command that honours the trainer contract. */
export async function executeTrainer(input: TrainerInput): Promise<TrainerResult> {
  if (input.config.trainer.type === 'command') {
    return runCommand(input, input.config.trainer);
  }
  // Lazy: keeps TensorFlow.js out of everything that does not train (hooks, the Action bundle, verify).
  // webpackIgnore: the Action bundle (ncc) must not carry TensorFlow.js; it trains through the installed package.
  const { trainAndEvaluate } = await import(/* webpackIgnore: true */ '../../adapters/trainer/index.js');
  const out = await trainAndEvaluate({
    config: input.config,
    backend: input.backend,
    train: input.train,
    test: input.test,
    artifactsDir: join(input.runDir, 'artifacts'),
    log: input.log,
    ...(input.onEpochEnd ? { onEpochEnd: input.onEpochEnd } : {}),
  });
  return { trainer: 'builtin:tfjs', ...out };
}

/**
 * The trainer contract for any stack (adapters/trainer/command): mtrack runs the argv W&B's agent would build in
 * the experiment repo; the script appends JSON lines to $MTRACK_METRICS_OUT (or writes the old full metrics object).
 * A failure (exit code, timeout, missing or NaN metric) is a result, recorded as a failed run.
 */
async function runCommand(input: TrainerInput, trainer: CommandTrainerConfig): Promise<TrainerResult> {
  const metric = input.metric ?? {
    name: input.config.metric?.name ?? 'accuracy',
    goal: input.config.metric?.goal ?? 'maximize',
  };
  const out = await runCommandTrainer({
    trainer,
    params: input.config.params ?? {},
    metric,
    seed: input.config.seed,
    runDir: input.runDir,
    storeDir: input.storeDir,
    repoDir: input.repoDir,
    experimentId: input.experimentId,
    ...(input.dataset ? { dataset: input.dataset } : {}),
    ...(input.argTypes ? { argTypes: input.argTypes } : {}),
    log: input.log,
    ...(input.onEpochEnd ? { onEpochEnd: input.onEpochEnd } : {}),
  });
  const legacy = out.reported.legacy;
  if (legacy && !out.failure) return fromLegacy(out.argv, legacy, input);
  const { reported } = out;
  const profile = reported.extra.resource_profile;
  return {
    trainer: `command:${out.argv.join(' ')}`,
    backend: typeof reported.extra.backend === 'string' ? reported.extra.backend : 'command',
    device: typeof reported.extra.device === 'string' ? reported.extra.device : 'unknown',
    ...(out.finals.loss !== undefined ? { loss: out.finals.loss } : {}),
    eval: finiteOnly(Object.fromEntries(Object.entries(out.finals).filter(([k]) => k !== 'throughput'))),
    profiling: { train_seconds: Math.round(out.seconds * 1000) / 1000 },
    train: {
      examples: out.finals.examples ?? input.train.count,
      epochs: reported.history.length,
      ...(input.onEpochEnd ? { stopped_early: out.stopped } : {}),
    },
    // JSON has no NaN: a non-finite figure stays out of the record (the failure reason names it).
    history: reported.history.map(finiteOnly) as HistoryRow[],
    ...(out.primary !== undefined ? { primary: { name: metric.name, value: out.primary } } : {}),
    ...(out.failure ? { failure: out.failure } : {}),
    ...(out.finals.throughput !== undefined ? { throughput: out.finals.throughput } : {}),
    ...(profile !== null && typeof profile === 'object'
      ? { resource_profile: profile as Record<string, unknown> }
      : {}),
  };
}

function finiteOnly<T extends Record<string, number>>(row: T): T {
  return Object.fromEntries(Object.entries(row).filter(([, v]) => Number.isFinite(v))) as T;
}

/** The first contract: the script wrote a whole metrics.json object. */
function fromLegacy(argv: string[], written: Record<string, unknown>, input: TrainerInput): TrainerResult {
  const profiling = written.profiling as TrainerResult['profiling'] & { device: string; backend: string };
  return {
    trainer: `command:${argv.join(' ')}`,
    backend: profiling.backend,
    device: profiling.device,
    loss: written.loss as number,
    eval: written.eval as TrainerResult['eval'],
    profiling: Object.fromEntries(
      Object.entries(profiling).filter(([k]) => k !== 'device' && k !== 'backend'),
    ) as Record<string, number>,
    train: (written.train as TrainerResult['train']) ?? { examples: input.train.count, epochs: input.config.epochs },
    history: written.history as TrainerResult['history'],
  };
}
