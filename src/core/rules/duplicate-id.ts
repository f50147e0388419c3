import { parseRunFolder } from '../ids.js';
import { runPath } from './paths.js';
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
