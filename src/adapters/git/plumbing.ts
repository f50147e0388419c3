import { createHash } from 'node:crypto';
import { execGit } from './exec.js';

export const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';

export type ChangeStatus = 'A' | 'M' | 'D' | 'T';

/** One row of `git diff --raw --no-renames -z`: old/new blob ids ('0'x40 when absent). */
export interface RawChange {
  status: ChangeStatus;
  path: string;
  oldOid: string;
  newOid: string;
  newMode: string;
}

/** Parses NUL-separated `--raw` output; a 40-hex token on its own starts the next commit (diff-tree --stdin). */
export function parseRawZ(text: string): { commit?: string; changes: RawChange[] }[] {
  const tokens = text.split('\0');
  const out: { commit?: string; changes: RawChange[] }[] = [];
  let current: { commit?: string; changes: RawChange[] } | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === '') continue;
    if (token.startsWith(':')) {
      const [oldMode, newMode, oldOid, newOid, status] = token.slice(1).split(' ');
      void oldMode;
      const path = tokens[++i];
      if (!current) out.push((current = { changes: [] }));
      // Unmerged ('U') or unknown entries are reported as modifications so they are never silently skipped.
      const s = (['A', 'M', 'D', 'T'].includes(status[0]) ? status[0] : 'M') as ChangeStatus;
      current.changes.push({ status: s, path, oldOid, newOid, newMode });
    } else {
      out.push((current = { commit: token.trim(), changes: [] }));
    }
  }
  return out;
}

/** The commit `rev` names in the repo at `cwd`, or undefined when it names none. */
export async function tryResolveCommit(cwd: string, rev: string, stripGitEnv = true): Promise<string | undefined> {
  try {
    const { stdout } = await execGit(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], {
      cwd,
      keepGitEnv: !stripGitEnv,
    });
    return stdout.toString('utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}

/** Staged changes (HEAD, or the empty tree before the first commit, vs the index named by GIT_INDEX_FILE). */
export async function stagedChanges(cwd: string, pathspec: string[] = []): Promise<RawChange[]> {
  return (await stagedDiff(cwd, pathspec)).changes;
}

/** Staged changes and the HEAD commit they are measured from (undefined before the first commit). */
export async function stagedDiff(
  cwd: string,
  pathspec: string[] = [],
): Promise<{ head?: string; changes: RawChange[] }> {
  const head = await tryResolveCommit(cwd, 'HEAD', false);
  return { head, changes: await indexChanges(cwd, head ?? EMPTY_TREE, pathspec) };
}

/**
 * The index (GIT_INDEX_FILE when set) against `base`; without `base`, against HEAD as git resolves it (the empty
 * tree before the first commit), so a hook need not resolve HEAD first.
 */
export async function indexChanges(cwd: string, base?: string, pathspec: string[] = []): Promise<RawChange[]> {
  const args = [
    'diff',
    '--cached',
    '--raw',
    '-z',
    '--no-renames',
    '--no-ext-diff',
    '--ignore-submodules=none',
    ...(base ? [base] : []),
    '--',
    ...pathspec,
  ];
  const { stdout } = await execGit(args, { cwd, keepGitEnv: true });
  return parseRawZ(stdout.toString('utf8'))[0]?.changes ?? [];
}

/** The entries of a raw tree object (`<mode> <name>\0<20-byte id>`, as `cat-file` returns it). */
export function parseTree(bytes: Uint8Array): { mode: string; name: string; oid: string }[] {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: { mode: string; name: string; oid: string }[] = [];
  for (let at = 0; at < buf.length;) {
    const space = buf.indexOf(32, at);
    const nul = buf.indexOf(0, space);
    out.push({
      mode: buf.toString('latin1', at, space),
      name: buf.toString('utf8', space + 1, nul),
      oid: buf.toString('hex', nul + 1, nul + 21),
    });
    at = nul + 21;
  }
  return out;
}

/** Each listed commit's changes against its first parent (the empty tree for a root commit), in one git call. */
export async function commitChanges(
  cwd: string,
  commits: string[],
): Promise<{ commit: string; changes: RawChange[] }[]> {
  if (commits.length === 0) return [];
  const { stdout } = await execGit(['diff-tree', '--stdin', '-r', '-z', '--raw', '--no-renames', '--root'], {
    cwd,
    input: commits.join('\n') + '\n',
  });
  const byCommit = new Map(parseRawZ(stdout.toString('utf8')).map((c) => [c.commit ?? '', c.changes]));
  return commits.map((commit) => ({ commit, changes: byCommit.get(commit) ?? [] }));
}

/** Non-merge commits of a rev-list range, oldest first. */
export async function listCommits(cwd: string, range: string[]): Promise<string[]> {
  const { stdout } = await execGit(['rev-list', '--reverse', '--topo-order', '--no-merges', ...range, '--'], { cwd });
  return stdout.toString('utf8').split('\n').filter(Boolean);
}

export interface TreeEntry {
  mode: string;
  type: string;
  oid: string;
  size?: number;
  path: string;
}

/** `git ls-tree -z [-r] [-l]` rows for `paths` at `treeish`. */
export async function lsTree(
  cwd: string,
  treeish: string,
  paths: string[],
  opts: { recursive?: boolean; sizes?: boolean; stripGitEnv?: boolean } = {},
): Promise<TreeEntry[]> {
  const args = [
    'ls-tree',
    '-z',
    ...(opts.recursive ? ['-r'] : []),
    ...(opts.sizes ? ['-l'] : []),
    treeish,
    '--',
    ...paths,
  ];
  const { stdout } = await execGit(args, { cwd, keepGitEnv: !(opts.stripGitEnv ?? true) });
  return stdout
    .toString('utf8')
    .split('\0')
    .filter(Boolean)
    .map((row) => {
      const tab = row.indexOf('\t');
      const [mode, type, oid, size] = row.slice(0, tab).split(/ +/);
      return {
        mode,
        type,
        oid,
        size: size === undefined || size === '-' ? undefined : Number(size),
        path: row.slice(tab + 1),
      };
    });
}

/** Paths deleted by any commit reachable from `rev`, limited to `pathspec` (one history walk, no blob reads). */
export async function deletedPaths(
  cwd: string,
  rev: string,
  pathspec: string[],
  stripGitEnv = true,
): Promise<string[]> {
  const args = ['log', '--diff-filter=D', '--no-renames', '--name-only', '-z', '--format=', rev, '--', ...pathspec];
  const { stdout } = await execGit(args, { cwd, keepGitEnv: !stripGitEnv });
  return stdout
    .toString('utf8')
    .split('\0')
    .map((p) => p.trim())
    .filter(Boolean);
}

/** Objects by name (`<oid>` or `<rev>:<path>`): bytes, or undefined when git reports them missing. */
export async function readObjects(
  cwd: string,
  names: string[],
  stripGitEnv = true,
): Promise<Map<string, Uint8Array | undefined>> {
  const out = new Map<string, Uint8Array | undefined>();
  const unique = [...new Set(names)];
  if (unique.length === 0) return out;
  const { stdout } = await execGit(['cat-file', '--batch'], {
    cwd,
    input: unique.join('\n') + '\n',
    keepGitEnv: !stripGitEnv,
  });
  let at = 0;
  for (const name of unique) {
    const nl = stdout.indexOf(10, at);
    const header = stdout.subarray(at, nl).toString('utf8');
    at = nl + 1;
    if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
      out.set(name, undefined);
      continue;
    }
    const size = Number(header.split(' ')[2]);
    out.set(name, stdout.subarray(at, at + size));
    at += size + 1;
  }
  return out;
}

/** Object sizes by name, without reading their bytes (`cat-file --batch-check`). */
export async function objectSizes(
  cwd: string,
  names: string[],
  stripGitEnv = true,
): Promise<Map<string, number | undefined>> {
  const out = new Map<string, number | undefined>();
  const unique = [...new Set(names)];
  if (unique.length === 0) return out;
  const { stdout } = await execGit(['cat-file', '--batch-check=%(objectsize)'], {
    cwd,
    input: unique.join('\n') + '\n',
    keepGitEnv: !stripGitEnv,
  });
  const rows = stdout.toString('utf8').split('\n');
  unique.forEach((name, i) => out.set(name, rows[i]?.endsWith(' missing') ? undefined : Number(rows[i])));
  return out;
}

/** The blob id git would give these bytes (`git hash-object`), computed without a process. */
export function blobOid(bytes: Uint8Array): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}
