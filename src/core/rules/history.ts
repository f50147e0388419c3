import { idOwnersOf } from './duplicate-id.js';
import { isMetricsFile, revisionFolderOf, runFolderOf } from './paths.js';
import type { FileChange, RevisionHistory, RunHistory } from './types.js';

export function emptyRunHistory(): RunHistory {
  return { folders: new Set(), idOwners: new Map(), removedMetrics: new Set() };
}

/** History before a commit, from the run folders in its parent tree and every path deleted earlier. */
export function runHistoryFrom(parentFolders: Iterable<string>, deletedPaths: Iterable<string>): RunHistory {
  const folders = new Set(parentFolders);
  const removedMetrics = new Set<string>();
  for (const path of deletedPaths) {
    const run = runFolderOf(path);
    if (run) folders.add(run.folder);
    if (isMetricsFile(path)) removedMetrics.add(path);
  }
  return { folders, idOwners: idOwnersOf([...folders].sort()), removedMetrics };
}

/** The history the next commit sees once `changes` are committed (run folders, once seen, stay in history). */
export function advanceRunHistory(history: RunHistory, changes: FileChange[]): RunHistory {
  const folders = new Set(history.folders);
  const removedMetrics = new Set(history.removedMetrics);
  const added: string[] = [];
  for (const change of changes) {
    const run = runFolderOf(change.path);
    if (run && !folders.has(run.folder)) added.push(run.folder);
    if (change.status === 'D' && isMetricsFile(change.path)) removedMetrics.add(change.path);
  }
  for (const folder of added) folders.add(folder);
  return { folders, idOwners: idOwnersOf(added.sort(), new Map(history.idOwners)), removedMetrics };
}

export function revisionHistoryFrom(paths: Iterable<string>): RevisionHistory {
  const revisions = new Set<string>();
  for (const path of paths) {
    const revision = revisionFolderOf(path);
    if (revision) revisions.add(revision);
  }
  return { revisions };
}

export function advanceRevisionHistory(history: RevisionHistory, changes: FileChange[]): RevisionHistory {
  const next = new Set(history.revisions);
  for (const revision of revisionHistoryFrom(changes.map((c) => c.path)).revisions) next.add(revision);
  return { revisions: next };
}
