import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { badInput, notFound } from '../core/errors.js';
import { validateFast } from './verify-validators.js';

/** What the rules need from mtrack.yaml. */
export interface VerifySettings {
  expDir: string;
  dataDir: string;
  largeFileBytes: number;
}

// Same meaning as workspace.ts's loadWorkspace, read without importing ajv (which workspace.ts's document
// reader does): the pre-commit hook starts on every commit and must stay small. Keep the two in step.
const SETTINGS_FILE = 'mtrack.yaml';
const DEFAULT_LARGE_FILE_BYTES = 5 * 1024 * 1024;

/** Reads the experiment repo's mtrack.yaml (at or above `start`) and resolves the dataset-meta repo's path. */
export function readVerifySettings(start: string): VerifySettings {
  let expDir = resolve(start);
  while (!existsSync(join(expDir, SETTINGS_FILE))) {
    const parent = dirname(expDir);
    if (parent === expDir) throw notFound(`No ${SETTINGS_FILE} found in '${resolve(start)}' or above.`, 'Run `mtrack init <dir>` first, or pass --repo.');
    expDir = parent;
  }
  let data: unknown;
  try {
    data = parse(readFileSync(join(expDir, SETTINGS_FILE), 'utf8'));
  } catch (error) {
    throw badInput(`${SETTINGS_FILE}: ${(error as Error).message.split('\n')[0]}`);
  }
  const problem = validateFast('mtrack_config', data);
  if (problem) throw badInput(`${SETTINGS_FILE} ${problem}`);
  const settings = data as { dataset_meta_repo: string; large_file_bytes?: number };
  return {
    expDir,
    dataDir: isAbsolute(settings.dataset_meta_repo) ? settings.dataset_meta_repo : resolve(expDir, settings.dataset_meta_repo),
    largeFileBytes: settings.large_file_bytes ?? DEFAULT_LARGE_FILE_BYTES,
  };
}
