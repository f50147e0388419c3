import { jest } from '@jest/globals';
import { cpSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { restampRunFolder } from '../../src/app/action/restamp.js';
import { verifyRange } from '../../src/app/verify/verify.js';
import { startFakeGitHub, runAction, type FakeGitHub } from '../helpers/fake-github.js';
import { tempDir } from '../helpers/git-fixture.js';
import { experimentFixture, git, remoteRefList, runFoldersOn, type ExperimentFixture } from '../helpers/git-remote.js';

jest.setTimeout(240_000);

const pr = (number: number, sha: string) => ({
  name: 'pull_request',
  payload: {
    pull_request: { number, base: { ref: 'main', sha }, head: { ref: `scan-${number}`, sha } },
    repository: { default_branch: 'main' },
  },
});

describe('collect under concurrency', () => {
  let fx: ExperimentFixture;
  let github: FakeGitHub;
  let trials: string; // two trained trial artifacts, provisional id E0001 each

  beforeAll(async () => {
    fx = await experimentFixture();
    github = await startFakeGitHub();
    trials = join(fx.root, 'artifacts');
    const event = pr(1, git(fx.expDir, 'rev-parse', 'HEAD').trim());
    for (const trial of [0, 1]) {
      const r = await runAction(
        {
          command: 'run',
          'working-directory': 'mtrack-exp',
          trial: String(trial),
          'output-dir': join(trials, `mtrack-trial-${trial}`),
        },
        { workspace: fx.root, event },
      );
      expect(r.code).toBe(0);
    }
  });
  afterAll(async () => github.close());

  test('two scans collected at the same time, with a run committed on base meanwhile, never share an E#### id', async () => {
    // Someone commits a run (E0001) straight to main after both scans trained.
    const clone = tempDir('mtrack-human-');
    git(clone, 'clone', '-q', fx.remote, '.');
    for (const [k, v] of [
      ['user.name', 'Human'],
      ['user.email', 'h@example.com'],
      ['commit.gpgSign', 'false'],
    ])
      git(clone, 'config', k, v);
    const provisional = readdirSync(join(trials, 'mtrack-trial-0', 'experiments'))[0];
    const human = await restampRunFolder(
      join(trials, 'mtrack-trial-0', 'experiments', provisional),
      join(clone, 'experiments'),
      'E0001',
      join(clone, '.mtrack', 'staging'),
    );
    git(clone, 'add', 'experiments');
    git(clone, 'commit', '-q', '-m', 'mtrack: E0001 mnist resnet_mnist_digits — by hand');
    git(clone, 'push', '-q', 'origin', 'main');

    const head = git(fx.expDir, 'rev-parse', 'HEAD').trim();
    const collect = (n: number) =>
      runAction(
        { command: 'collect', 'working-directory': 'mtrack-exp', 'trials-dir': trials, remote: fx.remote, token: 't' },
        { workspace: fx.root, event: pr(n, head), apiUrl: github.url },
      );
    const [a, b] = await Promise.all([collect(11), collect(12)]);
    expect([a, b].map((r) => (r.code === 0 ? 0 : `exit ${r.code}: ${r.stdout}${r.stderr}`))).toEqual([0, 0]);

    const onMain = runFoldersOn(fx.remote, 'refs/heads/main');
    const onA = runFoldersOn(fx.remote, 'refs/heads/mtrack/scan/pr-11').filter((f) => !onMain.includes(f));
    const onB = runFoldersOn(fx.remote, 'refs/heads/mtrack/scan/pr-12').filter((f) => !onMain.includes(f));
    const ids = [...onMain, ...onA, ...onB].map((f) => f.slice(-5));
    expect(onMain).toEqual([human]);
    expect(onA).toHaveLength(2);
    expect(onB).toHaveLength(2);
    expect(new Set(ids).size).toBe(5);
    expect(ids.sort()).toEqual(['E0001', 'E0002', 'E0003', 'E0004', 'E0005']);
    expect(github.pulls.map((p) => p.head).sort()).toEqual(['mtrack/scan/pr-11', 'mtrack/scan/pr-12']);

    // Each bot branch passes every rule against main, and both merged together still hold each id once.
    git(fx.expDir, 'fetch', '-q', fx.remote, '+refs/heads/*:refs/remotes/r/*');
    for (const n of [11, 12])
      expect(await verifyRange(fx.expDir, `r/main..r/mtrack/scan/pr-${n}`, { warn: () => undefined })).toEqual([]);
  });

  test('restamping keeps config_hash and rewrites the id in the folder name, manifest, metrics and notes', async () => {
    const source = join(trials, 'mtrack-trial-1', 'experiments');
    const old = readdirSync(source)[0];
    const out = tempDir('mtrack-restamp-');
    const folder = await restampRunFolder(join(source, old), out, 'E0042', join(out, '.staging'));
    const read = (dir: string, f: string) => readFileSync(join(dir, f), 'utf8');
    const before = JSON.parse(read(join(source, old), 'manifest.json'));
    const after = JSON.parse(read(join(out, folder), 'manifest.json'));
    expect(folder).toBe(old.replace(/E\d{4}$/, 'E0042'));
    expect(after.experiment_id).toBe('E0042');
    expect(after.stamp.experiment_id).toBe('E0042');
    expect(after.stamp.config_hash).toBe(before.stamp.config_hash);
    expect(after.outputs.metrics_path).toBe(`experiments/${folder}/metrics.json`);
    expect(after.inputs.config.resolved_path).toBe(`experiments/${folder}/config_resolved.yaml`);
    expect(JSON.parse(read(join(out, folder), 'metrics.json')).experiment_id).toBe('E0042');
    expect(read(join(out, folder), 'notes.md').split('\n')[0]).toBe('# E0042 Notes');
    expect(read(join(out, folder), 'config_resolved.yaml')).toBe(read(join(source, old), 'config_resolved.yaml'));
    expect(readFileSync(join(out, folder, 'artifacts/model/weights.bin'))).toEqual(
      readFileSync(join(source, old, 'artifacts/model/weights.bin')),
    );
  });

  test('refuses to push runs that break the rules: nothing lands on the remote', async () => {
    const bad = tempDir('mtrack-bad-');
    cpSync(join(trials, 'mtrack-trial-0'), join(bad, 'a'), { recursive: true });
    const folder = readdirSync(join(bad, 'a', 'experiments'))[0];
    const manifestPath = join(bad, 'a', 'experiments', folder, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    manifest.stamp.config_hash = `sha256:${'0'.repeat(64)}`;
    (await import('node:fs')).writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
    const before = remoteRefList(fx.remote);
    const r = await runAction(
      {
        command: 'collect',
        'working-directory': 'mtrack-exp',
        'trials-dir': bad,
        remote: fx.remote,
        branch: 'mtrack/bad',
      },
      { workspace: fx.root, event: pr(13, 'a'.repeat(40)), apiUrl: github.url },
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::error::collect: the collected runs break the stamping rules/);
    expect(remoteRefList(fx.remote)).toEqual(before);
  });
});
