import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

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

/** Lets `fill` write into a fresh staging folder, then renames it to `target`; on any error nothing remains. */
export async function buildFolderAtomically<T>(
  target: string,
  stagingRoot: string,
  fill: (staging: string) => Promise<T>,
): Promise<T> {
  const staging = join(stagingRoot, `${randomBytes(6).toString('hex')}.partial`);
  await mkdir(staging, { recursive: true });
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

async function removeIfEmpty(dir: string): Promise<void> {
  try {
    if ((await readdir(dir)).length === 0) await rm(dir, { recursive: true });
  } catch {
    // already gone
  }
}
