import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ID_REF_PREFIX, nextExperimentId, parseRunFolder } from '../../core/ids.js';
import { EXPERIMENTS_DIR } from '../../core/rules/paths.js';
import { deletedPaths, headCommit, listRefNames, lsTree } from '../../adapters/git/index.js';

/**
 * Every experiment id this repo has ever used or promised: run folders at HEAD and anywhere in its history (a
 * deleted run's id is never handed out again), ids reserved by the Action (`refs/mtrack/ids/*`) and folders in the
 * working tree (a run being committed, or one left by `--no-commit`). The one source of ids for local runs and collect.
 */
export async function usedExperimentIds(expDir: string): Promise<string[]> {
  const ids = new Set((await headCommit(expDir)) ? await experimentIdsInHistory(expDir, 'HEAD') : []);
  for (const name of await listRefNames(expDir, ID_REF_PREFIX)) ids.add(name);
  const dir = join(expDir, EXPERIMENTS_DIR);
  if (existsSync(dir)) for (const name of readdirSync(dir)) addId(ids, name);
  return [...ids];
}

/** Ids of run folders at `rev` and of run folders deleted anywhere in its history. */
export async function experimentIdsInHistory(dir: string, rev: string): Promise<string[]> {
  const ids = new Set<string>();
  for (const entry of await lsTree(dir, rev, [`${EXPERIMENTS_DIR}/`])) addId(ids, basename(entry.path));
  for (const path of await deletedPaths(dir, rev, [`${EXPERIMENTS_DIR}/`])) addId(ids, path.split('/')[1] ?? '');
  return [...ids];
}

function addId(ids: Set<string>, folder: string): void {
  const id = parseRunFolder(folder)?.experimentId;
  if (id) ids.add(id);
}

export async function allocateExperimentId(expDir: string): Promise<string> {
  return nextExperimentId(await usedExperimentIds(expDir));
}
