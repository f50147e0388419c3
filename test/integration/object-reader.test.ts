import { execFileSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ObjectReader, gitCommonDir, parseTree } from '../../src/adapters/git/index.js';
import { cleanEnv, commitFiles, initRepo, tempDir } from '../helpers/git-fixture.js';

function repoWithFiles() {
  const repo = initRepo();
  const big = Buffer.alloc(3 * 1024 * 1024 + 7, 'x'); // several pipe chunks
  commitFiles(
    repo,
    { 'experiments/run-a/notes.md': 'a\n', 'experiments/run-b/big.bin': big, 'README.md': '#\n' },
    'c1',
  );
  return { repo, big };
}

test('answers pipelined questions in order: HEAD, sizes, contents, trees and missing names', async () => {
  const { repo, big } = repoWithFiles();
  const reader = new ObjectReader(repo.dir);
  const blob = repo.git('rev-parse', 'HEAD:experiments/run-b/big.bin').trim();
  const [head, size, bytes, notes, missing, tree] = await Promise.all([
    reader.info('HEAD'),
    reader.info(blob),
    reader.contents(blob),
    reader.contents('HEAD:experiments/run-a/notes.md'),
    reader.contents('HEAD:no/such/file'),
    reader.contents('HEAD:experiments'),
  ]);
  reader.close();
  expect(head).toEqual({ oid: repo.head(), type: 'commit', size: expect.any(Number) });
  expect(size?.size).toBe(big.length);
  expect(Buffer.compare(bytes!.bytes, big)).toBe(0);
  expect(notes?.bytes.toString()).toBe('a\n');
  expect(missing).toBeUndefined();
  // git ls-tree is the oracle for the raw tree parser.
  const listed = repo
    .git('ls-tree', 'HEAD:experiments')
    .trim()
    .split('\n')
    .map((row) => {
      const [meta, name] = row.split('\t');
      const [mode, , oid] = meta.split(' ');
      return { mode: mode.replace(/^0/, ''), name, oid };
    });
  expect(parseTree(tree!.bytes)).toEqual(listed);
});

test('answers HEAD as missing before the first commit', async () => {
  const repo = initRepo();
  const reader = new ObjectReader(repo.dir);
  expect(await reader.info('HEAD')).toBeUndefined();
  reader.close();
});

test('falls back to --batch-check and --batch where git does not know --batch-command', async () => {
  const { repo } = repoWithFiles();
  const bin = tempDir();
  const real = execFileSync('sh', ['-c', 'command -v git']).toString().trim();
  // A git older than 2.36 answers the unknown option with its usage error, exit 129.
  writeFileSync(
    join(bin, 'git'),
    `#!/bin/sh\nfor a in "$@"; do [ "$a" = --batch-command ] && { echo 'usage: git cat-file' >&2; exit 129; }; done\nexec ${real} "$@"\n`,
  );
  chmodSync(join(bin, 'git'), 0o755);
  const path = process.env.PATH;
  process.env.PATH = `${bin}:${path}`;
  try {
    const reader = new ObjectReader(repo.dir);
    const [head, notes] = await Promise.all([reader.info('HEAD'), reader.contents('HEAD:experiments/run-a/notes.md')]);
    reader.close();
    expect(head?.oid).toBe(repo.head());
    expect(notes?.bytes.toString()).toBe('a\n');
  } finally {
    process.env.PATH = path;
  }
});

test('finds the common git dir from files as git does, in a linked worktree too', async () => {
  const { repo } = repoWithFiles();
  const linked = join(tempDir(), 'wt');
  repo.git('worktree', 'add', '-q', linked);
  const byGit = (cwd: string) =>
    execFileSync('git', ['rev-parse', '--path-format=absolute', '--git-common-dir'], { cwd, env: cleanEnv() })
      .toString()
      .trim();
  expect(await gitCommonDir(repo.dir)).toBe(byGit(repo.dir));
  expect(await gitCommonDir(linked)).toBe(byGit(linked));
});
