import { checkDatasetRef, type DatasetRef } from '../../src/core/rules/index.js';
import { validateDocument } from '../../src/adapters/schemas.js';
import { datasetManifest } from '../helpers/run-fixture.js';

const manifest = datasetManifest('D0001') as { checksums: string; splits: Record<string, { hash: string }> };
const ref: DatasetRef = {
  pointerPath: 'experiments/x/pointers/dataset_pointer.txt',
  datasetId: 'mnist',
  revision: 'D0001',
  checksums: manifest.checksums,
  metaCommit: 'c'.repeat(40),
  hashes: { train: manifest.splits.train.hash, test: manifest.splits.test.hash },
};
const found = (m: unknown) => ({ kind: 'found' as const, manifest: new TextEncoder().encode(JSON.stringify(m)) });

test('accepts a pointer whose revision, checksums and split hashes the dataset-meta repo holds', () => {
  expect(checkDatasetRef(ref, found(manifest), validateDocument)).toEqual([]);
});

test('refuses an unknown dataset_meta_commit and a revision absent at that commit', () => {
  expect(checkDatasetRef(ref, { kind: 'no-commit' }, validateDocument)[0].message).toContain(
    'is not a commit of the dataset-meta repo',
  );
  expect(checkDatasetRef(ref, { kind: 'found' }, validateDocument)[0].message).toContain(
    "revision D0001 of 'mnist' does not exist",
  );
});

test('refuses checksums or split hashes that differ from the revision', () => {
  const other = datasetManifest('D0009');
  const out = checkDatasetRef({ ...ref }, found({ ...manifest, checksums: other.checksums }), validateDocument);
  expect(out.map((v) => v.message.split(' ')[0])).toEqual(['checksums']);
  const hashes = checkDatasetRef(
    { ...ref, hashes: { train: ref.hashes!.test, test: ref.hashes!.test } },
    found(manifest),
    validateDocument,
  );
  expect(hashes).toEqual([
    expect.objectContaining({
      rule: 'dataset-pointer',
      path: 'experiments/x/manifest.json',
      message: expect.stringContaining('inputs.dataset.hashes.train'),
    }),
  ]);
});
