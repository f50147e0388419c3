import { exitCodeFor } from '../core/errors.js';
import { formatViolation } from '../core/rules/format.js';
import type { Violation } from '../core/rules/types.js';

/** Prints violations as `mtrack: …` lines and returns the hook's exit code (0 when there are none). */
export function reportViolations(violations: Violation[], what: string): number {
  if (violations.length === 0) return 0;
  for (const v of violations) process.stderr.write(`${formatViolation(v)}\n`);
  process.stderr.write(
    `mtrack: ${what} refused: ${violations.length} stamping-rule violation(s); nothing was committed. ` +
      '(A commit made with --no-verify is still caught by `mtrack verify --range` in CI.)\n',
  );
  return 1;
}

/** An error reaching a hook: one `mtrack: …` line and a non-zero exit, so git refuses the commit. */
export function reportError(error: unknown): number {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`mtrack: ${message}\n`);
  return exitCodeFor(error);
}
