import { suggestBayes, TPE_DEFAULTS } from '../tpe.js';
import type { ScanMethodDefinition } from './scan-method.js';

/**
 * bayes: trials history.length..max_trials-1 from TPE warm-started on the committed history; with a wave size, only
 * the next wave. In waves the first wave is the start-up design (a Latin hypercube, at least 2 and at most 6 points),
 * so the second wave already uses the model fitted on the first wave's results.
 */
export const bayes: ScanMethodDefinition = {
  description: 'TPE suggestions warm-started on the committed trials, one at a time (or one wave at a time)',
  sampled: true,
  adaptive: true,
  resolve(spec, { history, hash, existing, waveSize }) {
    const left = Math.max(0, (spec.max_trials ?? 0) - history.length);
    const count = waveSize === undefined ? left : Math.min(left, waveSize);
    const settings =
      waveSize === undefined
        ? TPE_DEFAULTS
        : { ...TPE_DEFAULTS, startupTrials: Math.min(TPE_DEFAULTS.startupTrials, Math.max(2, waveSize)) };
    const suggestions = suggestBayes(spec, history, count, (params) => existing.has(hash(params)), settings);
    return {
      trials: suggestions.filter((s) => s.params).map((s) => ({ index: s.index, params: s.params! })),
      skipped: suggestions.filter((s) => !s.params).map((s) => ({ index: s.index, params: {}, reason: s.reason! })),
    };
  },
};
