import { badInput } from '../errors.js';
import { parseExperimentNumber } from '../ids.js';
import { didYouMean } from '../suggest.js';
import { metricGoal, type Goal, type ParamValue, type ReportRun } from './report-run.js';

export interface TableOptions {
  /** `key`, `key:asc` or `key:desc`; a metric alone sorts best first by its goal. Default: run id. */
  sort?: string;
  /** `key=value` filters, all of which must hold (params, metrics, `dataset`, `status`, `scan`). */
  where?: string[];
  /** E####: every metric also gets its change against this run. */
  baseline?: string;
  /** Show every parameter, not only those that differ between the runs shown. */
  allParams?: boolean;
}

export interface TableRow {
  id: string;
  folder: string;
  status: 'ok' | 'failed';
  dataset: string;
  scan?: string;
  params: Record<string, ParamValue>;
  metrics: Record<string, number>;
  /** metric -> value minus the baseline's value (only with a baseline, only where both have the metric). */
  delta?: Record<string, number>;
  /** The metrics for which this run is the best of the table (by each metric's goal; failed runs never are). */
  best: string[];
}

export interface RunsTable {
  params: string[];
  metrics: string[];
  goals: Record<string, Goal>;
  baseline?: string;
  rows: TableRow[];
}

const FIXED_KEYS = ['dataset', 'status', 'scan', 'run'];

/** The runs table: parameters and metrics as columns, filtered, sorted, best marked, deltas against a baseline. */
export function buildRunsTable(all: ReportRun[], options: TableOptions = {}): RunsTable {
  const primary = all.find((r) => r.status === 'ok')?.primary ?? all[0]?.primary;
  const metrics = metricColumns(all, primary?.name);
  const goals = Object.fromEntries(metrics.map((m) => [m, metricGoal(m, primary)]));
  const known = new Set([...FIXED_KEYS, ...metrics, ...all.flatMap((r) => Object.keys(r.params))]);
  const runs = all.filter((r) => (options.where ?? []).every((w) => matches(r, parseWhere(w, known))));
  const base = options.baseline ? all.find((r) => r.id === options.baseline) : undefined;
  if (options.baseline && !base)
    throw badInput(
      `--baseline '${options.baseline}': no such run.${didYouMean(
        options.baseline,
        all.map((r) => r.id),
      )}`,
    );
  const params = paramColumns(runs, options.allParams ?? false);
  const rows: TableRow[] = runs.map((r) => ({
    id: r.id,
    folder: r.folder,
    status: r.status,
    dataset: r.dataset.revision,
    ...(r.scan ? { scan: `${r.scan.method}#${r.scan.trial}` } : {}),
    params: Object.fromEntries(params.map((p) => [p, r.params[p] ?? null])),
    metrics: r.status === 'ok' ? pick(r.metrics, metrics) : {},
    ...(base ? { delta: deltas(r, base, metrics) } : {}),
    best: [],
  }));
  for (const m of metrics) {
    const best = bestRow(rows, m, goals[m]);
    if (best) best.best.push(m);
  }
  sortRows(rows, options.sort, known, goals);
  return { params, metrics, goals, ...(base ? { baseline: base.id } : {}), rows };
}

function metricColumns(runs: ReportRun[], primary?: string): string[] {
  const names = new Set(runs.flatMap((r) => Object.keys(r.metrics)));
  const rest = [...names].filter((n) => n !== primary && n !== 'loss').sort();
  return [...(primary && names.has(primary) ? [primary] : []), ...(names.has('loss') ? ['loss'] : []), ...rest];
}

function paramColumns(runs: ReportRun[], all: boolean): string[] {
  const keys = [...new Set(runs.flatMap((r) => Object.keys(r.params)))].sort();
  if (all) return keys;
  return keys.filter((k) => new Set(runs.map((r) => JSON.stringify(r.params[k] ?? null))).size > 1);
}

function pick(metrics: Record<string, number>, names: string[]): Record<string, number> {
  return Object.fromEntries(names.filter((n) => metrics[n] !== undefined).map((n) => [n, metrics[n]]));
}

function deltas(run: ReportRun, base: ReportRun, names: string[]): Record<string, number> {
  if (run.status !== 'ok' || base.status !== 'ok') return {};
  return Object.fromEntries(
    names
      .filter((n) => run.metrics[n] !== undefined && base.metrics[n] !== undefined)
      .map((n) => [n, run.metrics[n] - base.metrics[n]]),
  );
}

/** The row with the best value; none when every value is the same (a mark on a tie says nothing). */
function bestRow(rows: TableRow[], metric: string, goal: Goal): TableRow | undefined {
  const values = new Set(rows.map((r) => r.metrics[metric]).filter((v) => v !== undefined && Number.isFinite(v)));
  if (values.size < 2 && rows.length > 1) return undefined;
  let best: TableRow | undefined;
  for (const row of rows) {
    const v = row.metrics[metric];
    if (v === undefined || !Number.isFinite(v)) continue;
    if (!best || (goal === 'maximize' ? v > best.metrics[metric] : v < best.metrics[metric])) best = row;
  }
  return best;
}

interface Where {
  key: string;
  value: string;
}

function parseWhere(text: string, known: Set<string>): Where {
  const eq = text.indexOf('=');
  if (eq <= 0) throw badInput(`--where '${text}': expected key=value (e.g. learning_rate=0.001).`);
  const key = text.slice(0, eq);
  if (!known.has(key)) throw badInput(`--where '${text}': no column '${key}'.${didYouMean(key, known)}`);
  return { key, value: text.slice(eq + 1) };
}

function cell(run: ReportRun, key: string): ParamValue | undefined {
  if (key === 'dataset') return run.dataset.revision;
  if (key === 'status') return run.status;
  if (key === 'scan') return run.scan?.method ?? null;
  if (key === 'run') return run.id;
  if (key in run.metrics) return run.metrics[key];
  return run.params[key];
}

function matches(run: ReportRun, where: Where): boolean {
  const v = cell(run, where.key);
  if (typeof v === 'number') return Number(where.value) === v;
  return String(v) === where.value;
}

function sortRows(rows: TableRow[], sort: string | undefined, known: Set<string>, goals: Record<string, Goal>): void {
  const byId = (a: TableRow, b: TableRow) => parseExperimentNumber(a.id) - parseExperimentNumber(b.id);
  if (!sort) {
    rows.sort(byId);
    return;
  }
  const m = /^(.+?)(?::(asc|desc))?$/.exec(sort)!;
  const key = m[1];
  if (!known.has(key)) throw badInput(`--sort '${sort}': no column '${key}'.${didYouMean(key, known)}`);
  const descending = m[2] ? m[2] === 'desc' : goals[key] === 'maximize';
  const value = (r: TableRow): ParamValue | undefined =>
    key in goals
      ? r.metrics[key]
      : key === 'dataset' || key === 'status' || key === 'scan'
        ? (r[key] ?? null)
        : key === 'run'
          ? r.id
          : r.params[key];
  rows.sort((a, b) => {
    const [x, y] = [value(a), value(b)];
    // Failed runs and missing values go last whichever way the column is sorted.
    if (x === undefined || x === null) return y === undefined || y === null ? byId(a, b) : 1;
    if (y === undefined || y === null) return -1;
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return (descending ? -order : order) || byId(a, b);
  });
}
