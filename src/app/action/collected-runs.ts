import { basename } from 'node:path';
import { parseRunFolder } from '../../core/ids.js';
import { EXPERIMENTS_DIR } from '../../core/rules/paths.js';
import type { Manifest } from '../../core/documents/index.js';
import { parseJsonDocument } from '../../adapters/documents.js';
import { fetchCommit, lsTree, readObjects, remoteRefs, type GitRemote } from '../../adapters/git/index.js';

/** Run folder names under experiments/ at `commit`. */
export async function runFoldersAt(dir: string, commit: string): Promise<string[]> {
  return (await lsTree(dir, commit, [`${EXPERIMENTS_DIR}/`]))
    .map((e) => basename(e.path))
    .filter((name) => parseRunFolder(name) !== undefined);
}

/** The run folders a bot branch adds on top of its base (the runs collect brought in), by folder name. */
export async function botRunFolders(dir: string, botCommit: string, baseCommit: string): Promise<string[]> {
  const onBase = new Set(await runFoldersAt(dir, baseCommit));
  return (await runFoldersAt(dir, botCommit)).filter((f) => !onBase.has(f));
}

/** The manifests of `folders` at `commit`, read in one `git cat-file --batch`. */
export async function manifestsAt(dir: string, commit: string, folders: string[]): Promise<Manifest[]> {
  const names = folders.map((f) => `${commit}:${EXPERIMENTS_DIR}/${f}/manifest.json`);
  const bytes = await readObjects(dir, names);
  return names.flatMap((name, i) => {
    const b = bytes.get(name);
    const label = `${EXPERIMENTS_DIR}/${folders[i]}/manifest.json`;
    return b ? [parseJsonDocument<Manifest>(Buffer.from(b).toString('utf8'), 'manifest', label)] : [];
  });
}

export interface CollectedScan {
  base: string; // base branch name
  branch: string; // the PR's bot branch
  pullRequest: number;
}

/**
 * Config hashes a PR's scan already brought in: the runs on its bot branch (not on base), and runs on base stamped
 * with its PR number (a merged bot PR). resolve skips trials with these hashes, so a push that does not change the
 * scan trains nothing and a changed scan trains only its new trials.
 */
export async function collectedConfigHashes(dir: string, remote: GitRemote, scan: CollectedScan): Promise<Set<string>> {
  const baseRef = `refs/heads/${scan.base}`;
  const botRef = `refs/heads/${scan.branch}`;
  const refs = await remoteRefs(dir, remote, [baseRef, botRef]);
  const hashes = new Set<string>();
  if (!refs.has(baseRef)) return hashes;
  const base = await fetchCommit(dir, remote, baseRef, 'refs/mtrack-resolve/base');
  const onBase = await manifestsAt(dir, base, await runFoldersAt(dir, base));
  for (const m of onBase) if (m.git.pull_request === scan.pullRequest) hashes.add(m.stamp.config_hash);
  if (refs.has(botRef)) {
    const bot = await fetchCommit(dir, remote, botRef, 'refs/mtrack-resolve/bot');
    for (const m of await manifestsAt(dir, bot, await botRunFolders(dir, bot, base))) hashes.add(m.stamp.config_hash);
  }
  return hashes;
}
