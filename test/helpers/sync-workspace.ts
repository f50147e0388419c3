import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { commitPaths } from '../../src/adapters/git/index.js';
import { cleanEnv } from './git-fixture.js';
import { mnistWorkspace } from './mnist-workspace.js';

const EXAMPLE = resolve('examples/command-trainer/nearest-centroid.mjs');
const PRE_PUSH = resolve('hooks/pre-push');

export function git(dir: string, ...args: string[]) {
  const r = spawnSync('git', args, { cwd: dir, env: cleanEnv(), encoding: 'utf8' });
  return { code: r.status, out: r.stdout.trim(), err: r.stderr };
}

/** Experiment ids of the run folders at `rev`. */
export const runIds = (dir: string, rev = 'HEAD') =>
  git(dir, 'ls-tree', '--name-only', rev, 'experiments/')
    .out.split('\n')
    .map((p) => /__(E\d+)$/.exec(p)?.[1])
    .filter(Boolean) as string[];

/**
 * A workspace whose experiment repo has a fast command-trainer config (configs/centroid.yaml) and a bare clone
 * `<root>/remote.git` that teammates clone with `cloneAs`.
 */
export async function syncWorkspace(): Promise<string> {
  const { root, ws } = await mnistWorkspace('mtrack-sync-', {
    seed: 1,
    identity: { name: 'Init', email: 'init@example.com' },
  });
  writeFileSync(
    join(ws.expDir, 'configs/centroid.yaml'),
    `max_train_examples: 1000\ntrainer:\n  type: command\n  run: [node, ${JSON.stringify(EXAMPLE)}]\n`,
  );
  await commitPaths(ws.expDir, ['configs/centroid.yaml'], 'mtrack: config — command trainer');
  git(root, 'clone', '-q', '--bare', ws.expDir, join(root, 'remote.git'));
  return root;
}

/** A clone of the remote beside the dataset-meta repo (mtrack.yaml's relative paths resolve), with the pre-push hook. */
export function cloneAs(root: string, name: string): string {
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
