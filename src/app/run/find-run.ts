import { parseExperimentNumber, parseRunFolder } from '../../core/ids.js';
import { notFound } from '../../core/errors.js';
import { EXPERIMENTS_DIR } from '../../core/rules/paths.js';
import { lsTree, requireHeadCommit } from '../../adapters/git/index.js';

/** The committed run folder of `id` at HEAD (`experiments/<folder>`); NOT_FOUND when no commit holds it. */
export async function findCommittedRun(expDir: string, id: string): Promise<{ folder: string; head: string }> {
  parseExperimentNumber(id);
  const head = await requireHeadCommit(expDir, 'experiment repo');
  const entries = await lsTree(expDir, head, [`${EXPERIMENTS_DIR}/`]);
  const name = entries
    .filter((e) => e.type === 'tree')
    .map((e) => e.path.slice(EXPERIMENTS_DIR.length + 1))
    .find((n) => parseRunFolder(n)?.experimentId === id);
  if (!name) throw notFound(`${id}: no committed run folder at HEAD (experiments/*__${id}).`, 'Run `mtrack report`.');
  return { folder: `${EXPERIMENTS_DIR}/${name}`, head };
}
