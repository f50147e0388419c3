import { experimentIdsInHistory } from '../run/experiment-ids.js';
import { readFolderFiles } from '../run/folder-files.js';
import { readRunDocuments } from '../run/run-records.js';
import { EXPERIMENTS_DIR } from '../../core/rules/paths.js';
import { writeRunIndex } from '../run/run-index.js';
import { existsSync } from 'node:fs';
import { cp, mkdir, readdir } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, relative, sep } from 'node:path';
import { badInput, checkFailed } from '../../core/errors.js';
import { ID_REF_PREFIX, parseRunFolder } from '../../core/ids.js';
import { assignExperimentIds } from '../../core/ids.js';
import { formatRunCommitSubject } from '../../core/rules/commit-message.js';
import {
  addWorktree,
  commitPaths,
  fetchCommit,
  remoteRefs,
  removeWorktree,
  restorePaths,
  type GitRemote,
} from '../../adapters/git/index.js';
import { restampRunFolder } from './restamp.js';
import type { BotPullRequest } from './pull-request.js';
import { botRunFolders } from './collected-runs.js';
import { pushAndReserve } from './push-and-reserve.js';
import { formatViolation, verifyProposedCommit } from '../verify/verify.js';

/** Reservation refs: one per final id, created atomically with the bot branch push so no two collects share an id. */

export interface TrialRun {
  dir: string; // absolute path of the provisional run folder
  provisionalId: string;
  trial?: number;
  params?: Record<string, unknown>;
  scanHash?: string;
  primary: { name: string; value: number };
  loss: number;
  configHash: string;
  failure?: string; // set when the trial failed (metrics.json status failed): the trainer's reason
  commit: string; // manifest git.commit: the commit the trial trained on, kept by a refs/mtrack/commits/ ref
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
  pullRequest?: number; // the scan's PR, recorded in each manifest's git.pull_request
  /** Keep the runs already on the bot branch (a scan's earlier trials) and skip trials with their configs. */
  keepCollected?: boolean;
  /**
   * Opens (or finds and updates) the bot PR for the pushed branch. Called after the branch is pushed and before any
   * id is reserved: a PR that cannot be opened (a 403 when Actions may not create PRs) wastes no id.
   */
  openPullRequest?: (result: CollectResult) => Promise<BotPullRequest>;
  log: (line: string) => void;
}

export interface CollectResult {
  branch: string;
  commit: string;
  baseCommit: string;
  runs: CollectedRun[];
  added: number; // runs this collect brought in (the others were on the bot branch already)
  pullRequest?: BotPullRequest;
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
  const reserved = new Set(
    [...refs.keys()].filter((r) => r.startsWith(ID_REF_PREFIX)).map((r) => r.slice(ID_REF_PREFIX.length)),
  );
  const onBase = new Set(await experimentIdsInHistory(expDir, baseCommit));
  // Runs an earlier collect put on the bot branch stay (with their reserved ids) when the branch is rebuilt, and
  // their reservation refs move to the rebuilt commit in the same push as the branch.
  const bot =
    options.keepCollected && refs.has(branchRef)
      ? await fetchCommit(expDir, remote, branchRef, 'refs/mtrack-collect/bot')
      : undefined;
  const carriedFolders = bot
    ? (await botRunFolders(expDir, bot, baseCommit)).filter((f) => {
        const id = parseRunFolder(f)?.experimentId;
        // Held by this branch: its reservation points at the branch tip (each rebuild moves it along).
        return id !== undefined && refs.get(`${ID_REF_PREFIX}${id}`) === bot && !onBase.has(id);
      })
    : [];

  // Next to the checkout, so mtrack.yaml's relative paths (../mtrack-data) resolve to the same folders.
  const worktree = join(dirname(expDir), `.mtrack-collect-${randomBytes(4).toString('hex')}`);
  await addWorktree(expDir, worktree, baseCommit);
  try {
    const paths = carriedFolders.map((f) => `${EXPERIMENTS_DIR}/${f}`);
    await restorePaths(worktree, bot as string, paths);
    const runs: CollectedRun[] = [];
    for (const folder of carriedFolders) {
      const { dir: _dir, ...facts } = readTrialRun(
        join(worktree, EXPERIMENTS_DIR, folder),
        `${EXPERIMENTS_DIR}/${folder}`,
      );
      runs.push({
        ...facts,
        experimentId: parseRunFolder(folder)?.experimentId as string,
        folder: `${EXPERIMENTS_DIR}/${folder}`,
      });
    }
    const known = new Set(runs.map((r) => r.configHash));
    const fresh = trials.filter((t) => !known.has(t.configHash));
    for (const t of trials.filter((t) => known.has(t.configHash)))
      options.log(
        `mtrack: collect: trial ${t.trial ?? '-'} is already on '${options.branch}' (same config), not added again.`,
      );
    const ids = assignExperimentIds([...onBase, ...reserved], fresh.length);
    for (const [i, trial] of fresh.entries()) {
      const folder = await restampRunFolder(
        trial.dir,
        join(worktree, EXPERIMENTS_DIR),
        ids[i],
        join(worktree, '.mtrack', 'staging'),
        options.pullRequest,
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
    const files = await readFolderFiles(worktree, ...paths);
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
    const result = { branch: options.branch, commit, baseCommit, runs, added: fresh.length };
    const carriedIds = carriedFolders.map((f) => parseRunFolder(f)?.experimentId as string);
    return await pushAndReserve(options, result, refs.get(branchRef), ids, carriedIds);
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
    found.push(readTrialRun(dir, relative(root, dir).split(sep).join('/')));
  }
  return found.sort((a, b) => (a.trial ?? -1) - (b.trial ?? -1) || (a.dir < b.dir ? -1 : 1));
}

function readTrialRun(dir: string, label: string): TrialRun {
  const { manifest, metrics } = readRunDocuments(dir, label);
  return {
    dir,
    provisionalId: manifest.experiment_id,
    trial: manifest.inputs.scan?.trial_index,
    params: manifest.inputs.scan?.params,
    scanHash: manifest.inputs.scan?.scan_hash,
    // A failed trial has no primary metric or loss: listed as failed (NaN renders as such), never dropped.
    primary: metrics.primary_metric ?? { name: 'failed', value: Number.NaN },
    loss: metrics.loss ?? Number.NaN,
    configHash: manifest.stamp.config_hash,
    ...(metrics.status === 'failed' ? { failure: metrics.failure?.reason ?? 'unknown failure' } : {}),
    commit: manifest.git.commit,
  };
}
