import { MtrackError } from '../../core/errors.js';
import { execGit, gitText, spawnGit, type GitRemote } from './exec.js';

export type { GitRemote } from './exec.js';

export interface RefUpdate {
  ref: string; // full ref name
  oid: string;
  expect: string; // the remote's current oid, or '' when the ref must not exist yet
}

/** The remote's refs matching `patterns` (ls-remote patterns), as full ref name -> oid. */
export async function remoteRefs(cwd: string, remote: GitRemote, patterns: string[]): Promise<Map<string, string>> {
  const text = await gitText(['ls-remote', remote.url, ...patterns], { cwd, remote });
  const refs = new Map<string, string>();
  for (const line of text.split('\n')) {
    const [oid, ref] = line.split('\t');
    if (oid && ref) refs.set(ref, oid);
  }
  return refs;
}

export async function fetchCommit(cwd: string, remote: GitRemote, ref: string, localRef: string): Promise<string> {
  await execGit(['fetch', '--no-tags', '--quiet', remote.url, `+${ref}:${localRef}`], { cwd, remote });
  return gitText(['rev-parse', '--verify', `${localRef}^{commit}`], { cwd });
}

export async function addWorktree(cwd: string, path: string, commit: string): Promise<void> {
  await execGit(['worktree', 'add', '--detach', '--quiet', path, commit], { cwd });
}

export async function removeWorktree(cwd: string, path: string): Promise<void> {
  await spawnGit(['worktree', 'remove', '--force', path], { cwd });
  await spawnGit(['worktree', 'prune'], { cwd });
}

/**
 * Pushes every update in one atomic transaction, each guarded by a lease: either all refs move or none do. Returns
 * false when a lease failed (someone else moved the branch or reserved one of the ids first).
 */
export async function pushAtomic(cwd: string, remote: GitRemote, updates: RefUpdate[]): Promise<boolean> {
  // --no-verify: the caller (collect) has checked every rule on these commits and holds leases on every ref; a
  // pre-push hook of the checkout (mtrack's own duplicate-id check) would see the ids this push reserves as taken.
  const args = ['push', '--atomic', '--porcelain', '--no-verify', remote.url];
  for (const u of updates) args.push(`--force-with-lease=${u.ref}:${u.expect}`);
  for (const u of updates) args.push(`${u.oid}:${u.ref}`);
  const r = await spawnGit(args, { cwd, remote });
  if (r.code === 0) return true;
  const text = `${r.stdout.toString('utf8')}\n${r.stderr}`;
  // A lost race: a lease or an id reservation taken first, or the remote's ref lock held by a concurrent push.
  if (/stale info|\[rejected\]|already exists|fetch first|atomic push failed|cannot lock ref|failed to lock/.test(text))
    return false;
  // --porcelain puts the reason per ref on stdout ('!<tab>ref<tab>[remote rejected] (why)'): name it.
  const why = text.split('\n').find((l) => l.startsWith('!')) ?? r.stderr.trim().split('\n').pop();
  throw new MtrackError('GIT', `git push to the remote failed: ${why ?? `exit ${r.code}`}`);
}

/** Paths with uncommitted changes (staged, unstaged or untracked and not ignored), as `git status` lists them. */
export async function changedPaths(cwd: string): Promise<string[]> {
  const { stdout } = await execGit(['status', '--porcelain=v1', '-z', '--no-renames', '--untracked-files=all'], {
    cwd,
  });
  return stdout
    .toString('utf8')
    .split('\0')
    .filter(Boolean)
    .map((entry) => entry.slice(3));
}

/** Moves the current branch (or a detached HEAD) back to `commit`, keeping the working tree's files as they are. */
export async function resetKeepingFiles(cwd: string, commit: string): Promise<void> {
  await execGit(['reset', '--quiet', '--mixed', commit], { cwd });
}
