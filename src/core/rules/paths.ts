export const EXPERIMENTS_DIR = 'experiments';

/** Files every run folder must hold (the rest of the folder is free-form). */
export const REQUIRED_RUN_FILES = [
  'manifest.json',
  'metrics.json',
  'config_resolved.yaml',
  'pointers/dataset_pointer.txt',
];

/** Files of a run folder whose bytes the content rules read. */
export const RUN_DOCUMENTS = [...REQUIRED_RUN_FILES, 'pointers/artifact_store.txt'];

/** `experiments/<folder>/<rel>` -> { folder, rel }; files directly under experiments/ (README.md) are not in a run. */
export function runFolderOf(path: string): { folder: string; rel: string } | undefined {
  const parts = path.split('/');
  if (parts.length < 3 || parts[0] !== EXPERIMENTS_DIR) return undefined;
  return { folder: parts[1], rel: parts.slice(2).join('/') };
}

export function runPath(folder: string, rel = ''): string {
  return rel ? `${EXPERIMENTS_DIR}/${folder}/${rel}` : `${EXPERIMENTS_DIR}/${folder}/`;
}

const REVISION_PATH = /^(datasets\/[^/]+\/revisions\/D\d{4,})\//;

/** `datasets/<id>/revisions/D####/...` -> `datasets/<id>/revisions/D####`. */
export function revisionFolderOf(path: string): string | undefined {
  return REVISION_PATH.exec(path)?.[1];
}

export function isMetricsFile(path: string): boolean {
  return basename(path) === 'metrics.json';
}

export function isModelRef(path: string): boolean {
  return path.startsWith('models/') && basename(path) === 'model_ref.json';
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
