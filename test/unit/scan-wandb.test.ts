import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { convertWandbSweep, parseScanYaml, resolveScan, type ScanSpec } from '../../src/core/scan/index.js';
import { sampleRandomTrial } from '../../src/core/scan/sample-random.js';
import { fixture, SCAN_FIXTURES, thrownMessage } from '../fixtures/scans/helpers.js';

interface Range {
  min: number;
  max: number;
  log?: boolean;
  integer?: boolean;
  step?: number;
}
interface Expected {
  refused?: string;
  method?: string;
  max_trials?: number;
  grid_size?: number;
  dropped?: number;
  goal?: string;
  absent?: string[];
  constants?: Record<string, unknown>;
  values?: Record<string, unknown[]>;
  frequencies?: Record<string, Record<string, number>>;
  ranges?: Record<string, Range>;
  normal?: Record<string, { mu: number; sigma: number; log?: boolean }>;
  early_terminate?: unknown;
}

const expectations = JSON.parse(fixture('expected.json')) as Record<string, Expected>;
const files = readdirSync(join(SCAN_FIXTURES, 'wandb'))
  .filter((f) => f.endsWith('.yaml'))
  .sort();
const SAMPLES = 600;

/** Draws from the converted scan's prior, as the random method makes them (before in-plan de-duplication). */
function samples(spec: ScanSpec): Record<string, unknown>[] {
  return Array.from({ length: SAMPLES }, (_, i) => sampleRandomTrial({ ...spec, seed: 11 }, i));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

describe('W&B sweep corpus', () => {
  test('holds at least 15 files, each with an expectation', () => {
    expect(files.length).toBeGreaterThanOrEqual(15);
    expect(Object.keys(expectations).sort()).toEqual(files);
  });

  test.each(files)('%s converts with W&B semantics or is refused with one file:line:col line', (file) => {
    const expected = expectations[file];
    const text = fixture(`wandb/${file}`);
    if (expected.refused) {
      const message = thrownMessage(() => convertWandbSweep(text, `wandb/${file}`));
      expect(message.slice(0, expected.refused.length)).toBe(expected.refused);
      expect(message).not.toContain('\n');
      return;
    }
    const { yaml, spec, dropped } = convertWandbSweep(text, `wandb/${file}`);
    expect(parseScanYaml(yaml, 'configs/scan.yaml')).toEqual(spec);
    expect(spec.method).toBe(expected.method);
    if (expected.max_trials) expect(spec.max_trials).toBe(expected.max_trials);
    expect(dropped).toHaveLength(expected.dropped ?? 0);
    if (expected.goal) expect(spec.metric.goal).toBe(expected.goal);
    if (expected.early_terminate) expect(spec.early_terminate).toEqual(expected.early_terminate);
    for (const name of expected.absent ?? []) expect(spec.parameters[name]).toBeUndefined();

    if (spec.method === 'grid') {
      const { trials } = resolveScan(spec);
      expect(trials).toHaveLength(expected.grid_size!);
      for (const [name, values] of Object.entries(expected.values ?? {}))
        expect([...new Set(trials.map((t) => t.params[name]))]).toEqual(values);
      for (const [name, value] of Object.entries(expected.constants ?? {}))
        expect(trials.every((t) => t.params[name] === value)).toBe(true);
      return;
    }
    const drawn = samples(spec);
    for (const [name, value] of Object.entries(expected.constants ?? {}))
      expect(drawn.every((p) => p[name] === value)).toBe(true);
    for (const [name, values] of Object.entries(expected.values ?? {}))
      expect(new Set(drawn.map((p) => p[name]))).toEqual(new Set(values));
    for (const [name, freq] of Object.entries(expected.frequencies ?? {})) {
      for (const [value, p] of Object.entries(freq))
        expect(Math.abs(drawn.filter((d) => d[name] === value).length / drawn.length - p)).toBeLessThan(0.06);
    }
    for (const [name, range] of Object.entries(expected.ranges ?? {}))
      checkRange(
        drawn.map((p) => p[name] as number),
        range,
      );
    for (const [name, n] of Object.entries(expected.normal ?? {})) {
      const xs = drawn.map((p) => p[name] as number).map((x) => (n.log ? Math.log(x) : x));
      expect(Math.abs(median(xs) - n.mu)).toBeLessThan(0.15 * n.sigma);
      const within = xs.filter((x) => Math.abs(x - n.mu) < n.sigma).length / xs.length;
      expect(Math.abs(within - 0.6827)).toBeLessThan(0.06);
    }
  });
});

/** All draws inside the W&B range, reaching both ends, centred on the right scale (log or linear). */
function checkRange(xs: number[], range: Range): void {
  const scale = (x: number) => (range.log ? Math.log(x) : x);
  const lo = scale(range.min);
  const hi = scale(range.max);
  const tol = 1e-9 * Math.max(1, Math.abs(range.max));
  expect(Math.min(...xs)).toBeGreaterThanOrEqual(range.min - tol);
  expect(Math.max(...xs)).toBeLessThanOrEqual(range.max + tol);
  expect(scale(Math.min(...xs)) - lo).toBeLessThan(
    0.05 * (hi - lo) + (range.step ? scale(range.min + range.step) - lo : 0),
  );
  expect(hi - scale(Math.max(...xs))).toBeLessThan(
    0.05 * (hi - lo) + (range.step ? hi - scale(range.max - range.step) : 0),
  );
  expect(Math.abs(median(xs.map(scale)) - (lo + hi) / 2)).toBeLessThan(0.1 * (hi - lo) + (range.integer ? 0.5 : 0));
  if (range.integer) expect(xs.every(Number.isInteger)).toBe(true);
  if (range.step) expect(xs.every((x) => Math.abs(x / range.step! - Math.round(x / range.step!)) < 1e-9)).toBe(true);
}

describe('convertWandbSweep', () => {
  test("turns W&B's exponent log_uniform into log_uniform_values with e^min, e^max and says so", () => {
    const { spec, notes, yaml } = convertWandbSweep(
      'method: random\nrun_cap: 5\nparameters:\n  lr: {distribution: log_uniform, min: -9.21, max: -2.3}\n',
      'w.yaml',
    );
    expect(spec.parameters.lr).toEqual({
      distribution: 'log_uniform_values',
      min: Number(Math.exp(-9.21).toPrecision(12)),
      max: Number(Math.exp(-2.3).toPrecision(12)),
    });
    expect(notes.some((n) => n.startsWith('parameters.lr: W&B log_uniform exponents [-9.21, -2.3]'))).toBe(true);
    expect(yaml).toContain('# note: parameters.lr: W&B log_uniform exponents');
  });

  test('reads the file as YAML 1.1 like W&B: yes/no are booleans, !!float 1 is a float', () => {
    const { spec } = convertWandbSweep(
      'method: random\nrun_cap: 5\nparameters:\n  a: {values: [yes, no]}\n  b: {min: 1, max: !!float 3}\n',
      'w.yaml',
    );
    expect(spec.parameters.a).toEqual({ distribution: 'categorical', values: [true, false] });
    expect(spec.parameters.b.distribution).toBe('uniform');
  });

  test('reports hosting keys as dropped and keeps program and command, which run the parameters', () => {
    const { dropped, spec, yaml } = convertWandbSweep(fixture('wandb/07-launch-keys.yaml'), 'w.yaml');
    expect(dropped.map((d) => d.split(':')[0]).sort()).toEqual(['entity', 'project']);
    expect(spec.program).toBe('train.py');
    expect(spec.command).toEqual(['${env}', 'python', '${program}', '${args}']);
    expect(yaml).toContain('program: train.py');
  });

  test("keeps a whole number written as a float ('0.0') and a YAML 1.1 string number ('1e-4') as W&B passes them", () => {
    const text = 'program: t.py\nmethod: grid\nparameters:\n  wd: {values: [0.0, 1e-4, 2]}\n';
    const { yaml, notes } = convertWandbSweep(text, 'w.yaml');
    expect(yaml).toContain('values: [ 0.0, "1e-4", 2 ]');
    expect(notes).toContain(
      "parameters.wd: '1e-4' is a string to W&B's YAML 1.1 loader; kept as the string W&B's agent passes",
    );
  });

  test('notes a YAML 1.1 string number in values of a sweep for the built-in trainer, read as the number', () => {
    const { notes } = convertWandbSweep('method: grid\nparameters:\n  learning_rate: {values: [1e-4]}\n', 'w.yaml');
    expect(notes).toContain(
      "parameters.learning_rate: '1e-4' is a string to W&B's YAML 1.1 loader; read as the number 0.0001",
    );
  });

  test('refuses a file already in mtrack syntax', () => {
    expect(thrownMessage(() => convertWandbSweep(fixture('mtrack/grid.yaml'), 'scan.yaml'))).toMatch(
      /^scan\.yaml:1:1 scan: expected a W&B sweep file/,
    );
  });
});
