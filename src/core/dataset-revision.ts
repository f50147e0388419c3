import type { ChecksumsDocument, DatasetManifest } from './documents/index.js';
import { badInput } from './errors.js';
import { listingHash, sha256, type Sha256 } from './hash.js';
import { seededPermutation } from './prng.js';

export const HOLDBACK_SELECTION =
  'mulberry32(seed) Fisher-Yates permutation of train indices; the first round(fraction*n) become heldout_new; both keep source order';

/** Which train indices stay in train and which are held back: deterministic from seed, each list ascending. */
export function splitHoldback(n: number, fraction: number, seed: number): { keep: number[]; held: number[] } {
  if (!(fraction >= 0 && fraction < 1)) throw badInput(`--holdback: expected a fraction in [0, 1), got '${fraction}'.`);
  const heldCount = Math.round(fraction * n);
  const order = seededPermutation(n, seed);
  const held = order.slice(0, heldCount).sort((a, b) => a - b);
  const keep = order.slice(heldCount).sort((a, b) => a - b);
  return { keep, held };
}

/** One split of a revision: file name inside the split folder -> bytes. */
export interface SplitFiles {
  examples: number;
  files: Record<string, Uint8Array>;
}

export interface SplitSummary {
  examples: number;
  hash: Sha256;
  files: Record<string, Sha256>;
}

export type { ChecksumsDocument };

/** A dataset manifest's splits as [name, summary] pairs, in the manifest's order. */
export function splitEntries(splits: DatasetManifest['splits']): [string, SplitSummary][] {
  return Object.entries(splits).filter((e): e is [string, SplitSummary] => e[1] !== undefined);
}

/** Hashes every file and split of a revision: the checksums.json content and the manifest's split summaries. */
export function summarizeRevision(
  datasetId: string,
  revisionId: string,
  splits: Record<string, SplitFiles>,
): { checksums: ChecksumsDocument; splits: Record<string, SplitSummary> } {
  const files: Record<string, Sha256> = {};
  const splitHashes: Record<string, Sha256> = {};
  const summaries: Record<string, SplitSummary> = {};
  for (const [name, split] of Object.entries(splits)) {
    const hashes: Record<string, Sha256> = {};
    for (const [file, bytes] of Object.entries(split.files)) {
      hashes[file] = sha256(bytes);
      files[`${name}/${file}`] = hashes[file];
    }
    splitHashes[name] = listingHash(hashes);
    summaries[name] = { examples: split.examples, hash: splitHashes[name], files: hashes };
  }
  return {
    checksums: { dataset_id: datasetId, revision_id: revisionId, algorithm: 'sha256', files, splits: splitHashes },
    splits: summaries,
  };
}

/** Files whose bytes no longer match: the check behind `mtrack data verify`. */
export function compareChecksums(
  expected: Record<string, Sha256>,
  actual: Record<string, Sha256 | undefined>,
): string[] {
  const problems: string[] = [];
  for (const [path, hash] of Object.entries(expected)) {
    const got = actual[path];
    if (got === undefined) problems.push(`${path}: missing from the store (expected ${hash}).`);
    else if (got !== hash) problems.push(`${path}: expected ${hash}, got ${got}.`);
  }
  for (const path of Object.keys(actual))
    if (!(path in expected)) problems.push(`${path}: not listed in checksums.json.`);
  return problems;
}
