import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { badInput } from '../../core/errors.js';
import { execGit, gitText, spawnGit } from './exec.js';
import { readObjects } from './plumbing.js';

export interface GitIdentity {
  name: string;
  email: string;
}

/** `git init -b main`, with a local identity when one is given (tests, the demo on a machine without one). */
export async function initRepo(dir: string, identity?: GitIdentity): Promise<void> {
  await execGit(['init', '--quiet', '--initial-branch=main', dir], { cwd: dir });
  if (identity) {
    await execGit(['config', 'user.name', identity.name], { cwd: dir });
    await execGit(['config', 'user.email', identity.email], { cwd: dir });
  }
}

export async function headCommit(dir: string): Promise<string | undefined> {
  const r = await spawnGit(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], { cwd: dir });
  return r.code === 0 ? r.stdout.toString('utf8').trim() : undefined;
}

export async function requireHeadCommit(dir: string, label: string): Promise<string> {
  const sha = await headCommit(dir);
  if (!sha) throw badInput(`${label} '${dir}' has no commits yet.`, 'Run `mtrack init` first.');
  return sha;
}

/** The checked-out branch's short name, or 'HEAD' when detached. */
export async function branchName(dir: string): Promise<string> {
  const r = await spawnGit(['symbolic-ref', '--quiet', '--short', 'HEAD'], { cwd: dir });
  return r.code === 0 ? r.stdout.toString('utf8').trim() : 'HEAD';
}

/** True when tracked files differ from HEAD or untracked, non-ignored files exist outside `except`. */
export async function isDirty(dir: string, except: string[] = []): Promise<boolean> {
  const { stdout } = await execGit(['status', '--porcelain=v1', '-z', '--no-renames', '--untracked-files=all'], {
    cwd: dir,
  });
  return stdout
    .toString('utf8')
    .split('\0')
    .filter(Boolean)
    .map((entry) => entry.slice(3))
    .some((path) => !except.some((p) => path === p || path.startsWith(`${p}/`)));
}

/** The identity git would commit with here (`git var GIT_AUTHOR_IDENT`), or undefined when none is configured. */
export async function tryGitIdentity(dir: string): Promise<GitIdentity | undefined> {
  const r = await spawnGit(['var', 'GIT_AUTHOR_IDENT'], { cwd: dir });
  const m = r.code === 0 ? /^(.*) <(.*)> \d+ [+-]\d{4}$/.exec(r.stdout.toString('utf8').trim()) : null;
  return m ? { name: m[1], email: m[2] } : undefined;
}

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
  const who = {
    GIT_AUTHOR_NAME: identity.name,
    GIT_AUTHOR_EMAIL: identity.email,
    GIT_COMMITTER_NAME: identity.name,
    GIT_COMMITTER_EMAIL: identity.email,
  };
  const gitDir = await gitText(['rev-parse', '--git-dir'], { cwd: dir });
  const index = join(
    isAbsolute(gitDir) ? gitDir : join(dir, gitDir),
    `mtrack-index.${process.pid}.${randomBytes(4).toString('hex')}`,
  );
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
      env: who,
    });
    // The old value makes this a compare-and-swap: a commit that landed meanwhile fails this one instead of losing it.
    await execGit(['update-ref', '-m', `commit: ${message.split('\n')[0]}`, 'HEAD', commit, head ?? ''], {
      cwd: dir,
    });
    await execGit(['reset', '--quiet', commit, '--', ...paths], { cwd: dir });
    return commit;
  } finally {
    await rm(index, { force: true });
  }
}

/** Reads a file's bytes as committed at `commit`, or undefined when the path is absent there. */
export async function readFileAt(dir: string, commit: string, path: string): Promise<Uint8Array | undefined> {
  return (await readObjects(dir, [`${commit}:${path}`])).get(`${commit}:${path}`);
}

/** Short names of the refs under `prefix` (e.g. `refs/mtrack/ids` -> ['E0005', ...]); none when absent. */
export async function listRefNames(dir: string, prefix: string): Promise<string[]> {
  const base = prefix.endsWith('/') ? prefix : `${prefix}/`;
  const text = await gitText(['for-each-ref', '--format=%(refname)', base], { cwd: dir });
  return text
    .split('\n')
    .filter(Boolean)
    .map((ref) => ref.slice(base.length));
}
