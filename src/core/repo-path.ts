import { posix } from 'node:path';
import { badInput } from './errors.js';

/**
 * A path given for a file inside the experiment repo (`--config`, `--scan`), as a clean relative POSIX path:
 * absolute paths and `..` segments are refused, so a flag can never name a file outside the repo.
 */
export function repoRelativePath(flag: string, value: string): string {
  const expected = 'expected a path inside the experiment repo, relative to it (e.g. configs/baseline.yaml)';
  if (value.trim() === '') throw badInput(`${flag} '${value}': ${expected}.`);
  if (posix.isAbsolute(value) || /^[A-Za-z]:[\\/]/.test(value) || value.startsWith('\\'))
    throw badInput(`${flag} '${value}': ${expected}, not an absolute path.`);
  if (value.split(/[\\/]/).includes('..')) throw badInput(`${flag} '${value}': ${expected}, without '..'.`);
  return posix.normalize(value);
}
