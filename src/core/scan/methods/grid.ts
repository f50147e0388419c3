import { MAX_GRID_POINTS } from '../limits.js';
import type { Node } from 'yaml';
import { gridPoints, gridSize } from '../resolve-grid.js';
import type { ScanSpec } from '../types.js';
import { fail, type Source } from '../yaml-nodes.js';
import { planPoints, type ScanMethodDefinition } from './scan-method.js';

/** grid: every point in gridPoints order, minus committed points (reported), capped so committed + planned <= max_trials. */
export const grid: ScanMethodDefinition = {
  description: 'every combination of the parameter values, in a fixed order',
  sampled: false,
  adaptive: false,
  checkParameters: (source, spec, where) => {
    refuseContinuousInGrid(source, spec, where);
    refuseHugeGrid(source, spec, where);
  },
  resolve(spec, context) {
    const { trials, skipped } = planPoints(gridPoints(spec), context);
    if (spec.max_trials === undefined) return { trials, skipped };
    const committed = skipped.filter((s) => s.reason.startsWith('already committed')).length;
    return { trials: trials.slice(0, Math.max(0, spec.max_trials - committed)), skipped };
  },
};

// Grid needs a finite list per parameter: int_uniform and q_uniform enumerate, as in W&B; the rest cannot.
function refuseContinuousInGrid(source: Source, spec: ScanSpec, where: Map<string, Node>): void {
  for (const [name, p] of Object.entries(spec.parameters)) {
    const finite =
      p.distribution === 'constant' ||
      p.distribution === 'int_uniform' ||
      p.distribution === 'q_uniform' ||
      p.distribution === 'categorical';
    if (!finite) {
      fail(
        source,
        where.get(name),
        `parameters.${name}`,
        `expected values, value, int_uniform or q_uniform for method grid, got continuous distribution '${p.distribution}'.`,
      );
    }
    if (p.distribution === 'categorical' && p.probabilities) {
      fail(
        source,
        where.get(name),
        `parameters.${name}.probabilities`,
        'expected no probabilities for method grid (every value is visited once).',
      );
    }
  }
}

// Counted without building the product, so a grid of 10^12 points is refused at once instead of hanging.
function refuseHugeGrid(source: Source, spec: ScanSpec, where: Map<string, Node>): void {
  const size = gridSize(spec.parameters);
  if (size > MAX_GRID_POINTS)
    fail(
      source,
      where.values().next().value,
      'parameters',
      `a grid of ${size} points is too large; expected at most ${MAX_GRID_POINTS} (use method random or bayes).`,
    );
}
