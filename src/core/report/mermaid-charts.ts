import { formatNumber, type ReportRun } from './report-run.js';

// GitHub renders ```mermaid blocks natively, so these charts need no image hosting in a comment or job summary.
// xychart-beta has no legend: titles say what is drawn, and bars/lines stay few enough to read.

const quote = (s: string) => `"${s.replaceAll('"', "'").replaceAll('\n', ' ')}"`;

function yAxis(title: string, values: number[]): string {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return `  y-axis ${quote(title)}`;
  const [lo, hi] = [Math.min(...finite), Math.max(...finite)];
  const pad = (hi - lo || Math.abs(hi) || 1) * 0.1;
  const bottom = lo >= 0 && lo - pad < 0 ? 0 : Number((lo - pad).toPrecision(3));
  return `  y-axis ${quote(title)} ${bottom} --> ${Number((hi + pad).toPrecision(3))}`;
}

const series = (values: number[]) => `[${values.map((v) => formatNumber(v)).join(', ')}]`;

function block(lines: string[]): string {
  return ['```mermaid', 'xychart-beta', ...lines, '```', ''].join('\n');
}

/** A bar per run: the metric of each run, labelled by run id (failed runs are left out). */
export function mermaidMetricByRun(
  points: Array<{ label: string; value: number }>,
  metric: string,
  title: string,
): string {
  return block([
    `  title ${quote(title)}`,
    `  x-axis [${points.map((p) => quote(p.label)).join(', ')}]`,
    yAxis(
      metric,
      points.map((p) => p.value),
    ),
    `  bar ${series(points.map((p) => p.value))}`,
  ]);
}

/** The metric against one parameter's values (ascending); where several runs share a value, the best of them. */
export function mermaidMetricVsParam(
  runs: ReportRun[],
  metric: string,
  param: string,
  goal: 'maximize' | 'minimize',
): string | undefined {
  const byValue = new Map<string, { sort: number | string; value: number }>();
  for (const r of runs) {
    const p = r.params[param];
    const v = r.metrics[metric];
    if (r.status !== 'ok' || p === undefined || p === null || v === undefined) continue;
    const key = typeof p === 'number' ? formatNumber(p) : String(p);
    const seen = byValue.get(key);
    if (!seen || (goal === 'maximize' ? v > seen.value : v < seen.value))
      byValue.set(key, { sort: typeof p === 'number' ? p : String(p), value: v });
  }
  if (byValue.size < 2) return undefined;
  const points = [...byValue.entries()].sort(([, a], [, b]) =>
    typeof a.sort === 'number' && typeof b.sort === 'number'
      ? a.sort - b.sort
      : String(a.sort).localeCompare(String(b.sort)),
  );
  return block([
    `  title ${quote(`${metric} by ${param}`)}`,
    `  x-axis ${quote(param)} [${points.map(([k]) => quote(k)).join(', ')}]`,
    yAxis(
      metric,
      points.map(([, p]) => p.value),
    ),
    `  line ${series(points.map(([, p]) => p.value))}`,
  ]);
}

/** Training loss per epoch, one line per run (the first `maxRuns` runs with a history). */
export function mermaidLearningCurves(runs: ReportRun[], key = 'loss', maxRuns = 6): string | undefined {
  const withHistory = runs.filter((r) => r.history.some((h) => Number.isFinite(h[key]))).slice(0, maxRuns);
  const epochs = Math.max(0, ...withHistory.map((r) => r.history.length));
  if (withHistory.length === 0 || epochs < 2) return undefined;
  const all = withHistory.flatMap((r) => r.history.map((h) => h[key]).filter(Number.isFinite));
  return block([
    `  title ${quote(`${key} per epoch: ${withHistory.map((r) => r.id).join(', ')}`)}`,
    `  x-axis "epoch" [${Array.from({ length: epochs }, (_, i) => i + 1).join(', ')}]`,
    yAxis(key, all),
    // A shorter history (stopped early) repeats its last value so every line spans the same epochs.
    ...withHistory.map((r) => {
      const values = Array.from({ length: epochs }, (_, i) => r.history[Math.min(i, r.history.length - 1)][key]);
      return `  line ${series(values)}`;
    }),
  ]);
}
