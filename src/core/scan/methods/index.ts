import { bayes } from './bayes.js';
import { grid } from './grid.js';
import { random } from './random.js';
import type { ScanMethodDefinition } from './scan-method.js';

export type { ResolveContext, ScanMethodDefinition } from './scan-method.js';

/** Every scan method by its name in configs/scan.yaml; a new method is one file here and one entry (see docs/design.md). */
export const SCAN_METHODS = { grid, random, bayes } satisfies Record<string, ScanMethodDefinition>;

export type ScanMethod = keyof typeof SCAN_METHODS;

export function isScanMethod(name: string): name is ScanMethod {
  return Object.hasOwn(SCAN_METHODS, name);
}

/** The method names as prose: `grid, random or bayes`. */
export function scanMethodList(): string {
  const names = Object.keys(SCAN_METHODS);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : names.join('');
}
