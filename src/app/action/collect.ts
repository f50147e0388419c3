import { experimentIdsInHistory } from '../run/experiment-ids.js';
import { EXPERIMENTS_DIR } from '../../core/rules/paths.js';
import { writeRunIndex } from '../run/run-index.js';
import { existsSync, statSync } from 'node:fs';
import { cp, mkdir, readdir, readFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, relative, sep } from 'node:path';
import { badInput, checkFailed } from '../../core/errors.js';
import { ID_REF_PREFIX, parseRunFolder } from '../../core/ids.js';
import { assignExperimentIds } from '../../core/ids.js';
import { formatRunCommitSubject } from '../../core/rules/commit-message.js';
import type { Manifest, Metrics } from '../../core/documents/index.js';
import { readJsonDocument } from '../../adapters/documents.js';
import {
  addWorktree,
  commitPaths,
  fetchCommit,
  pushAtomic,
  remoteRefs,
  removeWorktree,
  type GitRemote,
} from '../../adapters/git/index.js';
import { restampRunFolder } from './restamp.js';
import { formatViolation, verifyProposedCommit } from '../verify/verify.js';

/** Reservation refs: one per final id, created atomically with the bot branch push so no two collects share an id. */

export interface TrialRun {
  dir: string; // absolute path of the provisional run folder
  provisionalId: string;
  trial?: number;
  params?: Record<string, unknown>;
  primary: { name: string; value: number };
  loss: number;
}

export interface CollectedRun extends Omit<TrialRun, 'dir'> {
  experimentId: string;
  folder: string; // experiments/<run>, as committed
}

export interface CollectOptions {
  expDir: string; // a checkout of the experiment repo; the bot worktree is created next to it
  trialsDir: string; // downloaded trial artifacts: run folders at <any>/experiments/<run>
  remote: GitRemote;
  base: string; // base branch name
  branch: string; // bot branch name
  intent: string;
  identity: { name: string; email: string };
  extraPaths?: string[]; // repo-relative files/folders copied from expDir into the same commit
  maxAttempts?: number;
  log: (line: string) => void;
}

export interface CollectResult {
  branch: string;
  commit: string;
  baseCommit: string;
  runs: CollectedRun[];
}

/**
 * Gathers the trial run folders, gives them final ids above every id on the base branch and every id reserved by
 * another collect, re-stamps them, checks them with the same rules as a human commit, commits them on the bot
 * branch (rebuilt from the current base) and pushes branch + id reservations atomically. A lost race retries.
 */
export async function collectTrials(options: CollectOptions): Promise<CollectResult> {
  const trials = await findTrialRuns(options.trialsDir);
  if (trials.length === 0)
    throw badInput(
      `No run folders found under '${options.trialsDir}' (expected <artifact>/experiments/<date>__<dataset>__<model>__E####/).`,
    );
  const attempts = options.maxAttempts ?? 5;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const result = await tryCollect(options, trials);
    if (result) return result;
    options.log(
      `mtrack: collect: the remote moved (branch or id reservation taken), retrying (${attempt}/${attempts}).`,
    );
  }
  throw checkFailed(
    `collect: could not push '${options.branch}' after ${attempts} attempts; the remote kept changing.`,
  );
}

async function tryCollect(options: CollectOptions, trials: TrialRun[]): Promise<CollectResult | undefined> {
  const { expDir, remote } = options;
  const baseRef = `refs/heads/${options.base}`;
  const branchRef = `refs/heads/${options.branch}`;
  const refs = await remoteRefs(expDir, remote, [baseRef, branchRef, `${ID_REF_PREFIX}*`]);
  if (!refs.has(baseRef)) throw badInput(`Base branch '${options.base}' does not exist on the remote.`);
  const baseCommit = await fetchCommit(expDir, remote, baseRef, 'refs/mtrack-collect/base');
  const used = [
    ...(await experimentIdsInHistory(expDir, baseCommit)),
    ...[...refs.keys()].filter((r) => r.startsWith(ID_REF_PREFIX)).map((r) => r.slice(ID_REF_PREFIX.length)),
  ].filter((id): id is string => id !== undefined);
  const ids = assignExperimentIds(used, trials.length);

  // Next to the checkout, so mtrack.yaml's relative paths (../mtrack-data) resolve to the same folders.
  const worktree = join(dirname(expDir), `.mtrack-collect-${randomBytes(4).toString('hex')}`);
  await addWorktree(expDir, worktree, baseCommit);
  try {
    const runs: CollectedRun[] = [];
    const paths: string[] = [];
    for (const [i, trial] of trials.entries()) {
      const folder = await restampRunFolder(
        trial.dir,
        join(worktree, EXPERIMENTS_DIR),
        ids[i],
        join(worktree, '.mtrack', 'staging'),
      );
      const { dir: _dir, ...facts } = trial;
      runs.push({ ...facts, experimentId: ids[i], folder: `${EXPERIMENTS_DIR}/${folder}` });
      paths.push(`${EXPERIMENTS_DIR}/${folder}`);
      options.log(`mtrack: collect: ${trial.provisionalId} (trial ${trial.trial ?? '-'}) -> ${ids[i]}`);
    }
    for (const extra of options.extraPaths ?? []) {
      await mkdir(dirname(join(worktree, extra)), { recursive: true });
      await cp(join(expDir, extra), join(worktree, extra), { recursive: true });
      paths.push(extra);
    }
    const files = await readFiles(worktree, paths);
    const violations = await verifyProposedCommit(worktree, files);
    if (violations.length > 0) {
      throw checkFailed(
        `collect: the collected runs break the stamping rules, nothing pushed: ${violations.map(formatViolation).join(' ')}`,
      );
    }
    const message = formatRunCommitSubject(
      runs.map((r) => r.folder),
      options.intent,
    );
    paths.push(
      await writeRunIndex(
        worktree,
        runs.map((r) => r.folder),
      ),
    );
    const commit = await commitPaths(worktree, paths, message, { identity: options.identity });
    const pushed = await pushAtomic(expDir, remote, [
      { ref: branchRef, oid: commit, expect: refs.get(branchRef) ?? '' },
      ...ids.map((id) => ({ ref: `${ID_REF_PREFIX}${id}`, oid: commit, expect: '' })),
    ]);
    return pushed ? { branch: options.branch, commit, baseCommit, runs } : undefined;
  } finally {
    await removeWorktree(expDir, worktree);
  }
}

/** Run folders under `root` at `<anything>/experiments/<run>` (an artifact per trial), ordered by trial index. */
export async function findTrialRuns(root: string): Promise<TrialRun[]> {
  if (!existsSync(root)) throw badInput(`trials-dir '${root}' does not exist.`);
  const found: TrialRun[] = [];
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    const parent = entry.parentPath ?? entry.path;
    if (!entry.isDirectory() || basename(parent) !== EXPERIMENTS_DIR) continue;
    const parsed = parseRunFolder(entry.name);
    const dir = join(parent, entry.name);
    if (!parsed || !existsSync(join(dir, 'manifest.json'))) continue;
    const label = relative(root, dir).split(sep).join('/');
    const manifest = readJsonDocument<Manifest>(join(dir, 'manifest.json'), 'manifest', `${label}/manifest.json`);
    const metrics = readJsonDocument<Metrics>(join(dir, 'metrics.json'), 'metrics', `${label}/metrics.json`);
    found.push({
      dir,
      provisionalId: parsed.experimentId,
      trial: manifest.inputs.scan?.trial_index,
      params: manifest.inputs.scan?.params,
      // A failed trial has no primary metric or loss: listed as failed (NaN renders as such), never dropped.
      primary: metrics.primary_metric ?? { name: 'failed', value: Number.NaN },
      loss: metrics.loss ?? Number.NaN,
    });
  }
  return found.sort((a, b) => (a.trial ?? -1) - (b.trial ?? -1) || (a.dir < b.dir ? -1 : 1));
}

async function readFiles(root: string, paths: string[]): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  for (const path of paths) {
    const full = join(root, path);
    const entries = statSync(full).isDirectory()
      ? (await readdir(full, { recursive: true, withFileTypes: true }))
          .filter((e) => e.isFile())
          .map((e) => join(e.parentPath ?? e.path, e.name))
      : [full];
    for (const file of entries) files.set(relative(root, file).split(sep).join('/'), await readFile(file));
  }
  return files;
}
