import { compareRuns, type RunOutcome } from '../../src/core/reproduce/compare-runs.js';
import { INDEX_MARKER, renderRunIndex, type IndexRow } from '../../src/core/index/run-index.js';

const outcome = (accuracy: number, weights = 'sha256:aa'): RunOutcome => ({
  metrics: {
    primary_metric: { name: 'accuracy', value: accuracy },
    loss: 0.3,
    eval: { accuracy, precision_macro: 0.9 },
    train: { examples: 300, epochs: 1 },
    history: [{ epoch: 1, loss: 0.5, seconds: 3.2 }],
  },
  artifacts: { 'artifacts/model/weights.bin': weights },
});

describe('compareRuns', () => {
  test('same backend: identical metrics and weights are reproduced, and wall-clock seconds are ignored', () => {
    const again = outcome(0.9);
    again.metrics.history[0].seconds = 9.9;
    const c = compareRuns(outcome(0.9), again, true);
    expect(c.verdict).toBe('reproduced');
    expect(c.checks.map((x) => x.name)).not.toContain('history[1].seconds');
  });

  test('same backend: one ulp of difference or another weights hash is not reproduced', () => {
    expect(compareRuns(outcome(0.9), outcome(0.9 + Number.EPSILON), true).verdict).toBe('not-reproduced');
    const c = compareRuns(outcome(0.9), outcome(0.9, 'sha256:bb'), true);
    expect(c.verdict).toBe('not-reproduced');
    expect(c.checks.filter((x) => !x.ok).map((x) => x.name)).toEqual(['artifacts/model/weights.bin']);
  });

  test('another backend: metrics within the tolerance reproduce and differing weights are reported, not held against it', () => {
    const c = compareRuns(outcome(0.9), outcome(0.905, 'sha256:bb'), false);
    expect(c).toMatchObject({ comparison: 'tolerance', tolerance: 0.02, verdict: 'reproduced' });
    expect(c.checks.find((x) => x.name === 'eval.accuracy')!.delta).toBeCloseTo(0.005);
    expect(compareRuns(outcome(0.9), outcome(0.8), false).verdict).toBe('not-reproduced');
  });
});

describe('renderRunIndex', () => {
  const row = (id: string, intent = 'x'): IndexRow => ({
    experimentId: id,
    date: '2026-02-08',
    dataset: 'mnist D0001',
    model: 'resnet16x1',
    primary: 'accuracy 0.9000',
    intent,
    status: 'ok',
  });

  test('keeps the text above the marker, one line per run sorted by number, cells escaped', () => {
    const first = renderRunIndex('# Experiments\n\nOur notes.\n', [row('E10000'), row('E0002', 'a | b\nc')]);
    expect(first.startsWith(`# Experiments\n\nOur notes.\n\n${INDEX_MARKER}\n`)).toBe(true);
    const lines = first.split('\n').filter((l) => l.startsWith('| E'));
    expect(lines).toEqual([
      '| E0002 | 2026-02-08 | mnist D0001 | resnet16x1 | accuracy 0.9000 | a \\| b c | ok |',
      '| E10000 | 2026-02-08 | mnist D0001 | resnet16x1 | accuracy 0.9000 | x | ok |',
    ]);
    const second = renderRunIndex(first, [row('E0002', 'a | b\nc'), row('E10000'), row('E0003')]);
    expect(second.split(INDEX_MARKER)[0]).toBe(first.split(INDEX_MARKER)[0]);
    expect(
      second
        .split('\n')
        .filter((l) => l.startsWith('| E'))
        .map((l) => l.slice(2, 7)),
    ).toEqual(['E0002', 'E0003', 'E1000']);
  });
});
