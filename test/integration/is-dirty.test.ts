import { isDirty } from '../../src/adapters/git/index.js';
import { commitFiles, initRepo } from '../helpers/git-fixture.js';

function repo() {
  const r = initRepo();
  commitFiles(r, { 'experiments/run-a/notes.md': 'a\n', 'configs/base.yaml': 'seed: 1\n', 'README.md': '#\n' }, 'c1');
  return r;
}

test('a clean tree and untracked run folders under an allowed folder are not dirty', async () => {
  const r = repo();
  expect(await isDirty(r.dir, ['experiments'])).toBe(false);
  r.write('experiments/run-b/notes.md', 'landing\n');
  expect(await isDirty(r.dir, ['experiments'])).toBe(false);
  expect(await isDirty(r.dir)).toBe(true);
});

test.each([
  ['an untracked file at the top', 'notes.txt', 'x\n'],
  ['an untracked file in a nested folder', 'configs/deep/new.yaml', 'x: 1\n'],
  ['an untracked file whose name is pathspec magic', ':(glob)*', 'x\n'],
  ['a modified tracked file inside the allowed folder', 'experiments/run-a/notes.md', 'edited\n'],
  ['a modified tracked file elsewhere', 'configs/base.yaml', 'seed: 2\n'],
])('%s makes the tree dirty', async (_, path, content) => {
  const r = repo();
  r.write(path, content);
  expect(await isDirty(r.dir, ['experiments'])).toBe(true);
});

test('a staged change makes the tree dirty', async () => {
  const r = repo();
  r.write('README.md', 'staged\n');
  r.git('add', 'README.md');
  expect(await isDirty(r.dir, ['experiments'])).toBe(true);
});
