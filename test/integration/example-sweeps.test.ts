import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { commandWorkspace } from '../helpers/command-workspace.js';
import { importWandbSweep } from '../../src/app/scan/import-wandb.js';
import { runScan } from '../../src/app/scan/scan.js';
import { verifyAll } from '../../src/app/verify/verify.js';
import type { Workspace } from '../../src/app/setup/workspace.js';
import { commitPaths } from '../../src/adapters/git/index.js';

jest.setTimeout(300_000);

// Debian's python3-torch lives under /usr/bin/python3 (another python3 may come first on PATH).
const PYTHON = '/usr/bin/python3';
const torch = spawnSync(PYTHON, ['-c', 'import torch'], { encoding: 'utf8' });
const TORCH_MISSING =
  torch.status === 0
    ? undefined
    : `${PYTHON} cannot import torch (${torch.error?.message ?? torch.stderr.trim().split('\n').pop()})`;
if (TORCH_MISSING)
  console.log(`skipping the PyTorch example: ${TORCH_MISSING}; install Debian's python3-torch to run it`);

let root: string;
let ws: Workspace;
const quiet = () => undefined;

beforeAll(async () => {
  ({ root, ws } = await commandWorkspace('mtrack-examples-'));
  copyFileSync('examples/node-mnist/train.mjs', join(ws.expDir, 'train.mjs'));
  copyFileSync('examples/pytorch-mnist/train.py', join(ws.expDir, 'train.py'));
  for (const [example, scan] of [
    ['node-mnist', 'configs/node-sweep.yaml'],
    ['pytorch-mnist', 'configs/torch-sweep.yaml'],
  ])
    await importWandbSweep(`examples/${example}/sweep.yaml`, join(ws.expDir, scan));
  writeFileSync(
    join(ws.expDir, 'configs/torch.yaml'),
    `trainer: {type: command, interpreter: ${PYTHON}, program: train.py}\n`,
  );
  const files = ['train.mjs', 'train.py', 'configs/node-sweep.yaml', 'configs/torch-sweep.yaml', 'configs/torch.yaml'];
  await commitPaths(ws.expDir, files, 'mtrack: examples — W&B sweeps of a script');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const read = (folder: string, file: string) => JSON.parse(readFileSync(join(ws.expDir, folder, file), 'utf8'));

function expectValRuns(folders: string[], epochs: number) {
  for (const folder of folders) {
    const metrics = read(folder, 'metrics.json');
    expect(metrics.status).toBe('ok');
    expect(metrics.primary_metric.name).toBe('val_loss');
    expect(metrics.history.map((h: { epoch: number }) => h.epoch)).toEqual(
      Array.from({ length: epochs }, (_, i) => i + 1),
    );
    for (const row of metrics.history) {
      expect(row.val_loss).toBeGreaterThan(0);
      expect(row.val_accuracy).toBeGreaterThan(0.1); // above chance after one epoch on 300 images
    }
    expect(metrics.throughput).toBeGreaterThan(0);
    expect(read(folder, 'manifest.json').inputs.scan.method).toBeDefined();
  }
}

test("the dependency-free Node example's W&B sweep runs unchanged and commits a run per trial", async () => {
  const results = await runScan(ws, { scanPath: 'configs/node-sweep.yaml', commit: true, log: quiet });

  expect(results).toHaveLength(2);
  expectValRuns(
    results.map((r) => r.folder),
    2,
  );
  expect(read(results[0].folder, 'manifest.json').environment.trainer).toBe(
    'command:node train.mjs --epochs=2 --lr=0.05 --max_train=300 --max_val=200',
  );
});

(TORCH_MISSING ? test.skip : test)(
  "the PyTorch example's W&B sweep (random, 3 tiny trials) commits 3 runs with per-epoch val metrics",
  async () => {
    const results = await runScan(ws, {
      scanPath: 'configs/torch-sweep.yaml',
      configPath: 'configs/torch.yaml',
      commit: true,
      log: quiet,
    });

    expect(results).toHaveLength(3);
    expectValRuns(
      results.map((r) => r.folder),
      2,
    );
    const model = join(ws.expDir, results[0].folder, 'artifacts/model.pt');
    expect(statSync(model).size).toBeLessThan(100_000);
    expect(read(results[0].folder, 'metrics.json').profiling.backend).toMatch(/^pytorch /);
    expect(await verifyAll(ws.expDir, { warn: quiet })).toEqual([]);
  },
);
