import { spawn } from 'node:child_process';
import { MtrackError } from '../core/errors.js';

/** How collect reaches the remote: a URL (https, ssh, file) or a local path, with an optional token for https. */
export interface GitRemote {
  url: string;
  token?: string;
}

export interface RefUpdate {
  ref: string; // full ref name
  oid: string;
  expect: string; // the remote's current oid, or '' when the ref must not exist yet
}

/**
 * git with a clean environment (no inherited GIT_*) plus, for an https remote with a token, an Authorization header
 * passed through GIT_CONFIG_* variables: unlike `-c` on the command line or a remote URL with the token in it, this
 * keeps the token out of the process list, `.git/config` and git's error messages.
 */
export function execGitEnv(
  args: string[],
  cwd: string,
  remote?: GitRemote,
): Promise<{ stdout: string; stderr: string; code: number }> {
  const env: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GIT_')));
  env.GIT_TERMINAL_PROMPT = '0';
  env.LC_ALL = 'C';
  if (remote?.token && /^https?:\/\//.test(remote.url)) {
    const origin = new URL(remote.url).origin;
    env.GIT_CONFIG_COUNT = '1';
    env.GIT_CONFIG_KEY_0 = `http.${origin}/.extraheader`;
    env.GIT_CONFIG_VALUE_0 = `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${remote.token}`).toString('base64')}`;
  }
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', (e) =>
      reject(new MtrackError('INTERNAL', `git could not be started: ${e.message}`, { cause: e })),
    );
    child.on('close', (code) =>
      resolve({
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        code: code ?? 1,
      }),
    );
  });
}

async function git(args: string[], cwd: string, remote?: GitRemote): Promise<string> {
  const r = await execGitEnv(args, cwd, remote);
  if (r.code !== 0) {
    const shown = args.map((a) => (remote && a === remote.url ? '<remote>' : a)).join(' ');
    throw new MtrackError(
      'INTERNAL',
      `git ${shown} failed in '${cwd}': ${r.stderr.trim().split('\n').pop() ?? `exit ${r.code}`}`,
    );
  }
  return r.stdout;
}

/** The remote's refs matching `patterns` (ls-remote patterns), as full ref name -> oid. */
export async function remoteRefs(cwd: string, remote: GitRemote, patterns: string[]): Promise<Map<string, string>> {
  const text = await git(['ls-remote', remote.url, ...patterns], cwd, remote);
  const refs = new Map<string, string>();
  for (const line of text.split('\n')) {
    const [oid, ref] = line.split('\t');
    if (oid && ref) refs.set(ref, oid);
  }
  return refs;
}

export async function fetchCommit(cwd: string, remote: GitRemote, ref: string, localRef: string): Promise<string> {
  await git(['fetch', '--no-tags', '--quiet', remote.url, `+${ref}:${localRef}`], cwd, remote);
  return (await git(['rev-parse', '--verify', `${localRef}^{commit}`], cwd)).trim();
}

export async function addWorktree(cwd: string, path: string, commit: string): Promise<void> {
  await git(['worktree', 'add', '--detach', '--quiet', path, commit], cwd);
}

export async function removeWorktree(cwd: string, path: string): Promise<void> {
  await execGitEnv(['worktree', 'remove', '--force', path], cwd);
  await execGitEnv(['worktree', 'prune'], cwd);
}

/**
 * Commits `paths` in `dir` as `identity`. `--no-verify`: the caller has already run every mtrack rule on exactly
 * these files, and a runner may not have the experiment repo's hook tooling installed.
 */
export async function commitPathsCli(
  dir: string,
  paths: string[],
  message: string,
  identity: { name: string; email: string },
): Promise<string> {
  await git(['add', '--', ...paths], dir);
  const id = ['-c', `user.name=${identity.name}`, '-c', `user.email=${identity.email}`, '-c', 'commit.gpgSign=false'];
  await git([...id, 'commit', '--no-verify', '--quiet', '-m', message], dir);
  return (await git(['rev-parse', 'HEAD'], dir)).trim();
}

/**
 * Pushes every update in one atomic transaction, each guarded by a lease: either all refs move or none do. Returns
 * false when a lease failed (someone else moved the branch or reserved one of the ids first).
 */
export async function pushAtomic(cwd: string, remote: GitRemote, updates: RefUpdate[]): Promise<boolean> {
  const args = ['push', '--atomic', '--porcelain', remote.url];
  for (const u of updates) args.push(`--force-with-lease=${u.ref}:${u.expect}`);
  for (const u of updates) args.push(`${u.oid}:${u.ref}`);
  const r = await execGitEnv(args, cwd, remote);
  if (r.code === 0) return true;
  const text = `${r.stdout}\n${r.stderr}`;
  if (/stale info|\[rejected\]|already exists|fetch first|atomic push failed/.test(text)) return false;
  throw new MtrackError(
    'INTERNAL',
    `git push to the remote failed: ${r.stderr.trim().split('\n').pop() ?? `exit ${r.code}`}`,
  );
}

/** HEAD's commit of the checkout at `cwd`. */
export async function headCommitOf(cwd: string): Promise<string> {
  return (await git(['rev-parse', '--verify', 'HEAD^{commit}'], cwd)).trim();
}

/** Paths with uncommitted changes (staged, unstaged or untracked and not ignored), as `git status` lists them. */
export async function changedPaths(cwd: string): Promise<string[]> {
  const text = await git(['status', '--porcelain=v1', '-z', '--no-renames', '--untracked-files=all'], cwd);
  return text
    .split('\0')
    .filter(Boolean)
    .map((entry) => entry.slice(3));
}

/** Moves the current branch (or a detached HEAD) back to `commit`, keeping the working tree's files as they are. */
export async function resetKeepingFiles(cwd: string, commit: string): Promise<void> {
  await git(['reset', '--quiet', '--mixed', commit], cwd);
}
