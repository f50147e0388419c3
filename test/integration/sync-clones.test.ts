import { join } from 'node:path';
import { jest } from '@jest/globals';
import { mtrack } from '../helpers/cli.js';
import { cloneAs, git, runIds as ids, syncWorkspace } from '../helpers/sync-workspace.js';

jest.setTimeout(300_000);

let root: string;

beforeAll(async () => {
  root = await syncWorkspace();
});

test('three clones that ran the same id end with distinct ids on the remote: pre-push refuses a duplicate, sync renumbers', () => {
  const clones = ['ana', 'ben', 'cy'].map((name) => cloneAs(root, name));
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
  const [dee, eve] = ['dee', 'eve'].map((name) => cloneAs(root, name));
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
  const fresh = cloneAs(root, 'fay');
  const before = mtrack(['verify', '--all'], fresh);
  expect([before.code, before.stderr]).toEqual([0, expect.stringContaining(`manifest.json git.commit '${first}'`)]);
  git(fresh, 'fetch', '-q', 'origin', '+refs/mtrack/commits/*:refs/mtrack/commits/*');
  const after = mtrack(['verify', '--all'], fresh);
  expect([after.code, after.stderr]).toEqual([0, expect.not.stringContaining('git.commit')]);
});
