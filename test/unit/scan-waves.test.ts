import { parseScanYaml, resolveScan, trialOutsideSpace, type Observation } from '../../src/core/scan/index.js';
import { workflowFile } from '../../src/app/action/next-wave.js';

const spec = (method: string, maxTrials = 9) =>
  parseScanYaml(
    `scan:
  method: ${method}
  max_trials: ${maxTrials}
  seed: 3
  metric: {name: m, goal: minimize}
  parameters:
    lr: {distribution: log_uniform_values, min: 0.001, max: 0.1}
    width: {values: [32, 64, 128]}
    blocks: {distribution: int_uniform, min: 1, max: 4}
    epochs: {value: 2}
`,
    'configs/scan.yaml',
  );

const score = (p: Record<string, unknown>) => Math.abs(Math.log10(p.lr as number) + 2) + (p.width === 64 ? 0 : 1);

describe('bayes in waves (the Action)', () => {
  test('a wave holds waveSize trials numbered after the history, and the last wave only what max_trials leaves', () => {
    const first = resolveScan(spec('bayes', 5), [], { waveSize: 3 });
    expect(first.trials.map((t) => t.index)).toEqual([0, 1, 2]);
    const history = first.trials.map((t) => ({ params: t.params, value: score(t.params) }));
    expect(resolveScan(spec('bayes', 5), history, { waveSize: 3 }).trials.map((t) => t.index)).toEqual([3, 4]);
  });

  test('a wave is deterministic, has distinct points, and the next wave depends on the results', () => {
    const wave1 = resolveScan(spec('bayes'), [], { waveSize: 3 }).trials;
    expect(resolveScan(spec('bayes'), [], { waveSize: 3 }).trials).toEqual(wave1);
    expect(new Set(wave1.map((t) => JSON.stringify(t.params))).size).toBe(3);
    const results = (f: (p: Record<string, unknown>) => number): Observation[] =>
      wave1.map((t) => ({ params: t.params, value: f(t.params) }));
    const next = (h: Observation[]) => resolveScan(spec('bayes'), h, { waveSize: 3 }).trials.map((t) => t.params);
    expect(next(results(score))).toEqual(next(results(score)));
    expect(next(results(score))).not.toEqual(next(results((p) => -score(p))));
  });

  test('a failed trial (null) counts as the worst result, as a very bad value would', () => {
    const wave1 = resolveScan(spec('bayes'), [], { waveSize: 3 }).trials;
    const withFailure = wave1.map((t, i) => ({ params: t.params, value: i === 0 ? null : score(t.params) }));
    const withWorst = wave1.map((t, i) => ({ params: t.params, value: i === 0 ? 1e9 : score(t.params) }));
    const next = (h: Observation[]) => resolveScan(spec('bayes'), h, { waveSize: 3 }).trials;
    expect(next(withFailure)).toEqual(next(withWorst));
  });

  test('grid and random ignore the wave size: all their trials resolve at once', () => {
    expect(resolveScan(spec('random'), [], { waveSize: 2 }).trials).toHaveLength(9);
  });
});

describe('trialOutsideSpace: a matrix entry trained as given must be a point of the scan', () => {
  const s = spec('bayes');
  const good = { blocks: 2, epochs: 2, lr: 0.01, width: 64 };
  test.each([
    [good, undefined],
    [{ ...good, lr: 0.5 }, 'lr is 0.5, outside [0.001, 0.1]'],
    [{ ...good, width: 48 }, 'width is 48, not one of its values'],
    [{ ...good, blocks: 2.5 }, 'blocks is 2.5, not a whole number'],
    [{ ...good, epochs: 3 }, "epochs is 3, not the scan's constant 2"],
    [{ ...good, lr: '0.01' }, 'lr is "0.01", not a number'],
    [
      { blocks: 2, epochs: 2, lr: 0.01 },
      'the parameters are blocks, epochs, lr; the scan has blocks, epochs, lr, width',
    ],
    [
      { ...good, extra: 1 },
      'the parameters are blocks, epochs, extra, lr, width; the scan has blocks, epochs, lr, width',
    ],
  ])('%j -> %s', (params, reason) => {
    expect(trialOutsideSpace(s, params as Record<string, unknown>)).toBe(reason);
  });
  test('every point bayes suggests is inside', () => {
    for (const t of resolveScan(s, []).trials) expect(trialOutsideSpace(s, t.params)).toBeUndefined();
  });
});

test('workflowFile reads the file name from GITHUB_WORKFLOW_REF', () => {
  expect(workflowFile('acme/exp/.github/workflows/mtrack-scan.yml@refs/pull/7/merge')).toBe('mtrack-scan.yml');
  expect(workflowFile('acme/exp/.github/workflows/scan.yaml@refs/heads/main')).toBe('scan.yaml');
  expect(workflowFile(undefined)).toBeUndefined();
});
