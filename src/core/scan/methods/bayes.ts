import { suggestBayes } from '../tpe.js';
import type { ScanMethodDefinition } from './scan-method.js';

/** bayes: trials history.length..max_trials-1 from TPE warm-started on the committed history. */
export const bayes: ScanMethodDefinition = {
  description: 'TPE suggestions warm-started on the committed trials, one at a time',
  sampled: true,
  adaptive: true,
  resolve(spec, { history, hash, existing }) {
    const count = Math.max(0, (spec.max_trials ?? 0) - history.length);
    const suggestions = suggestBayes(spec, history, count, (params) => existing.has(hash(params)));
    return {
      trials: suggestions.filter((s) => s.params).map((s) => ({ index: s.index, params: s.params! })),
      skipped: suggestions.filter((s) => !s.params).map((s) => ({ index: s.index, params: {}, reason: s.reason! })),
    };
  },
};
