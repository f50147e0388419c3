import type { NotesEdit } from './notes-edit.js';
import type { DatasetRef, RunFolderFiles } from './run-folder.js';
import type { FileChange, RevisionHistory, RuleName, RunHistory, Validate, Violation } from './types.js';

/** What every stamping rule states about itself: docs/design.md and the registry test read these. */
export interface RuleInfo {
  /** The rule's name in its table. */
  id: string;
  /** What the rule guarantees, in one sentence. */
  description: string;
  /** What to do when it fires (each violation carries its own, more specific fix). */
  fix: string;
  /** The `rule` names its violations carry. */
  reports: readonly RuleName[];
}

/** One commit of the experiment repo, as the rules see it (parent tree -> new tree). */
export interface ExperimentChangesInput {
  changes: FileChange[];
  history: RunHistory;
  /** The new tree's files of every folder `addedRunFolders(changes, history)` names. */
  runs: RunFolderFiles[];
  /** Bytes of changed files outside run folders that have a schema (models/**\/model_ref.json). */
  documents: ReadonlyMap<string, Uint8Array>;
  largeFileBytes: number;
  validate: Validate;
  /**
   * The configured stores as this machine reaches them, the only places an external artifact line may name:
   * absolute folders (file://), `s3://bucket/prefix` and `artifact-store:<absolute folder>` (see core/artifact-uri.ts).
   */
  artifactStores?: readonly string[];
  /** Committed notes.md files the change modifies, old and new bytes. */
  notesEdits?: NotesEdit[];
}

/** A rule over one experiment-repo commit; it may hand dataset references to rule 5's lookup in the app. */
export interface ExperimentRule extends RuleInfo {
  check: (input: ExperimentChangesInput) => { violations: Violation[]; datasetRefs?: DatasetRef[] };
}

/** One commit of the dataset-meta repo. */
export interface DataChangesInput {
  changes: FileChange[];
  history: RevisionHistory;
  /** Bytes of every added or changed dataset_manifest.json. */
  documents: ReadonlyMap<string, Uint8Array>;
  validate: Validate;
}

export interface DataRule extends RuleInfo {
  check: (input: DataChangesInput) => Violation[];
}
