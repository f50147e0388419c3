import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { planTagMoves, writeTagJournal } from '../../src/app/sync/move-tags.js';
import { mtrack } from '../helpers/cli.js';
import { cloneAs, git, runIds, syncWorkspace } from '../helpers/sync-workspace.js';

jest.setTimeout(300_000);

let root: string;

beforeAll(async () => {
  root = await syncWorkspace();
});

const run = (dir: string) =>
  expect(mtrack(['run', '--config', 'configs/centroid.yaml', '--intent', 'offline'], dir).code).toBe(0);
const folderOf = (dir: string, id: string) =>
  git(dir, 'ls-tree', '--name-only', 'HEAD', 'experiments/')
    .out.split('\n')
    .find((p) => p.endsWith(`__${id}`)) as string;
const tagTarget = (dir: string, tag: string) => git(dir, 'rev-parse', '--verify', '--quiet', `${tag}^{commit}`);

test("sync renumbers an offline run's notes edit, reproduction record and unpushed tags along with the run", () => {
  const [ana, ben] = ['ana', 'ben'].map((name) => cloneAs(root, name));
  run(ben);
  expect(mtrack(['note', 'E0001', '--failure', 'none seen', '--next', 'widen it'], ben).code).toBe(0);
  expect([0, 1]).toContain(mtrack(['reproduce', 'E0001'], ben).code); // both verdicts commit a record
  expect(mtrack(['tag', 'E0001'], ben).code).toBe(0);
  expect(mtrack(['tag', 'E0001', '--candidate'], ben).code).toBe(0);
  run(ana);
  expect(git(ana, 'push', '-q', 'origin', 'main').code).toBe(0); // ana's run takes E0001 first

  const synced = mtrack(['sync'], ben);

  expect(synced.stderr.trim().split('\n')).toEqual([
    'mtrack: sync: E0001 is taken upstream; it becomes E0002.',
    'mtrack: sync: tag mtrack-E0001 -> mtrack-E0002.',
    'mtrack: sync: tag mtrack-candidate-E0001 -> mtrack-candidate-E0002.',
  ]);
  expect(synced.code).toBe(0);
  expect(synced.stdout).toContain('renumbered E0001 -> E0002');
  expect(runIds(ben).sort()).toEqual(['E0001', 'E0002']);
  const folder = folderOf(ben, 'E0002');
  const notes = readFileSync(join(ben, folder, 'notes.md'), 'utf8');
  expect(notes).toMatch(/^# E0002\b/m);
  expect(notes).toContain('- Observed failure modes: none seen\n');
  expect(notes).toContain('## Next Decision\nwiden it\n');
  expect(git(ben, 'ls-tree', '-r', '--name-only', 'HEAD', 'reproductions/').out).toBe('reproductions/E0002/R0001.json');
  const record = JSON.parse(git(ben, 'show', 'HEAD:reproductions/E0002/R0001.json').out);
  expect(record).toMatchObject({ experiment_id: 'E0002', reproduction_id: 'R0001', run_folder: folder });
  expect(git(ben, 'log', '--format=%s', 'origin/main..HEAD').out).not.toMatch(/E0001/);
  const adding = git(ben, 'log', '--format=%H', '--diff-filter=A', 'HEAD', '--', `${folder}/manifest.json`).out;
  expect(tagTarget(ben, 'mtrack-E0002').out).toBe(adding);
  expect(tagTarget(ben, 'mtrack-candidate-E0002').out).toBe(adding);
  expect(git(ben, 'cat-file', '-p', 'mtrack-E0002').out).toContain(`E0002: milestone (${folder})`);
  expect(tagTarget(ben, 'mtrack-E0001').code).not.toBe(0);
  expect(tagTarget(ben, 'mtrack-candidate-E0001').code).not.toBe(0);
  expect(git(ben, 'status', '--porcelain').out).toBe('');
  expect(mtrack(['verify', '--all'], ben).code).toBe(0);
  expect(git(ben, 'push', '-q', 'origin', 'main').code).toBe(0);
});

test('sync refuses a local commit that touches any other file and changes nothing', () => {
  const [cy, dee] = ['cy', 'dee'].map((name) => cloneAs(root, name));
  run(dee);
  writeFileSync(join(dee, 'configs/other.yaml'), 'max_train_examples: 10\n');
  git(dee, 'add', 'configs/other.yaml');
  expect(git(dee, 'commit', '-q', '--no-verify', '-m', 'a config').code).toBe(0);
  expect(mtrack(['tag', runIds(dee).sort().pop() as string], dee).code).toBe(0);
  run(cy);
  expect(git(cy, 'push', '-q', 'origin', 'main').code).toBe(0);
  const head = git(dee, 'rev-parse', 'HEAD').out;
  const tags = git(dee, 'for-each-ref', 'refs/tags').out;

  const synced = mtrack(['sync'], dee);

  expect(synced.code).toBe(2);
  expect(synced.stderr.trim().split('\n')).toHaveLength(1);
  expect(synced.stderr).toMatch(/changes more than .*configs\/other\.yaml|configs\/other\.yaml.*rebase it by hand/);
  expect(git(dee, 'rev-parse', 'HEAD').out).toBe(head);
  expect(git(dee, 'for-each-ref', 'refs/tags').out).toBe(tags);
  expect(git(dee, 'status', '--porcelain').out).toBe('');
});

const newest = (dir: string) => runIds(dir).sort().pop() as string;

test('sync leaves a tag the remote already has where it is and says so in one line', () => {
  const [fay, gus] = ['fay', 'gus'].map((name) => cloneAs(root, name));
  run(gus);
  const id = newest(gus);
  expect(mtrack(['tag', id], gus).code).toBe(0);
  const tagged = git(gus, 'rev-parse', `mtrack-${id}`).out;
  expect(git(gus, 'push', '-q', 'origin', `mtrack-${id}`).code).toBe(0);
  run(fay);
  expect(git(fay, 'push', '-q', 'origin', 'main').code).toBe(0);

  const synced = mtrack(['sync'], gus);

  expect(synced.code).toBe(0);
  const lines = synced.stderr.trim().split('\n');
  expect(lines.filter((l) => l.includes(`tag mtrack-${id}`))).toEqual([
    expect.stringMatching(new RegExp(`^mtrack: sync: tag mtrack-${id} is pushed already; it stays on [0-9a-f]{12}`)),
  ]);
  expect(git(gus, 'rev-parse', `mtrack-${id}`).out).toBe(tagged);
  expect(git(gus, 'tag', '--list', 'mtrack-*').out).toBe(`mtrack-${id}`);
  expect(mtrack(['verify', '--all'], gus).code).toBe(0);
});

test('a sync killed between moving the branch and moving the tags is finished by the next sync; one killed before is dropped', async () => {
  const eve = cloneAs(root, 'eve');
  run(eve);
  const id = newest(eve);
  expect(mtrack(['tag', id], eve).code).toBe(0);
  const original = git(eve, 'rev-parse', 'HEAD').out;
  const oldTag = git(eve, 'rev-parse', `mtrack-${id}`).out;
  git(eve, 'commit', '-q', '--amend', '--no-verify', '-m', `mtrack: ${id} replayed`);
  const replayed = git(eve, 'rev-parse', 'HEAD').out;
  git(eve, 'reset', '-q', '--keep', original);
  const journal = async () => {
    const moves = await planTagMoves(eve, 'origin', new Map([[original, replayed]]), new Map([[id, 'E0999']]), []);
    await writeTagJournal(eve, replayed, moves);
  };

  await journal(); // killed before `reset --keep`: the branch never moved
  const dropped = mtrack(['sync'], eve);

  expect(dropped.code).toBe(0);
  expect(git(eve, 'rev-parse', `mtrack-${id}`).out).toBe(oldTag);
  expect(git(eve, 'tag', '--list', 'mtrack-E0999').out).toBe('');

  await journal(); // killed after `reset --keep`, before the tags moved
  git(eve, 'reset', '-q', '--keep', replayed);
  const finished = mtrack(['sync'], eve);

  expect(finished.code).toBe(0);
  expect(finished.stderr).toContain(`mtrack: sync: tag mtrack-${id} -> mtrack-E0999 (an interrupted sync).`);
  expect(git(eve, 'rev-parse', 'mtrack-E0999^{commit}').out).toBe(replayed);
  expect(git(eve, 'tag', '--list', `mtrack-${id}`).out).toBe('');
  expect(mtrack(['sync'], eve).stderr).toBe(''); // the journal is gone: nothing left to finish
});

test("a reproduction of a pushed run takes the next free R#### when a teammate's record took its number", () => {
  const [hal, ivy] = ['hal', 'ivy'].map((name) => cloneAs(root, name));
  const id = runIds(hal).sort()[0];
  for (const dir of [ivy, hal]) expect([0, 1]).toContain(mtrack(['reproduce', id], dir).code);
  expect(git(ivy, 'push', '-q', 'origin', 'main').code).toBe(0);
  const records = (dir: string, rev: string) =>
    git(dir, 'ls-tree', '-r', '--name-only', rev, `reproductions/${id}/`).out.split('\n');
  const [mineBefore] = records(hal, 'HEAD');

  const synced = mtrack(['sync'], hal);

  expect(synced.code).toBe(0);
  const theirs = records(hal, 'origin/main');
  expect(theirs).toContain(mineBefore); // both took the same number
  const next = `R${String(theirs.length + 1).padStart(4, '0')}`;
  expect(records(hal, 'HEAD')).toEqual([...theirs, `reproductions/${id}/${next}.json`]);
  const record = JSON.parse(git(hal, 'show', `HEAD:reproductions/${id}/${next}.json`).out);
  expect(record).toMatchObject({ experiment_id: id, reproduction_id: next });
  expect(git(hal, 'log', '-1', '--format=%s').out).toMatch(new RegExp(`^mtrack: ${id} ${next} reproduce`));
  expect(mtrack(['verify', '--all'], hal).code).toBe(0);
  expect(git(hal, 'push', '-q', 'origin', 'main').code).toBe(0);
});

test("sync refuses a notes edit that a teammate's edit of the same run overlaps, naming the path, nothing changed", () => {
  const [jay, kim] = ['jay', 'kim'].map((name) => cloneAs(root, name));
  const id = runIds(jay).sort()[0];
  expect(mtrack(['note', id, '--next', 'try dropout'], kim).code).toBe(0);
  expect(git(kim, 'push', '-q', 'origin', 'main').code).toBe(0);
  expect(mtrack(['note', id, '--next', 'try width 32'], jay).code).toBe(0);
  const head = git(jay, 'rev-parse', 'HEAD').out;

  const synced = mtrack(['sync'], jay);

  expect(synced.code).toBe(2);
  expect(synced.stderr.trim().split('\n')).toEqual([
    expect.stringMatching(/edits 'experiments\/[^']+\/notes\.md', which does not apply on the upstream's/),
  ]);
  expect(git(jay, 'rev-parse', 'HEAD').out).toBe(head);
  expect(git(jay, 'status', '--porcelain').out).toBe('');
});
