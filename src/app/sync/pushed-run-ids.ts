import { basename } from 'node:path';
import { ID_REF_PREFIX, parseExperimentNumber, parseRunFolder } from '../../core/ids.js';
import { EXPERIMENTS_DIR } from '../../core/rules/paths.js';
import { commitChanges, listCommits, lsTree } from '../../adapters/git/index.js';

/** Run folders at `rev` whose ids share a number with another folder's (E0003 twice, or E0003 and E00003). */
export async function duplicateRunIds(dir: string, rev: string): Promise<string[][]> {
  const byNumber = new Map<number, string[]>();
  for (const entry of await lsTree(dir, rev, [`${EXPERIMENTS_DIR}/`])) {
    const id = parseRunFolder(basename(entry.path))?.experimentId;
    if (!id) continue;
    const n = parseExperimentNumber(id);
    byNumber.set(n, [...(byNumber.get(n) ?? []), entry.path]);
  }
  return [...byNumber.values()].filter((paths) => paths.length > 1);
}

/** Ids of the run folders added by the commits in `range` (rev-list arguments, e.g. ['HEAD', '^origin/main']). */
export async function runIdsAddedIn(dir: string, range: string[]): Promise<Map<string, string>> {
  const added = new Map<string, string>(); // id -> folder
  const commits = await listCommits(dir, range);
  for (const { changes } of await commitChanges(dir, commits)) {
    for (const change of changes) {
      const [top, folder] = change.path.split('/');
      const id =
        top === EXPERIMENTS_DIR && change.status === 'A' ? parseRunFolder(folder ?? '')?.experimentId : undefined;
      if (id) added.set(id, `${EXPERIMENTS_DIR}/${folder}`);
    }
  }
  return added;
}

/** Reservation ref names -> ids (refs/mtrack/ids/E0005 -> E0005). */
export function reservedIds(refs: Iterable<string>): Set<string> {
  return new Set([...refs].filter((r) => r.startsWith(ID_REF_PREFIX)).map((r) => r.slice(ID_REF_PREFIX.length)));
}
