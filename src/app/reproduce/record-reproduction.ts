import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { checkFailed } from '../../core/errors.js';
import { formatReproductionId } from '../../core/ids.js';
import { REPRODUCTIONS_DIR, parseReproductionPath } from '../../core/rules/index.js';
import { jsonDocumentText } from '../../adapters/documents.js';
import { commitPaths, lsTree, requireHeadCommit, withRepoLock } from '../../adapters/git/index.js';
import type { Workspace } from '../setup/workspace.js';
import { formatViolation, verifyProposedCommit } from '../verify/verify.js';

/**
 * Writes `reproductions/<E####>/R####.json` (the next free number at HEAD) and commits exactly it, after the
 * hook's rules, so a run's history shows every re-run and its verdict. `record` gets the id it will carry.
 */
export async function recordReproduction(
  ws: Workspace,
  experimentId: string,
  record: (reproductionId: string) => Record<string, unknown>,
  commit: boolean,
): Promise<{ path: string; commit?: string }> {
  return withRepoLock(ws.expDir, async () => {
    const head = await requireHeadCommit(ws.expDir, 'experiment repo');
    const dir = `${REPRODUCTIONS_DIR}/${experimentId}`;
    const taken = await reproductionNumbers(ws.expDir, head, experimentId);
    const id = formatReproductionId(Math.max(0, ...taken) + 1);
    const path = `${dir}/${id}.json`;
    const text = jsonDocumentText('reproduction', record(id), path);
    await mkdir(join(ws.expDir, dir), { recursive: true });
    await writeFile(join(ws.expDir, path), text);
    if (!commit) return { path };
    const violations = await verifyProposedCommit(ws.expDir, new Map([[path, Buffer.from(text)]]));
    if (violations.length > 0) throw checkFailed(`${path}: ${violations.map(formatViolation).join(' ')}`);
    const verdict = JSON.parse(text).verdict as string;
    return {
      path,
      commit: await commitPaths(ws.expDir, [path], `mtrack: ${experimentId} ${id} reproduce — ${verdict}`),
    };
  });
}

/** The record numbers (R0003 -> 3) a run already has at `rev`. */
export async function reproductionNumbers(dir: string, rev: string, experimentId: string): Promise<number[]> {
  return (await lsTree(dir, rev, [`${REPRODUCTIONS_DIR}/${experimentId}/`]))
    .map((e) => parseReproductionPath(e.path)?.reproductionId)
    .filter((id): id is string => id !== undefined)
    .map((id) => Number(id.slice(1)));
}
