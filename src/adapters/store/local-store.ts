import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { notFound } from '../../core/errors.js';
import { sha256, type Sha256 } from '../../core/hash.js';
import { writeFolderAtomically } from '../fs/staging.js';

/** The dataset store on a local filesystem: append-only folders `<root>/<dataset>/<D####>/`. */
export class LocalStore {
  constructor(readonly root: string) {}

  revisionDir(relativePath: string): string {
    return join(this.root, relativePath);
  }

  hasRevision(relativePath: string): boolean {
    return existsSync(this.revisionDir(relativePath));
  }

  /** Writes a new revision folder in one rename; files are made read-only to discourage edits in place. */
  async writeRevision(relativePath: string, files: Map<string, Uint8Array | string>): Promise<void> {
    await writeFolderAtomically(this.revisionDir(relativePath), files, {
      stagingRoot: join(this.root, '.staging'),
      readOnly: true,
    });
  }

  async readFile(relativePath: string, file: string): Promise<Uint8Array> {
    const full = join(this.revisionDir(relativePath), file);
    try {
      return await readFile(full);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw notFound(
          `${full}: file not found in the dataset store.`,
          'Re-materialize the revision or fix mtrack.yaml dataset_store.root.',
        );
      }
      throw error;
    }
  }

  /** sha256 of every file in a revision folder except checksums.json, keyed by path relative to it. */
  async hashRevision(relativePath: string): Promise<Record<string, Sha256>> {
    const dir = this.revisionDir(relativePath);
    if (!existsSync(dir)) throw notFound(`${dir}: revision folder not found in the dataset store.`);
    const out: Record<string, Sha256> = {};
    for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const path = relative(dir, join(entry.parentPath ?? entry.path, entry.name))
        .split(sep)
        .join('/');
      if (path === 'checksums.json') continue;
      out[path] = sha256(await readFile(join(dir, path)));
    }
    return out;
  }
}
