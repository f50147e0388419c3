/** A GitHub-flavoured Markdown table; cells are escaped so a `|` in a value cannot break the row. */
export function markdownTable(rows: Record<string, string>[]): string {
  if (rows.length === 0) return '_no runs_\n';
  const cols = Object.keys(rows[0]);
  const esc = (s: string) => s.replaceAll('|', '\\|').replaceAll('\n', ' ');
  return [
    `| ${cols.map(esc).join(' | ')} |`,
    `| ${cols.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${cols.map((c) => esc(r[c] ?? '')).join(' | ')} |`),
    '',
  ].join('\n');
}
