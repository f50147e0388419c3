import { badInput } from '../errors.js';
import { cleanFloat, sortedNames, stepRange } from './space.js';
import { MAX_GRID_POINTS } from './limits.js';
import type { ParamSpec, ScanSpec } from './types.js';

/** How many values gridValues would list, computed without listing them. */
export function gridLength(spec: ParamSpec): number {
  switch (spec.distribution) {
    case 'constant':
      return 1;
    case 'categorical':
      return spec.values.length;
    case 'int_uniform':
      return Math.max(0, spec.max - spec.min + 1);
    case 'q_uniform': {
      const { first, last } = stepRange(spec);
      return Math.max(0, last - first + 1);
    }
    default:
      return gridValues(spec).length;
  }
}

/** The number of grid points, without building them. */
export function gridSize(parameters: ScanSpec['parameters']): number {
  return Object.values(parameters).reduce((a, p) => a * gridLength(p), 1);
}

/** The finite value list of a grid parameter: written order for values, ascending for int_uniform/q_uniform. */
export function gridValues(spec: ParamSpec): unknown[] {
  switch (spec.distribution) {
    case 'constant':
      return [spec.value];
    case 'categorical':
      return spec.values;
    case 'int_uniform':
      return range(spec.min, spec.max, (k) => k || 0);
    case 'q_uniform': {
      const { first, last } = stepRange(spec);
      return range(first, last, (k) => cleanFloat(k * spec.q));
    }
    default:
      throw badInput(
        `Grid cannot enumerate distribution '${spec.distribution}'. Expected values, value, int_uniform or q_uniform.`,
      );
  }
}

function range(first: number, last: number, map: (k: number) => unknown): unknown[] {
  if (last - first + 1 > MAX_GRID_POINTS)
    throw badInput(`Grid parameter range ${first}..${last} is too large. Expected at most ${MAX_GRID_POINTS} values.`);
  const out: unknown[] = [];
  for (let k = first; k <= last; k++) out.push(map(k));
  return out;
}

/**
 * Every grid point in a stable order: parameters sorted by dotted name (byte order), the cartesian product taken
 * like nested loops with the LAST name varying fastest, each parameter's values in gridValues order. This is
 * W&B's order too (itertools.product over sorted names).
 */
export function gridPoints(spec: ScanSpec): Record<string, unknown>[] {
  const names = sortedNames(spec.parameters);
  const size = gridSize(spec.parameters);
  if (size > MAX_GRID_POINTS)
    throw badInput(
      `Grid of ${size} points is too large. Expected at most ${MAX_GRID_POINTS}; use method random or bayes.`,
    );
  const lists = names.map((n) => gridValues(spec.parameters[n]));
  const points: Record<string, unknown>[] = [];
  for (let i = 0; i < size; i++) {
    const point: Record<string, unknown> = {};
    let rest = i;
    for (let d = names.length - 1; d >= 0; d--) {
      point[names[d]] = lists[d][rest % lists[d].length];
      rest = Math.floor(rest / lists[d].length);
    }
    points.push(sortedCopy(point, names));
  }
  return points;
}

function sortedCopy(point: Record<string, unknown>, names: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const n of names) out[n] = point[n];
  return out;
}
