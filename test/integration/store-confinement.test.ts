import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LocalStore } from '../../src/adapters/store/local-store.js';
import { hashRunFolder } from '../../src/app/run/hash-run-folder.js';
import { sha256 } from '../../src/core/hash.js';
import { tempDir } from '../helpers/git-fixture.js';

/** A store with revision mnist/D0001 (one file) and a secret file beside the store. */
function storeFixture() {
  const root = tempDir('mtrack-store-');
  const store = join(root, 'store');
  mkdirSync(join(store, 'mnist', 'D0001', 'train'), { recursive: true });
  writeFileSync(join(store, 'mnist', 'D0001', 'train', 'images'), 'pixels');
  writeFileSync(join(root, 'secret'), 'secret');
  return { root, store: new LocalStore(store) };
}

describe('the dataset store', () => {
  test('reads a revision inside the store', async () => {
    const { store } = storeFixture();
    expect(await store.list('mnist/D0001')).toEqual(['train/images']);
    expect(sha256(await store.read('mnist/D0001/train/images'))).toBe(sha256('pixels'));
  });

  test('refuses a relative_path that leaves the store before touching the file system', async () => {
    const { store } = storeFixture();
    await expect(store.read('../secret')).rejects.toMatchObject({ code: 'BAD_INPUT' });
    await expect(store.list('mnist/../..')).rejects.toMatchObject({ code: 'BAD_INPUT' });
    await expect(store.read('mnist/D0001/../../../secret')).rejects.toMatchObject({ code: 'BAD_INPUT' });
  });

  test('refuses a revision folder that is a symbolic link, and a link inside a revision', async () => {
    const { root, store } = storeFixture();
    symlinkSync(root, join(store.root, 'mnist', 'D0002'));
    await expect(store.read('mnist/D0002/secret')).rejects.toMatchObject({
      code: 'CHECK_FAILED',
      message: expect.stringContaining('symbolic link in the dataset store'),
    });
    await expect(store.list('mnist/D0002')).rejects.toMatchObject({ code: 'CHECK_FAILED' });
    symlinkSync(join(root, 'secret'), join(store.root, 'mnist', 'D0001', 'train', 'labels'));
    await expect(store.list('mnist/D0001')).rejects.toMatchObject({ code: 'CHECK_FAILED' });
    await expect(store.read('mnist/D0001/train/labels')).rejects.toMatchObject({ code: 'CHECK_FAILED' });
  });
});

describe('hashing a run folder before its manifest is written', () => {
  test('covers every file but manifest.json and notes.md', async () => {
    const dir = tempDir('mtrack-run-');
    mkdirSync(join(dir, 'artifacts', 'model'), { recursive: true });
    for (const rel of ['metrics.json', 'notes.md', 'manifest.json', 'artifacts/model/weights.bin'])
      writeFileSync(join(dir, rel), rel);
    expect(await hashRunFolder(dir, 'experiments/x')).toEqual({
      'artifacts/model/weights.bin': sha256('artifacts/model/weights.bin'),
      'metrics.json': sha256('metrics.json'),
    });
  });

  test('fails the run when the trainer left a symbolic link in it', async () => {
    const dir = tempDir('mtrack-run-');
    mkdirSync(join(dir, 'artifacts'));
    symlinkSync('/etc/passwd', join(dir, 'artifacts', 'weights.bin'));
    await expect(hashRunFolder(dir, 'experiments/x')).rejects.toMatchObject({
      code: 'CHECK_FAILED',
      message:
        'experiments/x/artifacts/weights.bin: is a symbolic link or special file; run folders hold regular files only.',
    });
  });
});
