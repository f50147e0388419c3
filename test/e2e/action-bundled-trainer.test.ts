import { jest } from '@jest/globals';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runAction } from '../helpers/fake-github.js';
import { tempDir } from '../helpers/git-fixture.js';
import { TINY_BASELINE, experimentFixture, git } from '../helpers/git-remote.js';

jest.setTimeout(300_000);

const ROOT = process.cwd();

/**
 * What `actions/checkout` of mtrack gives a trial job: the committed files (action.yml, dist/, package.json,
 * schemas/, templates/), no node_modules and no compiled lib/. Nothing is installed, so the trainer and its wasm
 * files must come from the bundle; a node_modules above the temp folder would hide that, so the test checks.
 */
function checkoutWithoutInstall(): string {
  const tool = join(tempDir('mtrack-runner-tool-'), 'mtrack-tool');
  for (const path of ['action.yml', 'package.json', 'dist', 'schemas', 'templates'])
    cpSync(join(ROOT, path), join(tool, path), { recursive: true });
  return tool;
}

describe('a trial job that installs nothing', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  test.each([
    ['the threaded wasm backend', 'wasm', 'wasm simd, 2 threads'],
    ['the cpu backend', 'cpu', 'cpu (plain JavaScript)'],
  ])('trains with %s from the bundle alone and writes a stamped run folder', async (_, backend, device) => {
    const tool = checkoutWithoutInstall();
    expect(
      ['node_modules', 'lib', '../node_modules', '../../node_modules'].filter((p) => existsSync(join(tool, p))),
    ).toEqual([]);
    const fx = await experimentFixture();
    writeFileSync(
      join(fx.expDir, 'configs/baseline.yaml'),
      TINY_BASELINE.replace('backend: cpu', `backend: ${backend}`),
    );
    git(fx.expDir, 'commit', '-q', '--no-verify', '--allow-empty', '-am', `train on ${backend}`);
    const head = git(fx.expDir, 'rev-parse', 'HEAD').trim();
    git(fx.expDir, 'checkout', '-q', '--detach');

    process.env.MTRACK_WASM_THREADS = '2'; // the threaded start needs the bundled worker files: no silent fallback
    const r = await runAction(
      { command: 'run', 'working-directory': 'mtrack-exp', trial: '1', 'output-dir': join(fx.root, 'trial') },
      { workspace: fx.root, entry: join(tool, 'dist', 'index.js') },
    );

    expect(r.stdout.split('\n').filter((l) => l.startsWith('::error::'))).toEqual([]);
    expect(r.code).toBe(0);
    const folder = r.outputs['run-folder'];
    const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8'));
    expect(manifest.stamp.git_commit).toBe(head);
    expect(manifest.environment).toMatchObject({ backend, trainer: 'builtin:tfjs' });
    const metrics = JSON.parse(readFileSync(join(folder, 'metrics.json'), 'utf8'));
    expect(metrics.profiling).toMatchObject({ backend, device });
    expect(JSON.parse(readFileSync(join(fx.root, 'trial', 'trial.json'), 'utf8'))).toMatchObject({
      trial: 1,
      params: { learning_rate: 0.003 },
    });
  });
});
