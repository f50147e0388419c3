import { isSeq, type Node, type YAMLSeq } from 'yaml';
import { isUnsafeKey, unsafeKeyMessage } from '../unsafe-keys.js';
import { stepRange, stableKey } from './space.js';
import type { ParamSpec } from './types.js';
import {
  entriesOf,
  fail,
  numberAt,
  onlyKeys,
  plainValue,
  stringAt,
  written,
  type Entry,
  type Source,
} from './yaml-nodes.js';

export const DISTRIBUTIONS = [
  'constant',
  'categorical',
  'categorical_w_probabilities',
  'uniform',
  'int_uniform',
  'log_uniform',
  'log_uniform_values',
  'q_uniform',
  'q_log_uniform_values',
  'normal',
  'log_normal',
] as const;

// W&B distributions mtrack does not sample. q_log_uniform is listed apart: like W&B's log_uniform it takes exponents.
const WANDB_ONLY = [
  'q_log_uniform',
  'inv_log_uniform',
  'inv_log_uniform_values',
  'q_normal',
  'q_log_normal',
  'beta',
  'q_beta',
];
const SEGMENT = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/**
 * Reads `parameters:`: dotted keys (`architecture.width`) and W&B's nested form (`architecture: {parameters:
 * {width: ...}}`) both name the dotted path into config_resolved.
 */
export function parseParameters(
  source: Source,
  node: Node | null,
  path = 'parameters',
  /** The script's own names (a command trainer): any name, `optimizer` and `optimizer.lr` both flat keys, as W&B. */
  flat = false,
): { parameters: Record<string, ParamSpec>; where: Map<string, Node> } {
  const out: Record<string, ParamSpec> = {};
  const where = new Map<string, Node>();
  walkParameters(source, node, path, '', {
    defined: (name) => Object.hasOwn(out, name),
    checkLevel: (entries, level, at) => {
      if (entries.length === 0) fail(source, level, at, 'expected at least one parameter, got an empty mapping.');
    },
    checkName: (entry, at) => {
      if (flat) return;
      if (!entry.key.split('.').every((s) => SEGMENT.test(s))) {
        fail(source, entry.keyNode, at, `expected a dotted name like 'architecture.width', got '${entry.key}'.`);
      }
    },
    leaf: (name, entry, inner, at) => {
      out[name] = parseParameter(source, entry.value, inner, at);
      where.set(name, entry.keyNode);
    },
  });
  const names = flat ? [] : Object.keys(out).sort();
  for (let i = 0; i + 1 < names.length; i++) {
    if (names[i + 1].startsWith(`${names[i]}.`)) {
      fail(
        source,
        where.get(names[i + 1]),
        `parameters.${names[i + 1]}`,
        `conflicts with parameter '${names[i]}': a path cannot be both a value and a mapping.`,
      );
    }
  }
  return { parameters: out, where };
}

/** What one walk over `parameters:` does at each level, name and leaf; the nesting itself is shared. */
export interface ParameterWalk {
  defined: (name: string) => boolean;
  leaf: (name: string, entry: Entry, inner: Entry[], at: string) => void;
  checkLevel?: (entries: Entry[], node: Node | null, path: string) => void;
  checkName?: (entry: Entry, at: string) => void;
}

/**
 * Walks `parameters:` in both forms, dotted keys and W&B's nested `{parameters: ...}` mappings, calling `leaf`
 * with each parameter's dotted name; refuses a name given twice.
 */
export function walkParameters(
  source: Source,
  node: Node | null,
  path: string,
  prefix: string,
  walk: ParameterWalk,
): void {
  const entries = entriesOf(source, node, path, 'a mapping of parameter names');
  walk.checkLevel?.(entries, node, path);
  for (const entry of entries) {
    const name = prefix ? `${prefix}.${entry.key}` : entry.key;
    const at = `parameters.${name}`;
    // A parameter name becomes a path into the config: a prototype key there would set an unrecorded value.
    const unsafe = entry.key.split('.').find(isUnsafeKey);
    if (unsafe) fail(source, entry.keyNode, at, `${unsafeKeyMessage(unsafe)}.`);
    walk.checkName?.(entry, at);
    if (walk.defined(name)) fail(source, entry.keyNode, at, 'is defined twice (once nested, once dotted).');
    const inner = entriesOf(
      source,
      entry.value,
      at,
      'a mapping with value, values, min/max, distribution or parameters',
    );
    if (inner.some((e) => e.key === 'parameters')) {
      onlyKeys(source, inner, at, ['parameters']);
      walkParameters(source, inner[0].value, `${at}.parameters`, name, walk);
      continue;
    }
    walk.leaf(name, entry, inner, at);
  }
}

/** One leaf parameter (a mapping without `parameters:`), validated. */
export function parseParameter(source: Source, node: Node | null, entries: Entry[], at: string): ParamSpec {
  const get = (key: string) => entries.find((e) => e.key === key);
  const distNode = get('distribution');
  const written_ = distNode ? stringAt(source, distNode.value, `${at}.distribution`, 'a distribution name') : undefined;
  if (written_ !== undefined && !(DISTRIBUTIONS as readonly string[]).includes(written_))
    refuseDistribution(source, distNode!.value, at, written_);
  if (get('value') || written_ === 'constant') {
    onlyKeys(source, entries, at, ['value', 'distribution']);
    if (!get('value')) fail(source, node, `${at}.value`, 'is required for a constant but missing.');
    return { distribution: 'constant', value: plainValue(get('value')!.value) };
  }
  if (get('values') || written_ === 'categorical' || written_ === 'categorical_w_probabilities') {
    onlyKeys(source, entries, at, ['values', 'probabilities', 'distribution']);
    return categorical(source, node, at, get('values'), get('probabilities'));
  }
  const dist = written_ ?? inferDistribution(source, node, at, get('min'), get('max'));
  if (dist === 'normal' || dist === 'log_normal') {
    onlyKeys(source, entries, at, ['distribution', 'mu', 'sigma']);
    const mu = get('mu') ? numberAt(source, get('mu')!.value, `${at}.mu`).value : 0;
    const sigma = get('sigma') ? numberAt(source, get('sigma')!.value, `${at}.sigma`).value : 1;
    if (sigma <= 0)
      fail(
        source,
        get('sigma')!.value,
        `${at}.sigma`,
        `expected a number > 0, got ${written(source, get('sigma')!.value)}.`,
      );
    return { distribution: dist, mu, sigma };
  }
  const quantized = dist === 'q_uniform' || dist === 'q_log_uniform_values';
  onlyKeys(source, entries, at, quantized ? ['distribution', 'min', 'max', 'q'] : ['distribution', 'min', 'max']);
  const { min, max } = bounds(source, node, at, dist, get('min'), get('max'));
  const canonical = dist === 'log_uniform' ? 'log_uniform_values' : dist;
  if (!quantized) return { distribution: canonical as 'uniform' | 'int_uniform' | 'log_uniform_values', min, max };
  const qEntry = get('q');
  const q = qEntry ? numberAt(source, qEntry.value, `${at}.q`, 'a number > 0').value : 1;
  if (q <= 0) fail(source, qEntry!.value, `${at}.q`, `expected a number > 0, got ${written(source, qEntry!.value)}.`);
  const steps = stepRange({ min, max, q });
  if (steps.first > steps.last)
    fail(
      source,
      qEntry?.value ?? node,
      `${at}.q`,
      `expected a step with a multiple inside [${min}, ${max}], got ${q}.`,
    );
  return { distribution: dist as 'q_uniform' | 'q_log_uniform_values', min, max, q };
}

function inferDistribution(source: Source, node: Node | null, at: string, min?: Entry, max?: Entry): string {
  if (!min || !max) fail(source, node, at, 'expected value, values, min and max, or distribution.');
  const lo = numberAt(source, min.value, `${at}.min`);
  const hi = numberAt(source, max.value, `${at}.max`);
  // The spec: both written as integers (`1`, not `1.0`) means int_uniform, as W&B reads Python ints.
  return lo.writtenAsInteger && hi.writtenAsInteger ? 'int_uniform' : 'uniform';
}

function bounds(
  source: Source,
  node: Node | null,
  at: string,
  dist: string,
  minE?: Entry,
  maxE?: Entry,
): { min: number; max: number } {
  if (!minE) fail(source, node, `${at}.min`, `is required for ${dist} but missing.`);
  if (!maxE) fail(source, node, `${at}.max`, `is required for ${dist} but missing.`);
  const min = numberAt(source, minE.value, `${at}.min`).value;
  const max = numberAt(source, maxE.value, `${at}.max`).value;
  const positive = dist === 'log_uniform' || dist === 'log_uniform_values' || dist === 'q_log_uniform_values';
  for (const [key, entry, v] of [
    ['min', minE, min],
    ['max', maxE, max],
  ] as const) {
    if (dist === 'int_uniform' && !Number.isInteger(v))
      fail(
        source,
        entry.value,
        `${at}.${key}`,
        `expected an integer for int_uniform, got ${written(source, entry.value)}.`,
      );
    if (positive && v <= 0) {
      const hint =
        dist === 'log_uniform'
          ? ` mtrack's log_uniform takes the values themselves (like log_uniform_values); W&B's log_uniform takes natural-log exponents, so a W&B bound of ${v} means e^${v} = ${Number(Math.exp(v).toPrecision(6))}: write distribution: log_uniform_values with min/max as values, or convert the file with 'mtrack scan import-wandb'.`
          : '';
      fail(
        source,
        entry.value,
        `${at}.${key}`,
        `expected a number > 0 for ${dist}, got ${written(source, entry.value)}.${hint}`,
      );
    }
  }
  if (!(min < max))
    fail(source, maxE.value, `${at}.max`, `expected a number > min (${min}), got ${written(source, maxE.value)}.`);
  return { min, max };
}

function categorical(source: Source, node: Node | null, at: string, valuesE?: Entry, probsE?: Entry): ParamSpec {
  if (!valuesE) fail(source, node, `${at}.values`, 'is required for a categorical parameter but missing.');
  if (!isSeq(valuesE.value) || (valuesE.value as YAMLSeq).items.length === 0) {
    fail(source, valuesE.value, `${at}.values`, `expected a non-empty list, got ${written(source, valuesE.value)}.`);
  }
  const items = (valuesE.value as YAMLSeq).items as Node[];
  const values = items.map((n) => plainValue(n));
  const seen = new Set<string>();
  values.forEach((v, i) => {
    const key = stableKey(v);
    if (seen.has(key))
      fail(source, items[i], `${at}.values[${i}]`, `expected distinct values, got ${written(source, items[i])} twice.`);
    seen.add(key);
  });
  if (!probsE) return { distribution: 'categorical', values };
  if (!isSeq(probsE.value) || (probsE.value as YAMLSeq).items.length !== values.length) {
    fail(
      source,
      probsE.value,
      `${at}.probabilities`,
      `expected a list of ${values.length} numbers (one per value), got ${written(source, probsE.value)}.`,
    );
  }
  const probabilities = ((probsE.value as YAMLSeq).items as Node[]).map((n, i) => {
    const p = numberAt(source, n, `${at}.probabilities[${i}]`, 'a number >= 0').value;
    if (p < 0) fail(source, n, `${at}.probabilities[${i}]`, `expected a number >= 0, got ${written(source, n)}.`);
    return p;
  });
  const sum = probabilities.reduce((a, b) => a + b, 0);
  if (Math.abs(sum - 1) > 1e-6)
    fail(
      source,
      probsE.value,
      `${at}.probabilities`,
      `expected numbers summing to 1, got a sum of ${Number(sum.toPrecision(10))}.`,
    );
  return { distribution: 'categorical', values, probabilities };
}

function refuseDistribution(source: Source, node: Node | null, at: string, name: string): never {
  const supported = DISTRIBUTIONS.filter((d) => !d.startsWith('categorical')).join(', ');
  if (name === 'q_log_uniform') {
    fail(
      source,
      node,
      `${at}.distribution`,
      `expected one of ${supported}, got 'q_log_uniform'. W&B's q_log_uniform takes natural-log exponent bounds; write q_log_uniform_values with the values themselves, or convert the file with 'mtrack scan import-wandb'.`,
    );
  }
  const extra = WANDB_ONLY.includes(name) ? ` ('${name}' is a W&B distribution mtrack does not sample)` : '';
  fail(source, node, `${at}.distribution`, `expected one of ${supported}, got '${name}'${extra}.`);
}
