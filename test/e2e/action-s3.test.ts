import { jest } from '@jest/globals';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pushRevisions } from '../../src/app/data/push.js';
import { loadWorkspace } from '../../src/app/setup/workspace.js';
import { runAction } from '../helpers/fake-github.js';
import { tempDir } from '../helpers/git-fixture.js';
import { experimentFixture, git, type ExperimentFixture } from '../helpers/git-remote.js';
import { S3_CREDENTIALS, startS3, type LoopbackS3 } from '../helpers/s3-server.js';

jest.setTimeout(300_000);

const BUCKET = 'team-data';

/**
 * A hosted runner: no local dataset store, the revision only in S3, and mtrack's content cache in a folder that
 * `actions/cache` restores between jobs (MTRACK_CACHE_DIR, keyed by resolve's data-key).
 */
describe('the Action on a hosted runner with the S3 store', () => {
  let fx: ExperimentFixture;
  let s3: LoopbackS3;
  let event: { name: string; payload: Record<string, unknown> };
  const saved = { ...process.env };

  beforeAll(async () => {
    fx = await experimentFixture();
    s3 = await startS3([BUCKET]);
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
    rmSync(join(fx.root, 'push-cache'), { recursive: true, force: true });
    git(fx.expDir, 'checkout', '-q', '--detach');
    const head = git(fx.expDir, 'rev-parse', 'HEAD').trim();
    event = {
      name: 'pull_request',
      payload: {
        pull_request: { number: 3, base: { ref: 'main', sha: head }, head: { ref: 'scan-s3', sha: head } },
        repository: { default_branch: 'main' },
      },
    };
  });
  afterAll(async () => {
    process.env = saved;
    await s3.close();
  });

  test('resolve names the cache key by the revision checksums; trials read S3 once, then the restored cache alone', async () => {
    const resolved = await runAction(
      { command: 'resolve', 'working-directory': 'mtrack-exp' },
      { workspace: fx.root, event },
    );
    expect(resolved.code).toBe(0);
    const manifest = JSON.parse(
      readFileSync(join(fx.dataDir, 'datasets/mnist/revisions/D0001/dataset_manifest.json'), 'utf8'),
    );
    expect(resolved.outputs['data-key']).toBe(`mtrack-data-mnist-D0001-${manifest.checksums.slice(7)}`);

    const cache = tempDir('mtrack-runner-cache-'); // what actions/cache saves after the first job and restores later
    const trial = async (n: number) => {
      process.env.MTRACK_CACHE_DIR = cache;
      const r = await runAction(
        {
          command: 'run',
          'working-directory': 'mtrack-exp',
          trial: String(n),
          'output-dir': join(fx.root, 'artifacts', `mtrack-trial-${n}`),
        },
        { workspace: fx.root, event },
      );
      expect(r.stdout.split('\n').filter((l) => l.startsWith('::error::'))).toEqual([]);
      expect(r.code).toBe(0);
      return JSON.parse(readFileSync(join(r.outputs['run-folder'], 'manifest.json'), 'utf8'));
    };
    const first = await trial(0);
    expect(first.inputs.dataset.store).toEqual({
      type: 's3',
      root: 's3://team-data/exp',
      relative_path: 'mnist/D0001',
    });
    expect(first.stamp.git_branch).toBe('scan-s3');
    expect(readdirSync(join(cache, 'sha256')).length).toBeGreaterThan(0);

    await s3.close(); // the next job gets its bytes from the restored cache, with no request to the store
    const second = await trial(1);
    expect(second.inputs.dataset.checksums).toBe(first.inputs.dataset.checksums);
    expect(existsSync(join(fx.root, 'ml-data-store'))).toBe(false);
    s3 = { ...s3, close: async () => undefined };
  });
});
