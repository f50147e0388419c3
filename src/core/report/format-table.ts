import { formatDelta, formatNumber, formatParam } from './report-run.js';
import type { RunsTable, TableRow } from './runs-table.js';

export type CellStyle = 'text' | 'markdown';

/** The table as rows of strings for people: rounded values, the best per metric marked, deltas in brackets. */
export function humanRows(table: RunsTable, style: CellStyle = 'text'): Record<string, string>[] {
  return table.rows.map((row) => {
    const cells: Record<string, string> = { run: row.id, dataset: row.dataset };
    for (const p of table.params) cells[p] = formatParam(row.params[p]);
    for (const m of table.metrics) cells[m] = metricCell(row, m, style);
    cells.scan = row.scan ?? '-';
    return cells;
  });
}

function metricCell(row: TableRow, metric: string, style: CellStyle): string {
  if (row.status === 'failed') return 'failed';
  const v = row.metrics[metric];
  if (v === undefined) return '-';
  let text = formatNumber(v);
  if (row.best.includes(metric)) text = style === 'markdown' ? `**${text}** ★` : `${text} *`;
  const d = row.delta?.[metric];
  return d === undefined ? text : `${text} (${formatDelta(d)})`;
}

/** A line under the table saying what the marks mean. */
export function tableLegend(table: RunsTable, style: CellStyle = 'text'): string {
  const mark = style === 'markdown' ? '★' : '*';
  const goals = table.metrics.map((m) => `${m} ${table.goals[m] === 'maximize' ? '↑' : '↓'}`).join(', ');
  const base = table.baseline ? `; (±x) change against ${table.baseline}` : '';
  return `${mark} best per metric (${goals})${base}`;
}

/** CSV with exact values (RFC 4180 quoting): run, status, dataset, scan, params…, metrics…, delta.metric…. */
export function tableCsv(table: RunsTable): string {
  const deltaCols = table.baseline ? table.metrics.map((m) => `delta.${m}`) : [];
  const header = ['run', 'status', 'dataset', 'scan', ...table.params, ...table.metrics, ...deltaCols];
  const lines = table.rows.map((r) =>
    [
      r.id,
      r.status,
      r.dataset,
      r.scan ?? '',
      ...table.params.map((p) => (r.params[p] === null ? '' : String(r.params[p]))),
      ...table.metrics.map((m) => (r.metrics[m] === undefined ? '' : String(r.metrics[m]))),
      ...(table.baseline ? table.metrics.map((m) => (r.delta?.[m] === undefined ? '' : String(r.delta[m]))) : []),
    ]
      .map(csvField)
      .join(','),
  );
  return [header.map(csvField).join(','), ...lines, ''].join('\n');
}

function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** `mtrack report --json` (schemas/report_output.schema.json): the table with exact values. */
export function tableJson(table: RunsTable): Record<string, unknown> {
  return {
    params: table.params,
    metrics: table.metrics,
    goals: table.goals,
    baseline: table.baseline ?? null,
    best: Object.fromEntries(table.metrics.map((m) => [m, table.rows.find((r) => r.best.includes(m))?.id ?? null])),
    runs: table.rows,
  };
}
