import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { badInput } from '../../core/errors.js';
import { formatReproductionId, nextExperimentId, parseRunFolder } from '../../core/ids.js';
import { replayNotesEdit } from '../../core/notes/decision-log.js';
import { renumberIds, restampReproduction } from '../../core/restamp.js';
import { isRunNotes, parseReproductionPath, REPRODUCTIONS_DIR } from '../../core/rules/index.js';
import { EXPERIMENTS_DIR, runFolderOf } from '../../core/rules/paths.js';
import { jsonDocumentText } from '../../adapters/documents.js';
import { commitChanges, commitPaths, gitText, lsTree, readObjects } from '../../adapters/git/index.js';
import { restampRunFolder } from '../action/restamp.js';
import { INDEX_PATH, writeRunIndex } from '../run/run-index.js';
import { STAGING_DIR } from '../run/recover-runs.js';
import { reproductionNumbers } from '../reproduce/record-reproduction.js';

/** One local commit sorted into what mtrack writes; `planReplay` refuses a commit holding anything else. */
export interface CommitPlan {
  commit: string;
  runs: Map<string, string>; // id -> run folder path the commit adds
  notes: string[]; // notes.md of committed runs the commit edits (`mtrack note`)
  reproductions: string[]; // reproductions/E####/R####.json the commit adds (`mtrack reproduce`)
  index: boolean; // touches experiments/README.md, which is regenerated rather than replayed
}

/** What the replay has done so far, carried from one commit to the next. */
export interface ReplayState {
  used: Set<string>; // experiment ids taken upstream, reserved, or given to a replayed run
  ids: Map<string, string>; // old id -> new id of each renumbered local run
  folders: Map<string, string>; // old run folder path -> new one
  commits: Map<string, string>; // local commit -> its replayed commit
  log: string[];
}

/** Sorts every local commit's changes, before anything is written: one line naming the first path sync cannot replay. */
export async function planReplay(dir: string, base: string, commits: string[]): Promise<CommitPlan[]> {
  return (await commitChanges(dir, commits)).map(({ commit, changes }) => {
    const plan: CommitPlan = { commit, runs: new Map(), notes: [], reproductions: [], index: false };
    const added = new Set(changes.filter((c) => c.status === 'A').map((c) => runFolderOf(c.path)?.folder));
    for (const { path, status } of changes) {
      const folder = runFolderOf(path)?.folder;
      const id = folder && added.has(folder) ? parseRunFolder(folder)?.experimentId : undefined;
      if (id && status === 'A') plan.runs.set(id, `${EXPERIMENTS_DIR}/${folder}`);
      else if (path === INDEX_PATH) plan.index = true;
      else if (isRunNotes(path) && status === 'M' && !added.has(folder)) plan.notes.push(path);
      else if (parseReproductionPath(path) && status === 'A') plan.reproductions.push(path);
      else
        throw badInput(
          `commit ${commit.slice(0, 12)} changes '${path}': sync replays only mtrack's commits (new run folders, notes, reproduction records); rebase it by hand: git rebase ${base.slice(0, 12)}.`,
        );
    }
    return plan;
  });
}

/** Commits `plan` again on the worktree's HEAD, renumbering what refers to a run whose id is taken; returns the commit. */
export async function replayCommit(
  dir: string,
  worktree: string,
  plan: CommitPlan,
  state: ReplayState,
): Promise<string> {
  const { commit } = plan;
  const paths: string[] = [];
  for (const [id, folder] of plan.runs) {
    if (!state.used.has(id)) {
      await exportFolder(dir, commit, folder, join(worktree, folder));
      state.used.add(id);
      paths.push(folder);
      continue;
    }
    const source = join(`${worktree}.src`, folder);
    await exportFolder(dir, commit, folder, source);
    const newId = nextExperimentId(state.used);
    const name = await restampRunFolder(source, join(worktree, EXPERIMENTS_DIR), newId, join(worktree, STAGING_DIR));
    state.used.add(newId);
    state.ids.set(id, newId);
    state.folders.set(folder, `${EXPERIMENTS_DIR}/${name}`);
    paths.push(`${EXPERIMENTS_DIR}/${name}`);
    state.log.push(`mtrack: sync: ${id} is taken upstream; it becomes ${newId}.`);
  }
  for (const path of plan.notes) paths.push(await replayNotes(dir, worktree, commit, path, state));
  const records = new Map<string, string>(); // R#### renumbered because the upstream holds the same
  for (const path of plan.reproductions) {
    const moved = await replayReproduction(dir, worktree, commit, path, state);
    if (moved.from !== moved.to) records.set(moved.from, moved.to);
    paths.push(moved.path);
  }
  const text = await gitText(['log', '-1', '--format=%B', commit], { cwd: dir });
  const message = renumberIds(text, new Map([...state.ids, ...records]));
  // The runs index is regenerated on the upstream's, not replayed: it then lists both sides' runs.
  if (plan.index) paths.push(await writeRunIndex(worktree, paths));
  const [name, email] = (await gitText(['log', '-1', '--format=%an%x00%ae', commit], { cwd: dir })).split('\0');
  const replayed = await commitPaths(worktree, paths, message, { identity: { name, email } });
  state.commits.set(commit, replayed);
  return replayed;
}

async function replayNotes(dir: string, worktree: string, commit: string, path: string, state: ReplayState) {
  const { folder, rel } = runFolderOf(path)!;
  const target = `${state.folders.get(`${EXPERIMENTS_DIR}/${folder}`) ?? `${EXPERIMENTS_DIR}/${folder}`}/${rel}`;
  const names = [`${commit}^:${path}`, `${commit}:${path}`];
  const texts = await readObjects(dir, names);
  const [before, after] = names.map((n) => Buffer.from(texts.get(n) ?? []).toString('utf8'));
  const onto = await readFile(join(worktree, target), 'utf8').catch(() => undefined);
  const text = onto === undefined ? undefined : replayNotesEdit({ before, after }, onto);
  if (text === undefined)
    throw badInput(
      `commit ${commit.slice(0, 12)} edits '${path}', which does not apply on the upstream's '${target}' (edited there meanwhile?); rebase it by hand.`,
    );
  await writeFile(join(worktree, target), text);
  return target;
}

/** Moves a reproduction record to its run's new id and folder, under the next free R#### if the upstream took its own. */
async function replayReproduction(dir: string, worktree: string, commit: string, path: string, state: ReplayState) {
  const old = parseReproductionPath(path)!;
  const bytes = (await readObjects(dir, [`${commit}:${path}`])).get(`${commit}:${path}`);
  const record = JSON.parse(Buffer.from(bytes ?? []).toString('utf8')) as Record<string, unknown>;
  const experimentId = state.ids.get(old.experimentId) ?? old.experimentId;
  const runFolder = String(record.run_folder);
  const taken = await reproductionNumbers(worktree, 'HEAD', experimentId);
  const wanted = Number(old.reproductionId.slice(1));
  const reproductionId = formatReproductionId(taken.includes(wanted) ? Math.max(...taken) + 1 : wanted);
  const target = `${REPRODUCTIONS_DIR}/${experimentId}/${reproductionId}.json`;
  const moved = restampReproduction(record, {
    experimentId,
    runFolder: state.folders.get(runFolder) ?? runFolder,
    reproductionId,
  });
  await mkdir(dirname(join(worktree, target)), { recursive: true });
  await writeFile(join(worktree, target), jsonDocumentText('reproduction', moved, target));
  return { path: target, from: old.reproductionId, to: reproductionId };
}

/** Writes `folder` as `commit` holds it (not as the working tree has it now) to `target`. */
async function exportFolder(dir: string, commit: string, folder: string, target: string): Promise<void> {
  const entries = (await lsTree(dir, commit, [`${folder}/`], { recursive: true })).filter((e) => e.type === 'blob');
  const blobs = await readObjects(
    dir,
    entries.map((e) => e.oid),
  );
  for (const entry of entries) {
    const file = join(target, entry.path.slice(folder.length + 1));
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, blobs.get(entry.oid) ?? new Uint8Array());
    if (entry.mode === '100755') await chmod(file, 0o755);
  }
}
