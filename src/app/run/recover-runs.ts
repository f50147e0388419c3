import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseRunFolder } from '../../core/ids.js';
import { formatRunCommitSubject } from '../../core/rules/commit-message.js';
import { EXPERIMENTS_DIR } from '../../core/rules/paths.js';
import { currentOwner } from '../../adapters/fs/owner.js';
import { sweepDeadStaging } from '../../adapters/fs/staging.js';
import { commitPaths, headCommit, lsTree, repairInterruptedCommits, withRepoLock } from '../../adapters/git/index.js';
import { formatViolation } from '../verify/verify.js';
import { readFolderFiles } from './folder-files.js';
import { writeRunIndex } from './run-index.js';
import { verifyProposedCommit } from '../verify/verify.js';
import type { Workspace } from '../setup/workspace.js';

export const STAGING_DIR = '.mtrack/staging';
const INFLIGHT_DIR = '.mtrack/inflight';
export const REJECTED_DIR = '.mtrack/rejected';

/**
 * recoverRuns under the repo lock, for commands that write runs: called before they plan, so a scan does not skip a
 * trial whose interrupted run is still only on disk, and a run starts from a repaired repository.
 */
export async function recoverExperimentRepo(ws: Workspace, log: (line: string) => void): Promise<void> {
  await withRepoLock(ws.expDir, () => recoverRuns(ws, log));
}

/** Marks `folder` as being renamed into experiments/ and committed by this process (see recoverRuns). */
export async function markInflight(expDir: string, folder: string): Promise<void> {
  await mkdir(join(expDir, INFLIGHT_DIR), { recursive: true });
  await writeFile(join(expDir, INFLIGHT_DIR, folder), JSON.stringify(currentOwner()));
}

export async function clearInflight(expDir: string, folder: string): Promise<void> {
  await rm(join(expDir, INFLIGHT_DIR, folder), { force: true });
}

/**
 * Repairs what a killed `mtrack run` leaves, so no retry needs a manual step. Call under the repo lock (then no
 * live process is between rename and commit, so every in-flight marker found belongs to a dead one):
 * - staging folders of dead processes are removed (the training they held is lost; nothing was recorded);
 * - git's lock files and mtrack's private index left by a killed commit are removed (repairInterruptedCommits);
 * - a run renamed into experiments/ but not committed is checked with the hook's rules and committed, or moved to
 *   .mtrack/rejected/ when it breaks them; a run already committed just gets the user's index brought up to date.
 */
export async function recoverRuns(ws: Workspace, log: (line: string) => void): Promise<void> {
  const swept = await sweepDeadStaging(join(ws.expDir, STAGING_DIR));
  if (swept.length) log(`mtrack: removed ${swept.length} staging folder(s) of interrupted runs.`);
  for (const line of await repairInterruptedCommits(ws.expDir)) log(`mtrack: repaired an interrupted commit: ${line}.`);
  const markers = await readdir(join(ws.expDir, INFLIGHT_DIR)).catch(() => [] as string[]);
  for (const folder of markers) {
    const path = `${EXPERIMENTS_DIR}/${folder}`;
    if (parseRunFolder(folder) && existsSync(join(ws.expDir, path)) && !(await isCommitted(ws.expDir, path))) {
      await completeRun(ws, folder, log);
    }
    await clearInflight(ws.expDir, folder);
  }
}

async function isCommitted(expDir: string, path: string): Promise<boolean> {
  return (await headCommit(expDir)) !== undefined && (await lsTree(expDir, 'HEAD', [path])).length > 0;
}

async function completeRun(ws: Workspace, folder: string, log: (line: string) => void): Promise<void> {
  const path = `${EXPERIMENTS_DIR}/${folder}`;
  const violations = await verifyProposedCommit(ws.expDir, await readFolderFiles(ws.expDir, path));
  if (violations.length > 0) {
    await rejectRun(ws.expDir, folder);
    log(
      `mtrack: ${path} was interrupted before its commit and breaks the rules; moved to ${REJECTED_DIR}/${folder}: ${violations.map(formatViolation).join(' ')}`,
    );
    return;
  }
  const intent = await readIntent(join(ws.expDir, path, 'manifest.json'));
  // The runs index was being regenerated for this run when the kill came: regenerate it and commit both together.
  const index = await writeRunIndex(ws.expDir, [path]);
  await commitPaths(
    ws.expDir,
    [path, index],
    formatRunCommitSubject([path], `${intent} (committed after an interruption)`),
  );
  log(`mtrack: ${path} was interrupted before its commit; committed it now.`);
}

/** Moves a run folder out of experiments/ into .mtrack/rejected/ (kept for the user to inspect, never committed). */
export async function rejectRun(expDir: string, folder: string): Promise<string> {
  await mkdir(join(expDir, REJECTED_DIR), { recursive: true });
  const target = join(expDir, REJECTED_DIR, `${folder}.${Date.now()}`);
  await rename(join(expDir, EXPERIMENTS_DIR, folder), target);
  return target;
}

async function readIntent(manifestPath: string): Promise<string> {
  try {
    const intent = (JSON.parse(await readFile(manifestPath, 'utf8')) as { intent?: unknown }).intent;
    return typeof intent === 'string' ? intent : 'run';
  } catch {
    return 'run';
  }
}
