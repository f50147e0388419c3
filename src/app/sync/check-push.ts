import { ID_REF_PREFIX } from '../../core/ids.js';
import { remoteRefs, spawnGit } from '../../adapters/git/index.js';
import { duplicateRunIds, reservedIds, runIdsAddedIn } from './pushed-run-ids.js';

const ZERO = /^0+$/;

/** One line of what git hands the pre-push hook on stdin. */
export interface PushedRef {
  localRef: string;
  localOid: string;
  remoteRef: string;
  remoteOid: string;
}

export function parsePushLines(text: string): PushedRef[] {
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [localRef, localOid, remoteRef, remoteOid] = line.split(' ');
      return { localRef, localOid, remoteRef, remoteOid };
    });
}

/**
 * Why a push would land duplicate experiment ids, one line per problem (none: the push may go): two run folders
 * with one id in the pushed history (e.g. after `git pull` merged a teammate's E0003 with ours), or a pushed run
 * whose id a bot pull request has reserved on the remote (`refs/mtrack/ids/*`).
 */
export async function checkPush(dir: string, remoteUrl: string, refs: PushedRef[]): Promise<string[]> {
  const problems: string[] = [];
  const branches = refs.filter((r) => !ZERO.test(r.localOid) && r.remoteRef.startsWith('refs/heads/'));
  if (branches.length === 0) return problems;
  let reserved = new Set<string>();
  try {
    reserved = reservedIds((await remoteRefs(dir, { url: remoteUrl }, [`${ID_REF_PREFIX}*`])).keys());
  } catch {
    // The push itself will say why the remote is unreachable; the duplicate check below needs no network.
  }
  for (const ref of branches) {
    for (const paths of await duplicateRunIds(dir, ref.localOid))
      problems.push(`${ref.remoteRef}: one experiment id, several run folders: ${paths.join(', ')}.`);
    const known =
      !ZERO.test(ref.remoteOid) &&
      (await spawnGit(['cat-file', '-e', `${ref.remoteOid}^{commit}`], { cwd: dir })).code === 0;
    const range = known ? [ref.localOid, `^${ref.remoteOid}`] : [ref.localOid, '--not', '--remotes'];
    for (const [id, folder] of await runIdsAddedIn(dir, range))
      if (reserved.has(id)) problems.push(`${folder}: ${id} is reserved on the remote by a bot pull request.`);
  }
  return problems;
}
