import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { MtrackError } from '../../src/core/errors.js';
import { sha256 } from '../../src/core/hash.js';
import {
  encodeIdxImages,
  encodeIdxLabels,
  loadSource,
  type ImageSplit,
  type SourceData,
} from '../../src/adapters/datasets/index.js';

// Where Debian's dataset-fashion-mnist package installs (`dpkg -L dataset-fashion-mnist`).
const FASHION_DIR = '/usr/share/datasets/fashion-mnist';

function split(count: number, seed: number, rows = 4, cols = 3): ImageSplit {
  const images = Uint8Array.from({ length: count * rows * cols }, (_, i) => (i * 31 + seed) % 256);
  const labels = Uint8Array.from({ length: count }, (_, i) => (i + seed) % 10);
  return { images, labels, count, rows, cols };
}

async function rejection(promise: Promise<unknown>): Promise<MtrackError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof MtrackError) return error;
    throw error;
  }
  throw new Error('expected loadSource to fail');
}

const fashionInstalled = existsSync(join(FASHION_DIR, 'train-images-idx3-ubyte.gz'));
const describeFashion = fashionInstalled ? describe : describe.skip;
const fashionTitle = fashionInstalled
  ? 'loadSource folder: Debian Fashion-MNIST (.gz files)'
  : `loadSource folder: Debian Fashion-MNIST — SKIPPED: ${FASHION_DIR} missing; install with \`apt-get install -y dataset-fashion-mnist\``;

describeFashion(fashionTitle, () => {
  let data: SourceData;
  beforeAll(async () => {
    data = await loadSource({ kind: 'folder', path: FASHION_DIR });
  });

  test('reads 60000 / 10000 images of 28x28 with 6000 / 1000 of each label 0..9', () => {
    for (const [s, perClass] of [
      [data.train, 6000],
      [data.test, 1000],
    ] as const) {
      expect({ count: s.count, rows: s.rows, cols: s.cols }).toEqual({ count: perClass * 10, rows: 28, cols: 28 });
      const histogram = new Array<number>(10).fill(0);
      for (const label of s.labels) histogram[label]++;
      expect(histogram).toEqual(new Array<number>(10).fill(perClass));
    }
  });

  test('decodes to the same bytes gzip -dc gives, and hashes the .gz bytes as sha256sum does', () => {
    const encoded: Record<string, Uint8Array> = {
      'train-images-idx3-ubyte.gz': encodeIdxImages(data.train),
      'train-labels-idx1-ubyte.gz': encodeIdxLabels(data.train.labels),
      't10k-images-idx3-ubyte.gz': encodeIdxImages(data.test),
      't10k-labels-idx1-ubyte.gz': encodeIdxLabels(data.test.labels),
    };
    for (const [name, bytes] of Object.entries(encoded)) {
      const gunzipped = execFileSync('gzip', ['-dc', join(FASHION_DIR, name)], { maxBuffer: 100 * 1024 * 1024 });
      expect(Buffer.compare(Buffer.from(bytes), gunzipped)).toBe(0);
      const [hex] = execFileSync('sha256sum', [join(FASHION_DIR, name)], { encoding: 'utf8' }).split(' ');
      expect(data.provenance.source_files[name]).toBe(`sha256:${hex}`);
    }
    expect(Object.keys(data.provenance.source_files).sort()).toEqual(Object.keys(encoded).sort());
    expect(data.provenance).toMatchObject({
      source: 'Fashion-MNIST',
      provider: 'folder:fashion-mnist',
    });
  });
});

describe('loadSource folder: naming variants and malformed files', () => {
  let dir: string;
  const trainSplit = split(5, 1);
  const testSplit = split(3, 2);
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mtrack-idx-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function writeFiles(files: Record<string, Uint8Array>): Promise<void> {
    await Promise.all(Object.entries(files).map(([name, bytes]) => writeFile(join(dir, name), bytes)));
  }

  test('reads Kaggle-style names, raw and .gz mixed, and hashes each file as read', async () => {
    const files = {
      'train-images.idx3-ubyte': encodeIdxImages(trainSplit),
      'train-labels.idx1-ubyte.gz': gzipSync(encodeIdxLabels(trainSplit.labels)),
      't10k-images.idx3-ubyte.gz': gzipSync(encodeIdxImages(testSplit)),
      't10k-labels.idx1-ubyte': encodeIdxLabels(testSplit.labels),
    };
    await writeFiles(files);

    const data = await loadSource({ kind: 'folder', path: dir });

    expect(data.train).toEqual(trainSplit);
    expect(data.test).toEqual(testSplit);
    expect(data.provenance).toEqual({
      source: basename(dir),
      provider: `folder:${basename(dir)}`,
      source_files: Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, sha256(bytes)])),
    });
  });

  test('prefers a raw file over its .gz twin and uses the name given', async () => {
    await writeFiles({
      'train-images-idx3-ubyte': encodeIdxImages(trainSplit),
      'train-images-idx3-ubyte.gz': gzipSync(encodeIdxImages(split(5, 9))),
      'train-labels-idx1-ubyte': encodeIdxLabels(trainSplit.labels),
      'test-images-idx3-ubyte': encodeIdxImages(testSplit),
      'test-labels-idx1-ubyte': encodeIdxLabels(testSplit.labels),
    });

    const data = await loadSource({ kind: 'folder', path: dir, name: 'tiny' });

    expect(data.train).toEqual(trainSplit);
    expect(data.provenance.source).toBe('tiny');
    expect(Object.keys(data.provenance.source_files)).not.toContain('train-images-idx3-ubyte.gz');
  });

  test('names the missing role and the accepted file names (NOT_FOUND)', async () => {
    await writeFiles({
      'train-images-idx3-ubyte': encodeIdxImages(trainSplit),
      'train-labels-idx1-ubyte': encodeIdxLabels(trainSplit.labels),
      't10k-images-idx3-ubyte': encodeIdxImages(testSplit),
    });
    const error = await rejection(loadSource({ kind: 'folder', path: dir }));
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toMatch(
      new RegExp(`^dataset folder '${dir}': no test labels file, expected one of t10k-labels-idx1-ubyte, `),
    );
    expect(error.message).not.toContain('\n');
  });

  test('refuses a folder that does not exist (NOT_FOUND)', async () => {
    const error = await rejection(loadSource({ kind: 'folder', path: join(dir, 'nope') }));
    expect(error.code).toBe('NOT_FOUND');
    expect(error.message).toBe(`dataset folder '${join(dir, 'nope')}': does not exist.`);
  });

  test('refuses labels whose count differs from the images, naming both files', async () => {
    await writeFiles({
      'train-images-idx3-ubyte': encodeIdxImages(trainSplit),
      'train-labels-idx1-ubyte': encodeIdxLabels(trainSplit.labels.subarray(0, 4)),
      't10k-images-idx3-ubyte': encodeIdxImages(testSplit),
      't10k-labels-idx1-ubyte': encodeIdxLabels(testSplit.labels),
    });
    const error = await rejection(loadSource({ kind: 'folder', path: dir }));
    expect(error.code).toBe('BAD_INPUT');
    expect(error.message).toBe(
      `${join(dir, 'train-labels-idx1-ubyte')}: count mismatch: 4 labels for 5 images in ${join(dir, 'train-images-idx3-ubyte')}.`,
    );
  });

  test('refuses a corrupt .gz and a truncated IDX inside a .gz, naming the file', async () => {
    const gz = gzipSync(encodeIdxImages(testSplit));
    await writeFiles({
      'train-images-idx3-ubyte': encodeIdxImages(trainSplit),
      'train-labels-idx1-ubyte': encodeIdxLabels(trainSplit.labels),
      't10k-images-idx3-ubyte.gz': gz.subarray(0, gz.length - 10),
      't10k-labels-idx1-ubyte': encodeIdxLabels(testSplit.labels),
    });
    const corrupt = await rejection(loadSource({ kind: 'folder', path: dir }));
    expect(corrupt.code).toBe('BAD_INPUT');
    expect(corrupt.message).toMatch(
      new RegExp(`^${join(dir, 't10k-images-idx3-ubyte.gz')}: corrupt gzip data: .*\\.$`),
    );

    await writeFiles({ 't10k-images-idx3-ubyte.gz': gzipSync(encodeIdxImages(testSplit).subarray(0, 20)) });
    const truncated = await rejection(loadSource({ kind: 'folder', path: dir }));
    expect(truncated.message).toBe(
      `${join(dir, 't10k-images-idx3-ubyte.gz')}: truncated: header declares 3 images of 4x3 (52 bytes), file has 20 bytes.`,
    );
  });

  test('refuses test images of a different size than train images', async () => {
    const wide = split(3, 2, 4, 4);
    await writeFiles({
      'train-images-idx3-ubyte': encodeIdxImages(trainSplit),
      'train-labels-idx1-ubyte': encodeIdxLabels(trainSplit.labels),
      't10k-images-idx3-ubyte': encodeIdxImages(wide),
      't10k-labels-idx1-ubyte': encodeIdxLabels(wide.labels),
    });
    const error = await rejection(loadSource({ kind: 'folder', path: dir }));
    expect(error.code).toBe('BAD_INPUT');
    expect(error.message).toMatch(/: test images are 4x4, train images \(.*\) are 4x3\.$/);
  });
});
