/** A parameter value as config_resolved.yaml holds it at a dotted path. */
export type ParamValue = string | number | boolean | null;

export type Goal = 'maximize' | 'minimize';

/** Everything the report, show and compare read from one run folder, validated by the app before it gets here. */
export interface ReportRun {
  id: string;
  folder: string;
  status: 'ok' | 'failed';
  error?: string;
  dataset: { id: string; revision: string };
  createdUtc: string;
  intent: string;
  configPath: string;
  configHash: string;
  backend: string;
  /** config_resolved.yaml flattened to dotted keys (`architecture.width`), without `dataset`. */
  params: Record<string, ParamValue>;
  /** The primary metric, loss, the other eval scores and the p50 latency; absent values are simply missing. */
  metrics: Record<string, number>;
  primary: { name: string; goal: Goal };
  scan?: { method: string; trial: number; hash: string };
  history: Array<{ epoch: number; [key: string]: number }>;
  confusion?: { labels: string[]; counts: number[][] };
  notes?: { intent?: string; nextDecision?: string };
  stamp: { gitCommit: string; gitBranch: string; dirty: boolean; modelId: string; modelRevision: string; seed: number };
  trainExamples?: number;
}

// Scores where smaller is better, by name; every other metric is maximized unless it is the primary with a goal.
const MINIMIZED = /(^|_)(loss|error|latency|seconds|rss|time)(_|$)/;

/** The direction in which a metric improves for this run set. */
export function metricGoal(name: string, primary?: { name: string; goal: Goal }): Goal {
  if (primary && primary.name === name) return primary.goal;
  return MINIMIZED.test(name) ? 'minimize' : 'maximize';
}

/** An object flattened to dotted keys; arrays and scalars are leaves. */
export function flattenParams(value: Record<string, unknown>, prefix = ''): Record<string, ParamValue> {
  const out: Record<string, ParamValue> = {};
  for (const [key, v] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      Object.assign(out, flattenParams(v as Record<string, unknown>, path));
    } else if (Array.isArray(v)) {
      out[path] = JSON.stringify(v);
    } else {
      out[path] = v as ParamValue;
    }
  }
  return out;
}

/** Rounded for people: integers whole, other numbers to four significant digits (exact values stay in JSON). */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(4)));
}

/** A change with its sign: `+0.0123`, `-3`, `±0`. */
export function formatDelta(value: number): string {
  if (value === 0) return '±0';
  return `${value > 0 ? '+' : '-'}${formatNumber(Math.abs(value))}`;
}

export function formatParam(value: ParamValue | undefined): string {
  if (value === undefined) return '-';
  return typeof value === 'number' ? formatNumber(value) : String(value);
}
