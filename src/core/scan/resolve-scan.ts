import { SCAN_METHODS } from './methods/index.js';
import { stableKey } from './space.js';
import type { Observation, ResolveOptions, ScanPlan, ScanSpec } from './types.js';

/**
 * The trials a scan asks for next, from the spec, the committed history and the seed alone (no I/O, no clock):
 * the spec's method (SCAN_METHODS) plans them; what each method does is documented in its file.
 */
export function resolveScan(spec: ScanSpec, history: Observation[] = [], options: ResolveOptions = {}): ScanPlan {
  return SCAN_METHODS[spec.method].resolve(spec, {
    history,
    hash: options.hashParams ?? stableKey,
    existing: options.existingConfigHashes ?? new Set<string>(),
    ...(options.waveSize !== undefined ? { waveSize: options.waveSize } : {}),
  });
}
