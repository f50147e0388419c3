import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { checkFailed } from '../../core/errors.js';
import { formatRunFolder, parseRunFolder } from '../../core/ids.js';
import { formatRunCommitSubject } from '../../core/rules/commit-message.js';
import { EXPERIMENTS_DIR } from '../../core/rules/paths.js';
import { commitPaths, withRepoLock } from '../../adapters/git/index.js';
import { restampRunFolder } from '../action/restamp.js';
import type { Workspace } from '../setup/workspace.js';
import { formatViolation, verifyProposedCommit } from '../verify/verify.js';
import { allocateExperimentId } from './experiment-ids.js';
import { readFolderFiles } from './folder-files.js';
import { writeRunIndex } from './run-index.js';
import { clearInflight, markInflight, recoverRuns, rejectRun, STAGING_DIR } from './recover-runs.js';

export interface LandedRun {
  experimentId: string;
  folder: string; // relative to the experiment repo
  commit?: string;
}

/**
 * Moves a trained run from its staging folder into experiments/ and commits it, under the repo lock: repairs what
 * killed runs left, allocates the final id (another run may have taken the provisional one while this one trained:
 * then the folder is re-stamped), checks the hook's rules on exactly these files and commits only them.
 */
export async function landRun(
  ws: Workspace,
  staged: { dir: string; folder: string },
  options: { commit: boolean; intent: string; log: (line: string) => void },
): Promise<LandedRun> {
  return withRepoLock(
    ws.expDir,
    async () => {
      await recoverRuns(ws, options.log);
      const id = await allocateExperimentId(ws.expDir);
      const runsDir = join(ws.expDir, EXPERIMENTS_DIR);
      const parsed = parseRunFolder(staged.folder);
      const folder = parsed ? formatRunFolder({ ...parsed, experimentId: id }) : staged.folder;
      // Marked before the rename: a kill between the two leaves a folder the next command knows how to finish.
      if (options.commit) await markInflight(ws.expDir, folder);
      if (folder !== staged.folder) {
        options.log(`mtrack: ${parsed?.experimentId} was taken while this run trained; it lands as ${id}.`);
        await restampRunFolder(join(staged.dir, staged.folder), runsDir, id, join(ws.expDir, STAGING_DIR));
      } else {
        await mkdir(runsDir, { recursive: true });
        await rename(join(staged.dir, staged.folder), join(runsDir, folder));
      }
      await rm(staged.dir, { recursive: true, force: true });
      const path = `${EXPERIMENTS_DIR}/${folder}`;
      if (!options.commit) return { experimentId: id, folder: path };
      const violations = await verifyProposedCommit(ws.expDir, await readFolderFiles(ws.expDir, path));
      // The index is regenerated only once the run passed: a rejected run must leave the working tree as it was.
      if (violations.length > 0) {
        const kept = await rejectRun(ws.expDir, folder);
        await clearInflight(ws.expDir, folder);
        throw checkFailed(
          `${path}: the new run breaks the stamping rules, not committed (kept in '${kept}'): ${violations.map(formatViolation).join(' ')}`,
        );
      }
      const index = await writeRunIndex(ws.expDir, [path]);
      const commit = await commitPaths(ws.expDir, [path, index], formatRunCommitSubject([path], options.intent));
      await clearInflight(ws.expDir, folder);
      return { experimentId: id, folder: path, commit };
    },
    { onWait: (holder) => options.log(`mtrack: waiting for another mtrack process (pid ${holder.pid}) to commit.`) },
  );
}
