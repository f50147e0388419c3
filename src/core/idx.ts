import { badInput, MtrackError } from './errors.js';

/**
 * IDX: the MNIST file format (http://yann.lecun.com/exdb/mnist/, "FILE FORMATS"): a big-endian header of a
 * magic number (two zero bytes, a type byte 0x08 = unsigned byte, a dimension count), one uint32 per
 * dimension, then the data in row-major order. We read and write only the two shapes MNIST-style sets use.
 */
export const IDX_IMAGES_MAGIC = 0x00000803;
export const IDX_LABELS_MAGIC = 0x00000801;

/** Images (count x rows x cols bytes, row-major) with one label byte each. */
export interface ImageSplit {
  images: Uint8Array;
  labels: Uint8Array;
  count: number;
  rows: number;
  cols: number;
}

export type IdxImages = Omit<ImageSplit, 'labels'>;

/** Parses an IDX3 unsigned-byte image file; throws BAD_INPUT naming `file` on a bad magic, size or length. */
export function parseIdxImages(bytes: Uint8Array, file: string): IdxImages {
  const [count, rows, cols] = readHeader(bytes, file, IDX_IMAGES_MAGIC, 'images');
  if (rows === 0 || cols === 0)
    throw badInput(`${file}: IDX images: expected non-zero rows and cols, got ${rows}x${cols}.`);
  checkLength(bytes, file, 16, count * rows * cols, `${count} images of ${rows}x${cols}`);
  return { images: view(bytes, 16, count * rows * cols), count, rows, cols };
}

/** Parses an IDX1 unsigned-byte label file; throws BAD_INPUT naming `file` on a bad magic or length. */
export function parseIdxLabels(bytes: Uint8Array, file: string): Uint8Array {
  const [count] = readHeader(bytes, file, IDX_LABELS_MAGIC, 'labels');
  checkLength(bytes, file, 8, count, `${count} labels`);
  return view(bytes, 8, count);
}

/** Encodes images as an IDX3 file: the exact inverse of `parseIdxImages`. */
export function encodeIdxImages(split: IdxImages): Uint8Array {
  const size = split.count * split.rows * split.cols;
  if (split.images.length !== size) {
    throw internal(
      `encodeIdxImages: ${split.images.length} bytes for ${split.count} images of ${split.rows}x${split.cols}.`,
    );
  }
  return withHeader([IDX_IMAGES_MAGIC, split.count, split.rows, split.cols], split.images);
}

/** Encodes labels as an IDX1 file: the exact inverse of `parseIdxLabels`. */
export function encodeIdxLabels(labels: Uint8Array): Uint8Array {
  return withHeader([IDX_LABELS_MAGIC, labels.length], labels);
}

/** The examples at `indices`, in that order, as a new split (copies the bytes). */
export function selectExamples(split: ImageSplit, indices: readonly number[]): ImageSplit {
  const size = split.rows * split.cols;
  const images = new Uint8Array(indices.length * size);
  const labels = new Uint8Array(indices.length);
  indices.forEach((index, i) => {
    if (!Number.isInteger(index) || index < 0 || index >= split.count) {
      throw internal(`selectExamples: index ${index} is outside 0..${split.count - 1}.`);
    }
    images.set(split.images.subarray(index * size, (index + 1) * size), i * size);
    labels[i] = split.labels[index];
  });
  return { images, labels, count: indices.length, rows: split.rows, cols: split.cols };
}

/** `a` followed by `b`; both must have the same image size. */
export function concatSplits(a: ImageSplit, b: ImageSplit): ImageSplit {
  if (a.rows !== b.rows || a.cols !== b.cols) {
    throw badInput(`cannot concatenate splits of ${a.rows}x${a.cols} and ${b.rows}x${b.cols} images.`);
  }
  const images = new Uint8Array(a.images.length + b.images.length);
  images.set(a.images, 0);
  images.set(b.images, a.images.length);
  const labels = new Uint8Array(a.labels.length + b.labels.length);
  labels.set(a.labels, 0);
  labels.set(b.labels, a.labels.length);
  return { images, labels, count: a.count + b.count, rows: a.rows, cols: a.cols };
}

function readHeader(bytes: Uint8Array, file: string, magic: number, what: string): number[] {
  const dims = magic & 0xff;
  const headerLength = 4 + 4 * dims;
  const expected = hex(magic);
  if (bytes.length < 4)
    throw badInput(`${file}: not an IDX ${what} file: ${bytes.length} bytes, expected magic ${expected}.`);
  const data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const actual = data.getUint32(0);
  if (actual !== magic) {
    const gz = bytes[0] === 0x1f && bytes[1] === 0x8b ? ' (the file is gzip-compressed)' : '';
    throw badInput(`${file}: not an IDX ${what} file: magic ${hex(actual)}, expected ${expected}${gz}.`);
  }
  if (bytes.length < headerLength) {
    throw badInput(`${file}: truncated IDX ${what} header: ${bytes.length} bytes, expected at least ${headerLength}.`);
  }
  return Array.from({ length: dims }, (_, i) => data.getUint32(4 + 4 * i));
}

function checkLength(bytes: Uint8Array, file: string, header: number, body: number, what: string): void {
  const expected = header + body;
  if (bytes.length < expected) {
    throw badInput(`${file}: truncated: header declares ${what} (${expected} bytes), file has ${bytes.length} bytes.`);
  }
  if (bytes.length > expected) {
    throw badInput(
      `${file}: ${bytes.length - expected} trailing bytes after ${what} (expected ${expected} bytes, got ${bytes.length}).`,
    );
  }
}

function withHeader(words: number[], body: Uint8Array): Uint8Array {
  const out = new Uint8Array(4 * words.length + body.length);
  const data = new DataView(out.buffer);
  words.forEach((word, i) => data.setUint32(4 * i, word));
  out.set(body, 4 * words.length);
  return out;
}

// A plain Uint8Array view (not a Buffer subclass), so callers and tests see one type whatever the input was.
function view(bytes: Uint8Array, offset: number, length: number): Uint8Array {
  return new Uint8Array(bytes.buffer, bytes.byteOffset + offset, length);
}

function hex(word: number): string {
  return `0x${word.toString(16).padStart(8, '0')}`;
}

function internal(message: string): MtrackError {
  return new MtrackError('INTERNAL', message);
}
