import { isAbsolute, join } from 'node:path';
import { withFileLock, type LockOptions } from '../fs/lock.js';
import { gitText } from './exec.js';

/** `.git` of the repo at `dir` (the common dir, shared by its worktrees), as an absolute path. */
export async function gitCommonDir(dir: string): Promise<string> {
  const path = await gitText(['rev-parse', '--git-common-dir'], { cwd: dir });
  return isAbsolute(path) ? path : join(dir, path);
}

const held = new Set<string>();

/**
 * Runs `fn` while this process holds mtrack's lock of the repo at `dir` (`.git/mtrack/lock`): every mtrack write
 * to a repo (id allocation, renaming a run into place, its commit, crash recovery) happens under it, so concurrent
 * mtrack processes take turns instead of colliding. Re-entrant within one process.
 */
export async function withRepoLock<T>(dir: string, fn: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const path = join(await gitCommonDir(dir), 'mtrack', 'lock');
  if (held.has(path)) return fn();
  return withFileLock(
    path,
    async () => {
      held.add(path);
      try {
        return await fn();
      } finally {
        held.delete(path);
      }
    },
    options,
  );
}
