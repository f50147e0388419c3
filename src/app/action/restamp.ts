import type { Manifest, Metrics } from '../../core/documents/index.js';
import { EXPERIMENTS_DIR } from '../../core/rules/paths.js';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { sha256 } from '../../core/hash.js';
import { restampDocuments } from '../../core/restamp.js';
import { withFileHash } from '../../core/run-files.js';
import { jsonDocumentText, readJsonDocument } from '../../adapters/documents.js';
import { buildFolderAtomically } from '../../adapters/fs/staging.js';

/**
 * Copies the run folder `source` to `<targetRunsDir>/<folder under newId>` with its stamp rewritten for `newId`
 * (the copy is built in `stagingRoot` and renamed into place). Returns the new folder name.
 */
export async function restampRunFolder(
  source: string,
  targetRunsDir: string,
  newId: string,
  stagingRoot: string,
): Promise<string> {
  const folder = basename(source);
  const label = `${EXPERIMENTS_DIR}/${folder}`;
  const docs = restampDocuments(
    {
      folder,
      manifest: readJsonDocument<Manifest>(join(source, 'manifest.json'), 'manifest', `${label}/manifest.json`),
      metrics: readJsonDocument<Metrics>(join(source, 'metrics.json'), 'metrics', `${label}/metrics.json`),
      notes: await readFile(join(source, 'notes.md'), 'utf8'),
    },
    newId,
  );
  const newLabel = `${EXPERIMENTS_DIR}/${docs.folder}`;
  // metrics.json changes with the id, so its hash in manifest `files` is recomputed; the manifest and notes.md
  // are not covered by `files`, and every other file is copied byte for byte.
  const metricsText = jsonDocumentText('metrics', docs.metrics, `${newLabel}/metrics.json`);
  const manifest = withFileHash(docs.manifest, 'metrics.json', sha256(metricsText));
  await buildFolderAtomically(join(targetRunsDir, docs.folder), stagingRoot, async (staging) => {
    await cp(source, staging, { recursive: true });
    await writeFile(
      join(staging, 'manifest.json'),
      jsonDocumentText('manifest', manifest, `${newLabel}/manifest.json`),
    );
    await writeFile(join(staging, 'metrics.json'), metricsText);
    await writeFile(join(staging, 'notes.md'), docs.notes);
  });
  return docs.folder;
}
