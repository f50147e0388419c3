import type { Node } from 'yaml';
import type { Observation, ScanPlan, ScanSpec, SkippedTrial, Trial } from '../types.js';
import type { Source } from '../yaml-nodes.js';

/** What a method is given besides the spec: the committed history, and how to recognise a committed config. */
export interface ResolveContext {
  history: Observation[];
  /** A trial's config hash from its params (the app hashes config_resolved.yaml). */
  hash: (params: Record<string, unknown>) => string;
  /** Config hashes of committed runs. */
  existing: ReadonlySet<string>;
  /**
   * Trials that train at the same time (the Action's wave). An adaptive method plans only this many next trials from
   * the results so far; the others plan everything at once and ignore it.
   */
  waveSize?: number;
}

/** One scan method: a file in core/scan/methods/ and an entry in SCAN_METHODS. */
export interface ScanMethodDefinition {
  /** One line for docs/design.md and error messages. */
  description: string;
  /** Draws from the seed and stops at max_trials, so configs/scan.yaml must give both. */
  sampled: boolean;
  /**
   * Learns from each result: `scan run` re-plans after every trial and runs the new plan's first trial, and the
   * Action trains it in waves (one matrix per wave, the next wave resolved from the collected results).
   */
  adaptive: boolean;
  /** Refuses, at its position in configs/scan.yaml, a parameter the method cannot use. */
  checkParameters?: (source: Source, spec: ScanSpec, where: Map<string, Node>) => void;
  /** The trials to run next, from the spec, the context and the seed alone (no I/O, no clock). */
  resolve: (spec: ScanSpec, context: ResolveContext) => ScanPlan;
}

/** Plans a fixed list of points: a point already committed, or equal to an earlier one, is skipped with the reason. */
export function planPoints(points: Record<string, unknown>[], context: ResolveContext): ScanPlan {
  const trials: Trial[] = [];
  const skipped: SkippedTrial[] = [];
  const seen = new Map<string, number>();
  points.forEach((params, index) => {
    const h = context.hash(params);
    if (context.existing.has(h)) skipped.push({ index, params, reason: `already committed (config hash ${h})` });
    else if (seen.has(h)) skipped.push({ index, params, reason: `same config as trial ${seen.get(h)}` });
    else trials.push({ index, params });
    if (!seen.has(h)) seen.set(h, index);
  });
  return { trials, skipped };
}
