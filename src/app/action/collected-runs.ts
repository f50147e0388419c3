import { basename } from 'node:path';
import { parseRunFolder } from '../../core/ids.js';
import { EXPERIMENTS_DIR } from '../../core/rules/paths.js';
import type { Manifest, Metrics } from '../../core/documents/index.js';
import type { CollectedTrial } from '../scan/scan.js';
import { scoredValue } from '../run/run-records.js';
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

/** The manifests and metrics of `folders` at `commit`, read in one `git cat-file --batch`. */
export async function runDocumentsAt(
  dir: string,
  commit: string,
  folders: string[],
): Promise<{ manifest: Manifest; metrics?: Metrics }[]> {
  const path = (f: string, file: string) => `${commit}:${EXPERIMENTS_DIR}/${f}/${file}`;
  const bytes = await readObjects(
    dir,
    folders.flatMap((f) => [path(f, 'manifest.json'), path(f, 'metrics.json')]),
  );
  const parse = <T>(f: string, file: string, kind: 'manifest' | 'metrics'): T | undefined => {
    const b = bytes.get(path(f, file));
    return b
      ? parseJsonDocument<T>(Buffer.from(b).toString('utf8'), kind, `${EXPERIMENTS_DIR}/${f}/${file}`)
      : undefined;
  };
  return folders.flatMap((f) => {
    const manifest = parse<Manifest>(f, 'manifest.json', 'manifest');
    const metrics = parse<Metrics>(f, 'metrics.json', 'metrics');
    return manifest ? [{ manifest, ...(metrics ? { metrics } : {}) }] : [];
  });
}

export interface CollectedScan {
  base: string; // base branch name
  branch: string; // the PR's bot branch
  pullRequest: number;
}

/**
 * The runs a PR's scan already brought in: the runs on its bot branch (not on base), and runs on base stamped with
 * its PR number (a merged bot PR). resolve skips trials with their config hashes (a push that does not change the
 * scan trains nothing, a changed scan trains only its new trials) and bayes learns the next wave from their metrics.
 */
export async function collectedTrials(dir: string, remote: GitRemote, scan: CollectedScan): Promise<CollectedTrial[]> {
  const baseRef = `refs/heads/${scan.base}`;
  const botRef = `refs/heads/${scan.branch}`;
  const refs = await remoteRefs(dir, remote, [baseRef, botRef]);
  if (!refs.has(baseRef)) return [];
  const base = await fetchCommit(dir, remote, baseRef, 'refs/mtrack-resolve/base');
  const runs = (await runDocumentsAt(dir, base, await runFoldersAt(dir, base))).filter(
    (r) => r.manifest.git.pull_request === scan.pullRequest,
  );
  if (refs.has(botRef)) {
    const bot = await fetchCommit(dir, remote, botRef, 'refs/mtrack-resolve/bot');
    runs.push(...(await runDocumentsAt(dir, bot, await botRunFolders(dir, bot, base))));
  }
  return runs.map(({ manifest, metrics }) => ({
    ...(manifest.inputs.scan ? { scanHash: manifest.inputs.scan.scan_hash } : {}),
    params: manifest.inputs.scan?.params ?? {},
    value: scoredValue(metrics), // a failed run (or one without metrics) counts as the worst result
    configHash: manifest.stamp.config_hash,
    ...(metrics?.history ? { history: metrics.history as CollectedTrial['history'] } : {}),
  }));
}
