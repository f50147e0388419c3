import { allocateExperimentId, experimentIdsInHistory } from '../../src/app/run/experiment-ids.js';
import { commitFiles, initRepo } from '../helpers/git-fixture.js';

const folder = (n: number) => `experiments/2026-02-08__mnist__resnet_mnist_digits__E000${n}`;

test("a deleted run's id is never handed out again, also when it was deleted after the index was built", async () => {
  const repo = initRepo();
  commitFiles(repo, { [`${folder(1)}/notes.md`]: '1\n', [`${folder(2)}/notes.md`]: '2\n' }, 'two runs');
  // The first allocation builds the deleted-path index at this HEAD.
  expect(await allocateExperimentId(repo.dir)).toBe('E0003');
  commitFiles(repo, { [`${folder(3)}/notes.md`]: '3\n' }, 'third run');
  repo.git('rm', '-q', '-r', folder(3));
  repo.git('commit', '-q', '-m', 'drop E0003');
  expect(await allocateExperimentId(repo.dir)).toBe('E0004');
  expect((await experimentIdsInHistory(repo.dir, 'HEAD')).sort()).toEqual(['E0001', 'E0002', 'E0003']);
});
