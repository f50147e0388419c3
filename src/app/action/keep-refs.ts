import { badInput } from '../../core/errors.js';
import { keepRef } from '../../core/keep-refs.js';
import { isAncestor, objectSizes, remoteRefs, spawnGit, type GitRemote } from '../../adapters/git/index.js';

export interface KeepRefUpdate {
  ref: string;
  oid: string;
  expect: string;
}

/**
 * The keep-refs (`refs/mtrack/commits/<sha>`) the remote still lacks for the commits the runs are stamped with,
 * as lease-guarded creations for collect's atomic push. A keep-ref already there has the same value by
 * construction and is left alone; one created meanwhile by a concurrent collect fails the lease and the retry
 * finds it. Each stamped commit must be in the local object database for git to push a ref to it: a trial's
 * commit is the PR head collect's checkout holds; one missing there is fetched from the remote first.
 */
export async function missingKeepRefs(
  expDir: string,
  remote: GitRemote,
  runs: { folder: string; commit: string }[],
  baseCommit: string,
): Promise<KeepRefUpdate[]> {
  // A commit already in the base branch's history (a baseline run, a trial of a PR merged meanwhile) needs no ref.
  const inBase = (c: string) => isAncestor(expDir, c, baseCommit);
  const distinct = [...new Set(runs.map((r) => r.commit))];
  const based = await Promise.all(distinct.map(inBase));
  const commits = distinct.filter((_, i) => !based[i]);
  if (commits.length === 0) return [];
  const present = await remoteRefs(expDir, remote, commits.map(keepRef));
  const wanted = commits.filter((c) => !present.has(keepRef(c)));
  const local = await objectSizes(
    expDir,
    wanted.map((c) => `${c}^{commit}`),
  );
  for (const commit of wanted.filter((c) => local.get(`${c}^{commit}`) === undefined)) {
    const fetched = await spawnGit(['fetch', '--no-tags', '--quiet', remote.url, commit], { cwd: expDir, remote });
    if (fetched.code !== 0) {
      const run = runs.find((r) => r.commit === commit)?.folder;
      throw badInput(
        `${run}/manifest.json git.commit: '${commit}' is neither in this checkout nor fetchable from the remote; collect cannot keep the commit the run was trained on.`,
        'Check out the experiment repo with fetch-depth: 0 in the collect job.',
      );
    }
  }
  return wanted.map((c) => ({ ref: keepRef(c), oid: c, expect: '' }));
}
