import fs from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import git from 'isomorphic-git';
import { MtrackError } from '../../core/errors.js';

export interface GitIdentity {
  name: string;
  email: string;
}

// isomorphic-git reads only the repo's own config, so fall back to the usual environment variables, then to a
// recognisable bot identity rather than refusing to commit.
async function identityFor(dir: string): Promise<GitIdentity> {
  const name = (await git.getConfig({ fs, dir, path: 'user.name' })) ?? process.env.GIT_AUTHOR_NAME ?? 'mtrack';
  const email =
    (await git.getConfig({ fs, dir, path: 'user.email' })) ?? process.env.GIT_AUTHOR_EMAIL ?? 'mtrack@localhost';
  return { name: String(name), email: String(email) };
}

export async function initRepo(dir: string, identity?: GitIdentity): Promise<void> {
  await git.init({ fs, dir, defaultBranch: 'main' });
  if (identity) {
    await git.setConfig({ fs, dir, path: 'user.name', value: identity.name });
    await git.setConfig({ fs, dir, path: 'user.email', value: identity.email });
  }
}

export async function headCommit(dir: string): Promise<string | undefined> {
  try {
    return await git.resolveRef({ fs, dir, ref: 'HEAD' });
  } catch {
    return undefined;
  }
}

export async function requireHeadCommit(dir: string, label: string): Promise<string> {
  const sha = await headCommit(dir);
  if (!sha)
    throw new MtrackError('BAD_INPUT', `${label} '${dir}' has no commits yet.`, { hint: 'Run `mtrack init` first.' });
  return sha;
}

export async function branchName(dir: string): Promise<string> {
  return (await git.currentBranch({ fs, dir, fullname: false })) ?? 'HEAD';
}

/** True when tracked files differ from HEAD or untracked, non-ignored files exist outside `except`. */
export async function isDirty(dir: string, except: string[] = []): Promise<boolean> {
  const rows = await git.statusMatrix({ fs, dir });
  return rows.some(([path, head, work, stage]) => {
    if (except.some((p) => path === p || path.startsWith(`${p}/`))) return false;
    return !(head === 1 && work === 1 && stage === 1);
  });
}

/** Stages the given files and folders (recursively) and commits them; returns the new commit sha. */
export async function commitPaths(dir: string, paths: string[], message: string): Promise<string> {
  for (const path of paths) {
    for (const file of await filesUnder(dir, path)) await git.add({ fs, dir, filepath: file });
  }
  const author = await identityFor(dir);
  return git.commit({ fs, dir, message, author });
}

async function filesUnder(dir: string, path: string): Promise<string[]> {
  const full = join(dir, path);
  const info = await stat(full);
  if (!info.isDirectory()) return [path];
  const out: string[] = [];
  for (const entry of await readdir(full, { recursive: true, withFileTypes: true })) {
    if (entry.isFile())
      out.push(
        relative(dir, join(entry.parentPath ?? entry.path, entry.name))
          .split(sep)
          .join('/'),
      );
  }
  return out.sort();
}

/** Reads a file's bytes as committed at `commit`, or undefined when the path is absent there. */
export async function readFileAt(dir: string, commit: string, path: string): Promise<Uint8Array | undefined> {
  try {
    const { blob } = await git.readBlob({ fs, dir, oid: commit, filepath: path });
    return blob;
  } catch {
    return undefined;
  }
}

/** Short names of the refs under `prefix` (e.g. `refs/mtrack/ids` -> ['E0005', ...]); none when absent. */
export async function listRefNames(dir: string, prefix: string): Promise<string[]> {
  try {
    return await git.listRefs({ fs, dir, filepath: prefix });
  } catch {
    return [];
  }
}
