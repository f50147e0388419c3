import { MtrackError } from '../../core/errors.js';
import { ID_REF_PREFIX } from '../../core/ids.js';
import { pushAtomic } from '../../adapters/git/index.js';
import type { CollectOptions, CollectResult } from './collect.js';
import type { BotPullRequest } from './pull-request.js';
import { missingKeepRefs } from './keep-refs.js';

/**
 * Pushes the bot branch and its id reservations. With a PR to open, the branch goes first (GitHub needs it to
 * exist), then the PR, then the reservations atomically with a lease on the branch; when the PR cannot be opened the
 * branch is put back and no id is reserved. Returns undefined when a lease failed (retry with fresh ids).
 */
export async function pushAndReserve(
  options: CollectOptions,
  result: CollectResult,
  previous: string | undefined,
  newIds: string[],
  carriedIds: string[],
): Promise<CollectResult | undefined> {
  const { expDir, remote } = options;
  const branchRef = `refs/heads/${options.branch}`;
  const branch = [
    { ref: branchRef, oid: result.commit, expect: previous ?? '' },
    ...carriedIds.map((id) => ({ ref: `${ID_REF_PREFIX}${id}`, oid: result.commit, expect: previous ?? '' })),
  ];
  // The stamped commits' keep-refs go with the first push of the branch: from the moment the bot PR exists, the
  // verify job can fetch them (see core/keep-refs.ts). They are not taken back with a branch that is put back: a
  // keep-ref only pins a commit that already was a PR head.
  const keep = await missingKeepRefs(expDir, remote, result.runs, result.baseCommit);
  const reservations = newIds.map((id) => ({
    ref: `${ID_REF_PREFIX}${id}`,
    oid: result.commit,
    expect: '',
  }));
  if (!options.openPullRequest) {
    const pushed = await pushAtomic(expDir, remote, [...branch, ...keep, ...reservations]);
    return pushed ? result : undefined;
  }
  if (!(await pushAtomic(expDir, remote, [...branch, ...keep]))) return undefined;
  let pullRequest: BotPullRequest;
  try {
    pullRequest = await options.openPullRequest(result);
  } catch (error) {
    const restored = await pushAtomic(
      expDir,
      remote,
      branch.map((u) => ({ ref: u.ref, oid: previous ?? '', expect: result.commit })),
    );
    throw new MtrackError(
      'NETWORK',
      `collect: could not open the bot pull request for '${options.branch}': ${error instanceof Error ? error.message : String(error)}. No id was reserved${restored ? ` and '${options.branch}' was put back` : ''}.`,
      {
        cause: error,
        hint: 'If GitHub says Actions may not create pull requests, turn on Settings > Actions > General > "Allow GitHub Actions to create and approve pull requests", or pass an App token (docs/action.md).',
      },
    );
  }
  const reserved = await pushAtomic(expDir, remote, [
    { ref: branchRef, oid: result.commit, expect: result.commit },
    ...reservations,
  ]);
  return reserved ? { ...result, pullRequest } : undefined;
}
