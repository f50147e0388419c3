import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { judgeReported, type MetricRow, type Reported } from '../../../core/command-metrics.js';
import { argsJson, buildWandbCommand, type ArgTypes } from '../../../core/wandb-command.js';
import { runProcess } from './run-process.js';

export interface CommandTrainerConfig {
  type: 'command';
  run?: string[];
  command?: string[];
  program?: string;
  interpreter?: string;
  timeout_s?: number;
  grace_s?: number;
}

export interface CommandTrainerInput {
  trainer: CommandTrainerConfig;
  params: Record<string, unknown>;
  metric: { name: string; goal: 'maximize' | 'minimize' };
  seed: number;
  runDir: string;
  storeDir: string;
  repoDir: string;
  experimentId: string;
  dataset?: { revision: string; checksums: string; train_hash: string; test_hash: string };
  argTypes?: ArgTypes;
  log: (line: string) => void;
  onEpochEnd?: (history: readonly MetricRow[]) => 'continue' | 'stop';
}

export interface CommandTrainerOutcome {
  argv: string[];
  reported: Reported;
  stopped: boolean;
  seconds: number;
  /** Set when the run failed: the reason and the last lines the script wrote to stderr. */
  failure?: { reason: string; stderr_tail: string[] };
  primary?: number;
  finals: Record<string, number>;
}

const DEFAULT_TIMEOUT_S = 3600;
const DEFAULT_GRACE_S = 10;

/** The argv of a command trainer for these params: `run` as written, or W&B's macros over `command` / `program`. */
export function commandArgv(
  trainer: CommandTrainerConfig,
  params: Record<string, unknown>,
  argsJsonFile: string,
  envVars: Record<string, string | undefined>,
  types?: ArgTypes,
): string[] {
  return buildWandbCommand({
    command: trainer.command ?? trainer.run,
    ...(trainer.program === undefined ? {} : { program: trainer.program }),
    interpreter: trainer.interpreter ?? 'python',
    params,
    ...(types ? { types } : {}),
    argsJsonFile,
    envVars,
  });
}

/**
 * Runs a command trainer: the argv W&B's agent would build, in the experiment repo, with the contract variables;
 * follows its JSON-lines metrics; stops it (SIGTERM, then SIGKILL after grace_s) on timeout or hyperband's word.
 */
export async function runCommandTrainer(input: CommandTrainerInput): Promise<CommandTrainerOutcome> {
  const metricsFile = join(input.runDir, '.trainer-metrics.jsonl');
  const argsFile = join(input.runDir, '.sweep-args.json');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    MTRACK_CONFIG: join(input.runDir, 'config_resolved.yaml'),
    MTRACK_PARAMS: JSON.stringify(input.params),
    MTRACK_RUN_DIR: input.runDir,
    MTRACK_TRAIN_DIR: join(input.storeDir, 'train'),
    MTRACK_TEST_DIR: join(input.storeDir, 'test'),
    MTRACK_ARTIFACTS_DIR: join(input.runDir, 'artifacts'),
    MTRACK_METRICS_OUT: metricsFile,
    MTRACK_EXPERIMENT_ID: input.experimentId,
    MTRACK_SEED: String(input.seed),
    ...(input.dataset
      ? {
          MTRACK_DATASET_REVISION: input.dataset.revision,
          MTRACK_DATASET_CHECKSUMS: input.dataset.checksums,
          MTRACK_TRAIN_HASH: input.dataset.train_hash,
          MTRACK_TEST_HASH: input.dataset.test_hash,
        }
      : {}),
  };
  const argv = commandArgv(input.trainer, input.params, argsFile, env, input.argTypes);
  await writeFile(argsFile, argsJson(input.params, input.argTypes));
  input.log(`mtrack: trainer command: ${JSON.stringify(argv)}`);
  const started = Date.now();
  const timeoutS = input.trainer.timeout_s ?? DEFAULT_TIMEOUT_S;
  try {
    const out = await runProcess({
      argv,
      cwd: input.repoDir,
      env,
      timeoutMs: timeoutS * 1000,
      graceMs: (input.trainer.grace_s ?? DEFAULT_GRACE_S) * 1000,
      metricsFile,
      ...(input.onEpochEnd ? { onRow: input.onEpochEnd } : {}),
      log: input.log,
    });
    const seconds = (Date.now() - started) / 1000;
    const base = { argv, reported: out.reported, stopped: out.stopped, seconds, finals: {} };
    const fail = (reason: string) => ({ ...base, failure: { reason, stderr_tail: out.stderrTail } });
    if (out.timedOut) return fail(`timed out after timeout_s ${timeoutS}`);
    if (out.reported.legacy && out.code === 0) return { ...base, finals: {} };
    // A script stopped by hyperband may die by the signal or exit non-zero: its reported epochs are its result.
    if (!out.stopped && out.code !== 0)
      return fail(out.signal ? `killed by ${out.signal}` : `exited with code ${out.code}`);
    const judged = judgeReported(out.reported, input.metric.name);
    if (!judged.ok) return fail(judged.reason);
    return { ...base, primary: judged.primary, finals: judged.finals };
  } finally {
    await rm(metricsFile, { force: true });
    await rm(argsFile, { force: true });
  }
}
