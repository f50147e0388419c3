import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { mtrack } from '../helpers/cli.js';
import { removeTempDirs } from '../helpers/git-fixture.js';
import { mermaidBlocks, parseMermaid } from '../helpers/mermaid-parse.js';
import { outputSchemaErrors } from '../helpers/output-schema.js';
import { makeReportWorkspace } from '../helpers/report-workspace.js';

jest.setTimeout(120_000);

let exp: string;
beforeAll(() => {
  exp = makeReportWorkspace().exp.dir;
});
afterAll(removeTempDirs);

const json = (args: string[], schema: string) => {
  const r = mtrack(args, exp);
  expect(r.stderr).toBe('');
  const data = JSON.parse(r.stdout);
  expect(outputSchemaErrors(schema, data)).toEqual([]);
  return { code: r.code, data };
};

test('report shows the varying params as columns, marks the best run and shows a failed run as failed', () => {
  const r = mtrack(['report'], exp);
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/^\| run +\| dataset \| batch_size \| learning_rate \| accuracy \| loss /);
  expect(r.stdout).toMatch(/\| E0003 \| D0001 +\| 128 +\| 0\.003 +\| 0\.95 \* /);
  expect(r.stdout).toMatch(/\| E0004 \| D0001 +\| 64 +\| 0\.01 +\| failed /);
  expect(r.stdout).toMatch(/^\* best per metric \(accuracy ↑, loss ↓/m);
});

test('report --json is exact and valid against schemas/report_output.schema.json, with deltas against --baseline', () => {
  const { code, data } = json(['report', '--json', '--baseline', 'E0001', '--sort', 'accuracy'], 'report_output');
  expect(code).toBe(0);
  expect(data.runs.map((r: { id: string }) => r.id)).toEqual(['E0003', 'E0005', 'E0001', 'E0002', 'E0004']);
  expect(data.best.accuracy).toBe('E0003');
  expect(data.runs[0].delta.accuracy).toBeCloseTo(0.04, 12);
});

test('report --where filters, --csv and --markdown print their formats', () => {
  expect(mtrack(['report', '--csv', '--where', 'dataset=D0002'], exp).stdout).toMatch(
    /^run,status,dataset,scan,accuracy,loss,latency_ms_p50,precision_macro,recall_macro\nE0005,ok,D0002,,0\.93,/,
  );
  expect(mtrack(['report', '--markdown'], exp).stdout).toMatch(
    /\| E0003 \| D0001 \| 128 \| 0\.003 \| \*\*0\.95\*\* ★ \|/,
  );
  const bad = mtrack(['report', '--where', 'learning_rat=0.1'], exp);
  expect([bad.code, bad.stderr]).toEqual([
    2,
    "mtrack: --where 'learning_rat=0.1': no column 'learning_rat'. Did you mean 'learning_rate'?\n",
  ]);
});

test('show prints the stamp, params, metrics, history and notes, and --json validates', () => {
  const r = mtrack(['show', 'E0003'], exp);
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/^E0003 {2}experiments\/2026-02-08__mnist__resnet_mnist_digits__E0003\n/);
  expect(r.stdout).toMatch(/ {2}learning_rate = 0\.003\n/);
  expect(r.stdout).toMatch(/3 epoch\(s\): loss 0\.15 -> 0\.05/);
  const { data } = json(['show', 'E0003', '--json'], 'show_output');
  expect(data.confusion.counts[0]).toEqual([50, 2, 1]);
  expect(mtrack(['show', 'E0033'], exp).stderr).toBe(
    "mtrack: E0033: no such run in experiments/. Did you mean 'E0003'?\n",
  );
});

test('compare shows the D0001 -> D0002 change per split and per class and the metric deltas', () => {
  const r = mtrack(['compare', 'E0001', 'E0005'], exp);
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/accuracy ↑ +0\.91 +0\.93 \(\+0\.02\)/);
  expect(r.stdout).toContain('mnist D0001 -> D0002\n  train: 54000 -> 60000 (+6000; per class 0 +1, 1 +2, 2 ±0)');
  expect(r.stdout).toContain('heldout_new: 6000 -> 0 (-6000; per class 0 -1, 1 -2, 2 ±0)');
  const { data } = json(['compare', 'E0001', 'E0005', 'E0003', '--json'], 'compare_output');
  expect(data.params.map((p: { key: string }) => p.key)).toEqual(['batch_size', 'learning_rate']);
  expect(data.datasets[0].splits[1]).toMatchObject({ split: 'test', added: 0 });
});

test('verify --json reports ok against schemas/verify_output.schema.json', () => {
  const { code, data } = json(['verify', '--all', '--json'], 'verify_output');
  expect([code, data]).toEqual([0, { ok: true, violations: [] }]);
});

test('report --out writes a Markdown page linking at least three SVG charts, and its Mermaid blocks parse', async () => {
  const r = mtrack(['report', '--out', 'reports'], exp);
  expect(r.code).toBe(0);
  const page = readFileSync(join(exp, 'reports/README.md'), 'utf8');
  const svgs = readdirSync(join(exp, 'reports')).filter((f) => f.endsWith('.svg'));
  expect(svgs.sort()).toEqual([
    'accuracy-vs-params.svg',
    'confusion-E0003.svg',
    'learning-curves.svg',
    'parallel-coordinates.svg',
  ]);
  for (const svg of svgs) {
    expect(page).toContain(`](./${svg})`);
    expect(statSync(join(exp, 'reports', svg)).size).toBeGreaterThan(2000);
    expect(readFileSync(join(exp, 'reports', svg), 'utf8')).toMatch(
      /^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/,
    );
  }
  expect(page).not.toContain(exp); // relative links only: nothing machine-specific in a committed page
  const blocks = mermaidBlocks(page);
  expect(blocks.length).toBeGreaterThanOrEqual(3);
  for (const block of blocks) await expect(parseMermaid(block)).resolves.toBe('xychart');
  expect(existsSync(join(exp, '.reports.partial-'))).toBe(false);
});
