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

/**
 * True when tracked files differ from HEAD or untracked, non-ignored files exist; untracked files under
 * `untrackedOk` (e.g. run folders other processes are landing) do not count.
 */
export async function isDirty(dir: string, untrackedOk: string[] = []): Promise<boolean> {
  const { stdout } = await execGit(['status', '--porcelain=v1', '-z', '--no-renames', '--untracked-files=all'], {
    cwd: dir,
  });
  return stdout
    .toString('utf8')
    .split('\0')
    .filter(Boolean)
    .some((entry) => {
      const path = entry.slice(3);
      return !(entry.startsWith('??') && untrackedOk.some((p) => path.startsWith(`${p}/`)));
    });
}

/** The identity git would commit with here (`git var GIT_AUTHOR_IDENT`), or undefined when none is configured. */
export async function tryGitIdentity(dir: string): Promise<GitIdentity | undefined> {
  const r = await spawnGit(['var', 'GIT_AUTHOR_IDENT'], { cwd: dir });
  const m = r.code === 0 ? /^(.*) <(.*)> \d+ [+-]\d{4}$/.exec(r.stdout.toString('utf8').trim()) : null;
  return m ? { name: m[1], email: m[2] } : undefined;
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

/**
 * Puts a detached HEAD (a CI checkout of a PR's head sha) on a local branch `branch` at the same commit, so the
 * run's stamp names the PR's head branch instead of 'HEAD'. The working tree and index are untouched.
 */
export async function nameDetachedHead(dir: string, branch: string): Promise<void> {
  if ((await branchName(dir)) !== 'HEAD') return;
  await execGit(['switch', '--quiet', '--no-guess', '-C', branch], { cwd: dir });
}
