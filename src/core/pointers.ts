import type { ArtifactPointer, DatasetPointer } from './documents/index.js';
import { badInput } from './errors.js';

export type { ArtifactPointer, DatasetPointer };

const POINTER_KEYS: (keyof DatasetPointer)[] = [
  'dataset_id',
  'dataset_revision',
  'store_type',
  'data_store_root',
  'relative_path',
  'checksums',
  'dataset_meta_commit',
];

/** pointers/dataset_pointer.txt: `key=value` lines in a fixed order (the spec's format, plus store_type). */
export function formatDatasetPointer(pointer: DatasetPointer): string {
  return POINTER_KEYS.map((key) => `${key}=${pointer[key]}\n`).join('');
}

/** Parses `key=value` lines into an object; the caller validates it against schemas/dataset_pointer. */
export function parseKeyValueLines(text: string, file: string): Record<string, string> {
  const out: Record<string, string> = {};
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const eq = line.indexOf('=');
    if (eq <= 0) throw badInput(`${file}:${i + 1} expected 'key=value', got '${line}'.`);
    const key = line.slice(0, eq).trim();
    if (key in out) throw badInput(`${file}:${i + 1} ${key}: duplicate key.`);
    out[key] = line.slice(eq + 1).trim();
  });
  return out;
}

/** pointers/artifact_store.txt: `<uri>  sha256:<hex>` lines, sorted by uri. */
export function formatArtifactPointers(pointers: ArtifactPointer[]): string {
  return [...pointers]
    .sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0))
    .map((p) => `${p.uri}  ${p.sha256}\n`)
    .join('');
}

/** Parses artifact pointer lines; each row keeps its 1-based line in the file (comments and blank lines count). */
export function parseArtifactPointers(text: string, file: string): { line: number; fields: Record<string, string> }[] {
  return text
    .split('\n')
    .map((line, i) => ({ text: line.trim(), line: i + 1 }))
    .filter(({ text }) => text !== '' && !text.startsWith('#'))
    .map(({ text, line }) => {
      const parts = text.split(/\s+/);
      if (parts.length !== 2) throw badInput(`${file}:${line} expected '<uri>  sha256:<hex>', got '${text}'.`);
      return { line, fields: { uri: parts[0], sha256: parts[1] } };
    });
}
