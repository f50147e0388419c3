import { posix } from 'node:path';
import { badInput } from './errors.js';

/**
 * The relative-path form every committed or configured document may use for a path inside a root (run folder,
 * store revision, artifact key): `/`-separated segments of letters, digits, `._-`, none of them `.` or `..`.
 * The same expression is the `pattern` of those fields in schemas/ (a test holds them equal).
 */
export const SAFE_RELATIVE_PATH = '^(?!\\.{1,2}(/|$))(?!.*/\\.{1,2}(/|$))[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$';

const SAFE = new RegExp(SAFE_RELATIVE_PATH);

/** Why `path` is not a safe relative path (absolute, `..`, empty segment, odd character), or undefined when it is. */
export function relativePathProblem(path: string): string | undefined {
  if (path === '') return 'is empty';
  if (path.startsWith('/') || path.startsWith('\\') || /^[A-Za-z]:/.test(path)) return 'is absolute';
  if (path.split(/[/\\]/).some((s) => s === '..')) return "climbs out of its root with '..'";
  if (!SAFE.test(path)) return "is not a plain relative path (segments of A-Z a-z 0-9 . _ -, no '.' or empty ones)";
  return undefined;
}

/**
 * `<root>/<rel>` for a `rel` read from a file, refused (BAD_INPUT naming `label`) unless it is a safe relative path
 * that stays inside `root`: a committed path must never make mtrack read or write outside the folder it names.
 */
export function resolveInside(root: string, rel: string, label: string): string {
  const problem = relativePathProblem(rel);
  if (problem) throw badInput(`${label}: '${rel}' ${problem}; expected a path inside '${root}'.`);
  const full = posix.join(root.replace(/\\/g, '/'), rel);
  if (!isInside(root, full)) throw badInput(`${label}: '${rel}' leaves '${root}'.`);
  return full;
}

/** Whether absolute `path` is `root` itself or below it, after normalising both (no file system access). */
export function isInside(root: string, path: string): boolean {
  const r = posix.normalize(root.replace(/\\/g, '/')).replace(/\/+$/, '');
  const p = posix.normalize(path.replace(/\\/g, '/'));
  return p === r || p.startsWith(`${r}/`);
}

/**
 * The absolute path a `file://` URI names, if it lies inside one of `roots` (the configured stores) and has no
 * `..`; otherwise why not. Other schemes name no configured store.
 */
export function fileUriInStores(uri: string, roots: readonly string[]): { path: string } | { problem: string } {
  if (!uri.startsWith('file://')) return { problem: 'is not a file:// URI of a configured store' };
  let path: string;
  try {
    path = decodeURIComponent(uri.slice('file://'.length));
  } catch {
    return { problem: 'is not a valid URI' };
  }
  if (!path.startsWith('/') || path.includes('\0')) return { problem: 'must name an absolute path (file:///…)' };
  if (path.split('/').some((s) => s === '..' || s === '.')) return { problem: "climbs with '..'" };
  const root = roots.find((r) => isInside(r, path) && posix.normalize(path) !== posix.normalize(r));
  if (!root)
    return {
      problem: `is outside every configured store (${roots.length ? roots.map((r) => `'${r}'`).join(', ') : 'none configured'})`,
    };
  return { path };
}
