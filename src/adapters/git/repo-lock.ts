import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { withFileLock, type LockOptions } from '../fs/lock.js';
import { gitText } from './exec.js';

/**
 * `.git` of the repo at `dir` (the common dir, shared by its worktrees), as an absolute path. Read from the files
 * git itself reads (`.git`, a `gitdir:` file, `commondir`) when `dir` is a work-tree root: a hook asks on every
 * commit, and a git process costs 10–20 ms there. Anything else (a subfolder) asks git.
 */
export async function gitCommonDir(dir: string, keepGitEnv = false): Promise<string> {
  const known = tryGitCommonDirFromFiles(dir, keepGitEnv);
  if (known) return known;
  const path = await gitText(['rev-parse', '--git-common-dir'], { cwd: dir, keepGitEnv });
  return isAbsolute(path) ? path : join(dir, path);
}

function tryGitCommonDirFromFiles(dir: string, keepGitEnv: boolean): string | undefined {
  try {
    if (keepGitEnv && process.env.GIT_COMMON_DIR) return resolve(dir, process.env.GIT_COMMON_DIR);
    let gitDir = keepGitEnv && process.env.GIT_DIR ? resolve(dir, process.env.GIT_DIR) : join(dir, '.git');
    if (!statSync(gitDir).isDirectory()) {
      const line = /^gitdir: (.+)$/m.exec(readFileSync(gitDir, 'utf8'));
      if (!line) return undefined;
      gitDir = resolve(dir, line[1].trim());
    }
    let common: string;
    try {
      common = readFileSync(join(gitDir, 'commondir'), 'utf8').trim();
    } catch {
      return gitDir;
    }
    return resolve(gitDir, common);
  } catch {
    return undefined;
  }
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
