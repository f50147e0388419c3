import { exitCodeFor, MtrackError } from '../core/errors.js';

/** One line on stderr for a user error (with its hint), a stack trace only for a bug. */
export function reportError(error: unknown, write: (text: string) => void = (t) => process.stderr.write(t)): number {
  if (error instanceof MtrackError) {
    write(`mtrack: ${error.message}\n`);
    if (error.hint) write(`  hint: ${error.hint}\n`);
  } else {
    write(`mtrack: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  return exitCodeFor(error);
}

export function printTable(
  rows: Record<string, string>[],
  write: (text: string) => void = (t) => process.stdout.write(t),
): void {
  if (rows.length === 0) return;
  const cols = Object.keys(rows[0]);
  const widths = cols.map((c) => Math.max(c.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |\n`;
  write(line(cols));
  write(line(widths.map((w) => '-'.repeat(w))));
  for (const r of rows) write(line(cols.map((c) => r[c] ?? '')));
}
