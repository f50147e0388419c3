import { jest } from '@jest/globals';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pushRevisions } from '../../src/app/data/push.js';
import { loadWorkspace } from '../../src/app/setup/workspace.js';
import { parseScanYaml, resolveScan, type Observation } from '../../src/core/scan/index.js';
import { startFakeGitHub, runAction, type ActionRun, type FakeGitHub } from '../helpers/fake-github.js';
import { tempDir } from '../helpers/git-fixture.js';
import { experimentFixture, git, runFoldersOn, type ExperimentFixture } from '../helpers/git-remote.js';
import { S3_CREDENTIALS, startS3, type LoopbackS3 } from '../helpers/s3-server.js';

jest.setTimeout(600_000);

const BAYES_SCAN = `scan:
  method: bayes
  max_trials: 6
  seed: 5
  metric:
    name: loss
    goal: minimize
  parameters:
    learning_rate:
      distribution: log_uniform_values
      min: 0.0005
      max: 0.05
    batch_size:
      values: [32, 64]
`;
const BUCKET = 'team-data';
const BOT = 'refs/heads/mtrack/scan/pr-7';
const WORKFLOW_REF = 'acme/experiments/.github/workflows/mtrack-scan.yml@refs/pull/7/merge';

type Event = { name: string; payload: Record<string, unknown> };
type Matrix = { include: { trial: number; params_json: string; config: string }[] };

/**
 * A bayes scan on hosted runners, replayed through dist/index.js like mtrack-scan.yml: a pull_request run trains the
 * first wave, its collect dispatches the workflow again, and the dispatched run trains the second wave from the first
 * wave's results. Data comes from a loopback S3 store, GitHub is a loopback fake, the remote a local bare repo.
 */
describe('a bayes scan in waves through the Action', () => {
  let fx: ExperimentFixture;
  let s3: LoopbackS3;
  let github: FakeGitHub;
  let prEvent: Event;
  let head: string;
  const saved = { ...process.env };

  beforeAll(async () => {
    fx = await experimentFixture(BAYES_SCAN);
    s3 = await startS3([BUCKET]);
    github = await startFakeGitHub();
    github.humanPulls.set(7, { state: 'open' });
    Object.assign(process.env, S3_CREDENTIALS, { AWS_EC2_METADATA_DISABLED: 'true' });
    process.env.MTRACK_CACHE_DIR = join(fx.root, 'push-cache');
    const settings = readFileSync(join(fx.expDir, 'mtrack.yaml'), 'utf8').replace(
      /dataset_store:\n(  .*\n)+/,
      `dataset_store:\n  type: s3\n  bucket: ${BUCKET}\n  prefix: exp\n  endpoint: ${s3.endpoint}\n  force_path_style: true\n`,
    );
    writeFileSync(join(fx.expDir, 'mtrack.yaml'), settings);
    git(fx.expDir, 'commit', '-q', '--no-verify', '-am', 'use the team S3 store');
    await pushRevisions(loadWorkspace(fx.expDir), { datasetId: 'mnist', from: '../ml-data-store' });
    rmSync(join(fx.root, 'ml-data-store'), { recursive: true, force: true });
    git(fx.expDir, 'push', '-q', fx.remote, 'HEAD:refs/heads/main');
    git(fx.expDir, 'checkout', '-q', '--detach');
    head = git(fx.expDir, 'rev-parse', 'HEAD').trim();
    prEvent = {
      name: 'pull_request',
      payload: {
        pull_request: { number: 7, base: { ref: 'main', sha: head }, head: { ref: 'scan-bayes', sha: head } },
        repository: { default_branch: 'main' },
      },
    };
    process.env.MTRACK_CACHE_DIR = tempDir('mtrack-runner-cache-'); // actions/cache, shared by the trial jobs
  });
  afterAll(async () => {
    process.env = saved;
    await github.close();
    await s3.close();
  });

  const action = (inputs: Record<string, string>, event: Event) =>
    runAction(
      { 'working-directory': 'mtrack-exp', ...inputs },
      {
        workspace: fx.root,
        event,
        apiUrl: github.url,
        github: { GITHUB_WORKFLOW_REF: WORKFLOW_REF, GITHUB_SHA: head },
      },
    );
  const ok = (r: ActionRun) => {
    expect(r.stdout.split('\n').filter((l) => l.startsWith('::error::'))).toEqual([]);
    expect(r.code).toBe(0);
    return r;
  };
  const resolve = (event: Event) =>
    action({ command: 'resolve', parallelism: '3', remote: fx.remote, token: 'gh-token' }, event);

  /** One workflow run: resolve, a job per matrix entry (all must succeed), collect. */
  async function workflowRun(
    event: Event,
    name: string,
  ): Promise<{ matrix: Matrix; remaining: string; collect: ActionRun }> {
    const resolved = ok(await resolve(event));
    const matrix = JSON.parse(resolved.outputs.matrix) as Matrix;
    const artifacts = join(fx.root, name);
    for (const entry of matrix.include) {
      const args = { trial: String(entry.trial), 'params-json': entry.params_json };
      ok(await action({ command: 'run', ...args, 'output-dir': join(artifacts, `t${entry.trial}`) }, event));
    }
    const collect = ok(
      await action(
        {
          command: 'collect',
          'trials-dir': artifacts,
          remote: fx.remote,
          token: 'bot-token',
          'wave-token': 'gh-token',
          'remaining-trials': resolved.outputs.remaining,
        },
        event,
      ),
    );
    return { matrix, remaining: resolved.outputs.remaining, collect };
  }

  /** What the bot branch says about each collected run: its params and its scan metric. */
  function collectedObservations(): Observation[] {
    return runFoldersOn(fx.remote, BOT).map((f) => {
      const show = (file: string) => JSON.parse(git(fx.remote, 'show', `${BOT}:experiments/${f}/${file}`));
      return { params: show('manifest.json').inputs.scan.params, value: show('metrics.json').primary_metric.value };
    });
  }

  test("6 trials with parallelism 3 run in 2 waves; the second wave is suggested from the first wave's results", async () => {
    const wave1 = await workflowRun(prEvent, 'wave-1');
    expect(wave1.matrix.include.map((e) => e.trial)).toEqual([0, 1, 2]);
    expect(wave1.remaining).toBe('3');
    expect(runFoldersOn(fx.remote, BOT)).toHaveLength(3);
    expect(wave1.collect.outputs['next-wave']).toBe('true');
    expect(github.dispatches).toEqual([
      {
        workflow: 'mtrack-scan.yml',
        ref: 'scan-bayes',
        inputs: expect.objectContaining({ pr: '7', 'head-ref': 'scan-bayes', 'base-ref': 'main' }),
      },
    ]);
    const history = collectedObservations();
    // every run is scored by the scan's metric (loss, minimized), not by accuracy recorded under its name
    for (const f of runFoldersOn(fx.remote, BOT)) {
      const metrics = JSON.parse(git(fx.remote, 'show', `${BOT}:experiments/${f}/metrics.json`));
      expect(metrics.primary_metric).toEqual({ name: 'loss', value: metrics.loss, goal: 'minimize' });
    }

    // the dispatched run: GitHub starts mtrack-scan.yml on the PR branch with the dispatch's inputs
    const dispatched = { name: 'workflow_dispatch', payload: { inputs: github.dispatches[0].inputs } };
    const wave2 = await workflowRun(dispatched, 'wave-2');
    expect(wave2.matrix.include.map((e) => e.trial)).toEqual([3, 4, 5]);
    expect(wave2.remaining).toBe('0');
    expect(github.dispatches).toHaveLength(1); // max_trials reached: no third wave
    expect(wave2.collect.outputs['next-wave']).toBeUndefined();

    // the second wave is TPE's answer to the first wave's results: other results would have given other trials
    const spec = parseScanYaml(BAYES_SCAN, 'configs/scan.yaml');
    const wave2Params = wave2.matrix.include.map((e) => JSON.parse(e.params_json));
    const suggest = (h: Observation[]) => resolveScan(spec, h, { waveSize: 3 }).trials.map((t) => t.params);
    expect(suggest(history)).toEqual(wave2Params);
    expect(suggest(history.map((o) => ({ ...o, value: -(o.value as number) })))).not.toEqual(wave2Params);

    // 6 distinct runs landed through one bot PR, and the branch passes verify as the bot PR's check would
    const runs = runFoldersOn(fx.remote, BOT);
    expect(runs.map((f) => f.slice(-5))).toEqual(['E0001', 'E0002', 'E0003', 'E0004', 'E0005', 'E0006']);
    expect(new Set(collectedObservations().map((o) => JSON.stringify(o.params))).size).toBe(6);
    expect(github.pulls).toHaveLength(1);
    git(fx.expDir, 'fetch', '-q', fx.remote, `${BOT}:refs/remotes/bot/pr-7`);
    const verified = ok(await action({ command: 'verify', base: head, head: 'refs/remotes/bot/pr-7' }, prEvent));
    expect(verified.outputs.violations).toBe('0');

    // a later push that does not change the scan trains nothing
    const again = ok(await resolve(prEvent));
    expect([again.outputs.count, again.outputs.remaining]).toEqual(['0', '0']);
  });

  test('a dispatched wave of a closed or forked pull request trains nothing', async () => {
    const inputs = { pr: '7', 'head-ref': 'scan-bayes', 'base-ref': 'main', 'scan-hash': 'sha256:x' };
    for (const state of [{ state: 'closed' as const }, { state: 'open' as const, fork: true }]) {
      github.humanPulls.set(7, state);
      const r = ok(await resolve({ name: 'workflow_dispatch', payload: { inputs } }));
      expect([r.outputs.count, r.outputs.remaining, r.outputs.matrix]).toEqual(['0', '0', '{"include":[]}']);
      expect(r.stdout).toMatch(state.fork ? /comes from a fork/ : /is closed/);
    }
  });
});
