import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { deletedPaths, gitCommonDir } from '../../adapters/git/index.js';

// Run folders and metrics.json files anywhere: the paths whose deletion history the rules need.
export const HISTORY_PATHS = ['experiments/', ':(glob)**/metrics.json'];

interface DeletionCache {
  version: 1;
  head: string;
  deleted: string[];
}

/**
 * Paths under HISTORY_PATHS deleted by any commit reachable from HEAD, from an incremental index in the git dir.
 * A full `git log --diff-filter=D` walk costs ~0.8 s at 1,000 commits, so the hooks walk history once and later
 * only `<indexed head>..HEAD`. The index is a union: deletions seen on a branch since abandoned stay in it, which
 * can only make the id / metrics checks stricter, never skip one.
 */
export async function deletedRunPaths(cwd: string, head: string, strip: boolean): Promise<string[]> {
  const file = await cacheFile(cwd, strip);
  const cached = readCache(file);
  if (cached?.head === head) return cached.deleted;
  let deleted: string[];
  try {
    deleted = cached
      ? [...new Set([...cached.deleted, ...(await deletedPaths(cwd, `${cached.head}..${head}`, HISTORY_PATHS, strip))])]
      : await deletedPaths(cwd, head, HISTORY_PATHS, strip);
  } catch {
    // The indexed commit is gone (gc after a rewrite): walk everything again.
    deleted = await deletedPaths(cwd, head, HISTORY_PATHS, strip);
  }
  writeCache(file, { version: 1, head, deleted });
  return deleted;
}

async function cacheFile(cwd: string, strip: boolean): Promise<string> {
  return join(await gitCommonDir(cwd, !strip), 'mtrack', 'deleted-paths.json');
}

function readCache(file: string): DeletionCache | undefined {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as DeletionCache;
    return data.version === 1 && typeof data.head === 'string' && Array.isArray(data.deleted) ? data : undefined;
  } catch {
    return undefined;
  }
}

function writeCache(file: string, cache: DeletionCache): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(cache));
    renameSync(temp, file);
  } catch {
    // A read-only git dir only loses the speed-up.
  }
}
