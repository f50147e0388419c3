import { existsSync } from 'node:fs';
import { lstat, readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { checkFailed, notFound } from '../../core/errors.js';
import { resolveInside } from '../../core/safe-path.js';
import { sha256, type Sha256 } from '../../core/hash.js';
import { writeFolderAtomically } from '../fs/staging.js';

/** The dataset store on a local filesystem: append-only folders `<root>/<dataset>/<D####>/`. */
export class LocalStore {
  constructor(readonly root: string) {}

  /** The revision folder; a relative path read from a manifest may not leave the store (see core/safe-path.ts). */
  revisionDir(relativePath: string): string {
    return resolveInside(this.root, relativePath, 'dataset_manifest.json materialization.relative_path');
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
    const full = resolveInside(this.revisionDir(relativePath), file, 'dataset store file');
    try {
      await this.refuseLinks(relativePath, file);
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
    await this.refuseLinks(relativePath, '');
    const out: Record<string, Sha256> = {};
    for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
      if (entry.isSymbolicLink())
        throw checkFailed(
          `${join(entry.parentPath ?? entry.path, entry.name)}: symbolic link in a store revision; revisions hold regular files only.`,
        );
      if (!entry.isFile()) continue;
      const path = relative(dir, join(entry.parentPath ?? entry.path, entry.name))
        .split(sep)
        .join('/');
      if (path === 'checksums.json') continue;
      out[path] = sha256(await readFile(join(dir, path)));
    }
    return out;
  }

  /** Refuses a symbolic link at any step from the store root to `<revision>/<file>` (lstat, not stat). */
  private async refuseLinks(relativePath: string, file: string): Promise<void> {
    let at = this.root;
    for (const step of `${relativePath}/${file}`.split('/').filter(Boolean)) {
      at = join(at, step);
      const stat = await lstat(at).catch(() => undefined);
      if (!stat) return;
      if (stat.isSymbolicLink())
        throw checkFailed(`${at}: symbolic link in the dataset store; store revisions hold regular files only.`);
    }
  }
}
