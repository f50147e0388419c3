import { jest } from '@jest/globals';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { verifyRange } from '../../src/app/verify/verify.js';
import { startFakeGitHub, runAction, type FakeGitHub } from '../helpers/fake-github.js';
import { fakeCommitSha, startFakeHub, type FakeHub } from '../helpers/fake-hub.js';
import { tempDir } from '../helpers/git-fixture.js';
import { experimentFixture, git, remoteRefList, runFoldersOn, type ExperimentFixture } from '../helpers/git-remote.js';

jest.setTimeout(240_000);

const MODEL = 'lane99/resnet_mnist_digits';
const dispatch = { name: 'workflow_dispatch', payload: { inputs: {}, repository: { default_branch: 'main' } } };
const errors = (stdout: string) => stdout.split('\n').filter((l) => l.startsWith('::error::'));

describe('the Action chained like mtrack-baseline.yml: baseline -> collect', () => {
  let fx: ExperimentFixture;
  let hub: FakeHub;
  let github: FakeGitHub;
  const hubSha = fakeCommitSha();

  beforeAll(async () => {
    fx = await experimentFixture(); // the model is pinned offline there: revision 'main', unresolved
    hub = await startFakeHub({
      id: MODEL,
      refs: { main: hubSha },
      pipelineTag: 'image-classification',
      commits: [
        {
          sha: hubSha,
          files: [
            { path: 'README.md', content: '---\nlicense: apache-2.0\n---\n# ResNet digits\n' },
            { path: 'LICENSE', content: 'Apache License\n' },
          ],
        },
      ],
    });
    github = await startFakeGitHub();
  });
  afterAll(async () => {
    await hub.close();
    await github.close();
  });

  test('re-pins the model, trains the baseline stamped with the pushed commit, and collect lands run + pin in one bot commit', async () => {
    const head = git(fx.expDir, 'rev-parse', 'HEAD').trim();
    const out = join(tempDir('mtrack-runner-temp-'), 'mtrack-baseline');

    const baseline = await runAction(
      { command: 'baseline', 'working-directory': 'mtrack-exp', 'hub-endpoint': hub.url, 'output-dir': out },
      { workspace: fx.root, event: dispatch },
    );
    expect(errors(baseline.stdout)).toEqual([]);
    expect(baseline.code).toBe(0);
    expect(baseline.outputs['model-revision']).toBe(hubSha);
    expect(baseline.outputs.dataset).toBe(readFileSync(join(fx.dataDir, 'datasets/mnist/latest.txt'), 'utf8').trim());
    expect(hub.requests.some((r) => r.url.includes(`/api/models/${MODEL}/revision/main`))).toBe(true);

    // The pin is in the working tree, not in a local commit that would never reach the remote.
    const ref = JSON.parse(readFileSync(join(fx.expDir, 'models/baseline/model_ref.json'), 'utf8'));
    expect(ref).toMatchObject({
      model_id: MODEL,
      revision: 'main',
      resolved_commit: hubSha,
      resolution: { status: 'resolved' },
    });
    expect(git(fx.expDir, 'rev-parse', 'HEAD').trim()).toBe(head);
    const dirty = git(fx.expDir, 'status', '--porcelain', '--untracked-files=all')
      .trimEnd()
      .split('\n')
      .map((l) => l.slice(3));
    expect(dirty.length).toBeGreaterThan(0);
    expect(dirty.every((p) => p.startsWith('models/baseline/'))).toBe(true);

    // The run is stamped with the commit it came from (on the remote) and says its worktree held the new pin.
    const folder = readdirSync(join(out, 'experiments'))[0];
    const manifest = JSON.parse(readFileSync(join(out, 'experiments', folder, 'manifest.json'), 'utf8'));
    expect(baseline.outputs['run-folder']).toBe(join(out, 'experiments', folder));
    expect(manifest.stamp).toMatchObject({
      git_commit: head,
      dirty_worktree: true,
      model_id: MODEL,
      dataset_version: baseline.outputs.dataset,
    });
    expect(manifest.inputs.model).toMatchObject({ revision: 'main', resolved_commit: hubSha });
    expect(manifest.inputs.config.path).toBe('configs/baseline.yaml');
    expect(remoteRefList(fx.remote).get('refs/heads/main')).toBe(head);

    // collect, as the workflow's second step (same job, same checkout)
    const collect = await runAction(
      {
        command: 'collect',
        'working-directory': 'mtrack-exp',
        'trials-dir': out,
        remote: fx.remote,
        token: 'bot-token',
        branch: 'mtrack/baseline',
        'extra-paths': 'models/baseline',
        intent: 'baseline refresh',
      },
      { workspace: fx.root, event: dispatch, apiUrl: github.url },
    );
    expect(errors(collect.stdout)).toEqual([]);
    expect(collect.code).toBe(0);
    const bot = 'refs/heads/mtrack/baseline';
    const commit = remoteRefList(fx.remote).get(bot) as string;
    expect(collect.outputs.commit).toBe(commit);
    expect(git(fx.remote, 'rev-parse', `${commit}^`).trim()).toBe(head);
    const landed = runFoldersOn(fx.remote, bot);
    expect(landed).toEqual([folder.replace(/E\d{4}$/, collect.outputs['experiment-ids'])]);
    const files = git(fx.remote, 'diff-tree', '--no-commit-id', '--name-only', '-r', commit).trim().split('\n');
    expect(files).toContain('models/baseline/model_ref.json');
    expect(files).toContain(`experiments/${landed[0]}/manifest.json`);
    expect(files).toContain('experiments/README.md'); // the runs index, regenerated in the run's commit
    const mine = (f: string) => f.startsWith('models/baseline/') || f.startsWith(`experiments/${landed[0]}/`);
    expect(files.every((f) => mine(f) || f === 'experiments/README.md')).toBe(true);
    expect(JSON.parse(git(fx.remote, 'show', `${commit}:models/baseline/model_ref.json`)).resolved_commit).toBe(hubSha);
    expect(git(fx.remote, 'merge-base', '--is-ancestor', manifest.stamp.git_commit, commit)).toBe('');
    expect(git(fx.remote, 'log', '-1', '--format=%s', commit).trim()).toMatch(
      new RegExp(`^mtrack: ${collect.outputs['experiment-ids']} mnist mlp16x1 — baseline refresh$`),
    );
    expect(github.pulls).toHaveLength(1);
    expect(github.pulls[0]).toMatchObject({ head: 'mtrack/baseline', base: 'main', state: 'open' });

    // The bot branch passes the PR check.
    git(fx.expDir, 'fetch', '-q', fx.remote, `${bot}:refs/remotes/bot/baseline`);
    expect(await verifyRange(fx.expDir, `${head}..refs/remotes/bot/baseline`, { warn: () => undefined })).toEqual([]);
  });

  test('fails with one clear error when the dataset revision in the store was tampered with, before training', async () => {
    git(fx.expDir, 'checkout', '-q', '--', '.');
    git(fx.expDir, 'clean', '-qfd');
    const revision = readFileSync(join(fx.dataDir, 'datasets/mnist/latest.txt'), 'utf8').trim();
    const file = join(fx.root, 'ml-data-store', 'mnist', revision, 'train', 'labels-idx1-ubyte');
    const original = readFileSync(file);
    const spoiled = Buffer.from(original);
    spoiled[spoiled.length - 1] ^= 0x01;
    writeFileSync(file, spoiled);
    try {
      const out = join(tempDir('mtrack-runner-temp-'), 'mtrack-baseline');
      const r = await runAction(
        { command: 'baseline', 'working-directory': 'mtrack-exp', 'hub-endpoint': hub.url, 'output-dir': out },
        { workspace: fx.root, event: dispatch },
      );
      expect(r.code).toBe(1);
      expect(errors(r.stdout)).toEqual([
        expect.stringMatching(
          new RegExp(`^::error::mnist ${revision}: store bytes do not match: .*train/labels-idx1-ubyte`),
        ),
      ]);
      expect(r.outputs['run-folder']).toBeUndefined();
      expect(r.stdout).not.toMatch(/epoch/i);
    } finally {
      writeFileSync(file, original);
    }
  });

  test('refuses a checkout with uncommitted changes: the stamp could not say what was trained', async () => {
    git(fx.expDir, 'checkout', '-q', '--', '.');
    git(fx.expDir, 'clean', '-qfd');
    writeFileSync(
      join(fx.expDir, 'configs', 'baseline.yaml'),
      `${readFileSync(join(fx.expDir, 'configs', 'baseline.yaml'), 'utf8')}# local edit\n`,
    );
    const pins = hub.requests.length;
    try {
      const r = await runAction(
        { command: 'baseline', 'working-directory': 'mtrack-exp', 'hub-endpoint': hub.url },
        { workspace: fx.root, event: dispatch },
      );
      expect(r.code).toBe(1);
      expect(errors(r.stdout)).toEqual([
        expect.stringMatching(
          /^::error::working-directory '.*mtrack-exp' has uncommitted changes \(configs\/baseline\.yaml\); baseline expects a clean checkout\./,
        ),
      ]);
      expect(hub.requests.length).toBe(pins); // refused before pinning
    } finally {
      git(fx.expDir, 'checkout', '-q', '--', '.');
    }
  });
});
