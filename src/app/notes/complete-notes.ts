import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { completeNotes } from '../../core/notes/decision-log.js';
import { badInput, checkFailed } from '../../core/errors.js';
import { NOTES_FILE } from '../../core/rules/index.js';
import { commitPaths, readFileAt, withRepoLock } from '../../adapters/git/index.js';
import type { Workspace } from '../setup/workspace.js';
import { formatViolation, verifyProposedCommit } from '../verify/verify.js';
import { findCommittedRun } from '../run/find-run.js';

export interface NoteOptions {
  failure?: string;
  next?: string;
}

/**
 * Completes the open sections of a committed run's notes.md ("Observed failure modes", "Next Decision") and commits
 * exactly that file, after the same rules the hook runs. Starts from the working-tree file, so edits made by hand
 * to those sections are kept unless a flag replaces them.
 */
export async function completeRunNotes(
  ws: Workspace,
  id: string,
  options: NoteOptions,
): Promise<{ path: string; commit?: string }> {
  if (options.failure === undefined && options.next === undefined)
    throw badInput(`mtrack note ${id}: give --failure "…" and/or --next "…".`);
  return withRepoLock(ws.expDir, async () => {
    const { folder, head } = await findCommittedRun(ws.expDir, id);
    const path = `${folder}/${NOTES_FILE}`;
    const committed = await readFileAt(ws.expDir, head, path);
    if (!committed) throw badInput(`${path}: not committed; nothing to complete.`);
    const current = await readFile(join(ws.expDir, path), 'utf8').catch(() => Buffer.from(committed).toString('utf8'));
    const text = completeNotes(current, options);
    if (text === undefined)
      throw badInput(
        `${path}: no "- Observed failure modes:" bullet followed by "## Next Decision"; cannot complete it.`,
      );
    const bytes = Buffer.from(text, 'utf8');
    const violations = await verifyProposedCommit(ws.expDir, new Map([[path, bytes]]));
    if (violations.length > 0) throw checkFailed(`${path}: ${violations.map(formatViolation).join(' ')}`);
    await writeFile(join(ws.expDir, path), bytes);
    if (Buffer.compare(bytes, Buffer.from(committed)) === 0) return { path };
    const sections = [options.failure !== undefined && 'failure modes', options.next !== undefined && 'next decision'];
    const commit = await commitPaths(ws.expDir, [path], `mtrack: ${id} notes — ${sections.filter(Boolean).join(', ')}`);
    return { path, commit };
  });
}
