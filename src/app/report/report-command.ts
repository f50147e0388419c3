import {
  buildRunsTable,
  comparisonRows,
  humanRows,
  markdownTable,
  tableCsv,
  tableJson,
  tableLegend,
  type RunComparison,
  type TableOptions,
} from '../../core/report/index.js';
import type { Workspace } from '../setup/workspace.js';
import { readReportRuns } from './read-report-runs.js';
import { writeReport } from './write-report.js';

export interface ReportOptions extends TableOptions {
  format: 'text' | 'json' | 'csv' | 'markdown';
  /** Write README.md and the SVG charts into this folder. */
  out?: string;
}

/** `mtrack report`: rows for a terminal table, or the text of the chosen format (and the page written with --out). */
export async function reportCommand(
  ws: Workspace,
  options: ReportOptions,
): Promise<{ rows?: Record<string, string>[]; text?: string }> {
  const runs = readReportRuns(ws.expDir);
  if (options.out) {
    const r = await writeReport(runs, options.out, options);
    const charts = r.charts.map((c) => `  ${c.file} (${c.bytes} bytes)`).join('\n');
    return { text: `wrote ${r.page}\n${charts}${charts ? '\n' : ''}` };
  }
  const table = buildRunsTable(runs, options);
  if (options.format === 'json') return { text: `${JSON.stringify(tableJson(table), null, 2)}\n` };
  if (options.format === 'csv') return { text: tableCsv(table) };
  if (options.format === 'markdown')
    return { text: `${markdownTable(humanRows(table, 'markdown'))}\n${tableLegend(table, 'markdown')}\n` };
  if (table.rows.length === 0) return { text: 'no runs yet\n' };
  return { rows: humanRows(table), text: `${tableLegend(table)}\n` };
}

/** `mtrack compare` for a terminal (aligned text tables) or a pull request (Markdown). */
export function formatComparison(c: RunComparison, style: 'text' | 'markdown'): string {
  const rows = comparisonRows(c);
  const table = (r: Record<string, string>[]) => (style === 'markdown' ? markdownTable(r) : textTable(r));
  return [
    rows.params.length ? table(rows.params) : 'same parameters\n',
    table(rows.metrics),
    ...(rows.datasets.length
      ? [style === 'markdown' ? `\`\`\`\n${rows.datasets.join('\n')}\n\`\`\`\n` : `${rows.datasets.join('\n')}\n`]
      : []),
  ].join('\n');
}

function textTable(rows: Record<string, string>[]): string {
  if (rows.length === 0) return '';
  const cols = Object.keys(rows[0]);
  const widths = cols.map((c) => Math.max(c.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: string[]) => `${cells.map((c, i) => c.padEnd(widths[i])).join('  ')}`.trimEnd();
  return `${[line(cols), ...rows.map((r) => line(cols.map((c) => r[c] ?? '')))].join('\n')}\n`;
}
