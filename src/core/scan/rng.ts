/**
 * Seeded randomness for scans. Every trial gets its own stream derived from (seed, stream, index), so trial 7 of
 * a plan is the same whether or not trials 0..6 were planned in the same call. Integer-only mixing (Math.imul,
 * >>>) keeps the sequence identical on every machine; Math.random is never used.
 */
import { seededRandom } from '../prng.js';

export type Random = () => number;

/** splitmix32-style finalizer: spreads nearby inputs (seed 1, seed 2) to unrelated states. */
function mix32(x: number): number {
  let z = (x + 0x9e3779b9) >>> 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
  return (z ^ (z >>> 16)) >>> 0;
}

/** A stream of floats in [0, 1) from a seed and any number of integer stream keys. */
export function seededStream(seed: number, ...keys: number[]): Random {
  let state = mix32(seed >>> 0);
  for (const key of keys) state = mix32((state ^ mix32(key >>> 0)) >>> 0);
  return seededRandom(state);
}

/** Index drawn from `weights` (not necessarily normalized). */
export function drawIndex(random: Random, weights: readonly number[]): number {
  const total = weights.reduce((a, b) => a + b, 0);
  let r = random() * total;
  for (let i = 0; i < weights.length; i++) {
    r -= weights[i];
    if (r < 0) return i;
  }
  return weights.length - 1;
}

/** Stream keys, so streams used for different purposes never collide. */
export const STREAM = { random: 1, startup: 2, tpe: 3 } as const;
