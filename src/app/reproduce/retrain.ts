import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkFailed } from '../../core/errors.js';
import type { RunOutcome } from '../../core/reproduce/compare-runs.js';
import { addWorktree, removeWorktree } from '../../adapters/git/index.js';
import { readCommittedManifest } from '../data/dataset-meta.js';
import { loadRevisionSplit, revisionFolder, verifyRevision } from '../data/dataset-store.js';
import type { Workspace } from '../setup/workspace.js';
import { environmentFacts } from '../run/environment.js';
import { executeTrainer } from '../run/trainer.js';
import { hashArtifacts } from '../run/write-run-folder.js';
import type { RecordedRun } from './load-recorded-run.js';

export interface Retrained {
  outcome: RunOutcome;
  environment: Awaited<ReturnType<typeof environmentFacts>>;
  device: string;
}

/**
 * Trains the recorded config again: in a clean worktree at the run's git_commit (a command trainer runs its program
 * as committed there), on the recorded dataset revision's verified bytes, with the recorded backend and wasm thread
 * count. Nothing is written to the experiment repo.
 */
export async function retrain(
  ws: Workspace,
  run: RecordedRun,
  log: (line: string) => void,
  backend?: 'auto' | 'tensorflow' | 'wasm' | 'cpu',
): Promise<Retrained> {
  const recorded = run.manifest.inputs.dataset;
  const { manifest: dataset } = await readCommittedManifest(ws.dataDir, recorded.dataset_id, recorded.revision_id);
  if (dataset.checksums !== recorded.checksums)
    throw checkFailed(
      `${recorded.dataset_id} ${recorded.revision_id}: the dataset-meta repo's checksums '${dataset.checksums}' are not the run's '${recorded.checksums}'.`,
    );
  await verifyRevision(ws, dataset);
  log(`mtrack: ${recorded.dataset_id} ${recorded.revision_id}: store bytes verified`);
  const threads = /(\d+) threads?/.exec(run.device ?? '')?.[1];
  // The wasm backend's thread count changes summation order; the trainer reads it when it first starts.
  if (threads && !process.env.MTRACK_WASM_THREADS) process.env.MTRACK_WASM_THREADS = threads;
  const scratch = await mkdtemp(join(tmpdir(), 'mtrack-reproduce-'));
  const worktree = join(scratch, 'worktree');
  const runDir = join(scratch, 'run');
  try {
    await addWorktree(ws.expDir, worktree, run.manifest.stamp.git_commit);
    await mkdir(join(runDir, 'artifacts'), { recursive: true });
    await writeFile(join(runDir, 'config_resolved.yaml'), run.configText);
    const [train, test] = await Promise.all([
      loadRevisionSplit(ws, dataset, 'train'),
      loadRevisionSplit(ws, dataset, 'test'),
    ]);
    const trained = await executeTrainer({
      config: run.config,
      configText: run.configText,
      backend: backend ?? (run.manifest.environment.backend as 'wasm'),
      train,
      test,
      runDir,
      storeDir: await revisionFolder(ws, dataset),
      repoDir: worktree,
      experimentId: run.manifest.experiment_id,
      log,
    });
    // A recorded failure is a result for `run`; here there is nothing to compare with the recorded run.
    if (trained.failure)
      throw checkFailed(`${run.manifest.experiment_id}: retraining failed: ${trained.failure.reason}.`);
    return {
      outcome: {
        metrics: {
          primary_metric: {
            name: run.outcome.metrics.primary_metric.name,
            value: trained.eval[run.outcome.metrics.primary_metric.name] ?? trained.eval.accuracy,
          },
          ...(trained.loss !== undefined ? { loss: trained.loss } : {}),
          eval: trained.eval,
          train: trained.train,
          history: trained.history,
        },
        artifacts: await hashArtifacts(runDir),
      },
      environment: await environmentFacts(trained),
      device: trained.device,
    };
  } finally {
    await removeWorktree(ws.expDir, worktree);
    await rm(scratch, { recursive: true, force: true });
  }
}
