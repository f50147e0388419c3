import { existsSync, readdirSync } from 'node:fs';
import { chmod, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { dataPaths, storePaths } from '../../core/dataset-paths.js';
import { isRevisionId } from '../../core/ids.js';
import { readJsonDocument } from '../../adapters/documents.js';
import { sweepDeadStaging } from '../../adapters/fs/staging.js';
import { commitPaths, execGit, headCommit, lsTree, repairInterruptedCommits } from '../../adapters/git/index.js';
import type { Workspace } from '../setup/workspace.js';
import type { DatasetManifest } from './dataset-meta.js';
import { verifyRevision } from './dataset-store.js';

/**
 * Repairs what a killed `data materialize` / `promote-heldout` leaves. Call under the dataset-meta repo's lock.
 * A revision is complete only when its manifest is committed in the dataset-meta repo; before that:
 * - store folder + written manifest whose bytes verify against it: the commit is finished now;
 * - anything else (store folder without manifest, manifest without store folder, bytes that do not verify): the
 *   revision never existed for anyone, so both halves are removed and the next command starts it afresh.
 * Returns the revisions finished, so the caller can record the newest in the experiment repo.
 */
export async function recoverRevisions(
  ws: Workspace,
  datasetId: string,
  log: (line: string) => void,
): Promise<DatasetManifest[]> {
  // A remote (s3) store has no folders to sweep: its revision is complete once checksums.json exists, and a
  // retry writes the same keys write-once (see adapters/store/s3-store.ts); only the dataset-meta side is repaired.
  const swept = ws.storeRoot ? await sweepDeadStaging(join(ws.storeRoot, '.staging')) : [];
  if (swept.length) log(`mtrack: removed ${swept.length} staging folder(s) of interrupted dataset revisions.`);
  for (const line of await repairInterruptedCommits(ws.dataDir))
    log(`mtrack: repaired an interrupted commit: ${line}.`);
  const committed = await committedRevisions(ws, datasetId);
  const inStore = ws.storeRoot ? revisionsIn(join(ws.storeRoot, datasetId)) : [];
  const inMeta = revisionsIn(join(ws.dataDir, 'datasets', datasetId, 'revisions'));
  const finished: DatasetManifest[] = [];
  for (const rev of [...new Set([...inStore, ...inMeta])].sort()) {
    if (committed.has(rev)) continue;
    const manifest =
      (inStore.includes(rev) || !ws.storeRoot) && inMeta.includes(rev)
        ? await tryVerified(ws, datasetId, rev)
        : undefined;
    if (manifest) {
      const paths = [dataPaths.manifest(datasetId, rev), dataPaths.notes(datasetId, rev), dataPaths.latest(datasetId)];
      await commitPaths(
        ws.dataDir,
        paths.filter((p) => existsSync(join(ws.dataDir, p))),
        `mtrack: ${rev} ${datasetId} — revision completed after an interruption`,
      );
      log(`mtrack: ${datasetId} ${rev} was interrupted before its commit; its bytes verify, committed it now.`);
      finished.push(manifest);
    } else {
      await removeRevision(ws, datasetId, rev);
      log(`mtrack: ${datasetId} ${rev} was interrupted before it was complete; removed its partial files.`);
    }
  }
  await restoreLatest(ws, datasetId);
  return finished;
}

async function committedRevisions(ws: Workspace, datasetId: string): Promise<Set<string>> {
  if (!(await headCommit(ws.dataDir))) return new Set();
  const entries = await lsTree(ws.dataDir, 'HEAD', [`datasets/${datasetId}/revisions/`]);
  return new Set(entries.map((e) => e.path.split('/').pop() ?? '').filter(isRevisionId));
}

function revisionsIn(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter(isRevisionId) : [];
}

async function tryVerified(ws: Workspace, datasetId: string, rev: string): Promise<DatasetManifest | undefined> {
  try {
    const path = dataPaths.manifest(datasetId, rev);
    const manifest = readJsonDocument<DatasetManifest>(join(ws.dataDir, path), 'dataset_manifest', path);
    if (manifest.revision_id !== rev || manifest.materialization.relative_path !== storePaths.revision(datasetId, rev))
      return undefined;
    await verifyRevision(ws, manifest);
    return manifest;
  } catch {
    return undefined;
  }
}

async function removeRevision(ws: Workspace, datasetId: string, rev: string): Promise<void> {
  if (ws.storeRoot) {
    const storeDir = join(ws.storeRoot, storePaths.revision(datasetId, rev));
    // Store files are written read-only; their folders stay writable, so removal needs no chmod of files.
    await chmod(storeDir, 0o755).catch(() => undefined);
    await rm(storeDir, { recursive: true, force: true });
  }
  await rm(join(ws.dataDir, dataPaths.revisionDir(datasetId, rev)), { recursive: true, force: true });
}

/** latest.txt back to its committed content when a removed revision had moved it. */
async function restoreLatest(ws: Workspace, datasetId: string): Promise<void> {
  const latest = dataPaths.latest(datasetId);
  if (!(await headCommit(ws.dataDir))) return;
  const tracked = (await lsTree(ws.dataDir, 'HEAD', [latest])).length > 0;
  if (tracked) await execGit(['checkout', '--quiet', 'HEAD', '--', latest], { cwd: ws.dataDir });
  else if ((await readdir(join(ws.dataDir, 'datasets', datasetId)).catch(() => [] as string[])).includes('latest.txt'))
    await rm(join(ws.dataDir, latest), { force: true });
}
