import { seededStream, STREAM } from './rng.js';
import { constantsOf, dimensionsOf, sampleDimension } from './space.js';
import type { ScanSpec } from './types.js';

/** Trial `index` of a random scan: each trial has its own stream, so it does not depend on the others. */
export function sampleRandomTrial(spec: ScanSpec, index: number): Record<string, unknown> {
  const random = seededStream(spec.seed, STREAM.random, index);
  const params: Record<string, unknown> = { ...constantsOf(spec.parameters) };
  for (const dim of dimensionsOf(spec.parameters)) params[dim.name] = sampleDimension(dim, random);
  return sortParams(params);
}

export function sortParams(params: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(params).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) out[key] = params[key];
  return out;
}
