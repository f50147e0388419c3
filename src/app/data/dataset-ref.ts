import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { jsonDocumentText } from '../../adapters/documents.js';
import { commitPaths } from '../../adapters/git/index.js';
import type { DatasetManifest } from './dataset-meta.js';
import type { Workspace } from '../setup/workspace.js';

/** Records the newest revision in the experiment repo's data/<id>/dataset.json (the spec's dataset pointer + hashes). */
export async function recordDatasetRef(ws: Workspace, manifest: DatasetManifest, metaCommit: string): Promise<void> {
  const path = `data/${manifest.dataset_id}/dataset.json`;
  const splits = Object.keys(manifest.splits);
  const ref = {
    dataset_id: manifest.dataset_id,
    provider: manifest.provenance.provider,
    revision_id: manifest.revision_id,
    splits,
    expected_examples: Object.fromEntries(splits.map((s) => [s, manifest.splits[s].examples])),
    hashes: Object.fromEntries(splits.map((s) => [s, manifest.splits[s].hash])),
    dataset_meta_commit: metaCommit,
  };
  await mkdir(join(ws.expDir, 'data', manifest.dataset_id), { recursive: true });
  await writeFile(join(ws.expDir, path), jsonDocumentText('dataset_ref', ref, path));
  await commitPaths(
    ws.expDir,
    [path],
    `mtrack: ${manifest.dataset_id} ${manifest.revision_id} — record dataset revision`,
  );
}
