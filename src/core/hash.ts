import { createHash } from 'node:crypto';

export type Sha256 = `sha256:${string}`;

/** `sha256:<hex>` of bytes: the one hash format mtrack writes. */
export function sha256(bytes: Uint8Array | string): Sha256 {
  return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
}

export function hexOf(hash: Sha256): string {
  return hash.slice('sha256:'.length);
}

/**
 * The hash of a folder of files: sha256 of its `sha256sum` listing (`<hex>  <relative path>\n` per file, no `./`
 * prefix, sorted by path by code unit, which is byte order for ASCII names; `sort` needs LC_ALL=C for that), so
 * `cd DIR && find . -type f -printf '%P\0' | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum` prints it
 * (test/unit/core-ids-hash.test.ts runs this line).
 */
export function listingHash(files: Record<string, Sha256>): Sha256 {
  return sha256(sha256sumListing(files));
}

export function sha256sumListing(files: Record<string, Sha256>): string {
  return Object.keys(files)
    .sort(compareCodeUnits)
    .map((path) => `${hexOf(files[path])}  ${path}\n`)
    .join('');
}

export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
