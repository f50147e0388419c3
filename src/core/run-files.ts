import type { Sha256 } from './hash.js';

/**
 * Files of a run folder the manifest's `files` map does not cover: the manifest itself (it holds the map) and
 * notes.md, which a person may complete after the run (see the decision-log issue). Every other file is fixed.
 */
export const UNHASHED_RUN_FILES: readonly string[] = ['manifest.json', 'notes.md'];

export function isHashedRunFile(rel: string): boolean {
  return !UNHASHED_RUN_FILES.includes(rel);
}

/** The manifest's `files` map: run-folder-relative path -> sha256, sorted by path so the JSON is stable. */
export function runFileHashes(hashes: Readonly<Record<string, Sha256>>): Record<string, Sha256> {
  const out: Record<string, Sha256> = {};
  for (const rel of Object.keys(hashes).sort()) if (isHashedRunFile(rel)) out[rel] = hashes[rel];
  return out;
}

/** A copy of `manifest` whose `files` entry for `rel` is `hash`: for rewriters (restamp) of a fixed file. */
export function withFileHash<T extends { files?: Record<string, Sha256> }>(manifest: T, rel: string, hash: Sha256): T {
  const files = manifest.files;
  if (!files || !(rel in files)) return manifest;
  return { ...manifest, files: { ...files, [rel]: hash } };
}
