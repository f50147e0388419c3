// The remotes bench:action's trial jobs check out: the experiment repo (data in the S3 store, a one-trial scan on
// the wasm backend), the dataset-meta repo, and mtrack itself at HEAD with the dist/ this checkout built.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pushRevisions } from '../src/app/data/push.js';
import { loadWorkspace } from '../src/app/setup/workspace.js';
import { tempDir } from '../test/helpers/git-fixture.js';
import { TINY_BASELINE, experimentFixture, git } from '../test/helpers/git-remote.js';

export interface BenchRemotes {
  root: string;
  exp: string; // bare remotes
  data: string;
  mtrack: string;
  mtrackCommit: string; // HEAD of this checkout
  distCommitted: boolean; // dist/ differed from HEAD's, so the bench committed it on top in its copy
  event: { name: string; payload: Record<string, unknown> };
}

const SCAN = `scan:\n  method: grid\n  seed: 1\n  parameters:\n    learning_rate:\n      values: [0.002]\n`;

export async function benchRemotes(s3Endpoint: string): Promise<BenchRemotes> {
  const fx = await experimentFixture(SCAN);
  process.env.MTRACK_CACHE_DIR = join(fx.root, 'push-cache');
  const settings = readFileSync(join(fx.expDir, 'mtrack.yaml'), 'utf8').replace(
    /dataset_store:\n( {2}.*\n)+/,
    `dataset_store:\n  type: s3\n  bucket: team-data\n  prefix: exp\n  endpoint: ${s3Endpoint}\n  force_path_style: true\n`,
  );
  writeFileSync(join(fx.expDir, 'mtrack.yaml'), settings);
  // auto: what a config without `backend` gets (tfjs-node is not there, so the bundled wasm backend starts).
  writeFileSync(join(fx.expDir, 'configs/baseline.yaml'), TINY_BASELINE.replace('backend: cpu', 'backend: auto'));
  git(fx.expDir, 'commit', '-q', '--no-verify', '-am', 'the team S3 store; backend auto');
  await pushRevisions(loadWorkspace(fx.expDir), { datasetId: 'mnist', from: '../ml-data-store' });
  rmSync(join(fx.root, 'ml-data-store'), { recursive: true, force: true });
  rmSync(join(fx.root, 'push-cache'), { recursive: true, force: true });
  git(fx.expDir, 'push', '-q', fx.remote, 'HEAD:main');
  const head = git(fx.expDir, 'rev-parse', 'HEAD').trim();
  const data = join(fx.root, 'data.git');
  git(fx.root, 'clone', '-q', '--bare', fx.dataDir, data);
  const { mtrack, commit, distCommitted } = mtrackRemote(fx.root);
  return {
    root: fx.root,
    exp: fx.remote,
    data,
    mtrack,
    mtrackCommit: commit,
    distCommitted,
    event: {
      name: 'pull_request',
      payload: {
        pull_request: { number: 3, base: { ref: 'main', sha: head }, head: { ref: 'scan-bench', sha: head } },
        repository: { default_branch: 'main' },
      },
    },
  };
}

/**
 * A bare copy of mtrack at this checkout's HEAD, as the template's `actions/checkout` of MTRACK_REF sees it. dist/
 * is committed in mtrack; when this checkout's freshly built dist/ differs from HEAD's, it is committed on top here
 * (only in the copy), so the jobs run the bundle being measured.
 */
function mtrackRemote(root: string): { mtrack: string; commit: string; distCommitted: boolean } {
  const work = join(tempDir('mtrack-bench-tool-'), 'mtrack');
  git(root, 'init', '-q', '-b', 'main', work);
  git(work, 'fetch', '-q', process.cwd(), 'HEAD');
  git(work, 'checkout', '-q', '-B', 'main', 'FETCH_HEAD');
  const commit = git(work, 'rev-parse', 'HEAD').trim();
  rmSync(join(work, 'dist'), { recursive: true, force: true });
  cpSync(join(process.cwd(), 'dist'), join(work, 'dist'), { recursive: true });
  git(work, 'add', '-A', 'dist');
  const distCommitted = git(work, 'status', '--porcelain', 'dist').trim() !== '';
  if (distCommitted) {
    const id = ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', '-c', 'commit.gpgSign=false'];
    git(work, ...id, 'commit', '-q', '--no-verify', '-m', 'dist built by npm run bundle');
  }
  const mtrack = join(root, 'mtrack.git');
  git(root, 'clone', '-q', '--bare', work, mtrack);
  return { mtrack, commit, distCommitted };
}
