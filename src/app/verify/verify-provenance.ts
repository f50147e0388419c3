import { gitText, isAncestor, objectSizes } from '../../adapters/git/index.js';
import { FETCH_KEEP_REFS, KEEP_REF_PREFIX } from '../../core/keep-refs.js';
import { runPath, type Violation } from '../../core/rules/index.js';
import type { Warn } from './verify-data.js';

/** A run folder added by a checked change and the commit its manifest is stamped with. */
export interface StampedCommit {
  folder: string; // the run folder's name under experiments/
  commit: string; // manifest git.commit
  addedIn?: string; // the commit that adds the folder, when known
  pullRequest?: number; // manifest git.pull_request: collected by the Action, which keeps its commit
}

const FIELD = 'manifest.json git.commit';

/**
 * Provenance: a run must stay reproducible from its SHA, so its stamped commit must be reachable from `tip` (the
 * checked head: a run committed by `mtrack run` sits on top of the commit it was stamped with, a dirty run on its
 * base commit) or from a keep-ref (`refs/mtrack/commits/*`, pushed by collect for the PR heads trials ran on, which a
 * squash merge drops from history). Git processes: the keep-ref names, one `cat-file --batch-check` for presence,
 * and for reachability either a few `merge-base --is-ancestor` or one `rev-list` walk (none when every run is kept
 * by name).
 *
 * Which runs are refused is decided by the history, not by what this clone happens to hold, so every full clone
 * with the keep-refs fetched gives the same answer (a missing object and an unreachable one are treated alike):
 * - a run collected for a pull request (`git.pull_request`): collect pushes its commit's keep-ref, so a commit lost
 *   there is a violation; CI fetches the keep-refs first, and a clone that did not gets the fetch as the fix.
 * - a run made with the CLI: a warning. Its commit is lost only when the user rewrote history (a `git pull --rebase`
 *   or an `mtrack sync` replay of two local runs, whose second run trained on the first's commit): refusing it would
 *   block the team's documented push flow for a commit mtrack never promised to keep; sync keeps the commits it
 *   rewrites with local keep-refs and says how to push them.
 * A shallow clone cannot tell a lost commit from a cut history: a missing commit there is only a warning.
 */
export async function checkStampedCommits(
  cwd: string,
  stamped: StampedCommit[],
  tip: string,
  warn: Warn,
): Promise<Violation[]> {
  const valid = stamped.filter((s) => /^[0-9a-f]{40}$/.test(s.commit)); // a malformed stamp is the schema rule's
  if (valid.length === 0) return [];
  const [keepText, sizes] = await Promise.all([
    gitText(['for-each-ref', '--format=%(objectname) %(refname)', KEEP_REF_PREFIX], { cwd }),
    objectSizes(cwd, [...new Set(valid.map((s) => `${s.commit}^{commit}`))]),
  ]);
  const keeps = keepText
    .split('\n')
    .filter(Boolean)
    .map((line) => line.split(' ') as [string, string]);
  const keptByName = new Set(keeps.map(([, ref]) => ref.slice(KEEP_REF_PREFIX.length)));
  const open = [...new Set(valid.map((s) => s.commit))].filter((c) => !keptByName.has(c));
  const missing = new Set(open.filter((c) => sizes.get(`${c}^{commit}`) === undefined));
  const unreachable = await unreachableFrom(
    cwd,
    open.filter((c) => !missing.has(c)),
    tip,
    keeps.map(([oid]) => oid),
  );
  if (missing.size > 0 && (await isShallow(cwd))) {
    warn(
      `shallow clone: ${missing.size} stamped commit(s) not in it, their reachability was not checked (fetch the whole history).`,
    );
    missing.clear();
  }
  const lost = valid.filter((s) => missing.has(s.commit) || unreachable.has(s.commit));
  const why = (s: StampedCommit) =>
    missing.has(s.commit)
      ? `${FIELD} '${s.commit}' is not in this repository: the run cannot be reproduced from its SHA.`
      : `${FIELD} '${s.commit}' is neither in the history of the checked head nor kept by a ${KEEP_REF_PREFIX} ref: a squash merge or a deleted branch loses it.`;
  for (const s of lost.filter((s) => s.pullRequest === undefined))
    warn(
      `${runPath(s.folder)}: ${why(s)} (a rebase or an \`mtrack sync\` replay rewrote the commit it trained on? keep it: git update-ref ${KEEP_REF_PREFIX}<sha> <sha>, and push ${KEEP_REF_PREFIX}*)`,
    );
  return lost
    .filter((s) => s.pullRequest !== undefined)
    .map((s) => ({
      rule: 'stamped-commit' as const,
      path: runPath(s.folder),
      message: `${why(s)} It was trained for pull request #${s.pullRequest}, whose head collect keeps.`,
      fix: FETCH_KEEP_REFS,
      ...(s.addedIn ? { commit: s.addedIn } : {}),
    }));
}

// A few commits (a --range of a few runs): one `merge-base --is-ancestor` each, which walks only from the run back
// to the commit it was trained on (its parent, in the `mtrack run` flow). Many, or any not under `tip`: one walk of
// everything reachable from `tip` and the keep-refs, then membership. Both are exact; `rev-list <c> ^<root>` would
// stop early but trusts commit dates, and with clock skew (a rebased or imported history) misses an ancestor.
const FEW = 8;

async function unreachableFrom(cwd: string, candidates: string[], tip: string, keeps: string[]): Promise<Set<string>> {
  let open = candidates;
  if (open.length > 0 && open.length <= FEW) {
    const under = await Promise.all(open.map((c) => isAncestor(cwd, c, tip)));
    open = open.filter((_, i) => !under[i]);
  }
  if (open.length === 0) return new Set();
  const text = await gitText(['rev-list', '--stdin'], { cwd, input: [tip, ...keeps].join('\n') + '\n' });
  const reachable = new Set(text.split('\n'));
  return new Set(open.filter((c) => !reachable.has(c)));
}

async function isShallow(cwd: string): Promise<boolean> {
  return (await gitText(['rev-parse', '--is-shallow-repository'], { cwd })) === 'true';
}
