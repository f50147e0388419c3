import { existsSync } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Files under `dir`, as sorted '/'-separated paths relative to it (none when it does not exist). */
export async function listFiles(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) =>
      relative(dir, join(e.parentPath ?? e.path, e.name))
        .split(sep)
        .join('/'),
    )
    .sort();
}

/**
 * The bytes of every file under `root/path` (a folder, or a single file), keyed by repo-relative path: what a
 * commit of those paths holds.
 */
export async function readFolderFiles(root: string, ...paths: string[]): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  for (const path of paths) {
    if ((await stat(join(root, path))).isFile()) {
      files.set(path, await readFile(join(root, path)));
      continue;
    }
    for (const rel of await listFiles(join(root, path)))
      files.set(`${path}/${rel}`, await readFile(join(root, path, rel)));
  }
  return files;
}
