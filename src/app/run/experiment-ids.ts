import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ID_REF_PREFIX, nextExperimentId, parseRunFolder } from '../../core/ids.js';
import { EXPERIMENTS_DIR } from '../../core/rules/paths.js';
import { headCommit, listRefNames, lsTree, tryResolveCommit } from '../../adapters/git/index.js';
import { deletedRunPaths } from '../verify/verify-history.js';

/**
 * Every experiment id this repo has ever used or promised: run folders at HEAD and anywhere in its history (a
 * deleted run's id is never handed out again), ids reserved by the Action (`refs/mtrack/ids/*`) and folders in the
 * working tree (a run being committed, or one left by `--no-commit`). The one source of ids for local runs and collect.
 */
export async function usedExperimentIds(expDir: string): Promise<string[]> {
  const head = await headCommit(expDir);
  const ids = new Set(head ? await experimentIdsInHistory(expDir, head) : []);
  for (const name of await listRefNames(expDir, ID_REF_PREFIX)) ids.add(name);
  const dir = join(expDir, EXPERIMENTS_DIR);
  if (existsSync(dir)) for (const name of readdirSync(dir)) addId(ids, name);
  return [...ids];
}

/**
 * Ids of run folders at `rev` and of run folders deleted anywhere in its history. The deletions come from the
 * incremental index verify keeps (verify-history.ts): a full `git log --diff-filter=D` walk took seconds per run
 * at 10,000 runs of history. The index may also hold deletions from other branches: such ids are skipped too.
 */
export async function experimentIdsInHistory(dir: string, rev: string): Promise<string[]> {
  const ids = new Set<string>();
  const commit = /^[0-9a-f]{40}$/.test(rev) ? rev : await tryResolveCommit(dir, rev);
  for (const entry of await lsTree(dir, rev, [`${EXPERIMENTS_DIR}/`])) addId(ids, basename(entry.path));
  for (const path of commit ? await deletedRunPaths(dir, commit, true) : [])
    if (path.startsWith(`${EXPERIMENTS_DIR}/`)) addId(ids, path.split('/')[1] ?? '');
  return [...ids];
}

function addId(ids: Set<string>, folder: string): void {
  const id = parseRunFolder(folder)?.experimentId;
  if (id) ids.add(id);
}

export async function allocateExperimentId(expDir: string): Promise<string> {
  return nextExperimentId(await usedExperimentIds(expDir));
}
