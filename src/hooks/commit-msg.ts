import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lsTree, stagedChanges, tryResolveCommit } from '../adapters/git/index.js';
import { checkCommitMessage } from '../core/rules/commit-message.js';
import { runHistoryFrom } from '../core/rules/history.js';
import { addedRunFolders } from '../core/rules/immutability.js';
import { EXPERIMENTS_DIR } from '../core/rules/paths.js';
import { reportError, reportViolations } from './report.js';

// Imports stay narrow (no yaml, no ajv): this hook runs on every commit and Node start-up is most of its cost.

/** The run folders the index adds compared with HEAD (what the commit message must name). */
export async function stagedRunFolders(cwd: string): Promise<string[]> {
  const changes = (await stagedChanges(cwd, [`${EXPERIMENTS_DIR}/`])).filter((c) => c.status === 'A');
  if (changes.length === 0) return [];
  const head = await tryResolveCommit(cwd, 'HEAD', false);
  const present = head
    ? (await lsTree(cwd, 'HEAD', [`${EXPERIMENTS_DIR}/`], { stripGitEnv: false })).map((e) =>
        e.path.slice(EXPERIMENTS_DIR.length + 1),
      )
    : [];
  return addedRunFolders(changes, runHistoryFrom(present, []));
}

/** The commit-msg hook: `messageFile` is the path git passes as $1. */
export async function runCommitMsg(messageFile: string, cwd = process.cwd()): Promise<number> {
  try {
    if (!existsSync(join(cwd, 'mtrack.yaml'))) return 0;
    const added = await stagedRunFolders(cwd);
    if (added.length === 0) return 0;
    return reportViolations(checkCommitMessage(readFileSync(messageFile, 'utf8'), added), 'commit');
  } catch (error) {
    return reportError(error);
  }
}
