import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import type { TrainerConfig } from '../../../core/backend.js';
import { badInput, checkFailed } from '../../../core/errors.js';
import type { Metrics } from '../../../core/documents/index.js';
import { readJsonDocument } from '../../../adapters/documents.js';
import type { TrainerInput, TrainerResult } from '../trainer.js';
import type { TrainerType } from './trainer-type.js';

type CommandTrainerConfig = Extract<TrainerConfig, { type: 'command' }>;

/** `trainer: {type: command, run: [...]}`: any program that honours the trainer contract below. */
export const command: TrainerType<CommandTrainerConfig> = {
  description: 'runs `run` in the experiment repo; it reads MTRACK_* variables and writes $MTRACK_METRICS_OUT',
  // One process with no per-epoch channel back to mtrack.
  stopsEarly: false,
  train: runCommandTrainer,
};

/**
 * The trainer contract for any stack: mtrack runs `run[0] run[1..]` in the experiment repo with these variables, and
 * the command writes `$MTRACK_METRICS_OUT` (schemas/metrics.schema.json, experiment_id = $MTRACK_EXPERIMENT_ID) and
 * anything under `$MTRACK_ARTIFACTS_DIR`:
 * MTRACK_CONFIG (config_resolved.yaml), MTRACK_TRAIN_DIR / MTRACK_TEST_DIR (IDX split folders),
 * MTRACK_ARTIFACTS_DIR, MTRACK_METRICS_OUT, MTRACK_EXPERIMENT_ID, MTRACK_SEED.
 */
async function runCommandTrainer(input: TrainerInput, trainer: CommandTrainerConfig): Promise<TrainerResult> {
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
  const written = readJsonDocument<Metrics>(metricsOut, 'metrics', 'trainer metrics ($MTRACK_METRICS_OUT)');
  await rm(metricsOut);
  const { device, backend, ...profiling } = written.profiling;
  return {
    trainer: `command:${trainer.run.join(' ')}`,
    backend,
    device,
    loss: written.loss,
    eval: written.eval as TrainerResult['eval'],
    profiling: profiling as Record<string, number>,
    train: written.train ?? { examples: input.train.count, epochs: input.config.epochs },
    history: written.history as TrainerResult['history'],
    ...(written.confusion_matrix ? { confusion_matrix: written.confusion_matrix } : {}),
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
