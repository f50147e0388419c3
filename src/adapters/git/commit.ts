import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { badInput } from '../../core/errors.js';
import { isOwnerAlive, ownerTag, parseOwnerTag } from '../fs/owner.js';
import { execGit, GitError, gitText, spawnGit } from './exec.js';
import { gitCommonDir, withRepoLock } from './repo-lock.js';
import { headCommit, tryGitIdentity, type GitIdentity } from './repo.js';

export interface CommitOptions {
  /** Author and committer; default: the user's git identity as `git var` resolves it. */
  identity?: GitIdentity;
}

/**
 * Commits exactly `paths` (files or folders, as they are in the working tree) on top of HEAD and returns the new
 * commit. Built in a private index seeded from HEAD (`GIT_INDEX_FILE`), so whatever the user has staged stays
 * staged and out of the commit; objects and the ref are written by git itself (temp file + rename, `HEAD.lock`,
 * compare-and-swap on the old HEAD), so a kill at any moment leaves either the old or the new commit. The user's
 * index is then updated for `paths` only. No hooks run: callers check mtrack's rules on these files first.
 */
export async function commitPaths(
  dir: string,
  paths: string[],
  message: string,
  options: CommitOptions = {},
): Promise<string> {
  const identity = options.identity ?? (await tryGitIdentity(dir));
  if (!identity)
    throw badInput(
      `no git identity to commit with in '${dir}'.`,
      'Set one: git config --global user.name "Your Name" && git config --global user.email you@example.com',
    );
  return withRepoLock(dir, async () => {
    const journal = await openCommitJournal(dir, paths);
    try {
      // A user's own `git commit` takes no mtrack lock: when HEAD moved under us, build again on the new HEAD.
      for (let attempt = 1; ; attempt++) {
        const commit = await tryCommitOnHead(dir, paths, message, identity);
        if (commit) return commit;
        if (attempt === 5) throw badInput(`'${dir}': HEAD kept moving while mtrack committed; try again.`);
      }
    } finally {
      await rm(journal, { force: true });
    }
  });
}

/**
 * Written before a commit starts and removed when it is done, so that the next mtrack command knows a killed
 * commit's leftovers (see repairInterruptedCommits) from a commit another process is making right now.
 */
async function openCommitJournal(dir: string, paths: string[]): Promise<string> {
  const folder = join(await gitCommonDir(dir), 'mtrack');
  await mkdir(folder, { recursive: true });
  const path = join(folder, `commit.${ownerTag()}.${randomBytes(4).toString('hex')}.json`);
  await writeFile(path, JSON.stringify({ paths }));
  return path;
}

/** Git's own lock files a killed git child can leave behind (it takes them with O_EXCL and never breaks them). */
const GIT_LOCKS = ['index.lock', 'HEAD.lock'];

/**
 * Repairs what a commit killed part-way leaves: its private index, git lock files older than a few seconds (the
 * killed mtrack's git child may still be finishing), and the user's index for the committed paths when the commit
 * landed but the index update did not. Call under withRepoLock. Returns what was repaired, for the log.
 */
export async function repairInterruptedCommits(dir: string): Promise<string[]> {
  const gitDir = await gitCommonDir(dir);
  const done: string[] = [];
  for (const name of await readdir(gitDir)) {
    if (!name.startsWith('mtrack-index.')) continue;
    const owner = parseOwnerTag(name.slice('mtrack-index.'.length));
    if (owner && isOwnerAlive(owner)) continue;
    await rm(join(gitDir, name), { force: true });
    done.push(`removed ${name}`);
  }
  const journals = (await readdir(join(gitDir, 'mtrack')).catch(() => [] as string[])).filter((n) => {
    const owner = n.startsWith('commit.') ? parseOwnerTag(n.slice('commit.'.length)) : undefined;
    return owner !== undefined && !isOwnerAlive(owner);
  });
  if (journals.length === 0) return done;
  const branch = await spawnGit(['symbolic-ref', '--quiet', 'HEAD'], { cwd: dir });
  const locks = [...GIT_LOCKS, ...(branch.code === 0 ? [`${branch.stdout.toString('utf8').trim()}.lock`] : [])];
  for (const lock of locks) if (await removeStaleLock(join(gitDir, lock))) done.push(`removed stale .git/${lock}`);
  const head = await headCommit(dir);
  for (const name of journals) {
    const file = join(gitDir, 'mtrack', name);
    const { paths } = JSON.parse(await readFile(file, 'utf8').catch(() => '{"paths":[]}')) as { paths: string[] };
    const committed = head ? await committedPaths(dir, head, paths) : [];
    if (committed.length > 0) {
      await execGit(['reset', '--quiet', head as string, '--', ...committed], { cwd: dir });
      done.push(`index updated for ${committed.join(', ')}`);
    }
    await rm(file, { force: true });
  }
  return done;
}

async function committedPaths(dir: string, head: string, paths: string[]): Promise<string[]> {
  if (paths.length === 0) return [];
  const text = await gitText(['ls-tree', '--name-only', head, '--', ...paths], { cwd: dir });
  const present = new Set(text.split('\n').filter(Boolean));
  return paths.filter((p) => present.has(p.replace(/\/$/, '')));
}

async function tryCommitOnHead(
  dir: string,
  paths: string[],
  message: string,
  identity: GitIdentity,
): Promise<string | undefined> {
  const gitDir = await gitCommonDir(dir);
  const index = join(gitDir, `mtrack-index.${ownerTag()}.${randomBytes(4).toString('hex')}`);
  const env = { GIT_INDEX_FILE: index };
  try {
    const head = await headCommit(dir);
    if (head) await execGit(['read-tree', head], { cwd: dir, env });
    await execGit(['add', '--all', '--', ...paths], { cwd: dir, env });
    const tree = await gitText(['write-tree'], { cwd: dir, env });
    const parent = head ? ['-p', head] : [];
    const commit = await gitText(['commit-tree', tree, ...parent, '-F', '-'], {
      cwd: dir,
      input: message.endsWith('\n') ? message : `${message}\n`,
      env: identityEnv(identity),
    });
    // The old value makes this a compare-and-swap: a commit that landed meanwhile fails this one instead of losing it.
    const moved = await spawnGit(
      ['update-ref', '-m', `commit: ${message.split('\n')[0]}`, 'HEAD', commit, head ?? ZERO_OID],
      { cwd: dir },
    );
    if (moved.code !== 0) {
      if ((await headCommit(dir)) !== head) return undefined;
      throw new GitError('update-ref HEAD', dir, moved.code, moved.stderr);
    }
    await execGit(['reset', '--quiet', commit, '--', ...paths], { cwd: dir });
    return commit;
  } finally {
    await rm(index, { force: true });
  }
}

const ZERO_OID = '0'.repeat(40);

function identityEnv(identity: GitIdentity): Record<string, string> {
  return {
    GIT_AUTHOR_NAME: identity.name,
    GIT_AUTHOR_EMAIL: identity.email,
    GIT_COMMITTER_NAME: identity.name,
    GIT_COMMITTER_EMAIL: identity.email,
  };
}

/**
 * Removes a git lock file left by a killed commit. A git child of the killed mtrack may outlive it by a moment and
 * still hold the lock legitimately: a lock younger than LOCK_GRACE_MS is waited for (it vanishes when that git
 * finishes), and removed only once it is older.
 */
async function removeStaleLock(path: string): Promise<boolean> {
  for (;;) {
    const info = await stat(path).catch(() => undefined);
    if (!info) return false;
    if (Date.now() - info.mtimeMs >= LOCK_GRACE_MS) break;
    await sleep(100);
  }
  await rm(path, { force: true });
  return true;
}

const LOCK_GRACE_MS = 2_000;
