import { existsSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { chmod, link, lstat, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { checkFailed, notFound } from '../../core/errors.js';
import { sha256 } from '../../core/hash.js';
import { resolveInside } from '../../core/safe-path.js';
import { writeFolderAtomically } from '../fs/staging.js';
import type { DatasetStore } from './types.js';

/** The dataset store on a local filesystem: append-only folders `<root>/<dataset>/<D####>/`. */
export class LocalStore implements DatasetStore {
  readonly type = 'local_fs' as const;

  /** `root` is this machine's folder; `location` is how committed files name it (see storeLocation). */
  constructor(
    readonly root: string,
    readonly location: string = 'mtrack.yaml#dataset_store.root',
  ) {}

  describe(key: string): string {
    return join(this.root, key);
  }

  /** A key read from a committed document may not leave the store (see core/safe-path.ts). */
  private path(key: string): string {
    return resolveInside(this.root, key, 'dataset store key');
  }

  localDir(prefix: string): string {
    return this.path(prefix);
  }

  async exists(key: string): Promise<boolean> {
    return existsSync(this.path(key));
  }

  async list(prefix: string): Promise<string[]> {
    const dir = this.path(prefix);
    if (!existsSync(dir)) return [];
    await this.refuseLinks(prefix);
    const out: string[] = [];
    for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
      if (entry.isSymbolicLink())
        throw checkFailed(
          `${join(entry.parentPath ?? entry.path, entry.name)}: symbolic link in a store revision; revisions hold regular files only.`,
        );
      if (!entry.isFile()) continue;
      out.push(
        relative(dir, join(entry.parentPath ?? entry.path, entry.name))
          .split(sep)
          .join('/'),
      );
    }
    return out.sort();
  }

  async read(key: string): Promise<Uint8Array> {
    const full = this.path(key);
    try {
      await this.refuseLinks(key);
      return await readFile(full);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw notFound(
          `${this.describe(key)}: file not found in the dataset store.`,
          'Re-materialize the revision or fix mtrack.yaml dataset_store.root.',
        );
      }
      throw error;
    }
  }

  /** The whole revision folder appears in one rename (so checksums.json appears with it); files are read-only. */
  async writeRevision(prefix: string, files: Map<string, Uint8Array | string>): Promise<void> {
    await writeFolderAtomically(this.path(prefix), files, {
      stagingRoot: join(this.root, '.staging'),
      readOnly: true,
    });
  }

  /**
   * The object is written to a staging file and hard-linked into place: link() never replaces an existing file, so
   * two processes storing the same key cannot overwrite each other, and a kill leaves no half-written object.
   */
  async writeOnce(key: string, bytes: Uint8Array): Promise<'written' | 'present'> {
    const target = this.path(key);
    await this.refuseLinks(key);
    let outcome: 'written' | 'present' = 'written';
    if (existsSync(target)) outcome = 'present';
    else {
      const staging = join(this.root, '.staging', `${process.pid}.${randomBytes(4).toString('hex')}.object`);
      await mkdir(dirname(staging), { recursive: true });
      await mkdir(dirname(target), { recursive: true });
      try {
        await writeFile(staging, bytes);
        await chmod(staging, 0o444);
        await link(staging, target).catch((error: NodeJS.ErrnoException) => {
          if (error.code !== 'EEXIST') throw error;
          outcome = 'present';
        });
      } finally {
        await rm(staging, { force: true });
      }
    }
    const back = await this.read(key);
    if (sha256(back) !== sha256(bytes))
      throw checkFailed(
        outcome === 'present'
          ? `${this.describe(key)}: already exists with different bytes; stored objects are write-once.`
          : `${this.describe(key)}: read-back after writing differs from the bytes written.`,
      );
    return outcome;
  }

  /** Refuses a symbolic link at any step from the store root to `key` (lstat, not stat). */
  private async refuseLinks(key: string): Promise<void> {
    let at = this.root;
    for (const step of key.split('/').filter(Boolean)) {
      at = join(at, step);
      const stat = await lstat(at).catch(() => undefined);
      if (!stat) return;
      if (stat.isSymbolicLink())
        throw checkFailed(`${at}: symbolic link in the dataset store; store revisions hold regular files only.`);
    }
  }
}
