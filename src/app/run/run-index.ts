import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseRunFolder } from '../../core/ids.js';
import { renderRunIndex } from '../../core/index/run-index.js';
import { EXPERIMENTS_DIR } from '../../core/rules/paths.js';
import { lsTree } from '../../adapters/git/index.js';
import { collectRunRecords } from './run-records.js';

export const INDEX_PATH = `${EXPERIMENTS_DIR}/README.md`;

/**
 * Regenerates experiments/README.md from the runs committed at HEAD plus `landing` (folders about to be committed
 * with it); runs left in the working tree uncommitted (`--no-commit`) are not listed. Call under the repo lock.
 */
export async function writeRunIndex(expDir: string, landing: string[]): Promise<string> {
  const committed = (await lsTree(expDir, 'HEAD', [`${EXPERIMENTS_DIR}/`]))
    .filter((e) => e.type === 'tree')
    .map((e) => e.path);
  const listed = new Set([...committed, ...landing]);
  const rows = collectRunRecords(expDir)
    .filter((r) => listed.has(r.folder))
    .map((r) => ({
      experimentId: r.experimentId,
      date: r.createdUtc.slice(0, 10),
      dataset: `${datasetOf(r.folder)} ${r.dataset}`,
      model: parseRunFolder(r.folder.slice(EXPERIMENTS_DIR.length + 1))?.model ?? '-',
      primary: r.primaryValue === null ? '-' : `${r.primary.name} ${r.primary.value.toFixed(4)}`,
      intent: r.intent,
      status: r.status,
    }));
  const path = join(expDir, INDEX_PATH);
  const existing = existsSync(path) ? await readFile(path, 'utf8') : '# Experiments\n';
  await writeFile(path, renderRunIndex(existing, rows));
  return INDEX_PATH;
}

function datasetOf(folder: string): string {
  return parseRunFolder(folder.slice(EXPERIMENTS_DIR.length + 1))?.dataset ?? '-';
}
