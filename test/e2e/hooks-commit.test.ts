import { jest } from '@jest/globals';
import { installHooks } from '../../src/app/setup/hooks-install.js';
import { verifyRange } from '../../src/app/verify/verify.js';
import { commitFiles } from '../helpers/git-fixture.js';
import { makeRunFolder, makeWorkspace, runFiles, type RunSpec, type WorkspaceFixture } from '../helpers/run-fixture.js';

jest.setTimeout(60_000);

const MSG = (ids: string) => `mtrack: ${ids} mnist resnet_mnist_digits — e2e`;

/** A workspace with hooks installed and E0001 committed through the hooks. */
async function workspaceWithRun(
  options: { largeFileBytes?: number } = {},
): Promise<WorkspaceFixture & { run: ReturnType<typeof makeRunFolder> }> {
  const ws = makeWorkspace(options);
  await installHooks(ws.exp.dir);
  commitFiles(ws.exp, { '.gitignore': 'node_modules/\n' }, 'hooks');
  const run = makeRunFolder({ n: 1, metaCommit: ws.metaCommit, commit: ws.expCommit });
  commitFiles(ws.exp, runFiles(run), MSG('E0001'));
  return { ...ws, run };
}

/** Stages `files`, runs `git commit <args>`, and returns git's result plus whether HEAD moved. */
function attempt(ws: WorkspaceFixture, files: Record<string, string | Uint8Array>, args: string[], stage = true) {
  for (const [path, content] of Object.entries(files)) ws.exp.write(path, content);
  if (stage) ws.exp.git('add', '-A');
  const before = ws.exp.head();
  const result = ws.exp.tryGit(['commit', ...args]);
  return { ...result, moved: ws.exp.head() !== before };
}

function newRun(ws: WorkspaceFixture, spec: Partial<RunSpec> = {}) {
  return runFiles(makeRunFolder({ n: 2, metaCommit: ws.metaCommit, commit: ws.expCommit, ...spec }));
}

test('a legitimate new run commits cleanly through both hooks', async () => {
  const ws = await workspaceWithRun();
  const result = attempt(ws, newRun(ws), ['-m', MSG('E0002')]);
  expect(result.stderr).not.toContain('mtrack:');
  expect(result.status).toBe(0);
  expect(result.moved).toBe(true);
  expect(ws.exp.git('status', '--porcelain')).toBe('');
});

test('rule 1: `git commit -a` changing a committed run file is refused and the repo is unchanged', async () => {
  const ws = await workspaceWithRun();
  const path = `experiments/${ws.run.folder}/config_resolved.yaml`;
  const result = attempt(ws, { [path]: 'rewritten\n' }, ['-a', '-m', 'tweak config'], false);
  expect(result.status).not.toBe(0);
  expect(result.moved).toBe(false);
  expect(result.stderr).toContain(`mtrack: [immutable-run] ${path}: modifies a file of run folder`);
  expect(ws.exp.git('status', '--porcelain')).toBe(` M ${path}\n`);
});

test('rule 1: deleting a run folder is refused', async () => {
  const ws = await workspaceWithRun();
  ws.exp.git('rm', '-r', '-q', `experiments/${ws.run.folder}`);
  const result = attempt(ws, {}, ['-m', 'drop run']);
  expect(result.moved).toBe(false);
  expect(result.stderr).toContain('[immutable-run]');
  expect(result.stderr).toContain('deletes or renames');
});

test('rule 2: `git commit <path>` overwriting metrics.json is refused', async () => {
  const ws = await workspaceWithRun();
  const path = `experiments/${ws.run.folder}/metrics.json`;
  const result = attempt(ws, { [path]: '{"better": true}\n' }, ['-m', 'better metrics', '--', path], false);
  expect(result.moved).toBe(false);
  expect(result.stderr).toContain(`mtrack: [metrics-overwrite] ${path}`);
});

test('rule 3: a manifest whose config_hash is not the staged config_resolved.yaml is refused', async () => {
  const ws = await workspaceWithRun();
  const files = newRun(ws);
  const config = Object.keys(files).find((p) => p.endsWith('config_resolved.yaml'))!;
  files[config] = String(files[config]).replace('epochs: 1', 'epochs: 3');
  const result = attempt(ws, files, ['-m', MSG('E0002')]);
  expect(result.moved).toBe(false);
  expect(result.stderr).toMatch(
    /\[config-hash\] .*manifest\.json: stamp\.config_hash 'sha256:[0-9a-f]{64}' is not the sha256 of config_resolved\.yaml/,
  );
});

test('rule 4: an invalid manifest, a mismatched folder name and a reused E#### are refused', async () => {
  const ws = await workspaceWithRun();
  const bad = attempt(ws, newRun(ws, { editManifest: (m) => (m.stamp.seed = 'x') }), ['-m', MSG('E0002')]);
  expect(bad.moved).toBe(false);
  expect(bad.stderr).toContain('[schema]');
  expect(bad.stderr).toContain('stamp.seed');
  ws.exp.git('reset', '-q', '--hard');
  ws.exp.git('clean', '-qfd');

  const wrongDate = makeRunFolder({ n: 2, metaCommit: ws.metaCommit, commit: ws.expCommit });
  const renamed = runFiles({ ...wrongDate, folder: wrongDate.folder.replace('2026-02-08', '2026-01-01') });
  const named = attempt(ws, renamed, ['-m', MSG('E0002')]);
  expect(named.moved).toBe(false);
  expect(named.stderr).toContain('[folder-name]');
  expect(named.stderr).toContain("date (created_utc) ('2026-01-01' vs '2026-02-08')");
  ws.exp.git('reset', '-q', '--hard');
  ws.exp.git('clean', '-qfd');

  const reuse = attempt(
    ws,
    runFiles(makeRunFolder({ n: 1, date: '2026-03-01', metaCommit: ws.metaCommit, commit: ws.expCommit })),
    ['-m', MSG('E0001')],
  );
  expect(reuse.moved).toBe(false);
  expect(reuse.stderr).toContain(
    `[duplicate-id] experiments/2026-03-01__mnist__resnet_mnist_digits__E0001/: experiment id E0001 is already used by 'experiments/${ws.run.folder}/'`,
  );
});

test('rule 5: a pointer to a revision the dataset-meta repo does not have is refused', async () => {
  const ws = await workspaceWithRun();
  const result = attempt(ws, newRun(ws, { revision: 'D0009' }), ['-m', MSG('E0002')]);
  expect(result.moved).toBe(false);
  expect(result.stderr).toContain('[dataset-pointer]');
  expect(result.stderr).toContain("revision D0009 of 'mnist' does not exist in the dataset-meta repo");
});

test('rule 5: an unreachable dataset-meta repo is a warning, not a refusal', async () => {
  const ws = await workspaceWithRun();
  ws.exp.write('mtrack.yaml', ws.exp.git('show', 'HEAD:mtrack.yaml').replace('../mtrack-data', '../nowhere'));
  ws.exp.git('commit', '-qam', 'move data repo', '--no-verify');
  const result = attempt(ws, newRun(ws), ['-m', MSG('E0002')]);
  expect(result.stderr).toContain('mtrack: warning: dataset-meta repo unreachable');
  expect(result.moved).toBe(true);
});

test('rule 6: a large binary inside a run folder is refused', async () => {
  const ws = await workspaceWithRun({ largeFileBytes: 4096 });
  const result = attempt(ws, newRun(ws, { extra: { 'artifacts/model/huge.bin': new Uint8Array(5000) } }), [
    '-m',
    MSG('E0002'),
  ]);
  expect(result.moved).toBe(false);
  expect(result.stderr).toContain('[large-file]');
  expect(result.stderr).toContain('is 5000 bytes, over the 4096-byte limit');
});

test('rule 7: changing a committed dataset revision in the dataset-meta repo is refused', async () => {
  const ws = await workspaceWithRun();
  const path = 'datasets/mnist/revisions/D0001/notes.md';
  ws.data.write(path, 'rewritten\n');
  const before = ws.data.head();
  const result = ws.data.tryGit(['commit', '-am', 'edit D0001']);
  expect(result.status).not.toBe(0);
  expect(ws.data.head()).toBe(before);
  expect(result.stderr).toContain(`mtrack: [immutable-revision] ${path}`);
  ws.data.git('checkout', '--', path);
  commitFiles(ws.data, { 'datasets/mnist/revisions/D0002/notes.md': 'new\n' }, 'D0002');
  expect(ws.data.head()).not.toBe(before);
});

test('commit-msg: a commit adding runs must name them in the convention', async () => {
  const ws = await workspaceWithRun();
  const result = attempt(ws, newRun(ws), ['-m', 'add a run']);
  expect(result.moved).toBe(false);
  expect(result.stderr).toContain("mtrack: [commit-message] (commit message): subject 'add a run' does not follow");
  expect(result.stderr).toContain("use the subject line 'mtrack: E0002 mnist resnet_mnist_digits — <intent>'");
});

test('a --no-verify commit breaking a rule is named by verifyRange', async () => {
  const ws = await workspaceWithRun();
  const base = ws.exp.head();
  const path = `experiments/${ws.run.folder}/metrics.json`;
  const result = attempt(ws, { [path]: '{}\n' }, ['--no-verify', '-am', 'sneak'], false);
  expect(result.moved).toBe(true);
  const violations = await verifyRange(ws.exp.dir, `${base}..HEAD`, { warn: () => undefined });
  expect(violations).toEqual([expect.objectContaining({ rule: 'metrics-overwrite', path, commit: ws.exp.head() })]);
});
