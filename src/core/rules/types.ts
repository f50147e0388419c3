/** The rules of docs/design.md, by the name a violation carries. */
export type RuleName =
  | 'immutable-run'
  | 'metrics-overwrite'
  | 'config-hash'
  | 'schema'
  | 'folder-name'
  | 'duplicate-id'
  | 'dataset-pointer'
  | 'large-file'
  | 'immutable-revision'
  | 'commit-message'
  | 'file-hash'
  | 'unsafe-path'
  | 'symlink'
  | 'artifact-store'
  | 'notes-edit'
  | 'immutable-reproduction'
  | 'stamped-commit';

export interface Violation {
  rule: RuleName;
  path: string;
  message: string;
  fix?: string;
  commit?: string;
}

export type ChangeStatus = 'A' | 'M' | 'D' | 'T';

/** One path changed between a parent tree and a new tree (renames appear as a delete plus an add). */
export interface FileChange {
  status: ChangeStatus;
  path: string;
  /** The new git mode ('100644', '120000' for a symbolic link, ...), when the caller knows it. */
  newMode?: string;
}

/** What the commits before the one being checked hold, answered from git once rather than by re-reading history. */
export interface RunHistory {
  /** Names of run folders (under experiments/) present in the parent tree or in any earlier commit. */
  folders: ReadonlySet<string>;
  /** E#### -> the folder name that first used it. */
  idOwners: ReadonlyMap<string, string>;
  /** metrics.json paths that were committed and later deleted. */
  removedMetrics: ReadonlySet<string>;
}

/** Dataset revision folders (`datasets/<id>/revisions/D####`) present in the parent tree or any earlier commit. */
export interface RevisionHistory {
  revisions: ReadonlySet<string>;
}

export type DocumentSchema =
  | 'manifest'
  | 'metrics'
  | 'config_resolved'
  | 'dataset_pointer'
  | 'artifact_pointer'
  | 'model_ref'
  | 'dataset_manifest'
  | 'reproduction';

/** Validates `data` against a schema; returns `<field>: <problem>` (one line), or undefined when valid. */
export type Validate = (schema: DocumentSchema, data: unknown) => string | undefined;
