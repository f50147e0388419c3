import { parseRunFolder } from '../ids.js';
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

/**
 * The part of `history` that rules can ask about for `changes`: the folders they touch, the owners of those
 * folders' ids and their metrics.json paths. Checking a long history keeps one growing history and a small
 * projection per commit, instead of a full copy per commit (quadratic at 10,000 runs).
 */
export function projectRunHistory(history: RunHistory, changes: FileChange[]): RunHistory {
  const folders = new Set<string>();
  const idOwners = new Map<string, string>();
  const removedMetrics = new Set<string>();
  for (const change of changes) {
    const run = runFolderOf(change.path);
    if (run && history.folders.has(run.folder)) folders.add(run.folder);
    const id = run && parseRunFolder(run.folder)?.experimentId;
    const owner = id && history.idOwners.get(id);
    if (id && owner) idOwners.set(id, owner);
    if (history.removedMetrics.has(change.path)) removedMetrics.add(change.path);
  }
  return { folders, idOwners, removedMetrics };
}

/** Adds `changes` to a history owned by the caller (see projectRunHistory); returns it. */
export function advanceRunHistoryInPlace(history: MutableRunHistory, changes: FileChange[]): MutableRunHistory {
  const added: string[] = [];
  for (const change of changes) {
    const run = runFolderOf(change.path);
    if (run && !history.folders.has(run.folder)) added.push(run.folder);
    if (change.status === 'D' && isMetricsFile(change.path)) history.removedMetrics.add(change.path);
  }
  for (const folder of added) history.folders.add(folder);
  idOwnersOf(added.sort(), history.idOwners);
  return history;
}

export interface MutableRunHistory {
  folders: Set<string>;
  idOwners: Map<string, string>;
  removedMetrics: Set<string>;
}

export function mutableCopy(history: RunHistory): MutableRunHistory {
  return {
    folders: new Set(history.folders),
    idOwners: new Map(history.idOwners),
    removedMetrics: new Set(history.removedMetrics),
  };
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
