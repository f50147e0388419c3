import { isScalar, isSeq, Scalar, type Node } from 'yaml';
import { writtenAsFloat } from './python-types.js';
import type { ParamSpec } from './types.js';
import type { Entry, Source } from './yaml-nodes.js';

/**
 * Values as W&B's agent hands them to a script: `1e-4` (a string to PyYAML) stays that string for a script, and a
 * whole number written as a float (`0.0`) keeps its `.0` in the converted file, so the command line shows `0.0`.
 */
export function asWritten(
  source: Source,
  entries: Entry[],
  at: string,
  spec: ParamSpec,
  forScript: boolean,
  notes: string[],
): ParamSpec {
  if (spec.distribution !== 'categorical' && spec.distribution !== 'constant') return spec;
  const node = entries.find((e) => e.key === (spec.distribution === 'categorical' ? 'values' : 'value'))?.value;
  const nodes = spec.distribution === 'categorical' ? (isSeq(node) ? (node.items as Node[]) : []) : [node];
  const values = nodes.map((n, i) => {
    const v = spec.distribution === 'categorical' ? spec.values[i] : spec.value;
    const text = isScalar(n) && n.tag === undefined && n.range ? source.text.slice(n.range[0], n.range[1]).trim() : '';
    if (STRING_NUMBER.test(text)) {
      notes.push(
        `${at}: '${text}' is a string to W&B's YAML 1.1 loader; ` +
          (forScript ? "kept as the string W&B's agent passes" : `read as the number ${Number(text)}`),
      );
      if (forScript) return text;
    }
    if (typeof v === 'number' && Number.isInteger(v) && writtenAsFloat(source, n)) {
      const scalar = new Scalar(v);
      scalar.minFractionDigits = 1;
      return scalar;
    }
    return v;
  });
  if (spec.distribution === 'constant') return { distribution: 'constant', value: values[0] };
  return { ...spec, values };
}

const STRING_NUMBER = /^[-+]?[0-9]+[eE][-+]?[0-9]+$/;

// PyYAML (YAML 1.1) reads `1e-5` (no dot) as a string, so W&B would refuse the file; mtrack reads the number.
export function noteStringNumbers(source: Source, entries: Entry[], at: string, notes: string[]): void {
  for (const e of entries) {
    const tagged = isScalar(e.value) && e.value.tag !== undefined;
    const text = e.value?.range && !tagged ? source.text.slice(e.value.range[0], e.value.range[1]).trim() : '';
    if (STRING_NUMBER.test(text) && e.key !== 'values' && e.key !== 'value')
      notes.push(`${at}.${e.key}: '${text}' is a string to W&B's YAML 1.1 loader; read as the number ${Number(text)}`);
  }
}

// W&B's nested form stays nested: its agent hands the script one mapping per top-level name (`--deq={...}`).
export function nestAsWritten(
  flat: Record<string, unknown>,
  nested: Record<string, string[]>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(flat)) {
    const path = nested[name] ?? [name];
    let at = out;
    for (const segment of path.slice(0, -1)) {
      at[segment] ??= { parameters: {} };
      at = (at[segment] as { parameters: Record<string, unknown> }).parameters;
    }
    at[path[path.length - 1]] = spec;
  }
  return out;
}
