import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { splitEntries } from '../../core/dataset-revision.js';
import type { DatasetRefDocument } from '../../core/documents/index.js';
import { jsonDocumentText } from '../../adapters/documents.js';
import { commitPaths } from '../../adapters/git/index.js';
import type { DatasetManifest } from './dataset-meta.js';
import type { Workspace } from '../setup/workspace.js';

/** Records the newest revision in the experiment repo's data/<id>/dataset.json (the spec's dataset pointer + hashes). */
export async function recordDatasetRef(ws: Workspace, manifest: DatasetManifest, metaCommit: string): Promise<void> {
  const path = `data/${manifest.dataset_id}/dataset.json`;
  const entries = splitEntries(manifest.splits);
  const ref: DatasetRefDocument = {
    dataset_id: manifest.dataset_id,
    provider: manifest.provenance.provider,
    revision_id: manifest.revision_id,
    splits: entries.map(([name]) => name),
    expected_examples: Object.fromEntries(entries.map(([name, s]) => [name, s.examples])),
    hashes: Object.fromEntries(entries.map(([name, s]) => [name, s.hash])),
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
