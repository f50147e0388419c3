import { renderRunIndex, type IndexRow } from '../../src/core/index/run-index.js';
import { initRepo } from '../helpers/git-fixture.js';

const row = (id: string): IndexRow => ({
  experimentId: id,
  date: '2026-02-08',
  dataset: 'mnist D0001',
  model: 'resnet16x1',
  primary: 'accuracy 0.9000',
  intent: `run ${id}`,
  status: 'ok',
});

/** Two branches each land a run on top of E0001, then one merges the other. */
function mergeBranches(attributes: string | undefined) {
  const repo = initRepo();
  const index = (ids: string[]) => renderRunIndex('# Experiments\n', ids.map(row));
  if (attributes !== undefined) repo.write('.gitattributes', attributes);
  repo.write('experiments/README.md', index(['E0001']));
  repo.git('add', '-A');
  repo.git('commit', '-q', '-m', 'E0001');
  repo.git('checkout', '-q', '-b', 'other');
  repo.write('experiments/README.md', index(['E0001', 'E0003']));
  repo.git('commit', '-q', '-am', 'E0003');
  repo.git('checkout', '-q', 'main');
  repo.write('experiments/README.md', index(['E0001', 'E0002']));
  repo.git('commit', '-q', '-am', 'E0002');
  return { repo, merge: repo.tryGit(['merge', '-q', '--no-edit', 'other']) };
}

test("with init's merge=union attribute, two branches' new index lines merge without a conflict", () => {
  const { repo, merge } = mergeBranches('experiments/README.md merge=union\n');
  expect(merge.status).toBe(0);
  const rows = repo
    .git('show', 'HEAD:experiments/README.md')
    .split('\n')
    .filter((l) => l.startsWith('| E'));
  expect(rows.map((l) => l.slice(2, 7)).sort()).toEqual(['E0001', 'E0002', 'E0003']);
});

test('without it the same two runs conflict (what the attribute is for)', () => {
  expect(mergeBranches(undefined).merge.status).not.toBe(0);
});
