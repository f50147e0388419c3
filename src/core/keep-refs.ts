/**
 * Keep-refs: one ref per commit a collected run is stamped with (`refs/mtrack/commits/<sha>`), pushed by collect
 * in the same atomic push as the bot branch. A trial trains on the PR's head commit, which a squash merge or a
 * deleted branch drops from every branch; the keep-ref keeps it on the remote so the run stays reproducible from
 * its SHA. Named by the commit (not by PR number) so two collects of the same head push the same ref with the same
 * value, and verify can answer "is this commit kept?" from the ref name alone.
 */
export const KEEP_REF_PREFIX = 'refs/mtrack/commits/';

/** The keep-ref of a stamped commit. */
export function keepRef(commit: string): string {
  return `${KEEP_REF_PREFIX}${commit}`;
}

/** What to run so a clone has every keep-ref (they are not fetched by default). */
export const FETCH_KEEP_REFS = `git fetch origin '+${KEEP_REF_PREFIX}*:${KEEP_REF_PREFIX}*'`;
