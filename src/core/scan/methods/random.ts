import { sampleRandomTrial } from '../sample-random.js';
import { planPoints, type ScanMethodDefinition } from './scan-method.js';

/** random: trials 0..max_trials-1, each from its own seeded stream, minus committed ones and in-plan duplicates. */
export const random: ScanMethodDefinition = {
  description: 'max_trials independent draws, each from its own seeded stream',
  sampled: true,
  adaptive: false,
  resolve: (spec, context) =>
    planPoints(
      Array.from({ length: spec.max_trials ?? 0 }, (_, i) => sampleRandomTrial(spec, i)),
      context,
    ),
};
