import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { headCommit, readFileAt, repairInterruptedCommits, withRepoLock } from '../../adapters/git/index.js';
import type { Workspace } from '../setup/workspace.js';
import { recordDatasetRef } from './dataset-ref.js';
import { latestRevision, readCommittedManifest, requireDatasetMetaRepo, type DatasetManifest } from './dataset-meta.js';
import { recoverRevisions } from './recover-revisions.js';

const toStderr = (line: string) => process.stderr.write(`${line}\n`);

/**
 * Runs a revision-writing use case under the dataset-meta repo's lock, after repairing what interrupted ones left
 * (recoverRevisions) and bringing the experiment repo's data/<id>/dataset.json up to the newest committed revision
 * (a kill between the two repos' commits leaves it behind).
 */
export async function withRevisionLock<T>(
  ws: Workspace,
  datasetId: string,
  fn: (completed: DatasetManifest[]) => Promise<T>,
  log: (line: string) => void = toStderr,
): Promise<T> {
  requireDatasetMetaRepo(ws.dataDir);
  return withRepoLock(
    ws.dataDir,
    async () => {
      const completed = await recoverRevisions(ws, datasetId, log);
      await syncDatasetRef(ws, datasetId, log);
      return fn(completed);
    },
    { onWait: (holder) => log(`mtrack: waiting for another mtrack process (pid ${holder.pid}) to finish a revision.`) },
  );
}

async function syncDatasetRef(ws: Workspace, datasetId: string, log: (line: string) => void): Promise<void> {
  await withRepoLock(ws.expDir, async () => {
    for (const line of await repairInterruptedCommits(ws.expDir))
      log(`mtrack: repaired an interrupted commit: ${line}.`);
  });
  if (!existsSync(join(ws.dataDir, 'datasets', datasetId, 'latest.txt'))) return;
  const latest = latestRevision(ws.dataDir, datasetId);
  // The committed copy, not the working tree's: a kill between writing dataset.json and its commit leaves a file
  // that already names the revision but was never committed.
  const head = await headCommit(ws.expDir);
  const bytes = head ? await readFileAt(ws.expDir, head, `data/${datasetId}/dataset.json`) : undefined;
  const recorded = bytes
    ? (JSON.parse(Buffer.from(bytes).toString('utf8')) as { revision_id?: string }).revision_id
    : undefined;
  if (recorded === latest) return;
  const { manifest, commit } = await readCommittedManifest(ws.dataDir, datasetId, latest);
  await recordDatasetRef(ws, manifest, commit);
  log(`mtrack: data/${datasetId}/dataset.json recorded ${latest} (an interrupted command had not).`);
}
