import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { runScan } from '../../src/app/scan/scan.js';
import { collectRunRecords } from '../../src/app/run/run-records.js';
import { verifyAll } from '../../src/app/verify/verify.js';
import type { Workspace } from '../../src/app/setup/workspace.js';
import { commitPaths } from '../../src/adapters/git/index.js';
import { schemaErrors } from '../../src/adapters/schemas.js';
import { git } from '../helpers/git-remote.js';
import { mnistWorkspace } from '../helpers/mnist-workspace.js';

jest.setTimeout(240_000);

const quiet = () => undefined;

// Decoupled weight decay of 1 - 10 * 0.25 flips and grows the weights 1.5-fold per step: with learning_rate 10 the
// loss is NaN early in epoch 2; with 0.05 the same config trains. Tiny MLP on the CPU backend: seconds, deterministic.
const TINY = `seed: 7
epochs: 3
batch_size: 32
optimizer: sgd
weight_decay: 0.25
dropout: 0
max_train_examples: 200
architecture: {type: mlp, hidden: 16}
trainer: {type: builtin, backend: cpu}
eval: {latency_samples: 5}
`;
const SCAN = `scan:
  method: grid
  parameters:
    learning_rate:
      values: [10, 0.05]
`;

let root: string;
let ws: Workspace;

beforeAll(async () => {
  ({ root, ws } = await mnistWorkspace('mtrack-diverged-'));
  writeFileSync(join(ws.expDir, 'configs/tiny.yaml'), TINY);
  writeFileSync(join(ws.expDir, 'configs/scan.yaml'), SCAN);
  await commitPaths(ws.expDir, ['configs/tiny.yaml', 'configs/scan.yaml'], 'mtrack: scan — a diverging learning rate');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

test('a built-in trial whose loss turns NaN is committed as a failed run, and the scan goes on', async () => {
  const lines: string[] = [];
  const results = await runScan(ws, { configPath: 'configs/tiny.yaml', commit: true, log: (l) => lines.push(l) });

  expect(results).toHaveLength(2);
  const [diverged, good] = results;
  const read = (folder: string, file: string) => JSON.parse(readFileSync(join(ws.expDir, folder, file), 'utf8'));
  const metrics = read(diverged.folder, 'metrics.json');
  expect(schemaErrors('metrics', metrics)).toEqual([]);
  expect(metrics.status).toBe('failed');
  expect(metrics.failure).toEqual({
    reason: expect.stringMatching(
      /^training diverged: loss is NaN at epoch 2 \(step \d+\); lower learning_rate \(10\)$/,
    ),
    stderr_tail: [],
  });
  expect(metrics.history.map((h: { epoch: number }) => h.epoch)).toEqual([1]);
  expect(metrics).not.toHaveProperty('primary_metric');
  expect(diverged.commit).toBeDefined();
  expect(readdirSync(join(ws.expDir, diverged.folder, 'artifacts'))).toEqual([]);
  expect(readFileSync(join(ws.expDir, diverged.folder, 'notes.md'), 'utf8')).toContain(
    `- Status: failed: ${metrics.failure.reason}`,
  );
  expect(lines).toContain(`mtrack: the trainer failed: ${metrics.failure.reason}; the run is recorded as failed.`);

  expect(read(good.folder, 'metrics.json')).toMatchObject({ status: 'ok', train: { epochs: 3 } });
  // The scan engine's view: the failed trial has no value (bayes and the tables count it as the worst result).
  const records = collectRunRecords(ws.expDir);
  expect(records.map((r) => [r.experimentId, r.status, r.primaryValue === null])).toEqual([
    [diverged.experimentId, 'failed', true],
    [good.experimentId, 'ok', false],
  ]);
  expect(git(ws.expDir, 'status', '--porcelain')).toBe('');
  expect(await verifyAll(ws.expDir, { warn: quiet })).toEqual([]);
});
