import { ParzenEstimator, type Encoded } from './parzen.js';
import { drawIndex, seededStream, STREAM, type Random } from './rng.js';
import {
  constantsOf,
  dimensionsOf,
  fromUnit,
  indexOfValue,
  sampleDimension,
  stableKey,
  toUnit,
  type Dimension,
} from './space.js';
import { sortParams } from './sample-random.js';
import type { Observation, ScanSpec } from './types.js';

/*
 * Why TPE (Tree-structured Parzen Estimator, Bergstra et al. 2011) rather than a Gaussian process with expected
 * improvement: scan spaces mix categorical, integer, log-scale and quantized parameters, which TPE models natively
 * with one kernel per dimension, while a GP needs ad-hoc encodings for them. TPE costs O(n) per suggestion with no
 * kernel-hyperparameter fitting, matrix factorization or inner optimizer, so the same scan.yaml + history + seed
 * gives the same suggestion bit for bit on any machine (GP fits amplify tiny floating-point differences). Failed
 * runs simply join the "bad" group. It is also what Optuna and Hyperopt use by default, which makes the benchmark
 * against Optuna a like-for-like comparison.
 */
export interface TpeSettings {
  /** Trials drawn before the model is used: a Latin hypercube over the prior, stratified per dimension. */
  startupTrials: number;
  /** Candidates drawn from l(x) per suggestion; the one maximizing l(x)/g(x) wins. */
  candidates: number;
  /** Scott-rule factor for the numeric kernel width on the unit interval. */
  bandwidth: number;
  priorWeight: number;
  /** Size of the "good" group for n observations. */
  goodCount: (n: number) => number;
}

export const TPE_DEFAULTS: TpeSettings = {
  startupTrials: 6,
  candidates: 24,
  bandwidth: 0.2,
  priorWeight: 1,
  goodCount: (n) => Math.min(Math.ceil(0.15 * n), 25),
};

interface Point {
  x: Encoded;
  loss: number;
}

export interface BayesSuggestion {
  index: number;
  params?: Record<string, unknown>;
  reason?: string;
}

/**
 * Suggests trials history.length .. history.length+count-1. Later trials of the same batch treat earlier pending
 * ones as failed ("constant liar" with the worst value), which pushes the batch apart instead of repeating itself.
 */
export function suggestBayes(
  spec: ScanSpec,
  history: Observation[],
  count: number,
  isTaken: (params: Record<string, unknown>) => boolean,
  settings: TpeSettings = TPE_DEFAULTS,
): BayesSuggestion[] {
  const dims = dimensionsOf(spec.parameters);
  const constants = constantsOf(spec.parameters);
  const points: Point[] = [];
  for (const obs of history) {
    const x = encode(dims, obs.params);
    if (x) points.push({ x, loss: lossOf(obs.value, spec.metric.goal) });
  }
  const out: BayesSuggestion[] = [];
  const planned = new Set<string>();
  const taken = (params: Record<string, unknown>) => planned.has(stableKey(params)) || isTaken(params);
  for (let k = 0; k < count; k++) {
    const index = history.length + k;
    const random = seededStream(spec.seed, STREAM.tpe, index);
    const useModel = index >= settings.startupTrials && points.some((p) => Number.isFinite(p.loss)) && dims.length > 0;
    const ranked = useModel
      ? rankByModel(dims, points, random, settings)
      : [startupPoint(dims, spec.seed, index, settings.startupTrials)];
    let chosen: Record<string, unknown> | undefined;
    for (const x of ranked) {
      const params = decode(dims, constants, x);
      if (!taken(params)) {
        chosen = params;
        break;
      }
    }
    // Every ranked point is already committed or planned (small discrete spaces): fall back to prior draws.
    for (let attempt = 0; !chosen && attempt < 64; attempt++) {
      const params = sortParams({
        ...constants,
        ...Object.fromEntries(dims.map((d) => [d.name, sampleDimension(d, random)])),
      });
      if (!taken(params)) chosen = params;
    }
    if (!chosen) {
      out.push({ index, reason: 'no untried point found: every sampled point is already committed or planned' });
      continue;
    }
    out.push({ index, params: chosen });
    points.push({ x: encode(dims, chosen)!, loss: Infinity });
    planned.add(stableKey(chosen));
  }
  return out;
}

/** Loss to minimize: failed runs (null, NaN) are the worst possible. */
export function lossOf(value: number | null, goal: 'maximize' | 'minimize'): number {
  if (value === null || !Number.isFinite(value)) return Infinity;
  return goal === 'minimize' ? value : -value;
}

/** The optimizer's coordinates of a run's params, or undefined when a param is missing or outside the space. */
export function encode(dims: Dimension[], params: Record<string, unknown>): Encoded | undefined {
  const x: Encoded = [];
  for (const dim of dims) {
    const value = params[dim.name];
    if (dim.kind === 'categorical') {
      const i = indexOfValue(dim.values, value);
      if (i < 0) return undefined;
      x.push(i);
    } else {
      if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
      x.push(toUnit(dim.spec, value));
    }
  }
  return x;
}

function decode(dims: Dimension[], constants: Record<string, unknown>, x: Encoded): Record<string, unknown> {
  const params: Record<string, unknown> = { ...constants };
  dims.forEach((dim, d) => {
    params[dim.name] = dim.kind === 'categorical' ? dim.values[x[d]] : fromUnit(dim.spec, x[d]);
  });
  return sortParams(params);
}

/** Candidates from l(x) (the good group's density), best l(x)/g(x) first. */
function rankByModel(dims: Dimension[], points: Point[], random: Random, settings: TpeSettings): Encoded[] {
  const order = points.map((p, i) => ({ p, i })).sort((a, b) => a.p.loss - b.p.loss || a.i - b.i);
  const finite = points.filter((p) => Number.isFinite(p.loss)).length;
  const nGood = Math.max(1, Math.min(settings.goodCount(points.length), finite));
  const good = new ParzenEstimator(
    dims,
    order.slice(0, nGood).map((o) => o.p.x),
    { ...settings, observationCount: points.length },
  );
  const bad = new ParzenEstimator(
    dims,
    order.slice(nGood).map((o) => o.p.x),
    { ...settings, observationCount: points.length },
  );
  const scored: { x: Encoded; score: number; i: number }[] = [];
  for (let i = 0; i < settings.candidates; i++) {
    const x = good.sample(random);
    scored.push({ x, score: good.logDensity(x) - bad.logDensity(x), i });
  }
  scored.sort((a, b) => b.score - a.score || a.i - b.i);
  return scored.map((s) => s.x);
}

/**
 * Start-up point `index` of a Latin hypercube of `size` points: every dimension's prior quantiles are covered once
 * per stratum, which spreads the first few trials better than independent draws.
 */
function startupPoint(dims: Dimension[], seed: number, index: number, size: number): Encoded {
  const random = seededStream(seed, STREAM.startup, index);
  if (index >= size) return dims.map((dim) => (dim.kind === 'numeric' ? random() : drawIndex(random, dim.prior)));
  return dims.map((dim, d) => {
    const stratum = permutation(size, seededStream(seed, STREAM.startup, 1_000_003 + d))[index];
    const u = (stratum + random()) / size;
    if (dim.kind === 'numeric') return u;
    let acc = 0;
    for (let i = 0; i < dim.prior.length; i++) {
      acc += dim.prior[i];
      if (u < acc) return i;
    }
    return dim.prior.length - 1;
  });
}

function permutation(n: number, random: Random): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}
