import { stringify } from 'yaml';
import { sha256, type Sha256 } from './hash.js';

/**
 * The canonical text of a config: keys sorted at every depth, numbers in JavaScript's shortest round-trip form,
 * block style, `\n` line ends. Equal configs give equal bytes, so config_hash compares meaning, not layout.
 */
export function canonicalYaml(value: unknown): string {
  return stringify(sortKeys(value), {
    indent: 2,
    lineWidth: 0,
    minContentWidth: 0,
    sortMapEntries: false,
    defaultStringType: 'PLAIN',
    defaultKeyType: 'PLAIN',
    nullStr: 'null',
    trueStr: 'true',
    falseStr: 'false',
  });
}

export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  return value;
}

/** config_hash: sha256 of the exact bytes of the canonical config_resolved.yaml. */
export function configHash(canonicalText: string): Sha256 {
  return sha256(canonicalText);
}
