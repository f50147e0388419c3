import {
  buildRunsTable,
  formatNumber,
  humanRows,
  tableCsv,
  tableJson,
  type ReportRun,
} from '../../src/core/report/index.js';
import { reportRun } from '../helpers/report-runs.js';

const runs: ReportRun[] = [
  reportRun(1, { metrics: { accuracy: 0.91234567, loss: 0.25 } }),
  reportRun(2, {
    params: { learning_rate: 0.003, batch_size: 64, optimizer: 'adam' },
    metrics: { accuracy: 0.95, loss: 0.31 },
  }),
  reportRun(3, { params: { learning_rate: 0.0005, batch_size: 64, optimizer: 'adam' }, status: 'failed', metrics: {} }),
  reportRun(10, { dataset: { id: 'mnist', revision: 'D0002' }, metrics: { accuracy: 0.93, loss: 0.2 } }),
];

test('shows only the parameters that differ between runs, unless every parameter is asked for', () => {
  expect(buildRunsTable(runs).params).toEqual(['learning_rate']);
  expect(buildRunsTable(runs, { allParams: true }).params).toEqual(['batch_size', 'learning_rate', 'optimizer']);
});

test('marks the best run of each metric by its goal: highest accuracy, lowest loss; failed runs never win', () => {
  const table = buildRunsTable(runs);
  const best = (m: string) => table.rows.find((r) => r.best.includes(m))?.id;
  expect(best('accuracy')).toBe('E0002');
  expect(best('loss')).toBe('E0010');
  expect(table.goals).toEqual({ accuracy: 'maximize', loss: 'minimize' });
});

test('a minimized primary metric makes the lowest value best', () => {
  const minimized = runs.map((r) => ({ ...r, primary: { name: 'accuracy', goal: 'minimize' as const } }));
  expect(buildRunsTable(minimized).rows.find((r) => r.best.includes('accuracy'))?.id).toBe('E0001');
});

test('sorts by a metric best first, puts failed runs last, and orders ids numerically by default', () => {
  expect(buildRunsTable(runs, { sort: 'accuracy' }).rows.map((r) => r.id)).toEqual([
    'E0002',
    'E0010',
    'E0001',
    'E0003',
  ]);
  expect(buildRunsTable(runs, { sort: 'loss' }).rows.map((r) => r.id)).toEqual(['E0010', 'E0001', 'E0002', 'E0003']);
  expect(buildRunsTable(runs, { sort: 'learning_rate:desc' }).rows[0].id).toBe('E0002');
  expect(buildRunsTable([runs[3], runs[0]]).rows.map((r) => r.id)).toEqual(['E0001', 'E0010']);
});

test('filters with --where on params, dataset and status, comparing numbers as numbers', () => {
  expect(buildRunsTable(runs, { where: ['learning_rate=1e-3'] }).rows.map((r) => r.id)).toEqual(['E0001', 'E0010']);
  expect(buildRunsTable(runs, { where: ['dataset=D0002'] }).rows.map((r) => r.id)).toEqual(['E0010']);
  expect(buildRunsTable(runs, { where: ['status=failed'] }).rows.map((r) => r.id)).toEqual(['E0003']);
});

test('an unknown --where or --sort key is a one-line error suggesting the closest column', () => {
  expect(() => buildRunsTable(runs, { where: ['learning_rat=1'] })).toThrow(
    /no column 'learning_rat'. Did you mean 'learning_rate'\?/,
  );
  expect(() => buildRunsTable(runs, { sort: 'acuracy' })).toThrow(/Did you mean 'accuracy'\?/);
  expect(() => buildRunsTable(runs, { where: ['nothing'] })).toThrow(/expected key=value/);
  expect(() => buildRunsTable(runs, { baseline: 'E0009' })).toThrow(/--baseline 'E0009': no such run/);
});

test('gives every metric its change against --baseline, exact in JSON and rounded with a sign for people', () => {
  const table = buildRunsTable(runs, { baseline: 'E0001' });
  const row = table.rows.find((r) => r.id === 'E0002')!;
  expect(row.delta!.accuracy).toBeCloseTo(0.95 - 0.91234567, 12);
  expect(humanRows(table).find((r) => r.run === 'E0002')!.accuracy).toBe('0.95 * (+0.03765)');
  expect(table.rows.find((r) => r.id === 'E0003')!.delta).toEqual({});
});

test('rounds for people (4 significant digits) but keeps exact values in JSON and CSV', () => {
  const table = buildRunsTable(runs);
  expect(humanRows(table)[0].accuracy).toBe('0.9123');
  const json = tableJson(table) as { runs: Array<{ metrics: Record<string, number> }> };
  expect(json.runs[0].metrics.accuracy).toBe(0.91234567);
  expect(tableCsv(table).split('\n')[1]).toBe('E0001,ok,D0001,,0.001,0.91234567,0.25');
  expect(formatNumber(1234.5678)).toBe('1235');
  expect(formatNumber(0.000123456)).toBe('0.0001235');
});

test('shows a failed run as failed in every metric cell, in text and Markdown', () => {
  const table = buildRunsTable(runs);
  expect(humanRows(table).find((r) => r.run === 'E0003')).toMatchObject({ accuracy: 'failed', loss: 'failed' });
  expect(humanRows(table, 'markdown').find((r) => r.run === 'E0002')!.accuracy).toBe('**0.95** ★');
});

test('quotes CSV fields holding commas or quotes', () => {
  const odd = [reportRun(1, { params: { note: 'a,"b"' } }), reportRun(2, { params: { note: 'c' } })];
  expect(tableCsv(buildRunsTable(odd)).split('\n')[1]).toContain('"a,""b"""');
});
