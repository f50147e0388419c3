import { gridPoints } from './resolve-grid.js';
import { sampleRandomTrial } from './sample-random.js';
import { stableKey } from './space.js';
import { suggestBayes } from './tpe.js';
import type { Observation, ResolveOptions, ScanPlan, ScanSpec, SkippedTrial, Trial } from './types.js';

/**
 * The trials a scan asks for next, from the spec, the committed history and the seed alone (no I/O, no clock).
 * grid: every point in gridPoints order, minus points already committed (skipped, reported), capped so committed +
 * planned <= max_trials. random: trials 0..max_trials-1, each from its own seeded stream, minus committed ones and
 * in-plan duplicates. bayes: trials history.length..max_trials-1 from TPE warm-started on the history.
 */
export function resolveScan(spec: ScanSpec, history: Observation[] = [], options: ResolveOptions = {}): ScanPlan {
  const hash = options.hashParams ?? stableKey;
  const existing = options.existingConfigHashes ?? new Set<string>();
  if (spec.method === 'bayes') {
    const count = Math.max(0, (spec.max_trials ?? 0) - history.length);
    const suggestions = suggestBayes(spec, history, count, (params) => existing.has(hash(params)));
    return {
      trials: suggestions.filter((s) => s.params).map((s) => ({ index: s.index, params: s.params! })),
      skipped: suggestions.filter((s) => !s.params).map((s) => ({ index: s.index, params: {}, reason: s.reason! })),
    };
  }
  const points =
    spec.method === 'grid'
      ? gridPoints(spec)
      : Array.from({ length: spec.max_trials ?? 0 }, (_, i) => sampleRandomTrial(spec, i));
  const trials: Trial[] = [];
  const skipped: SkippedTrial[] = [];
  const seen = new Map<string, number>();
  points.forEach((params, index) => {
    const h = hash(params);
    if (existing.has(h)) skipped.push({ index, params, reason: `already committed (config hash ${h})` });
    else if (seen.has(h)) skipped.push({ index, params, reason: `same config as trial ${seen.get(h)}` });
    else trials.push({ index, params });
    if (!seen.has(h)) seen.set(h, index);
  });
  if (spec.method === 'grid' && spec.max_trials !== undefined) {
    const committed = skipped.filter((s) => s.reason.startsWith('already committed')).length;
    return { trials: trials.slice(0, Math.max(0, spec.max_trials - committed)), skipped };
  }
  return { trials, skipped };
}
