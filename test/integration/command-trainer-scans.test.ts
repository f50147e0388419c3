import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { commandWorkspace, SYNTHETIC } from '../helpers/command-workspace.js';
import { planScan, runScan } from '../../src/app/scan/scan.js';
import type { Workspace } from '../../src/app/setup/workspace.js';
import { commitPaths } from '../../src/adapters/git/index.js';

jest.setTimeout(240_000);

let root: string;
let ws: Workspace;
const quiet = () => undefined;

const BASE = JSON.stringify({
  trainer: { type: 'command', command: [process.execPath, SYNTHETIC, '${args}'], timeout_s: 60, grace_s: 2 },
  params: { epochs: 3 },
});
// Grid order follows the values: a good trial, a hopeless one (val_loss stays above 6), a better one.
const HYPERBAND = `scan:
  method: grid
  metric: {name: val_loss, goal: minimize}
  parameters:
    x: {values: [0.6, 3.0, 0.5]}
    pause_ms: {value: 700}
  early_terminate: {type: hyperband, min_iter: 1, eta: 3}
`;
const BAYES = `scan:
  method: bayes
  max_trials: 16
  seed: 4
  metric: {name: val_loss, goal: minimize}
  parameters:
    x: {min: -4.0, max: 5.0}
    epochs: {value: 1}
`;
const BUILTIN_TYPO = `scan:
  method: grid
  parameters:
    learning_rate: {values: [0.1, 0.01]}
    warmup-steps: {values: [10, 20]}
`;

beforeAll(async () => {
  ({ root, ws } = await commandWorkspace('mtrack-cmd-scan-'));
  const files: Record<string, string> = {
    'configs/synthetic.yaml': BASE,
    'configs/hyperband.yaml': HYPERBAND,
    'configs/bayes.yaml': BAYES,
    'configs/typo.yaml': BUILTIN_TYPO,
  };
  for (const [path, text] of Object.entries(files)) writeFileSync(join(ws.expDir, path), text);
  await commitPaths(ws.expDir, Object.keys(files), 'mtrack: scans — synthetic command trainer');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const read = (folder: string) => JSON.parse(readFileSync(join(ws.expDir, folder, 'metrics.json'), 'utf8'));

test('scan resolve shows each command-trainer trial as the argv it will run', () => {
  const plan = planScan(ws, { scanPath: 'configs/hyperband.yaml', configPath: 'configs/synthetic.yaml' });
  expect(plan.trials[0].argv).toEqual([process.execPath, SYNTHETIC, '--epochs=3', '--pause_ms=700', '--x=0.6']);
});

test('hyperband stops a hopeless command-trainer trial after its first rung, by SIGTERM, and records stopped_early', async () => {
  const lines: string[] = [];
  const results = await runScan(ws, {
    scanPath: 'configs/hyperband.yaml',
    configPath: 'configs/synthetic.yaml',
    commit: true,
    log: (l) => lines.push(l),
  });

  const [good, bad, good2] = results.map((r) => read(r.folder));
  expect(good.train).toMatchObject({ epochs: 3, stopped_early: false });
  expect(good2.train).toMatchObject({ epochs: 3, stopped_early: false });
  expect(bad.train.stopped_early).toBe(true);
  expect(bad.train.epochs).toBe(1);
  expect(bad.status).toBe('ok');
  expect(bad.primary_metric.value).toBeCloseTo(2.5 ** 2 + 1);
  expect(lines.some((l) => /scan trial 1 stopped early after epoch 1/.test(l))).toBe(true);
});

test('a bayes scan on val_loss / minimize moves its suggestions toward lower loss', async () => {
  const results = await runScan(ws, {
    scanPath: 'configs/bayes.yaml',
    configPath: 'configs/synthetic.yaml',
    commit: true,
    log: quiet,
  });

  expect(results).toHaveLength(16);
  const losses = results.map((r) => read(r.folder).primary_metric.value as number);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  // Trials 0-5 are TPE's random start-up points; the last six are chosen from the model of the first ten.
  expect(mean(losses.slice(-6))).toBeLessThan(mean(losses.slice(0, 6)) / 2);
  expect(Math.min(...losses.slice(-6))).toBeLessThan(1 + 0.5 ** 2);
});

test('scan resolve refuses a parameter the built-in trainer does not know, with file:line:col', () => {
  expect(() => planScan(ws, { scanPath: 'configs/typo.yaml' })).toThrow(
    /^configs\/typo\.yaml:5:5 parameters\.warmup-steps: 'warmup-steps' is not a key of the built-in trainer's config/,
  );
});
