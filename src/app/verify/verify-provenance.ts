import { gitText, objectSizes, spawnGit } from '../../adapters/git/index.js';
import { FETCH_KEEP_REFS, KEEP_REF_PREFIX } from '../../core/keep-refs.js';
import { runPath, type Violation } from '../../core/rules/index.js';
import type { Warn } from './verify-data.js';

/** A run folder added by a checked change and the commit its manifest is stamped with. */
export interface StampedCommit {
  folder: string; // the run folder's name under experiments/
  commit: string; // manifest git.commit
  addedIn?: string; // the commit that adds the folder, when known
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
 * A stamped commit missing from the object database is a violation, not a warning: in a full clone it means no
 * fetched ref reaches it, which is exactly the lost commit this check exists to catch (CI fetches the keep-refs
 * first, so a kept commit is present). A fresh clone that did not fetch the keep-refs sees the same violation with
 * the one command that fixes it. Only a shallow clone cannot tell a lost commit from a cut history: a warning there.
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
  return valid
    .filter((s) => missing.has(s.commit) || unreachable.has(s.commit))
    .map((s) => ({
      rule: 'stamped-commit' as const,
      path: runPath(s.folder),
      message: missing.has(s.commit)
        ? `${FIELD} '${s.commit}' is not in this repository: the run cannot be reproduced from its SHA.`
        : `${FIELD} '${s.commit}' is neither in the history of the checked head nor kept by a ${KEEP_REF_PREFIX} ref: a squash merge or a deleted branch loses it.`,
      fix: `${FETCH_KEEP_REFS} (collect pushes a keep-ref for each stamped commit); for a run committed by hand, push the commit it was trained on to ${KEEP_REF_PREFIX}<sha>`,
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
    const under = await Promise.all(
      open.map(async (c) => (await spawnGit(['merge-base', '--is-ancestor', c, tip], { cwd })).code === 0),
    );
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
