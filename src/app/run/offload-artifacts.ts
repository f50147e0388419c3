import { readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Manifest } from '../../core/documents/index.js';
import { ArtifactStore, artifactStoreSettings } from '../../adapters/store/artifact-store.js';
import type { Workspace } from '../setup/workspace.js';
import { listFiles } from './folder-files.js';

export type ExternalArtifacts = NonNullable<Manifest['outputs']['external_artifacts']>;

/**
 * Moves every file under `<runDir>/artifacts/` larger than `large_file_bytes` to the artifact store before the
 * run is committed (the large-file rule would refuse it in Git): each is stored write-once and read back, then
 * removed from the folder. Returns them by run-folder path; the store is only opened when there is one to move.
 */
export async function offloadArtifacts(ws: Workspace, runDir: string): Promise<ExternalArtifacts> {
  const out: ExternalArtifacts = {};
  let store: ArtifactStore | undefined;
  for (const path of await listFiles(join(runDir, 'artifacts'))) {
    const full = join(runDir, 'artifacts', path);
    const { size } = await stat(full);
    if (size <= ws.largeFileBytes) continue;
    store ??= await ArtifactStore.open(artifactStoreSettings(ws.settings), ws.expDir);
    const { uri, sha256 } = await store.put(await readFile(full));
    out[`artifacts/${path}`] = { uri, sha256, bytes: size };
    await rm(full);
  }
  return out;
}
