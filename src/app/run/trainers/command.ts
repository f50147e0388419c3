import type { TrainerConfig } from '../../../core/backend.js';
import {
  runCommandTrainer,
  type CommandTrainerConfig as RunnerConfig,
} from '../../../adapters/trainer/command/run-command-trainer.js';
import type { HistoryRow, TrainerInput, TrainerResult } from '../trainer.js';
import type { TrainerType } from './trainer-type.js';

type CommandTrainerConfig = Extract<TrainerConfig, { type: 'command' }>;

/** `trainer: {type: command, ...}`: any program that honours the trainer contract below, W&B-style command lines. */
export const command: TrainerType<CommandTrainerConfig> = {
  description:
    "runs the argv W&B's agent would build in the experiment repo; the script reports JSON lines to $MTRACK_METRICS_OUT",
  // The metrics file is followed as it grows, so hyperband can stop the process after a rung.
  stopsEarly: true,
  train: (input, trainer) => runCommand(input, trainer as RunnerConfig),
};

/**
 * The trainer contract for any stack (adapters/trainer/command): mtrack runs the argv W&B's agent would build in
 * the experiment repo; the script appends JSON lines to $MTRACK_METRICS_OUT (or writes the old full metrics object).
 * A failure (exit code, timeout, missing or NaN metric) is a result, recorded as a failed run.
 */
async function runCommand(input: TrainerInput, trainer: RunnerConfig): Promise<TrainerResult> {
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
