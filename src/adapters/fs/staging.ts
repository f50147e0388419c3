import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readdir, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { isOwnerAlive, ownerTag, parseOwnerTag } from './owner.js';

/**
 * Writes a whole folder at once: files go to a sibling staging folder, which is renamed into place only when
 * complete, so a crash or a bad input never leaves a half-written run or revision behind.
 */
export async function writeFolderAtomically(
  target: string,
  files: Map<string, Uint8Array | string>,
  options: { stagingRoot: string; readOnly?: boolean },
): Promise<void> {
  await buildFolderAtomically(target, options.stagingRoot, async (staging) => {
    for (const [path, bytes] of files) {
      const full = join(staging, path);
      await mkdir(dirname(full), { recursive: true });
      await writeFile(full, bytes);
      if (options.readOnly) await chmod(full, 0o444);
    }
  });
}

/**
 * A fresh staging folder owned by this process: its name carries our pid and start time, so a later command can
 * tell a killed process's leftover (removed by sweepDeadStaging) from a live one's work in progress (left alone).
 */
export async function makeStagingDir(stagingRoot: string): Promise<string> {
  const dir = join(stagingRoot, `${ownerTag()}.${randomBytes(4).toString('hex')}.partial`);
  await mkdir(dir, { recursive: true });
  return dir;
}

/** Lets `fill` write into a fresh staging folder, then renames it to `target`; on any error nothing remains. */
export async function buildFolderAtomically<T>(
  target: string,
  stagingRoot: string,
  fill: (staging: string) => Promise<T>,
): Promise<T> {
  const staging = await makeStagingDir(stagingRoot);
  try {
    const result = await fill(staging);
    await mkdir(dirname(target), { recursive: true });
    // rename refuses a non-empty target, which is what append-only folders want.
    await rename(staging, target);
    return result;
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  } finally {
    await removeIfEmpty(stagingRoot);
  }
}

/** Removes staging folders whose owning process is gone (killed mid-write); returns their names. */
export async function sweepDeadStaging(stagingRoot: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(stagingRoot);
  } catch {
    return [];
  }
  const swept: string[] = [];
  for (const name of names) {
    const owner = parseOwnerTag(name);
    // Names without an owner tag come from mtrack versions before ownership: nobody can be writing them now.
    if (owner && isOwnerAlive(owner)) continue;
    await rm(join(stagingRoot, name), { recursive: true, force: true });
    swept.push(name);
  }
  await removeIfEmpty(stagingRoot);
  return swept;
}

/** Removes a staging folder this process made, and the staging root with it when nothing else is in there. */
export async function removeStagingDir(staging: string): Promise<void> {
  await rm(staging, { recursive: true, force: true });
  await removeIfEmpty(dirname(staging));
}

async function removeIfEmpty(dir: string): Promise<void> {
  // rmdir, not rm -r: it fails on a folder another process has just started to fill, which must stay.
  await rmdir(dir).catch(() => undefined);
}
