import { parseArtifactPointers, parseKeyValueLines } from '../pointers.js';
import type { RunFolderFiles } from './run-folder.js';

const decoder = new TextDecoder('utf-8', { fatal: false });

/**
 * Lenient readers of a run folder's documents for rules that must run even when the schema rule has already
 * refused a document (a forged manifest fails several rules at once): undefined when absent or unparsable.
 */
export function manifestOf(run: RunFolderFiles): Record<string, unknown> | undefined {
  const bytes = run.documents.get('manifest.json');
  if (!bytes) return undefined;
  try {
    const data: unknown = JSON.parse(decoder.decode(bytes));
    return isRecord(data) ? data : undefined;
  } catch {
    return undefined;
  }
}

export function datasetPointerOf(run: RunFolderFiles): Record<string, string> | undefined {
  const bytes = run.documents.get('pointers/dataset_pointer.txt');
  if (!bytes) return undefined;
  try {
    return parseKeyValueLines(decoder.decode(bytes), 'pointers/dataset_pointer.txt');
  } catch {
    return undefined;
  }
}

/** The `<uri>  sha256:<hex>` lines of pointers/artifact_store.txt, with their line numbers. */
export function artifactLinesOf(run: RunFolderFiles): { uri: string; sha256: string; line: number }[] {
  const bytes = run.documents.get('pointers/artifact_store.txt');
  if (!bytes) return [];
  try {
    const text = decoder.decode(bytes);
    return parseArtifactPointers(text, 'pointers/artifact_store.txt').map(({ line, fields }) => ({
      uri: fields.uri,
      sha256: fields.sha256,
      line,
    }));
  } catch {
    return [];
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `obj.a.b` when every step is an object, else undefined. */
export function pick(obj: unknown, ...keys: string[]): unknown {
  let at = obj;
  for (const key of keys) {
    if (!isRecord(at) || !Object.hasOwn(at, key)) return undefined;
    at = at[key];
  }
  return at;
}

/** An external artifact line (a URI with a scheme) rather than a path inside the run folder. */
export function isExternalUri(uri: string): boolean {
  return /^[A-Za-z][A-Za-z0-9+.-]*:/.test(uri);
}
