import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { encodeIdxImages, encodeIdxLabels, type ImageSplit } from '../../src/adapters/datasets/index.js';
import { S3Store } from '../../src/adapters/store/s3-store.js';
import { initWorkspace } from '../../src/app/setup/init.js';
import { materializeDataset } from '../../src/app/data/materialize.js';
import { readCommittedManifest } from '../../src/app/data/dataset-meta.js';
import { pushRevisions } from '../../src/app/data/push.js';
import { promoteHeldout } from '../../src/app/data/promote-heldout.js';
import { pullRevision } from '../../src/app/data/pull.js';
import { loadWorkspace } from '../../src/app/setup/workspace.js';
import { loadRevisionSplit, verifyRevision } from '../../src/app/data/dataset-store.js';
import { tempDir } from '../helpers/git-fixture.js';
import { S3_CREDENTIALS, startS3, type LoopbackS3 } from '../helpers/s3-server.js';

jest.setTimeout(60_000);

let s3: LoopbackS3;
let root: string;
const saved = { ...process.env };
const S3_SETTINGS = (endpoint: string) =>
  `dataset_store:\n  type: s3\n  bucket: team-data\n  prefix: mtrack\n  endpoint: ${endpoint}\n  force_path_style: true\n`;

function split(count: number, seed: number): ImageSplit {
  const images = Uint8Array.from({ length: count * 28 * 28 }, (_, i) => (i * 31 + seed) % 256);
  const labels = Uint8Array.from({ length: count }, (_, i) => (i + seed) % 10);
  return { images, labels, count, rows: 28, cols: 28 };
}

beforeAll(async () => {
  Object.assign(process.env, S3_CREDENTIALS, { AWS_EC2_METADATA_DISABLED: 'true' });
  s3 = await startS3(['team-data']);
  root = tempDir('mtrack-push-');
  const source = join(root, 'source');
  mkdirSync(source);
  const [train, test] = [split(200, 1), split(50, 2)];
  writeFileSync(join(source, 'train-images-idx3-ubyte'), encodeIdxImages(train));
  writeFileSync(join(source, 'train-labels-idx1-ubyte'), encodeIdxLabels(train.labels));
  writeFileSync(join(source, 't10k-images-idx3-ubyte'), encodeIdxImages(test));
  writeFileSync(join(source, 't10k-labels-idx1-ubyte'), encodeIdxLabels(test.labels));
  await initWorkspace({ root, identity: { name: 'Test', email: 'test@example.com' } });
  await materializeDataset(loadWorkspace(join(root, 'mtrack-exp')), {
    datasetId: 'mnist',
    source: { kind: 'folder', path: source },
    holdback: 0.1,
    seed: 1,
    recipe: 'test',
  });
  // The team moves to S3: mtrack.yaml now names the bucket; the local store folder is what push copies.
  const yaml = join(root, 'mtrack-exp', 'mtrack.yaml');
  writeFileSync(yaml, readFileSync(yaml, 'utf8').replace(/dataset_store:\n(  .*\n)+/, S3_SETTINGS(s3.endpoint)));
});
afterAll(async () => {
  await s3.close();
  process.env = saved;
});

test('push copies a local revision to the bucket, verified; a second push finds it present and changes nothing', async () => {
  const ws = loadWorkspace(join(root, 'mtrack-exp'));
  const remote = new S3Store({
    type: 's3',
    bucket: 'team-data',
    prefix: 'mtrack',
    endpoint: s3.endpoint,
    force_path_style: true,
  });
  // An earlier push that died after one object: the same bytes are accepted, the rest follow.
  await remote.writeOnce(
    'mnist/D0001/test/labels-idx1-ubyte',
    readFileSync(join(root, 'ml-data-store/mnist/D0001/test/labels-idx1-ubyte')),
  );

  expect(await pushRevisions(ws, { datasetId: 'mnist' })).toEqual([{ revision: 'D0001', status: 'pushed', files: 6 }]);
  expect(await remote.list('mnist/D0001')).toEqual(
    readdirSync(join(root, 'ml-data-store/mnist/D0001'), { recursive: true })
      .map(String)
      .filter((p) => p.includes('ubyte') || p === 'checksums.json')
      .sort(),
  );
  expect(await pushRevisions(ws, { datasetId: 'mnist', revisions: ['D0001'] })).toEqual([
    { revision: 'D0001', status: 'present', files: 6 },
  ]);
});

test('pull fills an empty cache with verified bytes; verify and the split then need no network', async () => {
  process.env.MTRACK_CACHE_DIR = join(root, 'cache');
  const ws = loadWorkspace(join(root, 'mtrack-exp'));
  const r = await pullRevision(ws, 'mnist', 'D0001');
  expect(r).toEqual({ files: 6, cacheDir: join(root, 'cache') });
  // The same workspace with an endpoint nothing listens on: only the cache can answer.
  const offline = {
    ...ws,
    settings: { ...ws.settings, dataset_store: { ...ws.settings.dataset_store, endpoint: 'http://127.0.0.1:1' } },
  };
  const { manifest } = await readCommittedManifest(ws.dataDir, 'mnist', 'D0001');
  await expect(verifyRevision(offline, manifest)).resolves.toMatchObject({ dataset_id: 'mnist' });
  expect((await loadRevisionSplit(offline, manifest, 'train')).count).toBe(180);
  await expect(verifyRevision(offline, manifest, { fresh: true })).rejects.toThrow(/unreachable \(ECONNREFUSED\)/);
});

test('promote-heldout on an S3 workspace reads D0001 from the bucket and writes D0002 there, checksums.json last', async () => {
  const ws = loadWorkspace(join(root, 'mtrack-exp'));
  const r = await promoteHeldout(ws, { datasetId: 'mnist', recipe: 'test promote' });
  expect(r).toMatchObject({ revision: 'D0002', from: 'D0001' });
  const { manifest } = await readCommittedManifest(ws.dataDir, 'mnist', 'D0002');
  expect(manifest.materialization).toMatchObject({ store_type: 's3', store_root: 's3://team-data/mtrack' });
  await expect(verifyRevision(ws, manifest, { fresh: true })).resolves.toMatchObject({ revision_id: 'D0002' });
  expect(existsSync(join(root, 'ml-data-store/mnist/D0002'))).toBe(false);
});

test('push refuses a workspace whose store is local_fs', async () => {
  const ws = loadWorkspace(join(root, 'mtrack-exp'));
  const local = {
    ...ws,
    settings: { ...ws.settings, dataset_store: { type: 'local_fs' as const, root: '../ml-data-store' } },
  };
  await expect(pushRevisions(local, { datasetId: 'mnist' })).rejects.toThrow(
    /mtrack.yaml dataset_store.type 'local_fs': push copies revisions to a remote store/,
  );
});

test('mtrack.yaml with an s3 store missing its bucket is refused naming the field', () => {
  const yaml = join(root, 'mtrack-exp', 'mtrack.yaml');
  const good = readFileSync(yaml, 'utf8');
  writeFileSync(yaml, good.replace('  bucket: team-data\n', ''));
  try {
    expect(() => loadWorkspace(join(root, 'mtrack-exp'))).toThrow(/mtrack\.yaml.*dataset_store.*bucket/);
  } finally {
    writeFileSync(yaml, good);
  }
});
