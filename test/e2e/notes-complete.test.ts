import { jest } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { installHooks } from '../../src/app/setup/hooks-install.js';
import { mtrack } from '../helpers/cli.js';
import { commitFiles } from '../helpers/git-fixture.js';
import { makeRunFolder, makeWorkspace, runFiles } from '../helpers/run-fixture.js';

jest.setTimeout(60_000);

async function committedRun() {
  const ws = makeWorkspace();
  await installHooks(ws.exp.dir);
  commitFiles(ws.exp, { '.gitignore': 'node_modules/\n' }, 'hooks');
  const run = makeRunFolder({ n: 1, metaCommit: ws.metaCommit, commit: ws.expCommit });
  commitFiles(ws.exp, runFiles(run), 'mtrack: E0001 mnist resnet_mnist_digits — e2e');
  return { ws, notes: `experiments/${run.folder}/notes.md`, manifest: `experiments/${run.folder}/manifest.json` };
}

test('`mtrack note` completes Next Decision and failure modes in one commit that verify --all accepts', async () => {
  const { ws, notes } = await committedRun();
  const before = ws.exp.head();
  const r = mtrack(['note', 'E0001', '--failure', 'confuses 4 and 9', '--next', 'Scan width next.'], ws.exp.dir);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  expect(ws.exp.git('rev-parse', 'HEAD^').trim()).toBe(before);
  expect(ws.exp.git('show', '--name-only', '--format=%s', 'HEAD').trim().split('\n')).toEqual([
    'mtrack: E0001 notes — failure modes, next decision',
    '',
    notes,
  ]);
  const text = readFileSync(join(ws.exp.dir, notes), 'utf8');
  expect(text).toContain('- Observed failure modes: confuses 4 and 9\n\n## Next Decision\nScan width next.\n');
  expect(ws.exp.git('status', '--porcelain')).toBe('');
  expect(mtrack(['verify', '--all'], ws.exp.dir).code).toBe(0);
});

test('a hand edit of Next Decision commits through the hook; an edit of Intent is refused by the hook and by verify', async () => {
  const { ws, notes } = await committedRun();
  const path = join(ws.exp.dir, notes);
  const text = readFileSync(path, 'utf8');
  ws.exp.write(notes, text.replace('(to fill in: based on results, what do we do next?)', 'Promote D0002.'));
  expect(ws.exp.tryGit(['commit', '-a', '-m', 'decide']).status).toBe(0);

  const committed = readFileSync(path, 'utf8');
  ws.exp.write(notes, committed.replace('fixture run', 'what we wish we had tested'));
  const refused = ws.exp.tryGit(['commit', '-a', '-m', 'rewrite intent']);
  expect(refused.status).not.toBe(0);
  expect(refused.stderr).toContain(`mtrack: [notes-edit] ${notes}: line 4 changes`);

  expect(ws.exp.tryGit(['commit', '-a', '--no-verify', '-m', 'rewrite intent']).status).toBe(0);
  const verify = mtrack(['verify', '--all'], ws.exp.dir);
  expect(verify.code).toBe(1);
  expect(verify.stderr).toContain(`[notes-edit] ${notes}`);
});

test('editing a committed run manifest is still refused, and `mtrack note` on an unknown run exits 2', async () => {
  const { ws, manifest } = await committedRun();
  ws.exp.write(manifest, '{}\n');
  const refused = ws.exp.tryGit(['commit', '-a', '-m', 'edit manifest']);
  expect(refused.stderr).toContain(`[immutable-run] ${manifest}`);
  ws.exp.git('checkout', '--', manifest);
  const r = mtrack(['note', 'E0009', '--next', 'x'], ws.exp.dir);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/^mtrack: E0009: no committed run folder at HEAD/);
  expect(r.stderr).not.toContain('    at ');
});
