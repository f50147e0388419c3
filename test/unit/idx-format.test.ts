import fc from 'fast-check';
import { MtrackError } from '../../src/core/errors.js';
import {
  concatSplits,
  encodeIdxImages,
  encodeIdxLabels,
  parseIdxImages,
  parseIdxLabels,
  selectExamples,
  type ImageSplit,
} from '../../src/core/idx.js';

// Written out by hand from the IDX format description, so the encoder is checked against an independent oracle.
const TWO_2x3_IMAGES = Uint8Array.from([
  0, 0, 8, 3, 0, 0, 0, 2, 0, 0, 0, 2, 0, 0, 0, 3, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
]);
const TWO_LABELS = Uint8Array.from([0, 0, 8, 1, 0, 0, 0, 2, 7, 3]);

function split(count: number, rows = 2, cols = 3): ImageSplit {
  const images = Uint8Array.from({ length: count * rows * cols }, (_, i) => (i * 7) % 256);
  const labels = Uint8Array.from({ length: count }, (_, i) => i % 10);
  return { images, labels, count, rows, cols };
}

function errorOf(fn: () => unknown): MtrackError {
  try {
    fn();
  } catch (error) {
    if (error instanceof MtrackError) return error;
    throw error;
  }
  throw new Error('expected an MtrackError, nothing was thrown');
}

describe('parseIdxImages', () => {
  test('reads count, rows, cols and the pixel bytes of a hand-written file', () => {
    const parsed = parseIdxImages(TWO_2x3_IMAGES, 'x');
    expect(parsed).toEqual({
      images: Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]),
      count: 2,
      rows: 2,
      cols: 3,
    });
  });

  test('rejects a label file with a one-line BAD_INPUT naming the file and both magics', () => {
    const error = errorOf(() => parseIdxImages(TWO_LABELS, 'data/train-images'));
    expect(error.code).toBe('BAD_INPUT');
    expect(error.message).toBe('data/train-images: not an IDX images file: magic 0x00000801, expected 0x00000803.');
  });

  test('says so when the file is still gzip-compressed', () => {
    const error = errorOf(() => parseIdxImages(Uint8Array.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0]), 'f.gz'));
    expect(error.message).toMatch(
      /^f\.gz: not an IDX images file: magic 0x1f8b0800, expected 0x00000803 \(the file is gzip-compressed\)\.$/,
    );
  });

  test('rejects a file cut inside the pixels as truncated', () => {
    const error = errorOf(() => parseIdxImages(TWO_2x3_IMAGES.subarray(0, 27), 'imgs'));
    expect(error.code).toBe('BAD_INPUT');
    expect(error.message).toBe('imgs: truncated: header declares 2 images of 2x3 (28 bytes), file has 27 bytes.');
  });

  test('rejects a file cut inside the header as truncated', () => {
    expect(errorOf(() => parseIdxImages(TWO_2x3_IMAGES.subarray(0, 10), 'imgs')).message).toBe(
      'imgs: truncated IDX images header: 10 bytes, expected at least 16.',
    );
  });

  test('rejects trailing bytes after the declared images', () => {
    const longer = Uint8Array.from([...TWO_2x3_IMAGES, 0]);
    expect(errorOf(() => parseIdxImages(longer, 'imgs')).message).toMatch(/^imgs: 1 trailing bytes/);
  });

  test('rejects an empty file and zero-sized images', () => {
    expect(errorOf(() => parseIdxImages(new Uint8Array(0), 'empty')).message).toMatch(/^empty: not an IDX images file/);
    const zeroRows = Uint8Array.from([0, 0, 8, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 28]);
    expect(errorOf(() => parseIdxImages(zeroRows, 'z')).message).toBe(
      'z: IDX images: expected non-zero rows and cols, got 0x28.',
    );
  });
});

describe('parseIdxLabels', () => {
  test('reads the label bytes of a hand-written file', () => {
    expect(parseIdxLabels(TWO_LABELS, 'l')).toEqual(Uint8Array.from([7, 3]));
  });

  test('rejects an image file and a truncated label file naming the file', () => {
    expect(errorOf(() => parseIdxLabels(TWO_2x3_IMAGES, 'labels')).message).toBe(
      'labels: not an IDX labels file: magic 0x00000803, expected 0x00000801.',
    );
    expect(errorOf(() => parseIdxLabels(TWO_LABELS.subarray(0, 9), 'labels')).message).toBe(
      'labels: truncated: header declares 2 labels (10 bytes), file has 9 bytes.',
    );
  });
});

describe('encodeIdx*', () => {
  test('writes the hand-written bytes exactly', () => {
    const images = parseIdxImages(TWO_2x3_IMAGES, 'x');
    expect(encodeIdxImages(images)).toEqual(TWO_2x3_IMAGES);
    expect(encodeIdxLabels(Uint8Array.from([7, 3]))).toEqual(TWO_LABELS);
  });

  test('parse(encode(split)) gives the split back for any size', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 9 }),
        (n, r, c) => {
          const s = split(n, r, c);
          expect({
            ...parseIdxImages(encodeIdxImages(s), 'p'),
            labels: parseIdxLabels(encodeIdxLabels(s.labels), 'q'),
          }).toEqual(s);
        },
      ),
    );
  });

  test('refuses to encode images whose byte length disagrees with count x rows x cols', () => {
    expect(errorOf(() => encodeIdxImages({ ...split(2), count: 3 })).code).toBe('INTERNAL');
  });
});

describe('selectExamples and concatSplits', () => {
  test('selectExamples copies the chosen images and labels in the order given', () => {
    const s = split(4);
    const picked = selectExamples(s, [3, 0]);
    expect(picked.count).toBe(2);
    expect(picked.labels).toEqual(Uint8Array.from([3, 0]));
    expect(picked.images).toEqual(Uint8Array.from([...s.images.subarray(18, 24), ...s.images.subarray(0, 6)]));
  });

  test('selectExamples rejects an index outside the split', () => {
    expect(errorOf(() => selectExamples(split(4), [4])).message).toBe('selectExamples: index 4 is outside 0..3.');
  });

  test('concatSplits of a partition restores the original split', () => {
    const s = split(5);
    expect(concatSplits(selectExamples(s, [0, 1]), selectExamples(s, [2, 3, 4]))).toEqual(s);
  });

  test('concatSplits refuses splits with different image sizes', () => {
    expect(errorOf(() => concatSplits(split(1, 2, 3), split(1, 3, 2))).message).toBe(
      'cannot concatenate splits of 2x3 and 3x2 images.',
    );
  });
});
