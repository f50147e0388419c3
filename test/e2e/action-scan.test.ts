import { jest } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Evaluator, Lexer, Parser, data } from '@actions/expressions';
import { startFakeGitHub, runAction, type FakeGitHub } from '../helpers/fake-github.js';
import {
  TWO_TRIAL_SCAN,
  experimentFixture,
  git,
  remoteRefList,
  runFoldersOn,
  type ExperimentFixture,
} from '../helpers/git-remote.js';

jest.setTimeout(240_000);

/** Evaluates a workflow expression the way the runner hands a job output to `strategy.matrix`. */
function evaluateMatrix(
  expression: string,
  matrixOutput: string,
): { include: { trial: number; params_json: string; config: string }[] } {
  const lexed = new Lexer(expression).lex();
  const parsed = new Parser(lexed.tokens, ['needs'], []).parse();
  const needs = new data.Dictionary({
    key: 'resolve',
    value: new data.Dictionary({
      key: 'outputs',
      value: new data.Dictionary({ key: 'matrix', value: new data.StringData(matrixOutput) }),
    }),
  });
  const result = new Evaluator(parsed, new data.Dictionary({ key: 'needs', value: needs })).evaluate();
  return JSON.parse(JSON.stringify(result, data.replacer));
}

describe('the Action chained like mtrack-scan.yml: resolve -> run per matrix entry -> collect', () => {
  let fx: ExperimentFixture;
  let github: FakeGitHub;
  let event: { name: string; payload: Record<string, unknown> };

  beforeAll(async () => {
    fx = await experimentFixture();
    github = await startFakeGitHub();
    const head = git(fx.expDir, 'rev-parse', 'HEAD').trim();
    event = {
      name: 'pull_request',
      payload: {
        pull_request: { number: 7, base: { ref: 'main', sha: head }, head: { ref: 'scan-lr', sha: head } },
        repository: { default_branch: 'main' },
      },
    };
  });
  afterAll(async () => github.close());

  test('pushes one commit of N verified run folders with final ids and opens one bot PR; a rerun updates the same PR', async () => {
    // resolve
    const resolved = await runAction(
      { command: 'resolve', 'working-directory': 'mtrack-exp' },
      { workspace: fx.root, event },
    );
    expect(resolved.stdout + resolved.stderr).not.toContain('::error::');
    expect(resolved.code).toBe(0);
    expect(resolved.outputs.count).toBe('2');
    const matrix = evaluateMatrix('fromJSON(needs.resolve.outputs.matrix)', resolved.outputs.matrix);
    expect(matrix.include.map((e) => JSON.parse(e.params_json))).toEqual([
      { learning_rate: 0.001 },
      { learning_rate: 0.003 },
    ]);

    // run: one job per matrix entry, each writing its own artifact folder (per-trial names)
    const artifacts = join(fx.root, 'artifacts');
    for (const entry of matrix.include) {
      const r = await runAction(
        {
          command: 'run',
          'working-directory': 'mtrack-exp',
          trial: String(entry.trial),
          'params-json': entry.params_json,
          'output-dir': join(artifacts, `mtrack-trial-${entry.trial}`),
        },
        { workspace: fx.root, event },
      );
      expect(r.stdout.split('\n').filter((l) => l.startsWith('::error::'))).toEqual([]);
      expect(r.code).toBe(0);
      expect(r.outputs['experiment-id']).toBe('E0001'); // provisional: every trial starts from the same checkout
    }

    // collect
    const collect = () =>
      runAction(
        {
          command: 'collect',
          'working-directory': 'mtrack-exp',
          'trials-dir': artifacts,
          remote: fx.remote,
          token: 'bot-token',
        },
        { workspace: fx.root, event, apiUrl: github.url },
      );
    const first = await collect();
    expect(first.stdout.split('\n').filter((l) => l.startsWith('::error::'))).toEqual([]);
    expect(first.code).toBe(0);
    expect(first.outputs['experiment-ids']).toBe('E0001 E0002');
    const branch = 'refs/heads/mtrack/scan/pr-7';
    expect(runFoldersOn(fx.remote, branch).map((f) => f.slice(-5))).toEqual(['E0001', 'E0002']);
    expect(github.pulls).toHaveLength(1);
    expect(github.pulls[0]).toMatchObject({ number: 1, head: 'mtrack/scan/pr-7', base: 'main', state: 'open' });
    expect(github.pulls[0].body).toContain('| 0 | E0001 | learning_rate=0.001 |');
    expect(github.requests.every((r) => r.authorization === 'token bot-token')).toBe(true);
    // The human PR (#7) gets one results comment: table with both runs, the best trial, a Mermaid chart.
    expect(github.comments).toHaveLength(1);
    const comment = github.comments[0];
    expect(comment.issue).toBe(7);
    expect(comment.body.startsWith('<!-- mtrack-scan-results -->')).toBe(true);
    expect(comment.body).toMatch(/\| E0001 .*\|/);
    expect(comment.body).toMatch(/\| E0002 .*\|/);
    expect(comment.body).toContain('```mermaid');
    expect(comment.body.length).toBeLessThan(65536);

    // the bot branch passes the PR check (verify base..head), like mtrack-verify.yml would run on the bot PR
    git(fx.expDir, 'fetch', '-q', fx.remote, `${branch}:refs/remotes/bot/pr-7`);
    const verified = await runAction(
      {
        command: 'verify',
        'working-directory': 'mtrack-exp',
        base: remoteRefList(fx.remote).get('refs/heads/main') as string,
        head: 'refs/remotes/bot/pr-7',
      },
      { workspace: fx.root, event },
    );
    expect(verified.stdout).toContain('mtrack verify');
    expect(verified.code).toBe(0);
    expect(verified.outputs.violations).toBe('0');

    // rerun of collect with the same trials: same PR, branch rebuilt on base, the runs kept with their ids, no new id
    const second = await collect();
    expect(second.code).toBe(0);
    expect(second.outputs['experiment-ids']).toBe('E0001 E0002');
    expect(second.outputs['pull-request-number']).toBe('1');
    expect(github.pulls).toHaveLength(1);
    expect(github.requests.some((r) => r.method === 'PATCH' && r.path.endsWith('/pulls/1'))).toBe(true);
    expect(runFoldersOn(fx.remote, branch).map((f) => f.slice(-5))).toEqual(['E0001', 'E0002']);
    // ... and the results comment is updated in place, not posted again.
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0].updates).toBe(1);
    expect([...remoteRefList(fx.remote).keys()].filter((r) => r.startsWith('refs/mtrack/ids/'))).toEqual(
      ['E0001', 'E0002'].map((id) => `refs/mtrack/ids/${id}`),
    );
  });

  test('a push that does not change the scan trains nothing; a changed scan trains only its new trial', async () => {
    const resolve = () =>
      runAction(
        { command: 'resolve', 'working-directory': 'mtrack-exp', remote: fx.remote, token: 'bot-token' },
        { workspace: fx.root, event },
      );
    const again = await resolve();
    expect(again.code).toBe(0);
    expect(again.outputs.count).toBe('0');
    expect(again.stdout).toContain('2 already collected');

    writeFileSync(
      join(fx.expDir, 'configs', 'scan.yaml'),
      TWO_TRIAL_SCAN.replace('[0.001, 0.003]', '[0.001, 0.003, 0.01]'),
    );
    git(fx.expDir, 'commit', '-q', '--no-verify', '-am', 'one more learning rate');
    const changed = await resolve();
    expect(changed.code).toBe(0);
    const matrix = evaluateMatrix('fromJSON(needs.resolve.outputs.matrix)', changed.outputs.matrix);
    expect(matrix.include.map((e) => [e.trial, JSON.parse(e.params_json)])).toEqual([[2, { learning_rate: 0.01 }]]);

    const artifacts = join(fx.root, 'artifacts-2');
    const trial = await runAction(
      {
        command: 'run',
        'working-directory': 'mtrack-exp',
        trial: '2',
        'params-json': matrix.include[0].params_json,
        'output-dir': join(artifacts, 'mtrack-trial-2'),
      },
      { workspace: fx.root, event },
    );
    expect(trial.code).toBe(0);
    const collected = await runAction(
      { command: 'collect', 'working-directory': 'mtrack-exp', 'trials-dir': artifacts, remote: fx.remote, token: 't' },
      { workspace: fx.root, event, apiUrl: github.url },
    );
    expect(collected.code).toBe(0);
    expect(collected.outputs['experiment-ids']).toBe('E0001 E0002 E0003');
    expect(runFoldersOn(fx.remote, 'refs/heads/mtrack/scan/pr-7').map((f) => f.slice(-5))).toEqual([
      'E0001',
      'E0002',
      'E0003',
    ]);
    expect(github.pulls).toHaveLength(1);
  });
});
