import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type DocumentOptions } from 'yaml';
import type { ParseOptions, SchemaOptions } from 'yaml';
import { badInput } from './errors.js';
import { isUnsafeKey, unsafeKeyMessage } from './unsafe-keys.js';

/** Larger YAML is not a config a person wrote; the cap also bounds what any expansion can cost. */
export const MAX_YAML_CHARS = 1024 * 1024;
/** yaml's own default: enough for hand-written anchors, far below a "billion laughs" expansion. */
export const MAX_YAML_ALIASES = 100;

export interface ParsedYaml {
  doc: Document.Parsed;
  lines: LineCounter;
  /** The plain data, aliases expanded (at most MAX_YAML_ALIASES times). */
  data: unknown;
}

type Options = Omit<ParseOptions & DocumentOptions & SchemaOptions, 'lineCounter' | 'prettyErrors' | 'uniqueKeys'>;

/**
 * Parses a YAML document mtrack reads, or throws one BAD_INPUT line naming `file:line:col`: size capped, the first
 * syntax error (a duplicate key named with its path), no prototype keys, alias expansion bounded.
 */
export function parseYamlText(text: string, file: string, options: Options = {}, syntaxTag = ''): ParsedYaml {
  if (text.length > MAX_YAML_CHARS)
    throw badInput(
      `${file}: ${text.length} characters is too large; expected a YAML document of at most ${MAX_YAML_CHARS}.`,
    );
  const lines = new LineCounter();
  const doc = parseDocument(text, { ...options, lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => {
    const { line, col } = lines.linePos(offset);
    return `${file}:${line}:${col}`;
  };
  const error = doc.errors[0];
  if (error) {
    const duplicate = error.code === 'DUPLICATE_KEY' ? findKey(doc.contents, error.pos[0], []) : undefined;
    if (duplicate) {
      const first = lines.linePos(duplicate.firstOffset).line;
      throw badInput(`${at(error.pos[0])} ${duplicate.path}: duplicate key (first written on line ${first}).`);
    }
    throw badInput(`${at(error.pos[0])}${syntaxTag} ${error.message.split('\n')[0]}`);
  }
  const unsafe = findKey(doc.contents, -1, []);
  if (unsafe) throw badInput(`${at(unsafe.offset)} ${unsafe.path}: ${unsafeKeyMessage(unsafe.key)}.`);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (cause) {
    // yaml throws a ReferenceError ("Excessive alias count") when aliases expand too far: a billion-laughs bomb.
    if (!(cause instanceof ReferenceError)) throw cause;
    throw badInput(
      `${file}: YAML aliases expand too far; expected at most ${MAX_YAML_ALIASES} alias expansions (write the values out).`,
    );
  }
  return { doc, lines, data };
}

interface FoundKey {
  path: string;
  key: string;
  offset: number;
  firstOffset: number;
}

/** The key starting at `offset` (a duplicate), or with offset -1 the first prototype key, with its dotted path. */
function findKey(node: unknown, offset: number, path: string[]): FoundKey | undefined {
  if (isSeq(node)) {
    for (const [i, item] of node.items.entries()) {
      const found = findKey(item, offset, [...path, String(i)]);
      if (found) return found;
    }
  } else if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      const start = isScalar(pair.key) ? (pair.key.range?.[0] ?? 0) : -2;
      if (key !== undefined && (offset === -1 ? isUnsafeKey(key) : start === offset)) {
        const first = node.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
        const firstOffset = isScalar(first?.key) ? (first.key.range?.[0] ?? start) : start;
        return { path: [...path, key].join('.'), key, offset: start, firstOffset };
      }
      const found = findKey(pair.value, offset, key === undefined ? path : [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}
