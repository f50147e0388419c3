import { readFileSync } from 'node:fs';
import { isMap, isSeq, type Node } from 'yaml';
import { badInput, notFound } from '../core/errors.js';
import { isUnsafeKey, unsafeKeyMessage } from '../core/unsafe-keys.js';
import { parseYamlText } from '../core/yaml-text.js';
import { assertSchema, type SchemaName } from './schemas.js';

/** Reads a file, turning "no such file" into a one-line NOT_FOUND naming it. */
export function readText(path: string, label = path): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw notFound(`${label}: file not found.`);
    throw error;
  }
}

/** Parses JSON text and validates it against schema `name`; errors name the file and field. */
export function parseJsonDocument<T>(text: string, name: SchemaName, label: string): T {
  let data: unknown;
  let unsafe: string | undefined;
  try {
    data = JSON.parse(text, (key, value: unknown) => {
      unsafe ??= isUnsafeKey(key) ? key : undefined;
      return value;
    });
  } catch (error) {
    throw badInput(`${label}: not valid JSON (${(error as Error).message}).`);
  }
  if (unsafe) throw badInput(`${label} ${unsafe}: ${unsafeKeyMessage(unsafe)}.`);
  return assertSchema<T>(name, data, label);
}

export function readJsonDocument<T>(path: string, name: SchemaName, label = path): T {
  return parseJsonDocument<T>(readText(path, label), name, label);
}

/** Parses YAML text and validates it; errors carry `file:line:col field: message`. */
export function parseYamlDocument<T>(text: string, name: SchemaName, label: string): T {
  const { doc, lines: lineCounter, data: parsed } = parseYamlText(text, label);
  const data = parsed ?? {};
  const locate = (path: string[], atKey: boolean): string => {
    const node = nodeAt(doc.contents as Node | null, path, atKey);
    const offset = node?.range?.[0];
    if (offset === undefined) return '';
    const pos = lineCounter.linePos(offset);
    return `:${pos.line}:${pos.col}`;
  };
  return assertSchema<T>(name, data, label, locate);
}

export function readYamlDocument<T>(path: string, name: SchemaName, label = path): T {
  return parseYamlDocument<T>(readText(path, label), name, label);
}

// Walks down as far as the path exists, so a missing key points at its parent mapping.
function nodeAt(root: Node | null, path: string[], atKey: boolean): Node | null {
  let node = root;
  for (const [i, key] of path.entries()) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown })?.value === key);
      if (!pair) return node;
      const last = i === path.length - 1;
      node = last && atKey ? (pair.key as Node) : ((pair.value as Node) ?? (pair.key as Node));
    } else if (isSeq(node)) {
      const child = node.items[Number(key)] as Node | undefined;
      if (!child) return node;
      node = child;
    } else return node;
  }
  return node;
}

/** The JSON text mtrack writes (2-space indent, final newline), after validating `data` against its schema. */
export function jsonDocumentText(name: SchemaName, data: unknown, label: string): string {
  assertSchema(name, data, label);
  return `${JSON.stringify(data, null, 2)}\n`;
}
