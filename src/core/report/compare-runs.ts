import { badInput } from '../errors.js';
import type { DatasetDiff } from './dataset-diff.js';
import { formatDatasetDiff } from './dataset-diff.js';
import {
  formatDelta,
  formatNumber,
  formatParam,
  metricGoal,
  type Goal,
  type ParamValue,
  type ReportRun,
} from './report-run.js';

export interface RunComparison {
  runs: string[];
  /** Parameters whose values differ, with each run's value (null: not set in that run). */
  params: Array<{ key: string; values: ParamValue[] }>;
  /** Every metric any of the runs has; deltas are against the first run (null where either lacks it). */
  metrics: Array<{ name: string; goal: Goal; values: Array<number | null>; deltas: Array<number | null> }>;
  datasets: DatasetDiff[];
  failed: string[];
}

/** Parameter differences and metric deltas of runs against the first of them, plus their datasets' differences. */
export function compareRuns(runs: ReportRun[], datasets: DatasetDiff[] = []): RunComparison {
  if (runs.length < 2) throw badInput('mtrack compare: give at least two runs (E#### E####).');
  const [first] = runs;
  const keys = [...new Set(runs.flatMap((r) => Object.keys(r.params)))].sort();
  const params = keys
    .map((key) => ({ key, values: runs.map((r) => r.params[key] ?? null) }))
    .filter((p) => new Set(p.values.map((v) => JSON.stringify(v))).size > 1);
  const names = [...new Set(runs.flatMap((r) => Object.keys(r.metrics)))];
  names.sort((a, b) => rank(a, first) - rank(b, first) || a.localeCompare(b));
  const value = (r: ReportRun, n: string) => (r.status === 'ok' ? (r.metrics[n] ?? null) : null);
  const metrics = names.map((name) => {
    const values = runs.map((r) => value(r, name));
    return {
      name,
      goal: metricGoal(name, first.primary),
      values,
      deltas: values.map((v) => (v === null || values[0] === null ? null : v - values[0])),
    };
  });
  return {
    runs: runs.map((r) => r.id),
    params,
    metrics,
    datasets,
    failed: runs.filter((r) => r.status === 'failed').map((r) => r.id),
  };
}

function rank(name: string, first: ReportRun): number {
  return name === first.primary.name ? 0 : name === 'loss' ? 1 : 2;
}

/** The comparison as rows for a terminal or Markdown table, then the dataset lines. */
export function comparisonRows(c: RunComparison): {
  params: Record<string, string>[];
  metrics: Record<string, string>[];
  datasets: string[];
} {
  const params = c.params.map((p) => ({
    param: p.key,
    ...Object.fromEntries(c.runs.map((id, i) => [id, formatParam(p.values[i] ?? undefined)])),
  }));
  const metrics = c.metrics.map((m) => ({
    metric: `${m.name} ${m.goal === 'maximize' ? '↑' : '↓'}`,
    ...Object.fromEntries(
      c.runs.map((id, i) => {
        const v = m.values[i];
        const d = m.deltas[i];
        if (v === null) return [id, c.failed.includes(id) ? 'failed' : '-'];
        return [id, i === 0 || d === null ? formatNumber(v) : `${formatNumber(v)} (${formatDelta(d)})`];
      }),
    ),
  }));
  return { params, metrics, datasets: c.datasets.flatMap(formatDatasetDiff) };
}
