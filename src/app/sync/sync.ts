import { randomBytes } from 'node:crypto';
import { cp, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { badInput } from '../../core/errors.js';
import { ID_REF_PREFIX, nextExperimentId } from '../../core/ids.js';
import { KEEP_REF_PREFIX } from '../../core/keep-refs.js';
import { keepReplayedStamps } from './keep-replayed.js';
import { EXPERIMENTS_DIR } from '../../core/rules/paths.js';
import {
  addWorktree,
  commitPaths,
  execGit,
  gitText,
  listCommits,
  listRefNames,
  removeWorktree,
  requireHeadCommit,
  spawnGit,
  withRepoLock,
} from '../../adapters/git/index.js';
import { restampRunFolder } from '../action/restamp.js';
import { experimentIdsInHistory } from '../run/experiment-ids.js';
import { recoverRuns, STAGING_DIR } from '../run/recover-runs.js';
import { INDEX_PATH, writeRunIndex } from '../run/run-index.js';
import type { Workspace } from '../setup/workspace.js';
import { runIdsAddedIn } from './pushed-run-ids.js';

export interface SyncResult {
  upstream: string;
  renumbered: [string, string][]; // [old id, new id]
  head: string;
}

/**
 * Brings the branch up to date with its upstream so that a push never lands a duplicate id: fetches the branch
 * and the Action's id reservations, then fast-forwards, or replays the local run commits on top of the upstream,
 * re-stamping every run whose id the upstream (or a reservation) took meanwhile, as collect does for bot PRs.
 */
export async function syncRuns(
  ws: Workspace,
  options: { remote?: string; log: (line: string) => void },
): Promise<SyncResult> {
  return withRepoLock(ws.expDir, async () => {
    await recoverRuns(ws, options.log);
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
    return { upstream, ...(await replayRuns(ws, base, local, options.log)) };
  });
}

async function replayRuns(
  ws: Workspace,
  base: string,
  local: string[],
  log: (line: string) => void,
): Promise<Omit<SyncResult, 'upstream'>> {
  const merges = await gitText(['rev-list', '--merges', `${local[local.length - 1]}`, `^${base}`], { cwd: ws.expDir });
  if (merges)
    throw badInput(
      `${ws.expDir}: the local commits include a merge; sync replays only linear run commits (undo the merge, or rebase by hand).`,
    );
  const used = new Set([
    ...(await experimentIdsInHistory(ws.expDir, base)),
    ...(await listRefNames(ws.expDir, ID_REF_PREFIX)),
  ]);
  const worktree = join(dirname(ws.expDir), `.mtrack-sync-${randomBytes(4).toString('hex')}`);
  await addWorktree(ws.expDir, worktree, base);
  const renumbered: [string, string][] = [];
  const replayedFolders: string[] = [];
  try {
    for (const commit of local) {
      const added = await runIdsAddedIn(ws.expDir, [commit, `^${commit}^`]);
      const touched = (await gitText(['diff-tree', '--no-commit-id', '--name-only', '-r', commit], { cwd: ws.expDir }))
        .split('\n')
        .filter(Boolean);
      const folders = [...added.values()];
      replayedFolders.push(...folders);
      if (touched.some((p) => p !== INDEX_PATH && !folders.some((f) => p.startsWith(`${f}/`))))
        throw badInput(
          `commit ${commit.slice(0, 12)} changes more than new run folders; sync replays only mtrack's run commits (rebase it by hand: git rebase ${base.slice(0, 12)}).`,
        );
      let message = await gitText(['log', '-1', '--format=%B', commit], { cwd: ws.expDir });
      const paths: string[] = [];
      for (const [id, folder] of added) {
        const source = join(ws.expDir, folder);
        if (used.has(id)) {
          const newId = nextExperimentId(used);
          const name = await restampRunFolder(
            source,
            join(worktree, EXPERIMENTS_DIR),
            newId,
            join(worktree, STAGING_DIR),
          );
          renumbered.push([id, newId]);
          message = message.replace(new RegExp(`\\b${id}\\b`, 'g'), newId);
          used.add(newId);
          paths.push(`${EXPERIMENTS_DIR}/${name}`);
          log(`mtrack: sync: ${id} is taken upstream; it becomes ${newId}.`);
        } else {
          await mkdir(join(worktree, EXPERIMENTS_DIR), { recursive: true });
          await cp(source, join(worktree, folder), { recursive: true });
          used.add(id);
          paths.push(folder);
        }
      }
      // The runs index is regenerated on the upstream's, not replayed: it then lists both sides' runs.
      if (touched.includes(INDEX_PATH)) paths.push(await writeRunIndex(worktree, paths));
      const [name, email] = (await gitText(['log', '-1', '--format=%an%x00%ae', commit], { cwd: ws.expDir })).split(
        '\0',
      );
      await commitPaths(worktree, paths, message, { identity: { name, email } });
    }
    const replayed = await gitText(['rev-parse', 'HEAD'], { cwd: worktree });
    await keepReplayedStamps(ws.expDir, local, replayedFolders, log);
    // --keep moves the branch and the files it tracks, and refuses (changing nothing) if a local edit would be lost.
    await execGit(['reset', '--quiet', '--keep', replayed], { cwd: ws.expDir });
    return { renumbered, head: replayed };
  } finally {
    await removeWorktree(ws.expDir, worktree);
  }
}
