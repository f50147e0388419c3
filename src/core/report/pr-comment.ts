import { markdownTable } from './markdown-table.js';
import { humanRows, tableLegend } from './format-table.js';
import { mermaidMetricByRun, mermaidMetricVsParam } from './mermaid-charts.js';
import { formatDelta, formatNumber, type ReportRun } from './report-run.js';
import { buildRunsTable, type RunsTable } from './runs-table.js';

/** GitHub refuses a comment body over 65,536 characters; the default cap leaves room for what a caller wraps around. */
export const GITHUB_COMMENT_LIMIT = 65536;
export const DEFAULT_COMMENT_CAP = 60000;

export interface PrCommentInput {
  title: string;
  /** The scan's trials (or any runs), failed ones included. */
  runs: ReportRun[];
  /** The run the trials are measured against (e.g. the baseline on the same dataset). */
  baseline?: ReportRun;
  /** A hidden first line that lets the caller find and update its own comment in place. */
  marker?: string;
  maxChars?: number;
}

/** The pull-request comment for a scan: table (best first), best trial, change against the baseline, a Mermaid
 * chart, the failed trials; trimmed row by row until it fits under `maxChars`. */
export function renderPrComment(input: PrCommentInput): string {
  const cap = Math.min(input.maxChars ?? DEFAULT_COMMENT_CAP, GITHUB_COMMENT_LIMIT - 1);
  const all =
    input.baseline && !input.runs.some((r) => r.id === input.baseline!.id)
      ? [input.baseline, ...input.runs]
      : input.runs;
  const primary = input.runs.find((r) => r.status === 'ok')?.primary ?? input.runs[0]?.primary;
  const table = buildRunsTable(all, {
    ...(primary ? { sort: primary.name } : {}),
    ...(input.baseline ? { baseline: input.baseline.id } : {}),
  });
  // Fewer rows, then fewer chart bars, then fewer failed ids listed: the summary line and best trial always stay.
  for (let rows = table.rows.length; rows >= 1; rows = rows > 8 ? Math.floor(rows * 0.8) : rows - 1) {
    const text = compose(input, table, rows, Math.min(rows, 40), Math.min(rows, 50));
    if (text.length <= cap) return text;
  }
  return compose(input, table, 1, 1, 0).slice(0, cap);
}

function compose(input: PrCommentInput, table: RunsTable, rows: number, bars: number, failedShown: number): string {
  const metric = table.metrics[0];
  const trials = input.runs;
  const failed = trials.filter((r) => r.status === 'failed');
  const best =
    table.rows.find((r) => r.best.includes(metric) && r.id !== input.baseline?.id) ??
    table.rows.find((r) => r.status === 'ok' && r.id !== input.baseline?.id);
  const parts: string[] = [];
  if (input.marker) parts.push(`<!-- ${input.marker} -->`);
  parts.push(`### ${input.title}`, '');
  parts.push(
    `${trials.length} trial(s), ${trials.length - failed.length} ok, ${failed.length} failed.` +
      (best && metric ? ` Best: **${best.id}** ${metric} ${formatNumber(best.metrics[metric])}` : '') +
      (best && input.baseline && best.delta?.[metric] !== undefined
        ? ` (${formatDelta(best.delta[metric])} against baseline ${input.baseline.id})`
        : '') +
      (best ? '.' : ''),
    '',
  );
  const shown = table.rows.slice(0, rows);
  parts.push(markdownTable(humanRows({ ...table, rows: shown }, 'markdown')).trimEnd());
  parts.push('', tableLegend(table, 'markdown'));
  if (rows < table.rows.length)
    parts.push('', `_${table.rows.length - rows} more run(s) not shown: \`mtrack report\` lists every one._`);
  const chart = chartFor(input, table, bars);
  if (chart) parts.push('', chart.trimEnd());
  if (failed.length > 0) {
    const listed = failed.slice(0, failedShown).map((r) => `- ${r.id}${r.error ? `: ${oneLine(r.error)}` : ''}`);
    const more = failed.length - listed.length;
    parts.push('', '**Failed trials**', '', ...listed, ...(more > 0 ? [`- … and ${more} more`] : []));
  }
  return `${parts.join('\n')}\n`;
}

function chartFor(input: PrCommentInput, table: RunsTable, bars: number): string | undefined {
  const metric = table.metrics[0];
  if (!metric) return undefined;
  const ok = input.runs.filter((r) => r.status === 'ok' && r.metrics[metric] !== undefined);
  // One varying parameter: the metric against it reads best; otherwise a bar per trial, best first.
  if (table.params.length === 1) {
    const line = mermaidMetricVsParam(ok, metric, table.params[0], table.goals[metric]);
    if (line && line.length < 6000) return line;
  }
  const points = table.rows
    .filter((r) => r.status === 'ok' && r.metrics[metric] !== undefined)
    .slice(0, bars)
    .map((r) => ({ label: r.id, value: r.metrics[metric] }));
  if (points.length === 0) return undefined;
  const more = table.rows.filter((r) => r.status === 'ok').length - points.length;
  return mermaidMetricByRun(points, metric, `${metric} by run${more > 0 ? ` (best ${points.length})` : ''}`);
}

const oneLine = (s: string) => (s.length > 200 ? `${s.slice(0, 200)}…` : s).replaceAll('\n', ' ');
