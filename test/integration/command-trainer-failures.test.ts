import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { git } from '../helpers/git-remote.js';
import { commandWorkspace, SYNTHETIC } from '../helpers/command-workspace.js';
import { runExperiment } from '../../src/app/run/run-experiment.js';
import { verifyAll } from '../../src/app/verify/verify.js';
import type { Workspace } from '../../src/app/setup/workspace.js';
import { commitPaths } from '../../src/adapters/git/index.js';
import { schemaErrors } from '../../src/adapters/schemas.js';

jest.setTimeout(180_000);

const quiet = () => undefined;
let root: string;
let ws: Workspace;

// W&B's command form: the synthetic trainer gets its params as --name=value flags.
const config = (params: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    trainer: {
      type: 'command',
      command: [process.execPath, SYNTHETIC, '${args}'],
      timeout_s: 20,
      grace_s: 1,
      ...extra,
    },
    metric: { name: 'val_loss', goal: 'minimize' },
    params,
  });

beforeAll(async () => {
  ({ root, ws } = await commandWorkspace('mtrack-cmd-fail-'));
  const configs: Record<string, string> = {
    'configs/ok.yaml': config({ x: 0.7, epochs: 2 }),
    'configs/exit.yaml': config({ mode: 'exit' }),
    'configs/hang.yaml': config({ mode: 'hang' }, { timeout_s: 1 }),
    'configs/silent.yaml': config({ mode: 'silent' }),
    'configs/nan.yaml': config({ mode: 'nan', epochs: 1 }),
    'configs/other-metric.yaml': JSON.stringify({
      ...JSON.parse(config({ x: 1 })),
      metric: { name: 'val_f1', goal: 'maximize' },
    }),
  };
  for (const [path, text] of Object.entries(configs)) writeFileSync(join(ws.expDir, path), text);
  await commitPaths(ws.expDir, Object.keys(configs), 'mtrack: configs — synthetic command trainers');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const run = (configPath: string) => runExperiment(ws, { configPath, overrides: {}, commit: true, log: quiet });
const read = (folder: string, file: string) => JSON.parse(readFileSync(join(ws.expDir, folder, file), 'utf8'));

test('a command trainer reporting JSON lines gets a per-epoch history, its primary metric and throughput', async () => {
  const result = await run('configs/ok.yaml');

  const metrics = read(result.folder, 'metrics.json');
  expect(schemaErrors('metrics', metrics)).toEqual([]);
  expect(metrics.status).toBe('ok');
  expect(metrics.primary_metric).toEqual({ name: 'val_loss', value: (0.7 - 0.5) ** 2 + 1 / 2, goal: 'minimize' });
  expect(metrics.history).toEqual([
    { epoch: 1, val_loss: (0.7 - 0.5) ** 2 + 1, val_acc: 0.5 },
    { epoch: 2, val_loss: (0.7 - 0.5) ** 2 + 1 / 2, val_acc: 0.5 },
  ]);
  expect(metrics.throughput).toBe(1234.5);
  expect(metrics.resource_profile).toEqual({ peak_rss_mb: 42 });
  const resolved = readFileSync(join(ws.expDir, result.folder, 'config_resolved.yaml'), 'utf8');
  expect(resolved).toContain('params:\n  epochs: 2\n  x: 0.7\n');
  expect(read(result.folder, 'manifest.json').environment.trainer).toBe(
    `command:${process.execPath} ${SYNTHETIC} --epochs=2 --x=0.7`,
  );
});

test.each([
  ['configs/exit.yaml', 'exited with code 3', ['loading data', 'RuntimeError: CUDA out of memory (synthetic)']],
  ['configs/hang.yaml', 'timed out after timeout_s 1', []],
  ['configs/silent.yaml', 'the script reported no metrics', []],
  ['configs/nan.yaml', "metric 'val_loss' is NaN", []],
  [
    'configs/other-metric.yaml',
    "metric 'val_f1' was not reported; the script reported: throughput, val_acc, val_loss",
    [],
  ],
])('%s yields a committed failed run with the reason: %s', async (configPath, reason, stderrTail) => {
  const result = await run(configPath);

  const metrics = read(result.folder, 'metrics.json');
  expect(schemaErrors('metrics', metrics)).toEqual([]);
  expect(metrics.status).toBe('failed');
  expect(metrics.failure).toEqual({ reason, stderr_tail: stderrTail });
  expect(readFileSync(join(ws.expDir, result.folder, 'notes.md'), 'utf8')).toContain(`- Status: failed: ${reason}`);
  expect(result.commit).toBeDefined();
  expect(git(ws.expDir, 'status', '--porcelain')).toBe('');
});

test('verify accepts a history holding failed command-trainer runs', async () => {
  expect(await verifyAll(ws.expDir, { warn: quiet })).toEqual([]);
});
