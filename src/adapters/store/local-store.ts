import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { notFound } from '../../core/errors.js';
import { writeFolderAtomically } from '../staging.js';
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

  localDir(prefix: string): string {
    return join(this.root, prefix);
  }

  async exists(key: string): Promise<boolean> {
    return existsSync(join(this.root, key));
  }

  async list(prefix: string): Promise<string[]> {
    const dir = join(this.root, prefix);
    if (!existsSync(dir)) return [];
    const out: string[] = [];
    for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
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
    try {
      return await readFile(join(this.root, key));
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
    await writeFolderAtomically(join(this.root, prefix), files, {
      stagingRoot: join(this.root, '.staging'),
      readOnly: true,
    });
  }
}
