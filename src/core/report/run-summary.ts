import { parseExperimentNumber } from '../ids.js';
import { formatDelta, formatNumber, metricGoal, type ReportRun } from './report-run.js';

/**
 * The run a new run is measured against: the latest earlier successful run made from the same config file outside a
 * scan (for a scan trial: the baseline it explores around; for a plain run: its predecessor).
 */
export function pickReference(run: ReportRun, runs: ReportRun[]): ReportRun | undefined {
  const n = parseExperimentNumber(run.id);
  return runs
    .filter((r) => r.status === 'ok' && !r.scan && r.configPath === run.configPath && parseExperimentNumber(r.id) < n)
    .sort((a, b) => parseExperimentNumber(b.id) - parseExperimentNumber(a.id))[0];
}

export interface RunSummaryMetric {
  name: string;
  goal: 'maximize' | 'minimize';
  value: number;
  delta: number | null;
}

/** Primary first, then loss and the other scores, each with its change against the reference run. */
export function summarizeRun(run: ReportRun, reference?: ReportRun): RunSummaryMetric[] {
  const names = Object.keys(run.metrics).sort((a, b) => rank(a, run) - rank(b, run) || a.localeCompare(b));
  return names.map((name) => ({
    name,
    goal: metricGoal(name, run.primary),
    value: run.metrics[name],
    delta: reference?.metrics[name] === undefined ? null : run.metrics[name] - reference.metrics[name],
  }));
}

const rank = (name: string, run: ReportRun) => (name === run.primary.name ? 0 : name === 'loss' ? 1 : 2);

/** What `mtrack run` prints last: the primary metric, the secondary ones, and the change against the reference. */
export function formatRunSummary(run: ReportRun, reference?: ReportRun): string {
  if (run.status === 'failed') return `${run.id} failed${run.error ? `: ${run.error}` : ''}\n`;
  const metrics = summarizeRun(run, reference);
  const cell = (m: RunSummaryMetric) =>
    `${m.name} ${formatNumber(m.value)}${m.delta === null ? '' : ` (${formatDelta(m.delta)})`}`;
  const [primary, ...rest] = metrics;
  const against = reference
    ? `changes against ${reference.id} (${reference.dataset.revision})`
    : 'no earlier run to compare with';
  return [
    `${run.id} on ${run.dataset.revision}: ${primary ? cell(primary) : 'no metrics'}`,
    ...(rest.length ? [`  ${rest.map(cell).join(', ')}`] : []),
    `  ${against}`,
    '',
  ].join('\n');
}
