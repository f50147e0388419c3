/** What a run recorded or a reproduction produced, as far as the comparison reads it. */
export interface RunOutcome {
  metrics: {
    primary_metric: { name: string; value: number };
    loss?: number;
    eval: Record<string, number>;
    train?: { examples: number; epochs: number };
    history: Record<string, number | undefined>[];
  };
  /** `artifacts/...` path -> sha256 (manifest outputs.artifacts). */
  artifacts: Record<string, string>;
}

export interface Check {
  name: string;
  recorded: number | string | null;
  reproduced: number | string | null;
  delta?: number | null;
  ok: boolean;
}

export interface Comparison {
  comparison: 'bit-exact' | 'tolerance';
  tolerance?: number;
  checks: Check[];
  verdict: 'reproduced' | 'not-reproduced';
}

/** Relative tolerance for metrics reproduced on another backend or platform (float summation order differs). */
export const CROSS_BACKEND_TOLERANCE = 0.02;

// Wall-clock measurements never reproduce; everything else a trainer reports is a function of its inputs.
const TIMING_KEYS = new Set(['seconds']);

/**
 * Compares a reproduction with the recorded run: on the same backend and platform every metric and every artifact
 * hash must be identical (the built-in trainer is deterministic there); otherwise metrics must agree within
 * CROSS_BACKEND_TOLERANCE and differing weights are reported but expected.
 */
export function compareRuns(recorded: RunOutcome, reproduced: RunOutcome, exact: boolean): Comparison {
  const checks: Check[] = [];
  const num = (name: string, a: number | undefined, b: number | undefined) => {
    const delta = a === undefined || b === undefined ? null : b - a;
    const ok = exact
      ? Object.is(a, b)
      : delta !== null && Math.abs(delta) <= CROSS_BACKEND_TOLERANCE * Math.max(1, Math.abs(a!));
    checks.push({ name, recorded: a ?? null, reproduced: b ?? null, delta, ok });
  };
  const r = recorded.metrics;
  const p = reproduced.metrics;
  num(`primary ${r.primary_metric.name}`, r.primary_metric.value, p.primary_metric.value);
  num('loss', r.loss, p.loss);
  for (const key of union(Object.keys(r.eval), Object.keys(p.eval))) num(`eval.${key}`, r.eval[key], p.eval[key]);
  if (r.train) {
    num('train.examples', r.train.examples, p.train?.examples);
    num('train.epochs', r.train.epochs, p.train?.epochs);
  }
  const epochs = Math.max(r.history.length, p.history.length);
  for (let i = 0; i < epochs; i++) {
    const [a, b] = [r.history[i] ?? {}, p.history[i] ?? {}];
    for (const key of union(Object.keys(a), Object.keys(b)))
      if (key !== 'epoch' && !TIMING_KEYS.has(key)) num(`history[${i + 1}].${key}`, a[key], b[key]);
  }
  for (const path of union(Object.keys(recorded.artifacts), Object.keys(reproduced.artifacts))) {
    const [a, b] = [recorded.artifacts[path] ?? null, reproduced.artifacts[path] ?? null];
    // Across backends weights differ in their last bits by design: reported, not held against the verdict.
    checks.push({ name: path, recorded: a, reproduced: b, ok: exact ? a === b : true });
  }
  return {
    comparison: exact ? 'bit-exact' : 'tolerance',
    ...(exact ? {} : { tolerance: CROSS_BACKEND_TOLERANCE }),
    checks,
    verdict: checks.every((c) => c.ok) ? 'reproduced' : 'not-reproduced',
  };
}

function union(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])].sort();
}
