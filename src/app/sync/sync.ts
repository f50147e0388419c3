import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { badInput } from '../../core/errors.js';
import { ID_REF_PREFIX } from '../../core/ids.js';
import { KEEP_REF_PREFIX } from '../../core/keep-refs.js';
import { keepReplayedStamps } from './keep-replayed.js';
import {
  addWorktree,
  execGit,
  GitError,
  gitText,
  listCommits,
  listRefNames,
  removeWorktree,
  requireHeadCommit,
  spawnGit,
  withRepoLock,
} from '../../adapters/git/index.js';
import { experimentIdsInHistory } from '../run/experiment-ids.js';
import { recoverRuns } from '../run/recover-runs.js';
import type { Workspace } from '../setup/workspace.js';
import { applyTagMoves, finishTagMoves, planTagMoves, writeTagJournal } from './move-tags.js';
import { planReplay, replayCommit, type ReplayState } from './replay-commit.js';

export interface SyncResult {
  upstream: string;
  renumbered: [string, string][]; // [old id, new id]
  head: string;
}

/**
 * Brings the branch up to date with its upstream so that a push never lands a duplicate id: fetches the branch
 * and the Action's id reservations, then fast-forwards, or replays the local commits on top of the upstream,
 * re-stamping every run whose id the upstream (or a reservation) took meanwhile, as collect does for bot PRs. The
 * commits mtrack makes about an unpushed run (notes edits, reproduction records) and its unpushed tags follow it.
 */
export async function syncRuns(
  ws: Workspace,
  options: { remote?: string; log: (line: string) => void },
): Promise<SyncResult> {
  return withRepoLock(ws.expDir, async () => {
    await recoverRuns(ws, options.log);
    for (const line of await finishTagMoves(ws.expDir)) options.log(`mtrack: sync: tag ${line} (an interrupted sync).`);
    const branch = (await spawnGit(['symbolic-ref', '--quiet', '--short', 'HEAD'], { cwd: ws.expDir })).stdout
      .toString('utf8')
      .trim();
    if (!branch) throw badInput(`${ws.expDir}: HEAD is detached; check out a branch to sync.`);
    const remote =
      options.remote ??
      ((await spawnGit(['config', `branch.${branch}.remote`], { cwd: ws.expDir })).stdout.toString('utf8').trim() ||
        'origin');
    await execGit(
      [
        'fetch',
        '--quiet',
        '--no-tags',
        remote,
        `+refs/heads/${branch}:refs/remotes/${remote}/${branch}`,
        `+${ID_REF_PREFIX}*:${ID_REF_PREFIX}*`,
        // The keep-refs of bot runs' stamped commits: what `verify` needs to find a squash-merged PR head.
        `+${KEEP_REF_PREFIX}*:${KEEP_REF_PREFIX}*`,
      ],
      { cwd: ws.expDir },
    );
    const upstream = `refs/remotes/${remote}/${branch}`;
    const head = await requireHeadCommit(ws.expDir, 'experiment repo');
    const base = await gitText(['rev-parse', '--verify', `${upstream}^{commit}`], { cwd: ws.expDir });
    const local = await listCommits(ws.expDir, [head, `^${base}`]);
    if (local.length === 0) {
      await execGit(['merge', '--quiet', '--ff-only', base], { cwd: ws.expDir });
      return { upstream, renumbered: [], head: base };
    }
    if ((await listCommits(ws.expDir, [base, `^${head}`])).length === 0) return { upstream, renumbered: [], head };
    return { upstream, ...(await replayRuns(ws, remote, base, local, options.log)) };
  });
}

async function replayRuns(
  ws: Workspace,
  remote: string,
  base: string,
  local: string[],
  log: (line: string) => void,
): Promise<Omit<SyncResult, 'upstream'>> {
  const merges = await gitText(['rev-list', '--merges', `${local[local.length - 1]}`, `^${base}`], { cwd: ws.expDir });
  if (merges)
    throw badInput(
      `${ws.expDir}: the local commits include a merge; sync replays only linear run commits (undo the merge, or rebase by hand).`,
    );
  const plans = await planReplay(ws.expDir, base, local);
  const state: ReplayState = {
    used: new Set([
      ...(await experimentIdsInHistory(ws.expDir, base)),
      ...(await listRefNames(ws.expDir, ID_REF_PREFIX)),
    ]),
    ids: new Map(),
    folders: new Map(),
    commits: new Map(),
    log: [],
  };
  const worktree = join(dirname(ws.expDir), `.mtrack-sync-${randomBytes(4).toString('hex')}`);
  await addWorktree(ws.expDir, worktree, base);
  try {
    let replayed = base;
    for (const plan of plans) replayed = await replayCommit(ws.expDir, worktree, plan, state);
    // A later run stamped with a local commit the replay rewrote keeps that commit reachable (a keep-ref).
    const runFolders = plans.flatMap((p) => [...p.runs.values()]);
    await keepReplayedStamps(ws.expDir, local, runFolders, log);
    const moves = await planTagMoves(ws.expDir, remote, state.commits, state.ids, state.log);
    // Tags follow the branch, never lead it: a kill between the reset and the tag transaction leaves the journal,
    // and the next sync (finishTagMoves) completes the moves once it sees the branch holds the replay.
    const journal = moves.length > 0 ? await writeTagJournal(ws.expDir, replayed, moves) : undefined;
    // --keep moves the branch and the files it tracks, and refuses (changing nothing) if a local edit would be lost.
    const reset = await spawnGit(['reset', '--quiet', '--keep', replayed], { cwd: ws.expDir });
    if (reset.code !== 0) {
      if (journal) await rm(journal, { force: true });
      throw new GitError('reset --keep', ws.expDir, reset.code, reset.stderr);
    }
    for (const line of state.log) log(line);
    if (journal) {
      for (const line of await applyTagMoves(ws.expDir, moves)) log(`mtrack: sync: tag ${line}.`);
      await rm(journal, { force: true });
    }
    return { renumbered: [...state.ids], head: replayed };
  } finally {
    await removeWorktree(ws.expDir, worktree);
    await rm(`${worktree}.src`, { recursive: true, force: true });
  }
}
