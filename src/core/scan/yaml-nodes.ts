import {
  isMap,
  isScalar,
  isSeq,
  type LineCounter,
  type Node,
  type Scalar,
  type ScalarTag,
  type Tags,
  type YAMLMap,
} from 'yaml';
import { badInput } from '../errors.js';
import { parseYamlText } from '../yaml-text.js';

/** A parsed YAML file that can point at any of its nodes as `file:line:col`. */
export interface Source {
  file: string;
  text: string;
  lines: LineCounter;
}

// yaml leaves `!!float 4` unresolved (its float tags only match a dot or an exponent); PyYAML, and so W&B files,
// read it as 4.0. This fallback tag resolves any explicitly tagged float; untagged scalars never reach it.
const explicitFloat: ScalarTag = {
  tag: 'tag:yaml.org,2002:float',
  resolve: (text: string) => Number(text.replace(/_/g, '')),
};

const parseOptions = (version: '1.1' | '1.2') => ({
  version,
  customTags: (tags: Tags) => [...tags, explicitFloat],
});

/** Plain data of a scan YAML text as the parser reads it (same tags), for schema validation at the adapter. */
export function scanYamlData(text: string, file = 'scan.yaml'): unknown {
  return parseYamlText(text, file, parseOptions('1.2')).data;
}

/** Parses `text`; YAML syntax errors become one BAD_INPUT line with the position yaml reports. */
export function parseYamlSource(
  text: string,
  file: string,
  version: '1.1' | '1.2' = '1.2',
): { source: Source; root: Node | null } {
  const { doc, lines } = parseYamlText(text, file, parseOptions(version), ' (yaml):');
  const source = { file, text, lines };
  return { source, root: (doc.contents as Node | null) ?? null };
}

/** Throws the one-line message: `file:line:col path: message`. */
export function fail(source: Source, node: Node | null | undefined, path: string, message: string): never {
  const offset = node?.range?.[0] ?? 0;
  const { line, col } = source.lines.linePos(offset);
  throw badInput(`${source.file}:${line}:${col} ${path || '(document)'}: ${message}`);
}

/** How a node was written, for `got '...'` in messages. */
export function written(source: Source, node: Node | null | undefined): string {
  if (!node) return 'nothing';
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  const range = node.range;
  return range ? `'${source.text.slice(range[0], range[1]).trim()}'` : `'${String((node as Scalar).value)}'`;
}

export interface Entry {
  key: string;
  keyNode: Node;
  value: Node | null;
}

/** The entries of a mapping node, keys as strings; anything else is refused at `path`. */
export function entriesOf(source: Source, node: Node | null, path: string, expected = 'a mapping'): Entry[] {
  if (!isMap(node)) fail(source, node, path, `expected ${expected}, got ${written(source, node)}.`);
  return (node as YAMLMap).items.map((pair) => {
    const keyNode = pair.key as Node;
    if (!isScalar(keyNode) || typeof keyNode.value !== 'string')
      fail(source, keyNode, path, `expected string keys, got ${written(source, keyNode)}.`);
    return { key: keyNode.value as string, keyNode, value: (pair.value as Node | null) ?? null };
  });
}

/** Refuses keys outside `allowed`, naming the first unknown one. */
export function onlyKeys(source: Source, entries: Entry[], path: string, allowed: readonly string[]): void {
  const extra = entries.find((e) => !allowed.includes(e.key));
  if (extra) fail(source, extra.keyNode, join(path, extra.key), `unknown key; expected one of ${allowed.join(', ')}.`);
}

export function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

export interface NumberNode {
  value: number;
  /** Written as a plain decimal integer (`3`, not `3.0`, `3e0` or `!!float 3`): decides int_uniform vs uniform. */
  writtenAsInteger: boolean;
}

/** A number scalar (a quoted '1e-5' or `.inf` is refused); `what` completes "expected ...". */
export function numberAt(source: Source, node: Node | null, path: string, what = 'a number'): NumberNode {
  if (!isScalar(node) || typeof node.value !== 'number' || !Number.isFinite(node.value)) {
    const got = isScalar(node) && typeof node.value === 'string' ? `the string '${node.value}'` : written(source, node);
    fail(source, node, path, `expected ${what}, got ${got}.`);
  }
  const text = node.range ? source.text.slice(node.range[0], node.range[1]).trim() : String(node.value);
  const tag = node.tag;
  const integerTag = tag === undefined || tag === 'tag:yaml.org,2002:int';
  return {
    value: node.value as number,
    writtenAsInteger: integerTag && /^[-+]?[0-9]+$/.test(text) && Number.isSafeInteger(node.value),
  };
}

export function stringAt(source: Source, node: Node | null, path: string, what = 'a string'): string {
  if (!isScalar(node) || typeof node.value !== 'string' || node.value === '')
    fail(source, node, path, `expected ${what}, got ${written(source, node)}.`);
  return node.value as string;
}

export function booleanAt(source: Source, node: Node | null, path: string): boolean {
  if (!isScalar(node) || typeof node.value !== 'boolean')
    fail(source, node, path, `expected true or false, got ${written(source, node)}.`);
  return node.value as boolean;
}

/** Plain JS value of any node (categorical values and constants may be lists or mappings). */
export function plainValue(node: Node | null): unknown {
  return node ? node.toJSON() : null;
}
