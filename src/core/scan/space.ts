import { normalCdf, normalQuantile } from './normal-math.js';
import { drawIndex, type Random } from './rng.js';
import type { ParamSpec } from './types.js';

/**
 * A scan parameter seen by the samplers. Numeric parameters live on the unit interval through their prior's
 * quantile function (linear for uniform, log for log-uniform, the normal CDF for normal/log_normal), so "uniform u"
 * reproduces the written distribution exactly and the optimizer models every numeric parameter on [0, 1].
 */
export type Dimension =
  | { kind: 'numeric'; name: string; spec: Exclude<ParamSpec, { distribution: 'constant' | 'categorical' }> }
  | { kind: 'categorical'; name: string; values: unknown[]; prior: number[] };

/** The searchable parameters in sorted (byte-order) name order, the order every sampler draws them in. */
export function dimensionsOf(parameters: Record<string, ParamSpec>): Dimension[] {
  const dims: Dimension[] = [];
  for (const name of sortedNames(parameters)) {
    const spec = parameters[name];
    if (spec.distribution === 'constant') continue;
    if (spec.distribution === 'categorical') {
      const k = spec.values.length;
      dims.push({
        kind: 'categorical',
        name,
        values: spec.values,
        prior: spec.probabilities ?? spec.values.map(() => 1 / k),
      });
    } else {
      dims.push({ kind: 'numeric', name, spec });
    }
  }
  return dims;
}

export function sortedNames(parameters: Record<string, unknown>): string[] {
  return Object.keys(parameters).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The constants of a scan, by name. */
export function constantsOf(parameters: Record<string, ParamSpec>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of sortedNames(parameters)) {
    const spec = parameters[name];
    if (spec.distribution === 'constant') out[name] = spec.value;
  }
  return out;
}

const EDGE = 1e-12;

/** Value of a numeric parameter at unit coordinate u in [0, 1] (never -0: it would change the config hash). */
export function fromUnit(spec: Extract<Dimension, { kind: 'numeric' }>['spec'], u: number): number {
  return valueAt(spec, u) || 0;
}

function valueAt(spec: Extract<Dimension, { kind: 'numeric' }>['spec'], u: number): number {
  const v = clampUnit(u);
  switch (spec.distribution) {
    case 'uniform':
      return Math.min(spec.min + v * (spec.max - spec.min), spec.max);
    case 'int_uniform':
      return Math.min(spec.min + Math.floor(v * (spec.max - spec.min + 1)), spec.max);
    case 'log_uniform_values':
      return Math.min(
        Math.max(Math.exp(Math.log(spec.min) + v * (Math.log(spec.max) - Math.log(spec.min))), spec.min),
        spec.max,
      );
    case 'q_uniform':
      return snapToStep(spec.min + v * (spec.max - spec.min), spec);
    case 'q_log_uniform_values':
      return snapToStep(Math.exp(Math.log(spec.min) + v * (Math.log(spec.max) - Math.log(spec.min))), spec);
    case 'normal':
      return spec.mu + spec.sigma * normalQuantile(Math.min(Math.max(v, EDGE), 1 - EDGE));
    case 'log_normal':
      return Math.exp(spec.mu + spec.sigma * normalQuantile(Math.min(Math.max(v, EDGE), 1 - EDGE)));
  }
}

/** Unit coordinate of a value (the inverse of fromUnit; integers map to the middle of their cell). */
export function toUnit(spec: Extract<Dimension, { kind: 'numeric' }>['spec'], value: number): number {
  let u: number;
  switch (spec.distribution) {
    case 'uniform':
    case 'q_uniform':
      u = (value - spec.min) / (spec.max - spec.min);
      break;
    case 'int_uniform':
      u = (value - spec.min + 0.5) / (spec.max - spec.min + 1);
      break;
    case 'log_uniform_values':
    case 'q_log_uniform_values':
      u = value > 0 ? (Math.log(value) - Math.log(spec.min)) / (Math.log(spec.max) - Math.log(spec.min)) : 0;
      break;
    case 'normal':
      u = normalCdf((value - spec.mu) / spec.sigma);
      break;
    case 'log_normal':
      u = value > 0 ? normalCdf((Math.log(value) - spec.mu) / spec.sigma) : 0;
      break;
  }
  return clampUnit(u);
}

/**
 * u into [0, 1]. A range whose bounds collapse to one value in log space (min and max a few ulps apart) makes u
 * 0/0 = NaN: every point of such a range is the same, so it is its middle, never NaN (which fromUnit read as 0, a
 * value outside a log range's support).
 */
function clampUnit(u: number): number {
  return Number.isNaN(u) ? 0.5 : Math.min(Math.max(u, 0), 1);
}

/** Multiples of q inside [min, max]: the support of q_uniform / q_log_uniform_values (empty when none fits). */
export function stepRange(spec: { min: number; max: number; q: number }): { first: number; last: number } {
  return { first: Math.ceil(spec.min / spec.q - 1e-9), last: Math.floor(spec.max / spec.q + 1e-9) };
}

/**
 * round(x / q) * q as W&B does, kept inside [min, max] (W&B's rounding can step outside the bounds; we clamp to the
 * nearest multiple inside), printed without binary noise (0.30000000000000004 -> 0.3).
 */
export function snapToStep(x: number, spec: { min: number; max: number; q: number }): number {
  const { first, last } = stepRange(spec);
  const k = Math.min(Math.max(Math.round(x / spec.q), first), last);
  return cleanFloat(k * spec.q);
}

/** Drops binary noise (12 significant digits) and -0, which canonical YAML would print as `-0`. */
export function cleanFloat(x: number): number {
  if (x === 0) return 0;
  return Number.isInteger(x) ? x : Number(x.toPrecision(12));
}

/** One value of a dimension drawn from its prior. */
export function sampleDimension(dim: Dimension, random: Random): unknown {
  if (dim.kind === 'categorical') return dim.values[drawIndex(random, dim.prior)];
  return fromUnit(dim.spec, random());
}

/** Categorical index of `value` among `values` (structural equality), or -1. */
export function indexOfValue(values: unknown[], value: unknown): number {
  const key = stableKey(value);
  return values.findIndex((v) => stableKey(v) === key);
}

/** JSON with object keys sorted: equal values give equal keys whatever their key order. */
export function stableKey(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}
