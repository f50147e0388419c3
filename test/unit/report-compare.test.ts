import {
  compareRuns,
  comparisonRows,
  diffDatasets,
  formatDatasetDiff,
  formatRunSummary,
  pickReference,
} from '../../src/core/report/index.js';
import { closestMatch } from '../../src/core/suggest.js';
import { reportRun } from '../helpers/report-runs.js';

const d1 = {
  id: 'mnist',
  revision: 'D0001',
  splits: {
    train: { examples: 5, hash: 'h1', classes: [3, 2] },
    test: { examples: 4, hash: 't', classes: [2, 2] },
    heldout_new: { examples: 3, hash: 'h', classes: [1, 2] },
  },
};
const d2 = {
  id: 'mnist',
  revision: 'D0002',
  splits: { train: { examples: 8, hash: 'h2', classes: [4, 4] }, test: { examples: 4, hash: 't', classes: [2, 2] } },
};

test('a dataset diff counts examples added per split and per class, and notices unchanged bytes', () => {
  const diff = diffDatasets(d1, d2);
  expect(diff.splits.map((s) => [s.split, s.added, s.sameBytes])).toEqual([
    ['train', 3, false],
    ['test', 0, true],
    ['heldout_new', -3, false],
  ]);
  expect(diff.splits[0].classes!.map((c) => c.added)).toEqual([1, 2]);
  expect(formatDatasetDiff(diff)).toEqual([
    'mnist D0001 -> D0002',
    '  train: 5 -> 8 (+3; per class 0 +1, 1 +2)',
    '  test: 4 -> 4 (±0, same bytes)',
    '  heldout_new: 3 -> 0 (-3; per class 0 -1, 1 -2)',
  ]);
});

test('without readable labels the diff keeps per-split counts and leaves classes out', () => {
  const bare = { ...d2, splits: { train: { examples: 8, hash: 'h2' } } };
  expect(diffDatasets(d1, bare).splits[0]).toEqual({ split: 'train', from: 5, to: 8, added: 3, sameBytes: false });
});

test('compare lists only differing params and metric deltas against the first run', () => {
  const a = reportRun(1);
  const b = reportRun(4, { params: { ...a.params, learning_rate: 0.003 }, metrics: { accuracy: 0.95, loss: 0.2 } });
  const c = compareRuns([a, b]);
  expect(c.params).toEqual([{ key: 'learning_rate', values: [0.001, 0.003] }]);
  expect(c.metrics[0].name).toBe('accuracy');
  expect(c.metrics[0].deltas[1]).toBeCloseTo(0.05, 12);
  expect(comparisonRows(c).metrics[1]).toEqual({ metric: 'loss ↓', E0001: '0.3', E0004: '0.2 (-0.1)' });
  expect(() => compareRuns([a])).toThrow(/at least two runs/);
});

test('a run is measured against the latest earlier plain run of the same config', () => {
  const runs = [
    reportRun(1),
    reportRun(2, { scan: { method: 'grid', trial: 0, hash: 'sha256:x' } }),
    reportRun(3, { status: 'failed' }),
    reportRun(4, { metrics: { accuracy: 0.95, loss: 0.25 } }),
  ];
  expect(pickReference(runs[3], runs)?.id).toBe('E0001');
  expect(pickReference(runs[1], runs)?.id).toBe('E0001');
  expect(pickReference(runs[0], runs)).toBeUndefined();
  expect(formatRunSummary(runs[3], runs[0])).toBe(
    'E0004 on D0001: accuracy 0.95 (+0.05)\n  loss 0.25 (-0.05)\n  changes against E0001 (D0001)\n',
  );
});

test('suggests the closest name for a typo and nothing for an unrelated word', () => {
  expect(closestMatch('reprot', ['report', 'run', 'show'])).toBe('report');
  expect(closestMatch('josn', ['json', 'repo'])).toBe('json');
  expect(closestMatch('frobnicate', ['report', 'run', 'show'])).toBeUndefined();
});
