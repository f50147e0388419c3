import { jest } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync, renameSync } from 'node:fs';
import { homedir, tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { verifyRange } from '../../src/app/verify/verify.js';
import { startFakeGitHub, runAction, type FakeGitHub } from '../helpers/fake-github.js';
import { parse } from 'yaml';
import { cleanEnv, tempDir } from '../helpers/git-fixture.js';
import { experimentFixture, git, remoteRefList, type ExperimentFixture } from '../helpers/git-remote.js';

jest.setTimeout(240_000);

const BOT = 'refs/heads/mtrack/scan/pr-9';

/**
 * A trial job as on a hosted runner: the PR head checked out detached, the dataset store, the dataset-meta checkout
 * and the output folder at absolute paths of the runner (RUNNER_TEMP-like), nowhere near mtrack.yaml's relative
 * paths; then collect. Shared by the tests below (training is the slow part).
 */
describe('trials run with runner-local paths, collected through one bot PR', () => {
  let fx: ExperimentFixture;
  let github: FakeGitHub;
  let runnerTemp: string;
  let prHead: string;

  beforeAll(async () => {
    fx = await experimentFixture();
    github = await startFakeGitHub();
    runnerTemp = tempDir('mtrack-runner-temp-');
    // Only the overrides can find the data: the fixture's side-by-side folders are moved away.
    renameSync(fx.dataDir, join(runnerTemp, 'mtrack-data'));
    renameSync(join(fx.root, 'ml-data-store'), join(runnerTemp, 'store'));
    // The PR: one commit on its own branch, which the trials train on.
    const base = git(fx.expDir, 'rev-parse', 'HEAD').trim();
    git(fx.expDir, 'checkout', '-q', '-b', 'scan-9');
    git(fx.expDir, 'commit', '-q', '--allow-empty', '-m', 'try two learning rates');
    prHead = git(fx.expDir, 'rev-parse', 'HEAD').trim();
    git(fx.expDir, 'push', '-q', fx.remote, 'scan-9');
    git(fx.expDir, 'checkout', '-q', '--detach');
    const event = {
      name: 'pull_request',
      payload: {
        pull_request: { number: 9, base: { ref: 'main', sha: base }, head: { ref: 'scan-9', sha: prHead } },
        repository: { default_branch: 'main' },
      },
    };
    for (const trial of [0, 1]) {
      const r = await runAction(
        {
          command: 'run',
          'working-directory': 'mtrack-exp',
          trial: String(trial),
          'store-root': join(runnerTemp, 'store'),
          'data-repo': join(runnerTemp, 'mtrack-data'),
          'output-dir': join(runnerTemp, 'out', `mtrack-trial-${trial}`),
        },
        { workspace: fx.root, event },
      );
      expect(r.code === 0 ? 0 : r.stdout + r.stderr).toBe(0);
    }
    const collected = await runAction(
      {
        command: 'collect',
        'working-directory': 'mtrack-exp',
        'trials-dir': join(runnerTemp, 'out'),
        'data-repo': join(runnerTemp, 'mtrack-data'),
        'store-root': join(runnerTemp, 'store'),
        remote: fx.remote,
        token: 't',
      },
      { workspace: fx.root, event, apiUrl: github.url },
    );
    expect(collected.code === 0 ? 0 : collected.stdout + collected.stderr).toBe(0);
  });
  afterAll(async () => github.close());

  test('no committed file on the bot branch names a path of the runner or its user', () => {
    const user = userInfo().username;
    const forbidden = [
      fx.root,
      runnerTemp,
      tmpdir(),
      homedir(),
      '/home/',
      '/tmp/',
      '/Users/',
      '/runner/',
      '_temp/',
      `/${user}/`,
      'RUNNER_TEMP',
    ];
    const files = git(fx.remote, 'ls-tree', '-r', '--name-only', BOT).trim().split('\n');
    const leaks = files.flatMap((path) => {
      const text = git(fx.remote, 'show', `${BOT}:${path}`);
      return forbidden.filter((f) => text.includes(f)).map((f) => `${path}: '${f}'`);
    });
    expect(files.filter((f) => f.endsWith('/manifest.json'))).toHaveLength(2);
    expect(leaks).toEqual([]);
  });

  test('each manifest records the PR head it trained on, its branch and the PR number', () => {
    const manifests = git(fx.remote, 'ls-tree', '-r', '--name-only', BOT)
      .trim()
      .split('\n')
      .filter((f) => f.endsWith('/manifest.json'))
      .map((f) => JSON.parse(git(fx.remote, 'show', `${BOT}:${f}`)));
    expect(manifests.map((m) => [m.git, m.stamp.git_branch])).toEqual([
      [{ commit: prHead, branch: 'scan-9', dirty_worktree: false, pull_request: 9 }, 'scan-9'],
      [{ commit: prHead, branch: 'scan-9', dirty_worktree: false, pull_request: 9 }, 'scan-9'],
    ]);
  });

  test('collect keeps the PR head: after a squash merge and a deleted branch, a clone verifies the bot branch once it fetches the keep-refs', async () => {
    expect(remoteRefList(fx.remote).get(`refs/mtrack/commits/${prHead}`)).toBe(prHead);
    // The human PR is squash-merged and its branch deleted: the PR head is on no branch of the remote.
    const human = tempDir('mtrack-human-');
    git(human, 'clone', '-q', `file://${fx.remote}`, '.');
    git(human, 'config', 'user.name', 'Human');
    git(human, 'config', 'user.email', 'h@example.com');
    git(human, 'merge', '-q', '--squash', 'origin/scan-9');
    git(human, 'commit', '-q', '--allow-empty', '-m', 'try two learning rates (#9)');
    git(human, 'push', '-q', 'origin', 'main', ':scan-9');

    const clone = tempDir('mtrack-clone-');
    git(clone, 'clone', '-q', `file://${fx.remote}`, 'mtrack-exp');
    const exp = join(clone, 'mtrack-exp');
    const range = 'origin/main..origin/mtrack/scan/pr-9';
    const quiet = { warn: () => undefined };
    const before = await verifyRange(exp, range, quiet);
    expect(before.map((v) => [v.rule, v.message.includes(`manifest.json git.commit '${prHead}'`)])).toEqual([
      ['stamped-commit', true],
      ['stamped-commit', true],
    ]);
    // The fetch step of mtrack-verify.yml, as the runner's bash runs it (its header is unused by a file:// remote).
    const workflow = parse(readFileSync('templates/workflows/mtrack-verify.yml', 'utf8')) as {
      jobs: { verify: { steps: { name?: string; run?: string }[] } };
    };
    const step = workflow.jobs.verify.steps.find((s) => s.run?.includes('refs/mtrack/commits/'));
    execFileSync('bash', ['-e', '-c', step?.run ?? 'false'], {
      cwd: exp,
      env: cleanEnv({ TOKEN: 'x' }),
      stdio: 'pipe',
    });
    expect(await verifyRange(exp, range, quiet)).toEqual([]);
  });
});
