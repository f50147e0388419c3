import { checkFailed, notFound } from '../../core/errors.js';
import { compareChecksums, splitEntries } from '../../core/dataset-revision.js';
import { sha256, type Sha256 } from '../../core/hash.js';
import { parseIdxImages, parseIdxLabels, type ImageSplit } from '../../adapters/datasets/index.js';
import { parseJsonDocument } from '../../adapters/documents.js';
import { CHECKSUMS_FILE, ContentCache, openStore, type DatasetStore } from '../../adapters/store/index.js';
import type { ChecksumsDocument, DatasetManifest } from './dataset-meta.js';
import { IMAGES_FILE, LABELS_FILE } from './materialize.js';
import type { Workspace } from '../setup/workspace.js';

/** The workspace's dataset store (mtrack.yaml dataset_store, or the Action's local root override). */
export function openDatasetStore(ws: Workspace): Promise<DatasetStore> {
  return openStore(ws.settings.dataset_store, {
    expDir: ws.expDir,
    ...(ws.settings.dataset_store.type === 'local_fs' && ws.storeRoot ? { rootOverride: ws.storeRoot } : {}),
  });
}

export interface VerifyOptions {
  store?: DatasetStore;
  /** Download and hash every object of a remote store even when the cache holds it (`mtrack data verify`). */
  fresh?: boolean;
}

/**
 * Re-hashes a revision's objects against its checksums.json and the manifest; throws CHECK_FAILED listing
 * mismatches. For a remote store, objects already in the content cache (re-hashed on read) are not downloaded
 * again unless `fresh`, and verified downloads are cached.
 */
export async function verifyRevision(
  ws: Workspace,
  manifest: DatasetManifest,
  options: VerifyOptions = {},
): Promise<ChecksumsDocument> {
  const store = options.store ?? (await openDatasetStore(ws));
  const cache = store.localDir ? undefined : new ContentCache();
  if (cache && !options.fresh) {
    const pulled = await pulledRevision(cache, manifest);
    if (pulled) return pulled;
  }
  const rel = manifest.materialization.relative_path;
  const checksumsBytes = await store.read(`${rel}/${CHECKSUMS_FILE}`);
  const problems: string[] = [];
  if (sha256(checksumsBytes) !== manifest.checksums) {
    problems.push(
      `checksums.json: expected ${manifest.checksums} (dataset_manifest.json checksums), got ${sha256(checksumsBytes)}.`,
    );
  }
  const checksums = parseJsonDocument<ChecksumsDocument>(
    Buffer.from(checksumsBytes).toString('utf8'),
    'checksums',
    store.describe(`${rel}/${CHECKSUMS_FILE}`),
  );
  const listed = await store.list(rel);
  const missing = Object.keys(checksums.files).filter((f) => !listed.includes(f));
  if (missing.length > 0) {
    throw notFound(
      `${store.describe(`${rel}/${missing[0]}`)}: object not found in the dataset store (${missing.length} of ${Object.keys(checksums.files).length} files of ${manifest.revision_id} missing).`,
      store.localDir ? 'Re-materialize the revision.' : 'Push the revision again: `mtrack data push`.',
    );
  }
  const actual: Record<string, Sha256> = {};
  for (const file of listed) {
    if (file === CHECKSUMS_FILE) continue;
    const expected = checksums.files[file] as Sha256 | undefined;
    const cached = expected && cache && !options.fresh ? await cache.get(expected) : undefined;
    if (cached) {
      actual[file] = expected!;
      continue;
    }
    const bytes = await store.read(`${rel}/${file}`);
    actual[file] = sha256(bytes);
    if (cache && actual[file] === expected) await cache.put(expected, bytes);
  }
  problems.push(...compareChecksums(checksums.files, actual));
  problems.push(
    ...compareChecksums(expectedFiles(manifest), checksums.files).map((p) => `checksums.json vs manifest: ${p}`),
  );
  if (problems.length > 0) {
    throw checkFailed(
      `${manifest.dataset_id} ${manifest.revision_id}: store bytes do not match: ${problems.join(' ')} (store: ${store.describe(rel)})`,
      problems,
    );
  }
  if (cache) await cache.put(manifest.checksums, checksumsBytes);
  return checksums;
}

/**
 * The revision's checksums when it and every object it lists are already cached (a pull or an earlier run), so
 * runs and scan trials need no network; each object is re-hashed when it is read from the cache.
 */
async function pulledRevision(cache: ContentCache, manifest: DatasetManifest): Promise<ChecksumsDocument | undefined> {
  const bytes = await cache.get(manifest.checksums);
  if (!bytes) return undefined;
  const checksums = parseJsonDocument<ChecksumsDocument>(Buffer.from(bytes).toString('utf8'), 'checksums', 'cache');
  if (compareChecksums(expectedFiles(manifest), checksums.files).length > 0) return undefined;
  const hashes = Object.values(checksums.files) as Sha256[];
  return hashes.every((hash) => cache.has(hash)) ? checksums : undefined;
}

/** Every split file's sha256 as the manifest records it, keyed by path in the revision. */
export function expectedFiles(manifest: DatasetManifest): Record<string, Sha256> {
  const out: Record<string, Sha256> = {};
  for (const [split, summary] of splitEntries(manifest.splits)) {
    for (const [file, hash] of Object.entries(summary.files)) out[`${split}/${file}`] = hash;
  }
  return out;
}

/**
 * One file of a revision, verified against the manifest before use: a local store's bytes were checked by
 * verifyRevision; a remote store's come from the cache (re-hashed on read) or are downloaded, hashed and cached.
 */
async function readRevisionFile(ws: Workspace, manifest: DatasetManifest, file: string): Promise<Uint8Array> {
  const store = await openDatasetStore(ws);
  const key = `${manifest.materialization.relative_path}/${file}`;
  if (store.localDir) return store.read(key);
  const expected = expectedFiles(manifest)[file];
  const cache = new ContentCache();
  const cached = await cache.get(expected);
  if (cached) return cached;
  const bytes = await store.read(key);
  if (sha256(bytes) !== expected) {
    throw checkFailed(`${store.describe(key)}: expected ${expected} (dataset_manifest.json), got ${sha256(bytes)}.`);
  }
  await cache.put(expected, bytes);
  return bytes;
}

/** Reads one split of a revision from the store as images + labels. */
export async function loadRevisionSplit(ws: Workspace, manifest: DatasetManifest, split: string): Promise<ImageSplit> {
  const rel = manifest.materialization.relative_path;
  const imagesFile = `${split}/${IMAGES_FILE}`;
  const labelsFile = `${split}/${LABELS_FILE}`;
  const image = parseIdxImages(await readRevisionFile(ws, manifest, imagesFile), `${rel}/${imagesFile}`);
  const labels = parseIdxLabels(await readRevisionFile(ws, manifest, labelsFile), `${rel}/${labelsFile}`);
  return { ...image, labels };
}

/** A local folder laid out like the revision, for trainers that read paths: the store's own, or a cache view. */
export async function revisionFolder(ws: Workspace, manifest: DatasetManifest): Promise<string> {
  const store = await openDatasetStore(ws);
  if (store.localDir) return store.localDir(manifest.materialization.relative_path);
  const cache = new ContentCache();
  const files = expectedFiles(manifest);
  for (const file of Object.keys(files)) await readRevisionFile(ws, manifest, file);
  return cache.revisionView(manifest.checksums, files);
}
