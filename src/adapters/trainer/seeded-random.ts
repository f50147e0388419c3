import { seededRandom } from '../../core/prng.js';

/** The one seeded PRNG of mtrack (mulberry32, src/core/prng.ts): identical on every platform. */
export const createRandom = seededRandom;

/** Fisher–Yates shuffle of `order` in place, driven by `random`. */
export function shuffleInPlace(order: Uint32Array, random: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = order[i];
    order[i] = order[j];
    order[j] = t;
  }
}
