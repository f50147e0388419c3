import type { MtrackSettings as MtrackSettingsDocument } from '../../core/documents/index.js';
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { notFound } from '../../core/errors.js';
import { readYamlDocument } from '../../adapters/documents.js';
import type { StoreSettings } from '../../adapters/store/index.js';

export const SETTINGS_FILE = 'mtrack.yaml';

/** mtrack.yaml; its store settings narrowed to the store table's union (the generator keeps them loose). */
export type MtrackSettings = Omit<MtrackSettingsDocument, 'dataset_store' | 'artifact_store'> & {
  dataset_store: StoreSettings;
  artifact_store?: StoreSettings;
};

/** Absolute locations of the three trees, resolved from the experiment repo's mtrack.yaml. */
export interface Workspace {
  expDir: string;
  dataDir: string;
  /** The local_fs store's folder on this machine; undefined for a remote (s3) store. */
  storeRoot?: string;
  settings: MtrackSettings;
  datasetId: string;
  largeFileBytes: number;
}

export const DEFAULT_LARGE_FILE_BYTES = 5 * 1024 * 1024;

/** Finds the experiment repo (the folder holding mtrack.yaml) at or above `start`. */
export function findExperimentRepo(start: string): string {
  let dir = resolve(start);
  for (;;) {
    if (existsSync(join(dir, SETTINGS_FILE))) return dir;
    const parent = dirname(dir);
    if (parent === dir) {
      throw notFound(
        `No ${SETTINGS_FILE} found in '${resolve(start)}' or above.`,
        'Run `mtrack init <dir>` first, or pass --repo.',
      );
    }
    dir = parent;
  }
}

export function loadWorkspace(start: string): Workspace {
  const expDir = findExperimentRepo(start);
  const settings = readYamlDocument<MtrackSettings>(join(expDir, SETTINGS_FILE), 'mtrack_config', SETTINGS_FILE);
  const at = (p: string) => (isAbsolute(p) ? p : resolve(expDir, p));
  return {
    expDir,
    dataDir: at(settings.dataset_meta_repo),
    storeRoot: settings.dataset_store.type === 'local_fs' ? at(settings.dataset_store.root) : undefined,
    settings,
    datasetId: settings.default_dataset,
    largeFileBytes: settings.large_file_bytes ?? DEFAULT_LARGE_FILE_BYTES,
  };
}
