import { checkDuplicateIds } from './duplicate-id.js';
import { addedRunFolders, checkRevisionImmutability, checkRunImmutability } from './immutability.js';
import { checkNotesEdits, type NotesEdit } from './notes-edit.js';
import { isModelRef } from './paths.js';
import { checkReproductions } from './reproductions.js';
import { checkRunFolder, type DatasetRef, type RunFolderFiles } from './run-folder.js';
import type { FileChange, RevisionHistory, RunHistory, Validate, Violation } from './types.js';

export type {
  ChangeStatus,
  DocumentSchema,
  FileChange,
  RevisionHistory,
  RuleName,
  RunHistory,
  Validate,
  Violation,
} from './types.js';
export type { DatasetRef, RunFolderFiles, RunCheckOptions } from './run-folder.js';
export type { RevisionLookup } from './dataset-pointer.js';
export { checkRunFolder } from './run-folder.js';
export { checkNotesEdits, isRunNotes, NOTES_FILE, type NotesEdit } from './notes-edit.js';
export { checkReproductions, parseReproductionPath, REPRODUCTIONS_DIR } from './reproductions.js';
export { checkDatasetRef } from './dataset-pointer.js';
export { acceptedSubjectPattern, checkCommitMessage, commitSubject } from './commit-message.js';
export { checkDuplicateIds, idOwnersOf } from './duplicate-id.js';
export {
  addedRevisionFolders,
  addedRunFolders,
  checkRevisionImmutability,
  checkRunImmutability,
} from './immutability.js';
export { formatViolation } from './format.js';
export {
  advanceRevisionHistory,
  advanceRunHistory,
  emptyRunHistory,
  revisionHistoryFrom,
  runHistoryFrom,
} from './history.js';
export {
  EXPERIMENTS_DIR,
  REQUIRED_RUN_FILES,
  RUN_DOCUMENTS,
  isMetricsFile,
  isModelRef,
  revisionFolderOf,
  runFolderOf,
  runPath,
} from './paths.js';

export interface ExperimentChangesInput {
  changes: FileChange[];
  history: RunHistory;
  /** The new tree's files of every folder `addedRunFolders(changes, history)` names. */
  runs: RunFolderFiles[];
  /** Bytes of changed files outside run folders that have a schema (model_ref.json, reproductions/**). */
  documents: ReadonlyMap<string, Uint8Array>;
  /** Committed notes.md files the change modifies, old and new bytes. */
  notesEdits: NotesEdit[];
  largeFileBytes: number;
  validate: Validate;
}

/** Every experiment-repo rule that one commit (parent tree -> new tree) can break, except rule 5's lookup. */
export function checkExperimentChanges(input: ExperimentChangesInput): {
  violations: Violation[];
  datasetRefs: DatasetRef[];
} {
  const violations = checkRunImmutability(input.changes, input.history);
  violations.push(...checkNotesEdits(input.notesEdits));
  violations.push(...checkReproductions(input.changes, input.documents, input.validate));
  violations.push(...checkDuplicateIds(addedRunFolders(input.changes, input.history), input.history));
  const datasetRefs: DatasetRef[] = [];
  for (const run of input.runs) {
    const report = checkRunFolder(run, { largeFileBytes: input.largeFileBytes, validate: input.validate });
    violations.push(...report.violations);
    if (report.datasetRef) datasetRefs.push(report.datasetRef);
  }
  for (const [path, bytes] of input.documents) {
    if (!isModelRef(path)) continue;
    const problem = parseAndValidate(bytes, 'model_ref', input.validate);
    if (problem)
      violations.push({ rule: 'schema', path, message: problem, fix: 'write it with `mtrack model pin <model_id>`.' });
  }
  return { violations, datasetRefs };
}

/** Rule 7 for one commit of the dataset-meta repo, plus the schema of each new dataset_manifest.json. */
export function checkDataRepoChanges(
  changes: FileChange[],
  history: RevisionHistory,
  documents: ReadonlyMap<string, Uint8Array>,
  validate: Validate,
): Violation[] {
  const violations = checkRevisionImmutability(changes, history);
  for (const [path, bytes] of documents) {
    const problem = parseAndValidate(bytes, 'dataset_manifest', validate);
    if (problem)
      violations.push({
        rule: 'schema',
        path,
        message: problem,
        fix: 'write revisions with `mtrack data materialize` / `mtrack data promote-heldout`.',
      });
  }
  return violations;
}

function parseAndValidate(
  bytes: Uint8Array,
  schema: 'model_ref' | 'dataset_manifest',
  validate: Validate,
): string | undefined {
  try {
    return validate(schema, JSON.parse(new TextDecoder().decode(bytes)));
  } catch (error) {
    return `not valid JSON (${(error as Error).message}).`;
  }
}
