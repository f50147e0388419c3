import { confinedPathsRule, revisionStorePathRule } from './confined-paths.js';
import { fileHashesRule } from './file-hashes.js';
import { notesEditRule } from './notes-edit.js';
import { reproductionsRule } from './reproductions.js';
import { revisionSymlinksRule, runSymlinksRule } from './symlinks.js';
import { datasetManifestSchemaRule, modelRefSchemaRule } from './document-schemas.js';
import { duplicateIdRule } from './duplicate-id.js';
import { revisionImmutabilityRule, runImmutabilityRule } from './immutability.js';
import type { DataRule, ExperimentChangesInput, ExperimentRule } from './rule.js';
import { runFolderRule, type DatasetRef } from './run-folder.js';
import type { FileChange, RevisionHistory, Validate, Violation } from './types.js';

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
export type { DataChangesInput, DataRule, ExperimentChangesInput, ExperimentRule, RuleInfo } from './rule.js';
export { checkRunFolder } from './run-folder.js';
export { checkNotesEdits, isRunNotes, NOTES_FILE, type NotesEdit } from './notes-edit.js';
export { checkReproductions, parseReproductionPath, REPRODUCTIONS_DIR } from './reproductions.js';
export { checkDatasetRef } from './dataset-pointer.js';
export { acceptedSubjectPattern, checkCommitMessage, commitSubject, formatRunCommitSubject } from './commit-message.js';
export { checkDuplicateIds, idOwnersOf } from './duplicate-id.js';
export {
  addedRevisionFolders,
  addedRunFolders,
  checkRevisionImmutability,
  checkRunImmutability,
} from './immutability.js';
export { formatViolation } from './format.js';
export { checkFileHashes } from './file-hashes.js';
export { checkConfinedPaths, checkRevisionStorePath } from './confined-paths.js';
export { checkSymlinks } from './symlinks.js';
export { artifactLinesOf, isExternalUri } from './run-documents.js';
export {
  advanceRevisionHistory,
  advanceRunHistory,
  advanceRunHistoryInPlace,
  mutableCopy,
  projectRunHistory,
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

/** Rules over one experiment-repo commit, in report order (a new rule: one file and one entry here). */
export const EXPERIMENT_RULES: readonly ExperimentRule[] = [
  runImmutabilityRule,
  notesEditRule,
  reproductionsRule,
  duplicateIdRule,
  runSymlinksRule,
  runFolderRule,
  fileHashesRule,
  confinedPathsRule,
  modelRefSchemaRule,
];

/** Rules over one dataset-meta commit, in report order. */
export const DATA_RULES: readonly DataRule[] = [
  revisionImmutabilityRule,
  revisionSymlinksRule,
  revisionStorePathRule,
  datasetManifestSchemaRule,
];

/** Every experiment-repo rule that one commit (parent tree -> new tree) can break, except rule 5's lookup. */
export function checkExperimentChanges(input: ExperimentChangesInput): {
  violations: Violation[];
  datasetRefs: DatasetRef[];
} {
  const violations: Violation[] = [];
  const datasetRefs: DatasetRef[] = [];
  for (const rule of EXPERIMENT_RULES) {
    const report = rule.check(input);
    violations.push(...report.violations);
    datasetRefs.push(...(report.datasetRefs ?? []));
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
  return DATA_RULES.flatMap((rule) => rule.check({ changes, history, documents, validate }));
}
