/**
 * What a command trainer reports: JSON lines appended to $MTRACK_METRICS_OUT. A line with an `epoch` is a history
 * row, any other line is (part of) the final summary; later values win. The old contract (one full metrics.json
 * object with `primary_metric`) is still read as it was.
 */
export type MetricRow = { epoch: number; [name: string]: number };

export interface Reported {
  history: MetricRow[];
  summary: Record<string, number>;
  /** Non-numeric summary entries the spec names (resource_profile, a string device). */
  extra: Record<string, unknown>;
  legacy?: Record<string, unknown>;
  /** The first line that is not a JSON object, 1-based. */
  badLine?: number;
}

// Python's json.dumps writes NaN / Infinity, which JSON.parse refuses; a NaN metric must fail the run, not the parse.
const NON_FINITE = /(?<=[:,[]\s*)(-?Infinity|NaN)(?=\s*[,}\]])/g;

const MARK = '@mtrack-non-finite:';

/** Parses one JSON line; undefined when it is not a JSON object. */
export function parseMetricLine(line: string): Record<string, unknown> | undefined {
  try {
    const v: unknown = JSON.parse(line.replace(NON_FINITE, `"${MARK}$1"`), (_k, x: unknown) =>
      typeof x === 'string' && x.startsWith(MARK) ? Number(x.slice(MARK.length)) : x,
    );
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Every line of the metrics file, in order. */
export function readReported(text: string): Reported {
  const out: Reported = { history: [], summary: {}, extra: {} };
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].trim()) continue;
    const row = parseMetricLine(lines[i]);
    if (!row) {
      out.badLine ??= i + 1;
      continue;
    }
    if ('primary_metric' in row && 'profiling' in row) {
      out.legacy = row;
      continue;
    }
    addRow(out, row);
  }
  return out;
}

export function addRow(out: Reported, row: Record<string, unknown>): void {
  const numbers = Object.fromEntries(
    Object.entries(row).filter((e): e is [string, number] => typeof e[1] === 'number'),
  );
  if (typeof row.epoch === 'number' && Number.isInteger(row.epoch) && row.epoch >= 1)
    out.history.push(numbers as MetricRow);
  else Object.assign(out.summary, numbers);
  for (const [k, v] of Object.entries(row)) if (typeof v !== 'number') out.extra[k] = v;
}

export type Outcome = { ok: true; primary: number; finals: Record<string, number> } | { ok: false; reason: string };

/** The primary metric and final values; an absent or non-finite metric is a failure naming what was reported. */
export function judgeReported(r: Reported, metric: string): Outcome {
  if (r.badLine !== undefined) return { ok: false, reason: `metrics file line ${r.badLine} is not a JSON object` };
  const last = r.history.at(-1) ?? {};
  const finals: Record<string, number> = { ...last, ...r.summary };
  delete finals.epoch;
  const names = [...new Set([...r.history.flatMap((h) => Object.keys(h)), ...Object.keys(r.summary)])].filter(
    (n) => n !== 'epoch',
  );
  if (names.length === 0) return { ok: false, reason: 'the script reported no metrics' };
  const value = finals[metric];
  if (value === undefined)
    return {
      ok: false,
      reason: `metric '${metric}' was not reported; the script reported: ${names.sort().join(', ')}`,
    };
  if (!Number.isFinite(value)) return { ok: false, reason: `metric '${metric}' is ${value}` };
  return { ok: true, primary: value, finals };
}
