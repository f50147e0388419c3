import { lstatSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { installHooks } from '../../src/app/setup/hooks-install.js';
import { mtrack } from '../helpers/cli.js';
import { initRepo, tempDir, type TempRepo } from '../helpers/git-fixture.js';
import { makeWorkspace } from '../helpers/run-fixture.js';

jest.setTimeout(60_000);

const version = JSON.parse(readFileSync('package.json', 'utf8')).version as string;

/** `mtrack init` in a new temp folder: the two repos as TempRepos (initRepo only re-initializes them). */
function initialized(): { root: string; exp: TempRepo; data: TempRepo } {
  const root = tempDir('mtrack-init-');
  const r = mtrack(['init'], root);
  expect(r.stderr).toBe('');
  return { root, exp: initRepo(join(root, 'mtrack-exp')), data: initRepo(join(root, 'mtrack-data')) };
}

function attempt(repo: TempRepo, path: string) {
  repo.write(path, 'x\n');
  repo.git('add', '-A');
  const before = repo.head();
  const result = repo.tryGit(['commit', '-m', 'add notes']);
  return { stderr: result.stderr, moved: repo.head() !== before };
}

test('mtrack init commits no absolute path of the machine: no temp folder, no checkout, no home', () => {
  const { root, exp, data } = initialized();
  const paths = [root, realpathSync(root), process.cwd(), realpathSync(process.cwd()), homedir(), tmpdir()];
  for (const repo of [exp, data]) {
    const found = repo.tryGit(['grep', '-n', '-I', '-F', ...paths.flatMap((p) => ['-e', p])]);
    expect(found.stdout).toBe('');
    expect(found.status).toBe(1); // git grep: 1 = no match (2 would be an error)
  }
});

test('init depends on mtrack, husky and lint-staged by version range and leaves both repos clean', () => {
  const { exp, data } = initialized();
  const deps = (repo: TempRepo) => JSON.parse(repo.git('show', 'HEAD:package.json')).devDependencies;
  expect(deps(exp)).toEqual({
    husky: '^9.1.7',
    'lint-staged': expect.stringMatching(/^\^16\./),
    mtrack: `^${version}`,
  });
  expect(deps(data)).toEqual({ husky: '^9.1.7', mtrack: `^${version}` });
  for (const repo of [exp, data]) {
    expect(repo.git('status', '--porcelain', '--untracked-files=all')).toBe('');
    expect(lstatSync(join(repo.dir, 'node_modules', 'mtrack')).isSymbolicLink()).toBe(true);
  }
});

test("a new repo's hooks run at once: the running mtrack is linked into its node_modules", () => {
  const { exp, data } = initialized();
  expect(attempt(exp, 'notes.md').moved).toBe(true);
  const edit = attempt(data, 'README.md');
  expect(edit.stderr).toBe('');
  expect(edit.moved).toBe(true);
});

test('without node_modules/mtrack both repos refuse a commit of a guarded path with one line saying to run npm install', () => {
  const { exp, data } = initialized();
  // Paths the rules read (a commit touching none of them is decided in the shell and needs no mtrack).
  for (const [repo, path] of [
    [exp, 'experiments/notes.md'],
    [data, 'datasets/notes.md'],
  ] as const) {
    rmSync(join(repo.dir, 'node_modules', 'mtrack'));
    const result = attempt(repo, path);
    expect(result.moved).toBe(false);
    expect(result.stderr).toContain('mtrack: not installed in this repo; run npm install\n');
  }
});

test('hooks install in an existing repo replaces a machine path for mtrack, ignores npm output, and is idempotent', async () => {
  const ws = makeWorkspace();
  const pkg = { name: 'mine', devDependencies: { mtrack: `file:${process.cwd()}`, jest: '^29.0.0' } };
  writeFileSync(join(ws.exp.dir, 'package.json'), JSON.stringify(pkg, null, 2));
  await installHooks(ws.exp.dir);
  const after = (repo: TempRepo) => ['package.json', '.gitignore'].map((f) => readFileSync(join(repo.dir, f), 'utf8'));
  const first = after(ws.exp);
  expect(JSON.parse(first[0])).toEqual({
    name: 'mine',
    devDependencies: { husky: '^9.1.7', jest: '^29.0.0', 'lint-staged': expect.any(String), mtrack: `^${version}` },
    scripts: { prepare: 'husky' },
  });
  ws.exp.git('add', '-A');
  expect(ws.exp.git('diff', '--cached', '--name-only').split('\n').filter(Boolean).sort()).toEqual(
    [
      '.gitignore',
      '.husky/commit-msg',
      '.husky/pre-commit',
      '.husky/pre-push',
      '.lintstagedrc.mjs',
      'package.json',
    ].sort(),
  );
  await installHooks(ws.exp.dir);
  expect(after(ws.exp)).toEqual(first);
  expect(after(ws.data)[1]).toContain('node_modules/\n');
});

test('a commit touching nothing mtrack guards is decided in the shell: it passes even without node_modules/mtrack', () => {
  const { exp } = initialized();
  rmSync(join(exp.dir, 'node_modules', 'mtrack'));
  const result = attempt(exp, 'docs/notes.md');
  expect(result.stderr).toBe('');
  expect(result.moved).toBe(true);
});
