import { ContentCache } from '../../adapters/store/index.js';
import { readCommittedManifest } from './dataset-meta.js';
import { openDatasetStore, verifyRevision } from './dataset-store.js';
import type { Workspace } from '../setup/workspace.js';

export interface PullResult {
  files: number;
  /** Where the verified bytes are: the content cache for a remote store, nothing to do for a local one. */
  cacheDir?: string;
}

/** Fills the content cache with a revision's verified objects, so later runs and scan trials read them locally. */
export async function pullRevision(ws: Workspace, datasetId: string, revision: string): Promise<PullResult> {
  const { manifest } = await readCommittedManifest(ws.dataDir, datasetId, revision);
  const store = await openDatasetStore(ws);
  const checksums = await verifyRevision(ws, manifest, { store });
  const files = Object.keys(checksums.files).length;
  return store.localDir ? { files } : { files, cacheDir: new ContentCache().dir };
}
