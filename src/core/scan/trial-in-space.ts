import { constantsOf, dimensionsOf, indexOfValue, sortedNames, stableKey } from './space.js';
import type { ScanSpec } from './types.js';

/**
 * Why `params` cannot be a trial of `spec`, or undefined when it can. The Action's trial jobs train the parameters
 * their matrix entry names (a bayes wave was suggested from results the job's checkout does not hold), so the job
 * checks that they are a point of the scan's space rather than re-resolving the scan.
 */
export function trialOutsideSpace(spec: ScanSpec, params: Record<string, unknown>): string | undefined {
  const expected = sortedNames(spec.parameters);
  const given = sortedNames(params);
  if (stableKey(expected) !== stableKey(given))
    return `the parameters are ${given.join(', ') || '(none)'}; the scan has ${expected.join(', ')}`;
  for (const [name, value] of Object.entries(constantsOf(spec.parameters)))
    if (stableKey(value) !== stableKey(params[name]))
      return `${name} is ${JSON.stringify(params[name])}, not the scan's constant ${JSON.stringify(value)}`;
  for (const dim of dimensionsOf(spec.parameters)) {
    const value = params[dim.name];
    if (dim.kind === 'categorical') {
      if (indexOfValue(dim.values, value) < 0) return `${dim.name} is ${JSON.stringify(value)}, not one of its values`;
      continue;
    }
    if (typeof value !== 'number' || !Number.isFinite(value))
      return `${dim.name} is ${JSON.stringify(value)}, not a number`;
    const s = dim.spec;
    if ('min' in s && (value < s.min || value > s.max)) return `${dim.name} is ${value}, outside [${s.min}, ${s.max}]`;
    if (s.distribution === 'int_uniform' && !Number.isInteger(value))
      return `${dim.name} is ${value}, not a whole number`;
    if (s.distribution === 'log_normal' && value <= 0) return `${dim.name} is ${value}, not positive`;
  }
  return undefined;
}
