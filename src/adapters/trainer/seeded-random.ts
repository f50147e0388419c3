// The trainer's shuffling uses the one seeded PRNG of mtrack (mulberry32 in src/core/prng.ts).
export { seededRandom as createRandom, shuffleInPlace } from '../../core/prng.js';
