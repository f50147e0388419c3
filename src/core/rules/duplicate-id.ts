import { parseRunFolder } from '../ids.js';
import { runPath } from './paths.js';
import { addedRunFolders } from './immutability.js';
import type { ExperimentRule } from './rule.js';
import type { RunHistory, Violation } from './types.js';

/** Rule 4 (ids): an E#### belongs to one folder only, across history and within the change set. */
export function checkDuplicateIds(added: string[], history: RunHistory): Violation[] {
  const out: Violation[] = [];
  const seen = new Map<string, string>();
  for (const folder of added) {
    const id = parseRunFolder(folder)?.experimentId;
    if (!id) continue;
    const owner = history.idOwners.get(id) ?? seen.get(id);
    if (owner && owner !== folder) {
      out.push({
        rule: 'duplicate-id',
        path: runPath(folder),
        message: `experiment id ${id} is already used by '${runPath(owner)}'.`,
        fix: 'let `mtrack run` allocate the next free E#### (ids are never reused, even after a deletion).',
      });
    }
    seen.set(id, folder);
  }
  return out;
}

/** E#### -> folder for a list of folder names (the first folder wins). */
export function idOwnersOf(folders: Iterable<string>, into = new Map<string, string>()): Map<string, string> {
  for (const folder of folders) {
    const id = parseRunFolder(folder)?.experimentId;
    if (id && !into.has(id)) into.set(id, folder);
  }
  return into;
}

/** Rule 4's id half: an E#### names one run folder only, across all history. */
export const duplicateIdRule: ExperimentRule = {
  id: 'duplicate-id',
  description: 'an experiment id E#### is used by one run folder only, even after that folder is deleted.',
  fix: 'let `mtrack run` allocate the next free E####.',
  reports: ['duplicate-id'],
  check: (input) => ({ violations: checkDuplicateIds(addedRunFolders(input.changes, input.history), input.history) }),
};
