import { jest } from '@jest/globals';
import { verifyAll, verifyRange } from '../../src/app/verify/verify.js';
import { commitFiles, initRepo, tempDir } from '../helpers/git-fixture.js';
import { makeRunFolder, makeWorkspace, runFiles, type WorkspaceFixture } from '../helpers/run-fixture.js';

jest.setTimeout(30_000);
const quiet = { warn: () => undefined };
const MSG = 'mtrack: E0001 mnist resnet_mnist_digits — t';

/** A PR branch `scan` with one commit (what a trial trains on) and main back where it was: returns that commit. */
function prHead(ws: WorkspaceFixture): string {
  ws.exp.git('checkout', '-q', '-b', 'scan');
  const head = commitFiles(ws.exp, { 'configs/scan.yaml': 'scan: {}\n' }, 'scan');
  ws.exp.git('checkout', '-q', 'main');
  return head;
}

/**
 * A commit on main adding a run stamped with `commit` (not on top of it): by default a bot's, collected for PR #1
 * (`git.pull_request`); `pr: undefined` makes it a CLI run.
 */
function addRun(ws: WorkspaceFixture, commit: string, options: { dirty?: boolean; pr?: number } = { pr: 1 }): string {
  const dirty = options.dirty ?? false;
  const run = makeRunFolder({
    n: 1,
    metaCommit: ws.metaCommit,
    commit,
    editManifest: (m) => {
      m.stamp.dirty_worktree = dirty;
      m.git = {
        ...m.git,
        dirty_worktree: dirty,
        ...(dirty ? { dirty_inputs: ['configs/baseline.yaml'] } : {}),
        ...(options.pr ? { pull_request: options.pr } : {}),
      };
    },
  });
  commitFiles(ws.exp, runFiles(run), MSG);
  return run.folder;
}

test('refuses a run stamped with a commit of a deleted branch, naming the run folder and git.commit', async () => {
  const ws = makeWorkspace();
  const head = prHead(ws);
  const folder = addRun(ws, head);
  ws.exp.git('branch', '-q', '-D', 'scan');

  const found = await verifyRange(ws.exp.dir, `${ws.expCommit}..HEAD`, quiet);
  expect(found).toEqual([
    expect.objectContaining({
      rule: 'stamped-commit',
      path: `experiments/${folder}/`,
      commit: ws.exp.head(),
      message: expect.stringContaining(`manifest.json git.commit '${head}'`),
      fix: "git fetch origin '+refs/mtrack/commits/*:refs/mtrack/commits/*'",
    }),
  ]);
  expect((await verifyAll(ws.exp.dir, quiet)).map((v) => [v.rule, v.path])).toEqual([
    ['stamped-commit', `experiments/${folder}/`],
  ]);
});

test('passes the same run once a keep-ref holds its stamped commit', async () => {
  const ws = makeWorkspace();
  const head = prHead(ws);
  addRun(ws, head);
  ws.exp.git('branch', '-q', '-D', 'scan');
  ws.exp.git('update-ref', `refs/mtrack/commits/${head}`, head);

  expect(await verifyRange(ws.exp.dir, `${ws.expCommit}..HEAD`, quiet)).toEqual([]);
  expect(await verifyAll(ws.exp.dir, quiet)).toEqual([]);
});

test('a keep-ref of a later commit of the branch keeps the earlier ones too', async () => {
  const ws = makeWorkspace();
  const head = prHead(ws);
  addRun(ws, head);
  ws.exp.git('checkout', '-q', 'scan');
  const later = commitFiles(ws.exp, { 'configs/later.yaml': 'x: 1\n' }, 'later');
  ws.exp.git('checkout', '-q', 'main');
  ws.exp.git('branch', '-q', '-D', 'scan');
  ws.exp.git('update-ref', `refs/mtrack/commits/${later}`, later);

  expect(await verifyAll(ws.exp.dir, quiet)).toEqual([]);
});

test('passes a run committed on top of its stamped commit, and a dirty run stamped with its base commit', async () => {
  const ws = makeWorkspace();
  const base = ws.exp.head();
  const folder = addRun(ws, base, { dirty: true });

  expect(await verifyRange(ws.exp.dir, `${base}..HEAD`, quiet)).toEqual([]);
  expect(await verifyAll(ws.exp.dir, quiet)).toEqual([]);
  expect(folder).toMatch(/E0001$/);
});

test('a clone without the keep-refs refuses a squash-merged PR head, and passes once it fetches them', async () => {
  // The remote: the PR head is kept by its keep-ref, the PR branch is squash-merged and deleted.
  const ws = makeWorkspace();
  const head = prHead(ws);
  ws.exp.git('merge', '-q', '--squash', 'scan');
  ws.exp.git('commit', '-q', '-m', 'scan (#1)');
  const folder = addRun(ws, head);
  ws.exp.git('branch', '-q', '-D', 'scan');
  ws.exp.git('update-ref', `refs/mtrack/commits/${head}`, head);
  const remote = tempDir('mtrack-remote-');
  ws.exp.git('clone', '-q', '--bare', ws.exp.dir, remote);
  ws.exp.git('--git-dir', remote, 'fetch', '-q', ws.exp.dir, 'refs/mtrack/*:refs/mtrack/*');

  const clone = initRepo(`${ws.root}/clone/mtrack-exp`);
  clone.git('pull', '-q', remote, 'main');
  clone.git('remote', 'add', 'origin', remote);
  // mtrack.yaml's ../mtrack-data: the clone sits next to its own link to the dataset-meta repo.
  initRepo(`${ws.root}/clone/mtrack-data`).git('pull', '-q', ws.data.dir, 'main');

  const before = await verifyAll(clone.dir, quiet);
  expect(before.map((v) => [v.rule, v.path, v.message.includes('not in this repository')])).toEqual([
    ['stamped-commit', `experiments/${folder}/`, true],
  ]);
  clone.git('fetch', '-q', 'origin', '+refs/mtrack/commits/*:refs/mtrack/commits/*');
  expect(await verifyAll(clone.dir, quiet)).toEqual([]);
});

test('passes a run whose stamped commit is dated after its descendants (clock skew: git commit dates are not trusted)', async () => {
  const ws = makeWorkspace();
  const stamped = ws.exp.head();
  const past = { GIT_COMMITTER_DATE: '2001-01-01T00:00:00Z', GIT_AUTHOR_DATE: '2001-01-01T00:00:00Z' };
  for (let i = 0; i < 8; i++) {
    ws.exp.write(`configs/old-${i}.yaml`, `x: ${i}\n`);
    ws.exp.git('add', '-A');
    expect(ws.exp.tryGit(['commit', '-q', '-m', `old ${i}`], past).status).toBe(0);
  }
  addRun(ws, stamped);

  expect(await verifyRange(ws.exp.dir, `${stamped}..HEAD`, quiet)).toEqual([]);
  expect(await verifyAll(ws.exp.dir, quiet)).toEqual([]);
});

test('a CLI run whose stamped commit a rebase rewrote gets a warning naming the run and field, not a violation', async () => {
  const ws = makeWorkspace();
  const head = prHead(ws);
  const folder = addRun(ws, head, {});
  ws.exp.git('branch', '-q', '-D', 'scan');
  const warnings: string[] = [];

  expect(await verifyAll(ws.exp.dir, { warn: (m) => warnings.push(m) })).toEqual([]);
  expect(warnings.filter((w) => w.includes('git.commit'))).toEqual([
    expect.stringMatching(new RegExp(`^experiments/${folder}/: manifest.json git.commit '${head}' is neither`)),
  ]);
});
