import type { Violation } from './types.js';

/** One line a person can act on: `mtrack: [rule] path: message (fix: ...)`, with the commit when known. */
export function formatViolation(v: Violation): string {
  const commit = v.commit ? ` @${v.commit.slice(0, 12)}` : '';
  const fix = v.fix ? ` (fix: ${v.fix})` : '';
  return `mtrack: [${v.rule}] ${v.path}${commit}: ${v.message}${fix}`;
}
