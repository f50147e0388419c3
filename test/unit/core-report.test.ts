import { reportRows, type RunSummary } from '../../src/core/report.js';

const run = (experimentId: string): RunSummary => ({
  experimentId,
  dataset: 'mnist',
  configHash: `sha256:${'c'.repeat(64)}`,
});

test('orders runs by experiment number, so E10000 follows E9999 once ids outgrow four digits', () => {
  const rows = reportRows(['E10000', 'E0002', 'E9999', 'E0010', 'E100000'].map(run));
  expect(rows.map((r) => r.run)).toEqual(['E0002', 'E0010', 'E9999', 'E10000', 'E100000']);
});
