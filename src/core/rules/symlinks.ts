import type { DataRule, ExperimentRule } from './rule.js';
import { EXPERIMENTS_DIR } from './paths.js';
import type { FileChange, Violation } from './types.js';

const SYMLINK_MODE = '120000';
// A gitlink (submodule) names another repository's commit: bytes no hash here covers.
const GITLINK_MODE = '160000';

/** Where each repository keeps the folders that must hold regular files only. */
const SCOPES = {
  experiments: (path: string) => path === EXPERIMENTS_DIR || path.startsWith(`${EXPERIMENTS_DIR}/`),
  datasets: (path: string) => /^datasets\/[^/]+\/revisions(\/|$)/.test(path),
} as const;

/**
 * Rule 10: no symbolic link (git mode 120000) or submodule in run folders or dataset revisions, the folders themselves
 * included: a link committed as `weights.bin -> /etc/passwd` (or a whole run folder -> /etc) would make every
 * later reader of the record read outside the repository.
 */
export function checkSymlinks(changes: FileChange[], scope: keyof typeof SCOPES): Violation[] {
  return changes
    .filter(
      (c) => c.status !== 'D' && (c.newMode === SYMLINK_MODE || c.newMode === GITLINK_MODE) && SCOPES[scope](c.path),
    )
    .map((c) => ({
      rule: 'symlink' as const,
      path: c.path,
      message: `is a ${c.newMode === SYMLINK_MODE ? 'symbolic link' : 'submodule'} (git mode ${c.newMode}); ${scope === 'experiments' ? 'run folders' : 'dataset revisions'} hold regular files only.`,
      fix:
        scope === 'experiments'
          ? `commit the bytes themselves (\`git rm --cached '${c.path}'\`, then copy the file in), or list an external file in pointers/artifact_store.txt.`
          : `unstage it (\`git rm --cached '${c.path}'\`); revisions are written by \`mtrack data materialize\`.`,
    }));
}

/** No symbolic link or submodule in or as a run folder: no hash could cover what it points to. */
export const runSymlinksRule: ExperimentRule = {
  id: 'run-symlinks',
  description: 'a run folder holds regular files only: no symbolic link, no submodule, and it is no link itself.',
  fix: 'commit the file itself, not a link to it.',
  reports: ['symlink'],
  check: (input) => ({ violations: checkSymlinks(input.changes, 'experiments') }),
};

/** The same for dataset revisions in the dataset-meta repo. */
export const revisionSymlinksRule: DataRule = {
  id: 'revision-symlinks',
  description: 'a dataset revision folder holds regular files only: no symbolic link, no submodule.',
  fix: 'commit the file itself, not a link to it.',
  reports: ['symlink'],
  check: (input) => checkSymlinks(input.changes, 'datasets'),
};
