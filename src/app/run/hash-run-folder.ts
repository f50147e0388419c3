import { lstat, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { checkFailed } from '../../core/errors.js';
import { sha256, type Sha256 } from '../../core/hash.js';
import { isHashedRunFile } from '../../core/run-files.js';

/**
 * sha256 of every fixed file of a run folder being written (all but manifest.json and notes.md), for manifest
 * `files`; called right before manifest.json is written. A symbolic link or special file (a trainer command may
 * leave one) fails the run: the record holds regular files only.
 */
export async function hashRunFolder(dir: string, label: string): Promise<Record<string, Sha256>> {
  const out: Record<string, Sha256> = {};
  const walk = async (rel: string): Promise<void> => {
    for (const name of (await readdir(join(dir, rel))).sort()) {
      const child = rel ? `${rel}/${name}` : name;
      const stat = await lstat(join(dir, child));
      if (stat.isDirectory()) await walk(child);
      else if (!stat.isFile())
        throw checkFailed(
          `${label}/${child}: is a symbolic link or special file; run folders hold regular files only.`,
        );
      else if (isHashedRunFile(child)) out[child] = sha256(await readFile(join(dir, child)));
    }
  };
  await walk('');
  return out;
}
