import { renderResultsBody } from '../../src/app/action/pull-request.js';
import type { CollectedRun, CollectResult } from '../../src/app/action/collect.js';

const run = (trial: number, failure?: string): CollectedRun => ({
  experimentId: `E${String(trial + 1).padStart(4, '0')}`,
  folder: `experiments/2026-11-28__mnist__synthetic__E${String(trial + 1).padStart(4, '0')}`,
  provisionalId: 'E0001',
  trial,
  params: { learning_rate: 0.001 * (trial + 1), 'optimizer.name': 'adam' },
  primary: failure === undefined ? { name: 'val_loss', value: 0.5 + trial } : { name: 'failed', value: Number.NaN },
  loss: Number.NaN,
  configHash: `sha256:${trial}`,
  commit: 'a'.repeat(40),
  ...(failure === undefined ? {} : { failure }),
});

const result = (runs: CollectedRun[]): CollectResult => ({
  branch: 'mtrack/scan/pr-7',
  commit: 'c'.repeat(40),
  baseCommit: 'b'.repeat(40),
  runs,
  added: runs.length,
});

test('a failed trial is a row with status failed and its reason; no NaN reaches the table', () => {
  const body = renderResultsBody(result([run(0), run(1, 'exited with code 3')]), '#7');

  expect(body).toContain('| 0 | E0001 | learning_rate=0.001, optimizer.name="adam" | val_loss 0.5000 | - | ok |');
  expect(body).toContain(
    '| 1 | E0002 | learning_rate=0.002, optimizer.name="adam" | - | - | failed: exited with code 3 |',
  );
  expect(body).toContain('1 of 2 trial(s) failed');
  expect(body).not.toContain('NaN');
});

test('a long reason is cut to one line of at most 80 characters with its pipes escaped', () => {
  const reason = `metric 'val|loss' is missing\n${'x'.repeat(300)}`;

  const row = renderResultsBody(result([run(0, reason)]), '#7')
    .split('\n')
    .find((l) => l.startsWith('| 0 |')) as string;

  const status = /failed: (.*?) \| `experiments/.exec(row)?.[1] as string;
  expect(status.startsWith("metric 'val\\|loss' is missing xxx")).toBe(true);
  expect(status.endsWith('…')).toBe(true);
  expect(status.replace('\\|', '|')).toHaveLength(80);
});

test('256 trials, all failed with long reasons, stay under GitHub’s 65,536-character body limit', () => {
  const runs = Array.from({ length: 256 }, (_, i) => run(i, `killed by SIGKILL ${'y'.repeat(500)}`));

  expect(renderResultsBody(result(runs), '#7').length).toBeLessThan(65_536);
});

test('a body without failed trials says nothing about failures', () => {
  expect(renderResultsBody(result([run(0)]), '#7')).not.toContain('failed');
});
