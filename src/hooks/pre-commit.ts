import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { verifyDataStaged, verifyStaged } from '../app/verify/verify.js';
import { acceptedSubjectPattern } from '../core/rules/commit-message.js';
import { reportError, reportViolations } from './report.js';

export const SUBJECT_PATTERN_FILE = 'mtrack/commit-msg.ere';

/**
 * The pre-commit hook: git runs it at the top of the work tree with GIT_INDEX_FILE naming the index being
 * committed. The experiment repo is recognised by its mtrack.yaml; any other repo is a dataset-meta repo.
 */
export async function runPreCommit(cwd = process.cwd()): Promise<number> {
  try {
    if (!existsSync(join(cwd, 'mtrack.yaml'))) return reportViolations(await verifyDataStaged(cwd), 'commit');
    const added: string[] = [];
    const violations = await verifyStaged(cwd, { addedRunFolders: (folders) => added.push(...folders) });
    handOffSubjectPattern(cwd, violations.length === 0 ? acceptedSubjectPattern(added) : undefined);
    return reportViolations(violations, 'commit');
  } catch (error) {
    return reportError(error);
  }
}

/**
 * Leaves commit-msg the subject pattern for the runs this commit adds (or removes a stale one), so that hook can
 * accept the usual message with grep instead of starting a second Node (see .husky/commit-msg).
 */
function handOffSubjectPattern(cwd: string, pattern: string | undefined): void {
  try {
    const file = join(gitDir(cwd), SUBJECT_PATTERN_FILE);
    if (!pattern) return rmSync(file, { force: true });
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, `${pattern}\n`);
  } catch {
    // Without the hand-off commit-msg runs its full check in Node: slower, never weaker.
  }
}

// The git dir without a git process: $GIT_DIR when git exported it, else .git (a folder, or a `gitdir:` file).
function gitDir(cwd: string): string {
  if (process.env.GIT_DIR) return resolve(cwd, process.env.GIT_DIR);
  const dotGit = join(cwd, '.git');
  if (statSync(dotGit).isDirectory()) return dotGit;
  return resolve(
    cwd,
    readFileSync(dotGit, 'utf8')
      .replace(/^gitdir:\s*/, '')
      .trim(),
  );
}
