import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { link, mkdir, readFile, readdir, rename, rm, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { sha256, type Sha256 } from '../../core/hash.js';

const GIB = 1024 * 1024 * 1024;

/** `MTRACK_CACHE_DIR`, else `$XDG_CACHE_HOME/mtrack`, else `~/.cache/mtrack`. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.MTRACK_CACHE_DIR) return env.MTRACK_CACHE_DIR;
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'mtrack');
}

/**
 * Verified bytes by sha256, shared by every process of the user. Writes go to a temp file renamed into place, so
 * a kill leaves at most a stray temp file and concurrent writers of the same hash both succeed; reads re-hash, so
 * a damaged entry is dropped and fetched again. Least recently used entries go when the cap is exceeded.
 */
export class ContentCache {
  constructor(
    readonly dir: string = defaultCacheDir(),
    readonly maxBytes: number = Number(process.env.MTRACK_CACHE_MAX_BYTES) || 20 * GIB,
  ) {}

  objectPath(hash: Sha256): string {
    const hex = hash.slice('sha256:'.length);
    return join(this.dir, 'sha256', hex.slice(0, 2), hex);
  }

  /** Whether an entry exists (its bytes are re-hashed by `get`, when used). */
  has(hash: Sha256): boolean {
    return existsSync(this.objectPath(hash));
  }

  /** The bytes if cached and intact; a damaged entry is removed. */
  async get(hash: Sha256): Promise<Uint8Array | undefined> {
    const path = this.objectPath(hash);
    let bytes: Uint8Array;
    try {
      bytes = await readFile(path);
    } catch {
      return undefined;
    }
    if (sha256(bytes) !== hash) {
      await unlink(path).catch(() => undefined);
      return undefined;
    }
    const now = new Date();
    await utimes(path, now, now).catch(() => undefined); // recency for LRU eviction
    return bytes;
  }

  /** Stores bytes whose hash the caller has checked; refuses bytes that do not match `hash`. */
  async put(hash: Sha256, bytes: Uint8Array): Promise<void> {
    if (sha256(bytes) !== hash) throw new Error(`content cache: bytes do not hash to ${hash}`);
    const path = this.objectPath(hash);
    await mkdir(dirname(path), { recursive: true });
    const temp = join(this.dir, 'tmp', `${randomBytes(8).toString('hex')}.partial`);
    await mkdir(dirname(temp), { recursive: true });
    await writeFile(temp, bytes);
    await rename(temp, path);
    await this.evict(path);
  }

  /** Removes least recently used objects until the cache fits its cap, never `keep`. */
  async evict(keep?: string): Promise<void> {
    const root = join(this.dir, 'sha256');
    if (!existsSync(root)) return;
    const entries: { path: string; size: number; used: number }[] = [];
    for (const sub of await readdir(root)) {
      for (const name of await readdir(join(root, sub)).catch(() => [])) {
        const path = join(root, sub, name);
        const s = await stat(path).catch(() => undefined);
        if (s) entries.push({ path, size: s.size, used: s.mtimeMs });
      }
    }
    let total = entries.reduce((sum, e) => sum + e.size, 0);
    // Another process may be reading an entry we unlink: POSIX keeps its open file alive until it closes.
    for (const e of entries.sort((a, b) => a.used - b.used)) {
      if (total <= this.maxBytes) break;
      if (e.path === keep) continue;
      await unlink(e.path).catch(() => undefined);
      total -= e.size;
    }
  }

  /**
   * A folder laid out like the revision (`train/images-idx3-ubyte`, ...) of hard links to cached objects, for
   * trainers that read paths. Built aside and renamed into place, keyed by the revision's checksums hash.
   */
  async revisionView(checksums: Sha256, files: Record<string, Sha256>): Promise<string> {
    const view = join(this.dir, 'views', checksums.slice('sha256:'.length));
    if (Object.keys(files).every((f) => existsSync(join(view, f)))) return view;
    const temp = join(this.dir, 'tmp', `view-${randomBytes(8).toString('hex')}`);
    for (const [file, hash] of Object.entries(files)) {
      await mkdir(dirname(join(temp, file)), { recursive: true });
      await link(this.objectPath(hash), join(temp, file));
    }
    await rm(view, { recursive: true, force: true });
    await mkdir(dirname(view), { recursive: true });
    try {
      await rename(temp, view);
    } catch {
      await rm(temp, { recursive: true, force: true }); // a concurrent process built it first
    }
    return view;
  }
}
