import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { badInput } from '../../core/errors.js';
import { CHECKSUMS_FILE } from '../../adapters/store/index.js';
import { LocalStore } from '../../adapters/store/local-store.js';
import { listRevisions, readCommittedManifest } from './dataset-meta.js';
import { openDatasetStore, verifyRevision } from './dataset-store.js';
import type { Workspace } from '../setup/workspace.js';

/** Where `mtrack init` puts the local store, relative to the experiment repo. */
export const DEFAULT_LOCAL_STORE = '../ml-data-store';

export interface PushOptions {
  datasetId: string;
  revisions?: string[];
  /** The local_fs store folder to copy from. */
  from?: string;
}

export interface PushedRevision {
  revision: string;
  status: 'pushed' | 'present';
  files: number;
}

/**
 * Copies revisions from a local store folder to the workspace's remote store: each verified locally first, written
 * object by object (append-only, read back), checksums.json last, then verified remotely against the manifest.
 */
export async function pushRevisions(ws: Workspace, options: PushOptions): Promise<PushedRevision[]> {
  const remote = await openDatasetStore(ws);
  if (remote.localDir) {
    throw badInput(`mtrack.yaml dataset_store.type 'local_fs': push copies revisions to a remote store; set type: s3.`);
  }
  const fromDir = resolve(ws.expDir, options.from ?? DEFAULT_LOCAL_STORE);
  if (!existsSync(fromDir)) {
    throw badInput(`'${fromDir}': no local store folder to push from.`, 'Pass --from <folder of the local_fs store>.');
  }
  const local = new LocalStore(fromDir);
  const revisions = options.revisions ?? listRevisions(ws.dataDir, options.datasetId);
  if (revisions.length === 0) throw badInput(`No revisions of '${options.datasetId}' to push.`);
  const out: PushedRevision[] = [];
  for (const revision of revisions) {
    const { manifest } = await readCommittedManifest(ws.dataDir, options.datasetId, revision);
    const rel = manifest.materialization.relative_path;
    if (await remote.exists(`${rel}/${CHECKSUMS_FILE}`)) {
      const checksums = await verifyRevision(ws, manifest, { store: remote, fresh: true });
      out.push({ revision, status: 'present', files: Object.keys(checksums.files).length });
      continue;
    }
    await verifyRevision(ws, manifest, { store: local });
    const files = new Map<string, Uint8Array>();
    for (const file of await local.list(rel)) files.set(file, await local.read(`${rel}/${file}`));
    await remote.writeRevision(rel, files);
    const checksums = await verifyRevision(ws, manifest, { store: remote, fresh: true });
    out.push({ revision, status: 'pushed', files: Object.keys(checksums.files).length });
  }
  return out;
}
