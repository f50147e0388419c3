import { jest } from '@jest/globals';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SYNTHETIC } from '../helpers/command-workspace.js';
import { startFakeGitHub, runAction, type FakeGitHub } from '../helpers/fake-github.js';
import { experimentFixture, git, remoteRefList, runFoldersOn, type ExperimentFixture } from '../helpers/git-remote.js';

jest.setTimeout(240_000);

// The synthetic trainer committed in the experiment repo: `--mode=exit` prints two stderr lines and exits 3.
const COMMAND_CONFIG = `trainer:
  type: command
  command: [node, trainers/synthetic.mjs, '\${args}']
  timeout_s: 60
metric: {name: val_loss, goal: minimize}
params: {x: 0.7, epochs: 2}
`;
const MODE_SCAN = `scan:
  method: grid
  seed: 1
  parameters:
    mode:
      values: [ok, exit]
`;

const errorLines = (stdout: string) => stdout.split('\n').filter((l) => l.startsWith('::error::'));

describe('a trial whose trainer exits non-zero, through the Action: run -> collect -> verify', () => {
  let fx: ExperimentFixture;
  let github: FakeGitHub;
  let event: { name: string; payload: Record<string, unknown> };

  beforeAll(async () => {
    fx = await experimentFixture(MODE_SCAN);
    mkdirSync(join(fx.expDir, 'trainers'));
    copyFileSync(SYNTHETIC, join(fx.expDir, 'trainers', 'synthetic.mjs'));
    writeFileSync(join(fx.expDir, 'configs', 'baseline.yaml'), COMMAND_CONFIG);
    git(fx.expDir, 'add', 'trainers', 'configs');
    git(fx.expDir, 'commit', '-q', '--no-verify', '-m', 'a command trainer');
    git(fx.expDir, 'push', '-q', fx.remote, 'HEAD:refs/heads/main');
    github = await startFakeGitHub();
    const head = git(fx.expDir, 'rev-parse', 'HEAD').trim();
    event = {
      name: 'pull_request',
      payload: {
        pull_request: { number: 9, base: { ref: 'main', sha: head }, head: { ref: 'scan-mode', sha: head } },
        repository: { default_branch: 'main' },
      },
    };
  });
  afterAll(async () => github.close());

  test('the failed trial fails its step in one line, keeps its run folder, and lands as a failed run in the PR table', async () => {
    const resolved = await runAction(
      { command: 'resolve', 'working-directory': 'mtrack-exp' },
      { workspace: fx.root, event },
    );
    expect(resolved.code).toBe(0);
    const matrix: { include: { trial: number; params_json: string }[] } = JSON.parse(resolved.outputs.matrix);
    expect(matrix.include.map((e) => JSON.parse(e.params_json))).toEqual([{ mode: 'ok' }, { mode: 'exit' }]);

    const artifacts = join(fx.root, 'artifacts');
    const runs = [];
    for (const entry of matrix.include) {
      runs.push(
        await runAction(
          {
            command: 'run',
            'working-directory': 'mtrack-exp',
            trial: String(entry.trial),
            'params-json': entry.params_json,
            'output-dir': join(artifacts, `mtrack-trial-${entry.trial}`),
          },
          { workspace: fx.root, event },
        ),
      );
    }
    const [ok, failed] = runs;
    expect(errorLines(ok.stdout)).toEqual([]);
    expect(ok.code).toBe(0);
    // The step is red with one line naming the trial and the reason; no stack trace, no crash on the missing metric.
    expect(failed.code).toBe(1);
    expect(errorLines(failed.stdout)).toEqual([
      '::error::mtrack: trial 1 failed: exited with code 3; its run folder (status failed) is in the artifact for collect.',
    ]);
    expect(failed.stdout + failed.stderr).not.toMatch(/\n\s+at /);
    expect(failed.outputs['experiment-id']).toBe('E0001');
    expect(failed.outputs['primary-metric']).toBe('');
    expect(failed.summary).toContain('mtrack trial 1: failed (exited with code 3)');
    // The artifact the workflow uploads after a failed step holds the run folder and trial.json.
    const trialDir = join(artifacts, 'mtrack-trial-1');
    expect(JSON.parse(readFileSync(join(trialDir, 'trial.json'), 'utf8'))).toMatchObject({ trial: 1 });
    const [folder] = readdirSync(join(trialDir, 'experiments'));
    const metrics = JSON.parse(readFileSync(join(trialDir, 'experiments', folder, 'metrics.json'), 'utf8'));
    expect(metrics).toMatchObject({ status: 'failed', failure: { reason: 'exited with code 3' }, history: [] });
    expect(existsSync(join(fx.expDir, 'experiments', folder))).toBe(false); // moved out of the checkout

    const collected = await runAction(
      { command: 'collect', 'working-directory': 'mtrack-exp', 'trials-dir': artifacts, remote: fx.remote, token: 't' },
      { workspace: fx.root, event, apiUrl: github.url },
    );
    expect(errorLines(collected.stdout)).toEqual([]);
    expect(collected.code).toBe(0);
    expect(collected.outputs['experiment-ids']).toBe('E0001 E0002');
    const branch = 'refs/heads/mtrack/scan/pr-9';
    const folders = runFoldersOn(fx.remote, branch);
    expect(folders.map((f) => f.slice(-5))).toEqual(['E0001', 'E0002']);
    const committed = JSON.parse(git(fx.remote, 'show', `${branch}:experiments/${folders[1]}/metrics.json`));
    expect(committed).toMatchObject({
      experiment_id: 'E0002',
      status: 'failed',
      failure: { reason: 'exited with code 3' },
    });

    // The bot PR's table lists both trials; the failed one with its status and reason, not a NaN.
    expect(github.pulls).toHaveLength(1);
    const body = github.pulls[0].body;
    expect(body).toContain('| 0 | E0001 | mode="ok" | val_loss 0.5400 | - | ok |');
    expect(body).toContain('| 1 | E0002 | mode="exit" | - | - | failed: exited with code 3 |');
    expect(body).not.toContain('NaN');
    expect(body).toContain('1 of 2 trial(s) failed');
    // The results comment on the human PR lists the failed trial; the best trial is the one that ran.
    const comment = github.comments.find((c) => c.issue === 9)?.body ?? '';
    expect(comment).toContain('2 trial(s), 1 ok, 1 failed.');
    expect(comment).toContain('Best: **E0001**');
    expect(comment).toMatch(/- E0002: exited with code 3/);

    git(fx.expDir, 'fetch', '-q', fx.remote, `${branch}:refs/remotes/bot/pr-9`);
    const verified = await runAction(
      {
        command: 'verify',
        'working-directory': 'mtrack-exp',
        base: remoteRefList(fx.remote).get('refs/heads/main') as string,
        head: 'refs/remotes/bot/pr-9',
      },
      { workspace: fx.root, event },
    );
    expect(errorLines(verified.stdout)).toEqual([]);
    expect(verified.code).toBe(0);
    expect(verified.outputs.violations).toBe('0');
  });
});
