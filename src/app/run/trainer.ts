import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { badInput, checkFailed } from '../../core/errors.js';
import type { ResolvedConfig } from '../../core/run-config.js';
import type { ImageSplit } from '../../adapters/datasets/index.js';
import { readJsonDocument } from '../../adapters/documents.js';

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

/** Runs the config's trainer: the built-in TensorFlow.js one, or any command that honours the trainer contract. */
export async function executeTrainer(input: TrainerInput): Promise<TrainerResult> {
  if (input.config.trainer.type === 'command') {
    // A command trainer runs as one process with no per-epoch channel back to mtrack, so hyperband cannot stop it.
    if (input.onEpochEnd)
      input.log('mtrack: early_terminate is not applied to a command trainer; the trial runs every epoch.');
    return runCommandTrainer(input, input.config.trainer);
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
 * The trainer contract for any stack: mtrack runs `run[0] run[1..]` in the experiment repo with these variables, and
 * the command writes `$MTRACK_METRICS_OUT` (schemas/metrics.schema.json, experiment_id = $MTRACK_EXPERIMENT_ID) and
 * anything under `$MTRACK_ARTIFACTS_DIR`:
 * MTRACK_CONFIG (config_resolved.yaml), MTRACK_TRAIN_DIR / MTRACK_TEST_DIR (IDX split folders),
 * MTRACK_ARTIFACTS_DIR, MTRACK_METRICS_OUT, MTRACK_EXPERIMENT_ID, MTRACK_SEED.
 */
async function runCommandTrainer(
  input: TrainerInput,
  trainer: { run: string[]; timeout_s?: number },
): Promise<TrainerResult> {
  const metricsOut = join(input.runDir, '.trainer-metrics.json');
  const env = {
    ...process.env,
    MTRACK_CONFIG: join(input.runDir, 'config_resolved.yaml'),
    MTRACK_TRAIN_DIR: join(input.storeDir, 'train'),
    MTRACK_TEST_DIR: join(input.storeDir, 'test'),
    MTRACK_ARTIFACTS_DIR: join(input.runDir, 'artifacts'),
    MTRACK_METRICS_OUT: metricsOut,
    MTRACK_EXPERIMENT_ID: input.experimentId,
    MTRACK_SEED: String(input.config.seed),
  };
  const [command, ...args] = trainer.run;
  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: input.repoDir,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: (trainer.timeout_s ?? 3600) * 1000,
    });
    logLines(child.stdout, input.log);
    logLines(child.stderr, input.log);
    child.on('error', (e) => reject(badInput(`trainer.run: cannot start '${command}': ${e.message}.`)));
    child.on('close', (c) => resolve(c ?? 1));
  });
  if (code !== 0) throw checkFailed(`trainer.run '${trainer.run.join(' ')}' exited with code ${code}.`);
  const written = readJsonDocument<Record<string, unknown>>(
    metricsOut,
    'metrics',
    'trainer metrics ($MTRACK_METRICS_OUT)',
  );
  await rm(metricsOut);
  const profiling = written.profiling as TrainerResult['profiling'] & { device: string; backend: string };
  return {
    trainer: `command:${trainer.run.join(' ')}`,
    backend: profiling.backend,
    device: profiling.device,
    loss: written.loss as number,
    eval: written.eval as TrainerResult['eval'],
    profiling: Object.fromEntries(
      Object.entries(profiling).filter(([k]) => k !== 'device' && k !== 'backend'),
    ) as Record<string, number>,
    train: (written.train as TrainerResult['train']) ?? { examples: input.train.count, epochs: input.config.epochs },
    history: written.history as TrainerResult['history'],
    ...(written.confusion_matrix
      ? { confusion_matrix: written.confusion_matrix as TrainerResult['confusion_matrix'] }
      : {}),
  };
}

/** Logs a child's output stream line by line: a pipe delivers chunks, and a chunk may end mid-line. */
function logLines(stream: Readable, log: (line: string) => void): void {
  let partial = '';
  stream.setEncoding('utf8'); // decodes a multi-byte character split across chunks whole
  stream.on('data', (chunk: string) => {
    const lines = (partial + chunk).split('\n');
    partial = lines.pop()!;
    for (const line of lines) if (line) log(`  ${line}`);
  });
  stream.on('end', () => {
    if (partial) log(`  ${partial}`);
  });
}
