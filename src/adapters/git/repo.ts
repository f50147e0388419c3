import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
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
 * `untrackedOk` (e.g. run folders other processes are landing) do not count. When those are top-level folders of a
 * work-tree root, untracked files are looked for only in the other top-level entries: one `git status` over the
 * whole tree reads every directory of every run folder (1.5 s at 10,000 runs), tracked changes alone only stat the
 * indexed files.
 */
export async function isDirty(dir: string, untrackedOk: string[] = []): Promise<boolean> {
  const status = async (args: string[]) =>
    (await execGit(['status', '--porcelain=v1', '-z', '--no-renames', ...args], { cwd: dir })).stdout
      .toString('utf8')
      .split('\0')
      .filter(Boolean)
      .some((entry) => {
        const path = entry.slice(3);
        return !(entry.startsWith('??') && untrackedOk.some((p) => path.startsWith(`${p}/`)));
      });
  const skipped = new Set(untrackedOk);
  if (untrackedOk.length === 0 || untrackedOk.some((p) => p.includes('/')) || !existsSync(join(dir, '.git')))
    return status(['--untracked-files=all']);
  const others = readdirSync(dir).filter((name) => name !== '.git' && !skipped.has(name));
  const [tracked, untracked] = await Promise.all([
    status(['--untracked-files=no']),
    others.length ? status(['--untracked-files=all', '--', ...others.map((n) => `:(literal)${n}`)]) : false,
  ]);
  return tracked || untracked;
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
 * Which of `paths` (files or folders, repo-relative) differ from HEAD in the index or working tree, or are
 * untracked and not ignored: the inputs a run would use uncommitted.
 */
export async function dirtyPaths(dir: string, paths: string[]): Promise<string[]> {
  if (paths.length === 0) return [];
  const { stdout } = await execGit(
    ['status', '--porcelain=v1', '-z', '--no-renames', '--untracked-files=all', '--', ...paths],
    { cwd: dir },
  );
  return stdout
    .toString('utf8')
    .split('\0')
    .filter(Boolean)
    .map((entry) => entry.slice(3))
    .sort();
}

/** The oldest commit reachable from HEAD that added `path`, or undefined when none did. */
export async function firstCommitAdding(dir: string, path: string): Promise<string | undefined> {
  const text = await gitText(['log', '--format=%H', '--diff-filter=A', 'HEAD', '--', path], { cwd: dir });
  return text.split('\n').filter(Boolean).pop();
}

/** Creates the annotated tag `name` on `commit`; false when a tag of that name already exists. */
export async function createAnnotatedTag(dir: string, name: string, commit: string, message: string): Promise<boolean> {
  const exists = await spawnGit(['rev-parse', '--verify', '--quiet', `refs/tags/${name}`], { cwd: dir });
  if (exists.code === 0) return false;
  await execGit(['tag', '-a', name, '-m', message, commit], { cwd: dir });
  return true;
}

/**
 * Puts a detached HEAD (a CI checkout of a PR's head sha) on a local branch `branch` at the same commit, so the
 * run's stamp names the PR's head branch instead of 'HEAD'. The working tree and index are untouched.
 */
export async function nameDetachedHead(dir: string, branch: string): Promise<void> {
  if ((await branchName(dir)) !== 'HEAD') return;
  await execGit(['switch', '--quiet', '--no-guess', '-C', branch], { cwd: dir });
}

/** Whether `commit` is `descendant` or one of its ancestors (false, too, when either is unknown here). */
export async function isAncestor(dir: string, commit: string, descendant: string): Promise<boolean> {
  return (await spawnGit(['merge-base', '--is-ancestor', commit, descendant], { cwd: dir })).code === 0;
}
