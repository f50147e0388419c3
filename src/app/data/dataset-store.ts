import { checkFailed } from '../../core/errors.js';
import { compareChecksums, splitEntries } from '../../core/dataset-revision.js';
import { sha256 } from '../../core/hash.js';
import { parseIdxImages, parseIdxLabels, type ImageSplit } from '../../adapters/datasets/index.js';
import { parseJsonDocument } from '../../adapters/documents.js';
import { LocalStore } from '../../adapters/store/local-store.js';
import type { ChecksumsDocument, DatasetManifest } from './dataset-meta.js';
import { IMAGES_FILE, LABELS_FILE } from './materialize.js';
import type { Workspace } from '../setup/workspace.js';

/** Re-hashes a revision's store folder against its checksums.json and the manifest; throws CHECK_FAILED listing mismatches. */
export async function verifyRevision(ws: Workspace, manifest: DatasetManifest): Promise<ChecksumsDocument> {
  const store = new LocalStore(ws.storeRoot);
  const rel = manifest.materialization.relative_path;
  const checksumsBytes = await store.readFile(rel, 'checksums.json');
  const label = `${store.revisionDir(rel)}/checksums.json`;
  const problems: string[] = [];
  if (sha256(checksumsBytes) !== manifest.checksums) {
    problems.push(
      `checksums.json: expected ${manifest.checksums} (dataset_manifest.json checksums), got ${sha256(checksumsBytes)}.`,
    );
  }
  const checksums = parseJsonDocument<ChecksumsDocument>(
    Buffer.from(checksumsBytes).toString('utf8'),
    'checksums',
    label,
  );
  const expectedFromManifest: Record<string, `sha256:${string}`> = {};
  for (const [split, summary] of splitEntries(manifest.splits)) {
    for (const [file, hash] of Object.entries(summary.files)) expectedFromManifest[`${split}/${file}`] = hash;
  }
  const actual = await store.hashRevision(rel);
  problems.push(...compareChecksums(checksums.files, actual));
  problems.push(
    ...compareChecksums(expectedFromManifest, checksums.files).map((p) => `checksums.json vs manifest: ${p}`),
  );
  if (problems.length > 0) {
    throw checkFailed(
      `${manifest.dataset_id} ${manifest.revision_id}: store bytes do not match: ${problems.join(' ')}`,
      problems,
    );
  }
  return checksums;
}

/** Reads one split of a revision from the store as images + labels. */
export async function loadRevisionSplit(ws: Workspace, manifest: DatasetManifest, split: string): Promise<ImageSplit> {
  const store = new LocalStore(ws.storeRoot);
  const rel = manifest.materialization.relative_path;
  const imagesFile = `${split}/${IMAGES_FILE}`;
  const labelsFile = `${split}/${LABELS_FILE}`;
  const image = parseIdxImages(await store.readFile(rel, imagesFile), `${rel}/${imagesFile}`);
  const labels = parseIdxLabels(await store.readFile(rel, labelsFile), `${rel}/${labelsFile}`);
  return { ...image, labels };
}
