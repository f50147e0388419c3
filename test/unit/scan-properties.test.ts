import fc from 'fast-check';
import { stringify } from 'yaml';
import {
  parseScanYaml,
  resolveScan,
  type Observation,
  type ParamSpec,
  type ScanSpec,
} from '../../src/core/scan/index.js';
// Grids up to 10,000 points keep each property run fast; the 100,000-point cap itself is tested in the bad-input e2e test.
const PROPERTY_GRID_CAP = 10_000;
import { sampleRandomTrial } from '../../src/core/scan/sample-random.js';
import { stableKey, stepRange } from '../../src/core/scan/space.js';

const noNegZero = (x: number) => x || 0;
const real = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true }).map(noNegZero);
const ordered = (a: fc.Arbitrary<number>) =>
  fc
    .tuple(a, a)
    .filter(([x, y]) => x !== y)
    .map(([x, y]) => [Math.min(x, y), Math.max(x, y)] as const);
const step = fc.constantFrom(0.1, 0.25, 0.5, 1, 2, 16);
const hasStep = (p: { min: number; max: number; q: number }) => stepRange(p).first <= stepRange(p).last;
const scalar = fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.string({ maxLength: 6 }), fc.boolean());

const numeric: fc.Arbitrary<ParamSpec> = fc.oneof(
  ordered(real(-1e4, 1e4)).map(([min, max]) => ({ distribution: 'uniform' as const, min, max })),
  ordered(fc.integer({ min: -100, max: 100 })).map(([min, max]) => ({
    distribution: 'int_uniform' as const,
    min,
    max,
  })),
  ordered(real(1e-8, 1e4)).map(([min, max]) => ({ distribution: 'log_uniform_values' as const, min, max })),
  fc
    .tuple(ordered(real(-100, 100)), step)
    .map(([[min, max], q]) => ({ distribution: 'q_uniform' as const, min, max, q }))
    .filter(hasStep),
  fc
    .tuple(ordered(real(1e-3, 1e3)), step)
    .map(([[min, max], q]) => ({ distribution: 'q_log_uniform_values' as const, min, max, q }))
    .filter(hasStep),
  fc.tuple(real(-100, 100), real(0.01, 50)).map(([mu, sigma]) => ({ distribution: 'normal' as const, mu, sigma })),
  fc.tuple(real(-10, 5), real(0.01, 3)).map(([mu, sigma]) => ({ distribution: 'log_normal' as const, mu, sigma })),
);
const categorical = (withProbabilities: boolean): fc.Arbitrary<ParamSpec> =>
  fc.uniqueArray(scalar, { minLength: 1, maxLength: 5, selector: stableKey }).chain((values) =>
    withProbabilities
      ? fc.array(fc.integer({ min: 1, max: 9 }), { minLength: values.length, maxLength: values.length }).map((w) => {
          const total = w.reduce((a, b) => a + b, 0);
          return { distribution: 'categorical' as const, values, probabilities: w.map((x) => x / total) };
        })
      : fc.constant({ distribution: 'categorical' as const, values }),
  );
const constant: fc.Arbitrary<ParamSpec> = scalar.map((value) => ({ distribution: 'constant' as const, value }));
const NAMES = [
  'lr',
  'batch_size',
  'architecture.width',
  'architecture.blocks',
  'dropout',
  'optimizer',
  'eval.batch_size',
];

const parameters = (param: fc.Arbitrary<ParamSpec>) =>
  fc
    .uniqueArray(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 5 })
    .chain((names) =>
      fc.tuple(...names.map(() => param)).map((specs) => Object.fromEntries(names.map((n, i) => [n, specs[i]]))),
    );
const anyParam = fc.oneof(numeric, categorical(true), categorical(false), constant);
const spec = (method: 'random' | 'bayes', maxTrials: fc.Arbitrary<number>) =>
  fc.record({
    method: fc.constant(method),
    max_trials: maxTrials,
    seed: fc.integer({ min: 0, max: 0xffffffff }),
    metric: fc.record({
      name: fc.constant('accuracy'),
      goal: fc.constantFrom('maximize' as const, 'minimize' as const),
    }),
    parameters: parameters(anyParam),
  }) as fc.Arbitrary<ScanSpec>;

/** True when `v` is a value the parameter's distribution can produce, of the right type. */
function inSupport(p: ParamSpec, v: unknown): boolean {
  const near = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  const within = (x: number, min: number, max: number) => (x >= min && x <= max) || near(x, min) || near(x, max);
  switch (p.distribution) {
    case 'constant':
      return stableKey(v) === stableKey(p.value);
    case 'categorical':
      return p.values.some((x) => stableKey(x) === stableKey(v));
    case 'uniform':
    case 'log_uniform_values':
      return typeof v === 'number' && within(v, p.min, p.max);
    case 'int_uniform':
      return Number.isInteger(v) && within(v as number, p.min, p.max);
    case 'q_uniform':
    case 'q_log_uniform_values':
      return typeof v === 'number' && within(v, p.min, p.max) && near(v / p.q, Math.round(v / p.q));
    case 'normal':
      return typeof v === 'number' && Number.isFinite(v);
    case 'log_normal':
      return typeof v === 'number' && Number.isFinite(v) && v > 0;
  }
}

function allInSupport(s: ScanSpec, params: Record<string, unknown>): boolean {
  const names = Object.keys(s.parameters).sort();
  return (
    stableKey(Object.keys(params).sort()) === stableKey(names) &&
    names.every((n) => inSupport(s.parameters[n], params[n]))
  );
}

/** A history for a scan: prior draws from another seed, with arbitrary metric values and failures. */
const withHistory = (s: ScanSpec) =>
  fc.array(fc.option(real(-100, 100), { nil: null, freq: 5 }), { maxLength: 14 }).map((values) => {
    const history: Observation[] = values.map((value, i) => ({
      params: sampleRandomTrial({ ...s, seed: s.seed ^ 0x5bd1e995 }, i),
      value,
    }));
    return { spec: { ...s, max_trials: history.length + (s.max_trials ?? 1) }, history };
  });

/** How many values a grid parameter has, counted by brute force (independently of gridValues). */
function valueCount(p: ParamSpec): number {
  if (p.distribution === 'constant') return 1;
  if (p.distribution === 'categorical') return p.values.length;
  if (p.distribution === 'int_uniform') return p.max - p.min + 1;
  if (p.distribution !== 'q_uniform') throw new Error(`not a grid parameter: ${p.distribution}`);
  let count = 0;
  for (let k = Math.floor(p.min / p.q) - 2; k <= Math.ceil(p.max / p.q) + 2; k++) {
    if (k * p.q >= p.min - 1e-9 && k * p.q <= p.max + 1e-9) count++;
  }
  return count;
}

describe('scan resolution properties', () => {
  test('random: the same spec gives the same plan, and every sample is within its bounds and type', () => {
    fc.assert(
      fc.property(spec('random', fc.integer({ min: 1, max: 20 })), (s) => {
        const plan = resolveScan(s);
        expect(resolveScan(structuredClone(s))).toEqual(plan);
        expect(plan.trials.length + plan.skipped.length).toBe(s.max_trials);
        for (const t of plan.trials) expect(allInSupport(s, t.params)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  test('bayes: the same spec + history + seed gives the same plan, every suggestion within bounds and type', () => {
    fc.assert(
      fc.property(spec('bayes', fc.integer({ min: 1, max: 3 })).chain(withHistory), ({ spec: s, history }) => {
        const plan = resolveScan(s, history);
        expect(resolveScan(structuredClone(s), structuredClone(history))).toEqual(plan);
        expect(plan.trials.length + plan.skipped.length).toBe(s.max_trials! - history.length);
        expect(plan.trials.map((t) => t.index)).toEqual(
          plan.trials.map((_, i) => history.length + i).slice(0, plan.trials.length),
        );
        for (const t of plan.trials) expect(allInSupport(s, t.params)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  test('grid: the plan size is the product of the value counts and every point is distinct', () => {
    const gridParam = fc.oneof(
      categorical(false),
      constant,
      ordered(fc.integer({ min: -5, max: 5 })).map(([min, max]) => ({
        distribution: 'int_uniform' as const,
        min,
        max,
      })),
      fc
        .tuple(ordered(real(-2, 2)), fc.constantFrom(0.25, 0.5, 1))
        .map(([[min, max], q]) => ({ distribution: 'q_uniform' as const, min, max, q }))
        .filter(hasStep),
    );
    const withinCap = (params: Record<string, ParamSpec>) =>
      Object.values(params).reduce((n, p) => n * valueCount(p), 1) <= PROPERTY_GRID_CAP;
    fc.assert(
      fc.property(parameters(gridParam).filter(withinCap), (params) => {
        const s: ScanSpec = { method: 'grid', seed: 0, metric: { name: 'm', goal: 'maximize' }, parameters: params };
        const { trials, skipped } = resolveScan(s);
        const product = Object.values(params).reduce((n, p) => n * valueCount(p), 1);
        expect(skipped).toEqual([]);
        expect(trials).toHaveLength(product);
        expect(new Set(trials.map((t) => stableKey(t.params))).size).toBe(product);
        for (const t of trials) expect(allInSupport(s, t.params)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  test('a spec written out as mtrack YAML parses back to the same spec', () => {
    fc.assert(
      fc.property(spec('random', fc.integer({ min: 1, max: 50 })), (s) => {
        const text = stringify({ scan: s });
        expect(parseScanYaml(text, 'configs/scan.yaml')).toEqual(s);
      }),
      { numRuns: 150 },
    );
  });
});

test('bayes keeps a log range whose bounds are a few ulps apart inside its support (was: suggested 0)', () => {
  const blocks = {
    distribution: 'log_uniform_values' as const,
    min: 1.0000000000000002e-8,
    max: 1.0000000000000004e-8,
  };
  const history = Array.from({ length: 7 }, (_, i) => ({
    params: { 'architecture.blocks': blocks.max },
    value: i === 6 ? 0 : null,
  }));
  const plan = resolveScan(
    {
      method: 'bayes',
      max_trials: 8,
      seed: 0,
      metric: { name: 'accuracy', goal: 'maximize' },
      parameters: { 'architecture.blocks': blocks },
    },
    history,
  );
  for (const t of plan.trials) {
    expect(t.params['architecture.blocks']).toBeGreaterThanOrEqual(blocks.min);
    expect(t.params['architecture.blocks']).toBeLessThanOrEqual(blocks.max);
  }
});
