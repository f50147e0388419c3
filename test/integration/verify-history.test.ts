import { jest } from '@jest/globals';
import { verifyAll, verifyProposedCommit, verifyRange, verifyStaged } from '../../src/app/verify/verify.js';
import { verifyDataCommits } from '../../src/app/verify/verify-data.js';
import { commitFiles } from '../helpers/git-fixture.js';
import { makeRunFolder, makeWorkspace, runFiles } from '../helpers/run-fixture.js';

jest.setTimeout(30_000);
const quiet = { warn: () => undefined };
const MSG = 'mtrack: E0001 mnist resnet_mnist_digits — t';

test('verifyAll passes a clean history and names a rewritten run, a reused id and a changed revision', async () => {
  const ws = makeWorkspace();
  const run = makeRunFolder({ n: 1, metaCommit: ws.metaCommit, commit: ws.expCommit });
  commitFiles(ws.exp, runFiles(run), MSG);
  expect(await verifyAll(ws.exp.dir, quiet)).toEqual([]);

  const notes = `experiments/${run.folder}/notes.md`;
  const rewrite = commitFiles(ws.exp, { [notes]: 'edited\n' }, 'edit');
  ws.exp.git('rm', '-q', '-r', `experiments/${run.folder}`);
  ws.exp.git('commit', '-q', '-m', 'drop');
  const reuse = commitFiles(
    ws.exp,
    runFiles(makeRunFolder({ n: 1, date: '2026-03-01', metaCommit: ws.metaCommit, commit: ws.expCommit })),
    MSG,
  );
  commitFiles(ws.data, { 'datasets/mnist/revisions/D0001/notes.md': 'edited\n' }, 'edit D0001');

  const found = (await verifyAll(ws.exp.dir, quiet)).map((v) => [v.rule, v.path, v.commit?.slice(0, 7)]);
  expect(found).toEqual(
    expect.arrayContaining([
      ['notes-edit', notes, rewrite.slice(0, 7)],
      ['duplicate-id', 'experiments/2026-03-01__mnist__resnet_mnist_digits__E0001/', reuse.slice(0, 7)],
      ['immutable-revision', 'datasets/mnist/revisions/D0001/notes.md', ws.data.head().slice(0, 7)],
    ]),
  );
  expect(await verifyDataCommits(ws.data.dir, `${ws.metaCommit}..HEAD`)).toHaveLength(1);
});

test('verifyRange checks only the commits of the range, each against its parent', async () => {
  const ws = makeWorkspace();
  const run = makeRunFolder({ n: 1, metaCommit: ws.metaCommit, commit: ws.expCommit });
  const base = commitFiles(ws.exp, runFiles(run), MSG);
  expect(await verifyRange(ws.exp.dir, `${base}..HEAD`, quiet)).toEqual([]);
  const bad = runFiles(makeRunFolder({ n: 2, revision: 'D0007', metaCommit: ws.metaCommit, commit: ws.expCommit }));
  commitFiles(ws.exp, bad, 'mtrack: E0002 mnist resnet_mnist_digits — t');
  const violations = await verifyRange(ws.exp.dir, `${base}..HEAD`, quiet);
  expect(violations.map((v) => v.rule)).toEqual(['dataset-pointer']);
  await expect(verifyRange(ws.exp.dir, 'nope..HEAD', quiet)).rejects.toMatchObject({ code: 'BAD_INPUT' });
});

test('verifyStaged reads the index named by GIT_INDEX_FILE, as git sets it for `git commit -a`', async () => {
  const ws = makeWorkspace();
  const run = makeRunFolder({ n: 1, metaCommit: ws.metaCommit, commit: ws.expCommit });
  commitFiles(ws.exp, runFiles(run), MSG);
  const metrics = `experiments/${run.folder}/metrics.json`;
  ws.exp.write(metrics, '{}\n');
  expect(await verifyStaged(ws.exp.dir, quiet)).toEqual([]);
  const index = `${ws.exp.dir}/.git/other-index`;
  ws.exp.tryGit(['read-tree', 'HEAD'], { GIT_INDEX_FILE: index });
  ws.exp.tryGit(['add', metrics], { GIT_INDEX_FILE: index });
  process.env.GIT_INDEX_FILE = index;
  try {
    expect((await verifyStaged(ws.exp.dir, quiet)).map((v) => v.rule)).toEqual(['metrics-overwrite']);
  } finally {
    delete process.env.GIT_INDEX_FILE;
  }
});

test('verifyProposedCommit judges files mtrack is about to commit against HEAD', async () => {
  const ws = makeWorkspace();
  const enc = (files: Record<string, string | Uint8Array>) =>
    new Map(Object.entries(files).map(([p, c]) => [p, Buffer.from(c)]));
  const first = runFiles(makeRunFolder({ n: 1, metaCommit: ws.metaCommit, commit: ws.expCommit }));
  expect(await verifyProposedCommit(ws.exp.dir, enc(first), quiet)).toEqual([]);
  commitFiles(ws.exp, first, MSG);
  expect(await verifyProposedCommit(ws.exp.dir, enc(first), quiet)).toEqual([]);
  const again = runFiles(makeRunFolder({ n: 1, date: '2026-04-01', metaCommit: ws.metaCommit, commit: ws.expCommit }));
  expect((await verifyProposedCommit(ws.exp.dir, enc(again), quiet)).map((v) => v.rule)).toEqual(['duplicate-id']);
});

test('an unreachable dataset-meta repo is a warning, not a violation', async () => {
  const ws = makeWorkspace();
  commitFiles(
    ws.exp,
    { 'mtrack.yaml': ws.exp.git('show', 'HEAD:mtrack.yaml').replace('../mtrack-data', '../gone') },
    'move',
  );
  commitFiles(ws.exp, runFiles(makeRunFolder({ n: 1, metaCommit: ws.metaCommit, commit: ws.expCommit })), MSG);
  const warnings: string[] = [];
  expect(await verifyAll(ws.exp.dir, { warn: (m) => warnings.push(m) })).toEqual([]);
  expect(warnings.join('\n')).toContain('dataset-meta repo unreachable');
});
