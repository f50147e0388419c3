import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Manifest } from '../../core/documents/index.js';
import { checkFailed, notFound } from '../../core/errors.js';
import { sha256 } from '../../core/hash.js';
import { parseExperimentNumber, parseRunFolder } from '../../core/ids.js';
import { EXPERIMENTS_DIR } from '../../core/rules/paths.js';
import { resolveInside } from '../../core/safe-path.js';
import { readJsonDocument } from '../../adapters/documents.js';
import { ArtifactStore, artifactStoreSettings } from '../../adapters/store/artifact-store.js';
import type { Workspace } from '../setup/workspace.js';

/** Where `mtrack artifacts pull` writes by default (inside the ignored .mtrack/ folder). */
export const PULLED_ARTIFACTS_DIR = '.mtrack/artifacts';

export interface PulledArtifact {
  path: string; // run-folder path, e.g. artifacts/model/weights.bin
  uri: string;
  bytes: number;
  file: string; // where it was written
}

/**
 * Fetches every external artifact of run `experimentId` from the artifact store into `outDir` (default
 * `.mtrack/artifacts/E####/`, paths below `artifacts/`), beside copies of the run's in-folder artifacts, so the
 * folder is whole (a tfjs model.json next to its weights.bin). Every file is read and its sha256 checked against the
 * committed manifest before any file is written, so a damaged object leaves nothing behind.
 */
export async function pullArtifacts(
  ws: Workspace,
  experimentId: string,
  outDir?: string,
): Promise<{ folder: string; pulled: PulledArtifact[] }> {
  parseExperimentNumber(experimentId);
  const folder = await findRunFolder(ws.expDir, experimentId);
  const label = `${EXPERIMENTS_DIR}/${folder}/manifest.json`;
  const manifest = readJsonDocument<Manifest>(join(ws.expDir, label), 'manifest', label);
  const external = manifest.outputs.external_artifacts ?? {};
  const out = outDir ?? join(ws.expDir, PULLED_ARTIFACTS_DIR, experimentId);
  const store = Object.keys(external).length
    ? await ArtifactStore.open(artifactStoreSettings(ws.settings), ws.expDir)
    : undefined;
  const fetched: { entry: PulledArtifact; bytes: Uint8Array }[] = [];
  for (const [path, { uri, sha256, bytes: size }] of Object.entries(external).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const bytes = await store!.get(uri, sha256, `${label} outputs.external_artifacts['${path}']`);
    const file = resolveInside(out, path.replace(/^artifacts\//, ''), `${label} outputs.external_artifacts key`);
    fetched.push({ entry: { path, uri, bytes: size, file }, bytes });
  }
  const copies: { file: string; bytes: Uint8Array }[] = [];
  for (const [path, want] of Object.entries(manifest.outputs.artifacts)) {
    const bytes = await readFile(resolveInside(join(ws.expDir, EXPERIMENTS_DIR, folder), path, label));
    if (sha256(bytes) !== want)
      throw checkFailed(`${EXPERIMENTS_DIR}/${folder}/${path}: differs from the sha256 ${label} records.`);
    copies.push({ file: resolveInside(out, path.replace(/^artifacts\//, ''), label), bytes });
  }
  for (const { entry, bytes } of [...fetched, ...copies.map((c) => ({ entry: { file: c.file }, bytes: c.bytes }))]) {
    await mkdir(dirname(entry.file), { recursive: true });
    const partial = `${entry.file}.${process.pid}.partial`;
    await writeFile(partial, bytes);
    await rename(partial, entry.file);
  }
  return { folder, pulled: fetched.map((f) => f.entry) };
}

async function findRunFolder(expDir: string, experimentId: string): Promise<string> {
  const dir = join(expDir, EXPERIMENTS_DIR);
  const names = existsSync(dir) ? await readdir(dir) : [];
  const folder = names.find((n) => parseRunFolder(n)?.experimentId === experimentId);
  if (!folder)
    throw notFound(
      `${EXPERIMENTS_DIR}/: no run folder of ${experimentId}.`,
      'Check the id (`mtrack report`), or pull the branch that holds the run.',
    );
  return folder;
}
