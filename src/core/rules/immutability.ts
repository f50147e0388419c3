import { isRunNotes } from './notes-edit.js';
import { isMetricsFile, revisionFolderOf, runFolderOf, runPath } from './paths.js';
import type { DataRule, ExperimentRule } from './rule.js';
import type { FileChange, RevisionHistory, RunHistory, Violation } from './types.js';

const VERB = { A: 'adds', M: 'modifies', D: 'deletes or renames', T: 'changes the type of' } as const;

/** Rules 1 and 2: committed run folders never change (notes.md: see notes-edit.ts), and no metrics.json is ever written over. */
export function checkRunImmutability(changes: FileChange[], history: RunHistory): Violation[] {
  const out: Violation[] = [];
  for (const change of changes) {
    if (isMetricsFile(change.path)) {
      const overwrite =
        change.status === 'M' ||
        change.status === 'T' ||
        (change.status === 'A' && history.removedMetrics.has(change.path));
      if (overwrite) {
        out.push({
          rule: 'metrics-overwrite',
          path: change.path,
          message: `${VERB[change.status]} a metrics.json that was already committed; metrics are never overwritten.`,
          fix: 'keep the committed metrics.json and record the new measurement as a new run (`mtrack run`).',
        });
        continue;
      }
    }
    const run = runFolderOf(change.path);
    if (!run) continue;
    if (change.status === 'A' && !history.folders.has(run.folder)) continue;
    // A committed run's notes.md may be completed in place: checkNotesEdits (notes-edit.ts) judges its bytes.
    if (change.status === 'M' && isRunNotes(change.path)) continue;
    out.push({
      rule: 'immutable-run',
      path: change.path,
      message: `${VERB[change.status]} a file of run folder '${runPath(run.folder)}', which is already committed; run folders are immutable.`,
      fix: `restore it (\`git checkout HEAD -- '${runPath(run.folder)}'\`) and create a new run instead: \`mtrack run …\`.`,
    });
  }
  return out;
}

/** Rule 7: a dataset revision folder never changes after its first commit. */
export function checkRevisionImmutability(changes: FileChange[], history: RevisionHistory): Violation[] {
  const out: Violation[] = [];
  for (const change of changes) {
    const revision = revisionFolderOf(change.path);
    if (!revision) continue;
    if (change.status === 'A' && !history.revisions.has(revision)) continue;
    out.push({
      rule: 'immutable-revision',
      path: change.path,
      message: `${VERB[change.status]} a file of dataset revision '${revision}/', which is already committed; revisions are immutable.`,
      fix: `restore it (\`git checkout HEAD -- '${revision}/'\`) and make a new revision (D####) instead, e.g. \`mtrack data promote-heldout\`.`,
    });
  }
  return out;
}

/** Run folders a change set creates: folders with added files that no earlier commit holds. */
export function addedRunFolders(changes: FileChange[], history: RunHistory): string[] {
  const out = new Set<string>();
  for (const change of changes) {
    const run = runFolderOf(change.path);
    if (run && change.status === 'A' && !history.folders.has(run.folder)) out.add(run.folder);
  }
  return [...out].sort();
}

/** Revision folders a change set creates. */
export function addedRevisionFolders(changes: FileChange[], history: RevisionHistory): string[] {
  const out = new Set<string>();
  for (const change of changes) {
    const revision = revisionFolderOf(change.path);
    if (revision && change.status === 'A' && !history.revisions.has(revision)) out.add(revision);
  }
  return [...out].sort();
}

/** Rules 1 and 2: a committed run folder's files never change, and a metrics.json is never written over. */
export const runImmutabilityRule: ExperimentRule = {
  id: 'run-immutability',
  description:
    'a file in a committed run folder is never changed, deleted or renamed, and metrics.json is never rewritten.',
  fix: 'restore the committed file and record the change as a new run (`mtrack run`).',
  reports: ['immutable-run', 'metrics-overwrite'],
  check: (input) => ({ violations: checkRunImmutability(input.changes, input.history) }),
};

/** Rule 7: a dataset revision folder never changes after its first commit. */
export const revisionImmutabilityRule: DataRule = {
  id: 'revision-immutability',
  description: 'a revisions/D#### folder of the dataset-meta repo never changes after its first commit.',
  fix: 'restore it and make a new revision (`mtrack data materialize` / `mtrack data promote-heldout`).',
  reports: ['immutable-revision'],
  check: (input) => checkRevisionImmutability(input.changes, input.history),
};
