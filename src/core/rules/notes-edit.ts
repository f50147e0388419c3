import type { ExperimentRule } from './rule.js';
import { whyNotesEditRefused } from '../notes/decision-log.js';
import { runFolderOf, runPath } from './paths.js';
import type { Violation } from './types.js';

/** A modified notes.md of a committed run folder: its committed bytes and the proposed ones. */
export interface NotesEdit {
  path: string;
  before: Uint8Array;
  after: Uint8Array;
}

export const NOTES_FILE = 'notes.md';

/** True for the notes.md directly in a run folder (the one file of a committed run that may change, in part). */
export function isRunNotes(path: string): boolean {
  return runFolderOf(path)?.rel === NOTES_FILE;
}

const decoder = new TextDecoder('utf-8', { fatal: false });

/** Rule 1's exception: a committed run's notes.md may change only in "Observed failure modes" and "Next Decision". */
export function checkNotesEdits(edits: NotesEdit[]): Violation[] {
  const out: Violation[] = [];
  for (const edit of edits) {
    const why = whyNotesEditRefused(decoder.decode(edit.before), decoder.decode(edit.after));
    if (!why) continue;
    const folder = runFolderOf(edit.path)!.folder;
    out.push({
      rule: 'notes-edit',
      path: edit.path,
      message: `${why}; a committed run's notes.md may change only in "Observed failure modes" and "Next Decision".`,
      fix: `restore the rest (\`git checkout HEAD -- '${runPath(folder, NOTES_FILE)}'\`) and complete it with \`mtrack note <E####> --failure "…" --next "…"\`.`,
    });
  }
  return out;
}

/** A committed run's notes.md may change only in its Observed failure modes and Next Decision sections. */
export const notesEditRule: ExperimentRule = {
  id: 'notes-edit',
  description:
    "a committed run's notes.md changes only in Observed failure modes and Next Decision; every other byte stays.",
  fix: 'complete those two sections with `mtrack note E#### --next "…" --failure "…"`; record anything else in a new run.',
  reports: ['notes-edit'],
  check: (input) => ({ violations: checkNotesEdits(input.notesEdits ?? []) }),
};
