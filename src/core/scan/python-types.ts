import { isScalar, isSeq, type Node } from 'yaml';
import { walkParameters } from './parse-parameters.js';
import type { Source } from './yaml-nodes.js';

/** What JavaScript numbers forget and a W&B command line shows: which values are Python floats (`0.0`, not `0`). */
export interface PythonTypes {
  /** Parameter -> true (a continuous distribution: every value a float) or the numbers written as floats. */
  floats: Record<string, true | number[]>;
  /** Parameters from W&B's nested form (`deq: {parameters: {max_iter: ...}}`) -> their path segments. */
  nested: Record<string, string[]>;
}

const CONTINUOUS = ['uniform', 'log_uniform', 'log_uniform_values', 'normal', 'log_normal'];
const QUANTIZED = ['q_uniform', 'q_log_uniform', 'q_log_uniform_values', 'q_normal', 'q_log_normal'];

/** A number scalar written as a float: with a dot, an exponent, or a float tag. */
export function writtenAsFloat(source: Source, node: Node | null | undefined): boolean {
  if (!isScalar(node) || typeof node.value !== 'number') return false;
  if (node.tag === 'tag:yaml.org,2002:float') return true;
  const text = node.range ? source.text.slice(node.range[0], node.range[1]).trim() : '';
  return /[.eE]|inf|nan/i.test(text);
}

/** Reads the Python type of each parameter's values from `parameters:` as written. */
export function pythonTypes(source: Source, node: Node | null): PythonTypes {
  const out: PythonTypes = { floats: {}, nested: {} };
  walkParameters(source, node, 'parameters', '', {
    defined: () => false,
    leaf: (name, entry, inner) => {
      if (name !== entry.key) out.nested[name] = name.split('.');
      const get = (key: string) => inner.find((e) => e.key === key)?.value;
      const dist = get('distribution');
      const distName = isScalar(dist) ? String(dist.value) : undefined;
      if (distName && CONTINUOUS.includes(distName)) out.floats[name] = true;
      else if (distName && QUANTIZED.includes(distName)) {
        // W&B returns an int when q is a Python int (sweeps' params.py: `if isinstance(q, int)`), else a float.
        const q = get('q');
        if (q && writtenAsFloat(source, q)) out.floats[name] = true;
      } else if (!distName && !get('values') && !get('value') && (get('min') || get('max'))) {
        if (writtenAsFloat(source, get('min')) || writtenAsFloat(source, get('max'))) out.floats[name] = true;
      } else {
        const values = get('values');
        const items = isSeq(values) ? (values.items as Node[]) : [get('value')];
        const floats = items
          .filter((n) => writtenAsFloat(source, n))
          .map((n) => (n as unknown as { value: number }).value);
        if (floats.length) out.floats[name] = floats;
      }
    },
  });
  return out;
}

/** The names among `params` whose value is a Python float. */
export function floatNames(types: PythonTypes | undefined, params: Record<string, unknown>): Set<string> {
  const out = new Set<string>();
  for (const [name, v] of Object.entries(params)) {
    const f = types?.floats[name];
    if (typeof v === 'number' && (f === true || (Array.isArray(f) && f.includes(v)))) out.add(name);
  }
  return out;
}

/** W&B hands a nested parameter to the script as one mapping (`--deq={'max_iter': 40}`): the trial's params so. */
export function renestParams(
  params: Record<string, unknown>,
  nested: Record<string, string[]>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(params)) {
    const path = nested[name];
    if (!path) {
      out[name] = value;
      continue;
    }
    let at = out;
    for (const segment of path.slice(0, -1)) {
      if (at[segment] === null || typeof at[segment] !== 'object') at[segment] = {};
      at = at[segment] as Record<string, unknown>;
    }
    at[path[path.length - 1]] = value;
  }
  return out;
}
