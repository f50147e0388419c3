import { execFileSync, spawnSync } from 'node:child_process';
import { lstatSync, readFileSync, realpathSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { mtrack } from '../helpers/cli.js';
import { cleanEnv, commitFiles, initRepo, tempDir, type TempRepo } from '../helpers/git-fixture.js';
import { datasetManifest, makeRunFolder, runFiles } from '../helpers/run-fixture.js';

// Done-when 4 of issue 11: a teammate's clone of an initialized experiment repo plus an offline `npm install` of
// mtrack from a tarball gets working hooks from its own node_modules and a clean working tree.
jest.setTimeout(300_000);

const MSG = (id: string) => `mtrack: ${id} mnist resnet_mnist_digits — teammate`;
const timings: Record<string, number> = {};

/** npm without the npm_* variables `npm test` exports (they would carry this checkout's npm settings along). */
function npm(cwd: string, label: string, args: string[]): string {
  const env = Object.fromEntries(Object.entries(cleanEnv()).filter(([k]) => !/^npm_/i.test(k) && k !== 'HUSKY'));
  const started = Date.now();
  const r = spawnSync('npm', args, { cwd, env, encoding: 'utf8' });
  timings[label] = Date.now() - started;
  // ENOTCACHED here means ~/.npm lacks a package's full metadata: run the same command once with the network.
  if (r.status !== 0) throw new Error(`npm ${args.join(' ')} failed in '${cwd}':\n${r.stdout}${r.stderr}`);
  return r.stdout;
}

/** `git clone`, then the fixtures' local identity (git init on a clone only re-initializes it). */
function cloneRepo(from: string, to: string): TempRepo {
  execFileSync('git', ['clone', '-q', from, to], { env: cleanEnv(), stdio: 'pipe' });
  return initRepo(to);
}

function attempt(repo: TempRepo, files: Record<string, string | Uint8Array>, message: string) {
  for (const [path, content] of Object.entries(files)) repo.write(path, content);
  repo.git('add', '-A');
  const before = repo.head();
  const result = repo.tryGit(['commit', '-m', message]);
  const moved = repo.head() !== before;
  if (!moved) repo.git('reset', '-q', '--hard');
  return { status: result.status, stderr: result.stderr, moved };
}

let exp: TempRepo;
let metaCommit: string;

beforeAll(() => {
  const packs = tempDir('mtrack-pack-');
  const started = Date.now();
  // --ignore-scripts: `prepare` would rebuild lib/, which the test run has just built.
  const [{ filename }] = JSON.parse(
    npm(process.cwd(), 'npm pack', ['pack', '--ignore-scripts', '--json', '--pack-destination', packs]),
  ) as { filename: string }[];
  const tarball = join(packs, filename);

  const mine = tempDir('mtrack-mine-');
  const init = mtrack(['init'], mine);
  expect(init.stderr).toBe('');
  const theirs = tempDir('mtrack-theirs-');
  exp = cloneRepo(join(mine, 'mtrack-exp'), join(theirs, 'mtrack-exp'));
  const data = cloneRepo(join(mine, 'mtrack-data'), join(theirs, 'mtrack-data'));
  metaCommit = commitFiles(data, {
    'datasets/mnist/revisions/D0001/dataset_manifest.json': JSON.stringify(datasetManifest('D0001'), null, 2) + '\n',
  });

  // --no-save keeps package.json's version range (npm would write the tarball's path there); the plain install
  // after it is what a teammate runs later: it runs `prepare` (husky) and writes package-lock.json.
  // --prefer-offline: from ~/.npm, and the registry only when this machine's cache lacks a package's full metadata.
  const offline = ['--prefer-offline', '--no-audit', '--no-fund'];
  npm(exp.dir, 'npm install <tarball>', ['install', ...offline, '--no-save', tarball]);
  npm(exp.dir, 'npm install', ['install', ...offline]);
  timings.total = Date.now() - started;
});

afterAll(() => console.log(`clone + offline install timings (ms): ${JSON.stringify(timings)}`));

test("the clone's npm install puts mtrack itself (not a link to another folder) in node_modules and wires husky", () => {
  const installed = join(exp.dir, 'node_modules', 'mtrack');
  expect(lstatSync(installed).isSymbolicLink()).toBe(false);
  expect(realpathSync(installed).startsWith(realpathSync(exp.dir))).toBe(true);
  expect(JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')).name).toBe('mtrack');
  expect(lstatSync(join(exp.dir, 'node_modules', '.bin', 'lint-staged')).isSymbolicLink()).toBe(true);
  expect(exp.git('config', 'core.hooksPath').trim()).toBe('.husky/_');
});

test('after npm install the clone is clean: node_modules and package-lock.json are ignored, package.json unchanged', () => {
  expect(exp.git('status', '--porcelain', '--untracked-files=all')).toBe('');
  expect(exp.git('check-ignore', 'package-lock.json', 'node_modules/mtrack')).toBe(
    'package-lock.json\nnode_modules/mtrack\n',
  );
});

test("a legitimate run commits through the clone's hooks, and a changed metrics.json of it is refused", () => {
  const run = makeRunFolder({ n: 1, metaCommit });
  const ok = attempt(exp, runFiles(run), MSG('E0001'));
  expect(ok.stderr).not.toContain('mtrack:');
  expect(ok.moved).toBe(true);

  const path = `experiments/${run.folder}/metrics.json`;
  const tampered = attempt(exp, { [path]: '{"accuracy": 0.99}\n' }, 'better metrics');
  expect(tampered.moved).toBe(false);
  expect(tampered.stderr).toContain(`mtrack: [metrics-overwrite] ${path}`);
});

test('a run whose config_hash is not its config_resolved.yaml is refused in the clone', () => {
  const files = runFiles(makeRunFolder({ n: 2, metaCommit }));
  const config = Object.keys(files).find((p) => p.endsWith('config_resolved.yaml'))!;
  files[config] = String(files[config]).replace('epochs: 1', 'epochs: 3');
  const result = attempt(exp, files, MSG('E0002'));
  expect(result.moved).toBe(false);
  expect(result.stderr).toContain('[config-hash]');
});

test('with mtrack gone from node_modules a commit is refused with one line saying to run npm install', () => {
  const installed = join(exp.dir, 'node_modules', 'mtrack');
  renameSync(installed, `${installed}.away`);
  try {
    const result = attempt(exp, { 'experiments/notes.md': 'x\n' }, 'notes');
    expect(result.moved).toBe(false);
    expect(result.stderr).toContain('mtrack: not installed in this repo; run npm install\n');
  } finally {
    renameSync(`${installed}.away`, installed);
  }
});
