import { badInput } from '../errors.js';
import type { EarlyTerminate, MetricGoal } from './types.js';

/*
 * Hyperband early termination with W&B's semantics (wandb/sweeps src/sweeps/hyperband_stopping.py; keys documented at
 * https://docs.wandb.ai/models/sweeps/sweep-config-keys#early_terminate):
 * - brackets: `min_iter * eta^k`, or from `max_iter` and `s` as `max_iter / eta^i` for i = 1..s (kept while >= 1);
 *   `max_iter` + `s` win when both forms are written, as in W&B; values are truncated to integers.
 * - at a bracket, the threshold is the value ranked floor(n / eta) (0-based, best first) among the n runs of the scan
 *   that reached it, the running trial included; a trial whose best value so far is worse than that is stopped.
 *   Between brackets the last bracket passed applies, so a trial is judged once per bracket in effect.
 * Two documented differences: an iteration is an epoch numbered from 1 (bracket 3 = after the 3rd epoch, as W&B's
 * docs describe brackets; its code indexes the logged history from 0), and a non-finite value (a diverged epoch)
 * counts as the worst value instead of being dropped. `strict` is recorded but, as in W&B's code, changes nothing.
 */

/** Why a trial stops or goes on after its latest epoch. */
export interface HyperbandDecision {
  stop: boolean;
  /** The bracket in effect (an epoch number); absent before the first bracket. */
  bracket?: number;
  /** The trial's best value so far and the bracket's threshold, in the metric's own units. */
  value?: number;
  threshold?: number;
  /** How many runs (this trial included) reached the bracket. */
  runs?: number;
}

/** The epochs at which hyperband judges trials, ascending, up to `maxEpoch`. */
export function hyperbandBrackets(et: EarlyTerminate, maxEpoch: number): number[] {
  const out = new Set<number>();
  if (et.max_iter !== undefined && et.s !== undefined) {
    let band = et.max_iter;
    for (let i = 0; i < et.s; i++) {
      band /= et.eta;
      if (band < 1) break;
      out.add(Math.trunc(band));
    }
    if (out.size === 0) {
      throw badInput(
        `early_terminate: max_iter ${et.max_iter} with s ${et.s} and eta ${et.eta} gives no bracket of at least 1 epoch; raise max_iter or lower eta.`,
      );
    }
  } else if (et.min_iter !== undefined) {
    for (let band = et.min_iter; Math.trunc(band) <= maxEpoch; band *= et.eta) out.add(Math.trunc(band));
  } else {
    throw badInput('early_terminate: expected min_iter, or both max_iter and s.');
  }
  return [...out].filter((b) => b <= maxEpoch).sort((a, b) => a - b);
}

/** Lower is better after this: maximized metrics are negated and non-finite values become the worst. */
function signed(value: number | undefined, goal: MetricGoal): number {
  if (value === undefined || !Number.isFinite(value)) return Infinity;
  return goal === 'maximize' ? -value : value;
}

function unsigned(value: number, goal: MetricGoal): number {
  return goal === 'maximize' ? -value : value;
}

/**
 * Decides whether a trial stops after its latest epoch. `current[i]` is the trial's metric after epoch i + 1;
 * `peers` are the same per-epoch series of the scan's other runs (stopped ones are simply shorter).
 */
export function decideHyperband(input: {
  earlyTerminate: EarlyTerminate;
  goal: MetricGoal;
  peers: readonly (readonly (number | undefined)[])[];
  current: readonly (number | undefined)[];
}): HyperbandDecision {
  const { earlyTerminate, goal, peers, current } = input;
  const epoch = current.length;
  const bracket = hyperbandBrackets(earlyTerminate, Math.max(epoch, 1))
    .filter((b) => b <= epoch)
    .pop();
  if (bracket === undefined) return { stop: false };
  const pool = [...peers.filter((p) => p.length >= bracket), current]
    .map((series) => signed(series[bracket - 1], goal))
    .sort((a, b) => a - b);
  // W&B: sorted(band_values)[int(r * len(band_values))] with r = 1 / eta.
  const threshold = pool[Math.floor((1 / earlyTerminate.eta) * pool.length)];
  const best = Math.min(...current.map((v) => signed(v, goal)));
  return {
    stop: best > threshold,
    bracket,
    value: unsigned(best, goal),
    threshold: unsigned(threshold, goal),
    runs: pool.length,
  };
}
