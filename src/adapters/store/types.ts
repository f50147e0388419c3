export type StoreType = 'local_fs' | 's3';

/** mtrack.yaml `dataset_store`, as validated by schemas/mtrack_config.schema.json. */
export type StoreSettings =
  | { type: 'local_fs'; root: string }
  | {
      type: 's3';
      bucket: string;
      prefix: string;
      region?: string;
      endpoint?: string;
      force_path_style?: boolean;
    };

/**
 * The bytes of dataset revisions, addressed by store-relative keys (`mnist/D0001/train/labels-idx1-ubyte`).
 * Revisions are append-only: `writeRevision` never replaces an object, and writes `checksums.json` last so its
 * presence means the revision is complete.
 */
export interface DatasetStore {
  readonly type: StoreType;
  /** The store as committed files name it: the mtrack.yaml-relative folder or `s3://bucket/prefix`. */
  readonly location: string;
  /** A key as a user can find it (a local path or an s3:// URI), for messages. */
  describe(key: string): string;
  exists(key: string): Promise<boolean>;
  /** Keys below `prefix/`, relative to it, sorted. */
  list(prefix: string): Promise<string[]>;
  read(key: string): Promise<Uint8Array>;
  /** Writes every file of a new revision under `prefix/` once; `checksums.json` (one of `files`) goes last. */
  writeRevision(prefix: string, files: Map<string, Uint8Array | string>): Promise<void>;
  /**
   * Writes one object that must not exist yet, or already holds these exact bytes (then 'present'); the bytes are
   * read back and compared before it returns, so a caller may delete its copy.
   */
  writeOnce(key: string, bytes: Uint8Array): Promise<'written' | 'present'>;
  /** The local folder of `prefix` when the store is a local folder (the trainer reads it directly). */
  localDir?(prefix: string): string;
}

export const CHECKSUMS_FILE = 'checksums.json';
