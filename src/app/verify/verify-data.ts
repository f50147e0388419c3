import { dataPaths } from '../../core/dataset-paths.js';
import { existsSync } from 'node:fs';
import { badInput, notFound } from '../../core/errors.js';
import {
  commitChanges,
  deletedPaths,
  execGit,
  listCommits,
  lsTree,
  objectSizes,
  readObjects,
  stagedChanges,
  tryResolveCommit,
  type RawChange,
} from '../../adapters/git/index.js';
import {
  addedRevisionFolders,
  advanceRevisionHistory,
  checkDataRepoChanges,
  checkDatasetRef,
  revisionFolderOf,
  revisionHistoryFrom,
  type RevisionHistory,
  type RevisionLookup,
  type Violation,
} from '../../core/rules/index.js';
import type { TaggedRef } from './verify-experiment.js';
import { validateDocument } from '../../adapters/schemas.js';

export type Warn = (message: string) => void;

/** Why the dataset-meta repo cannot be read, or undefined when it can. */
export async function whyUnreachable(dataDir: string): Promise<string | undefined> {
  if (!existsSync(dataDir)) return `'${dataDir}' does not exist`;
  try {
    await execGit(['rev-parse', '--git-dir'], { cwd: dataDir });
    return undefined;
  } catch {
    return `'${dataDir}' is not a git repository`;
  }
}

/** Rule 5 for every collected pointer, with two git calls into the dataset-meta repo; a warning when it is unreachable. */
export async function checkDatasetRefs(dataDir: string, refs: TaggedRef[], warn: Warn): Promise<Violation[]> {
  if (refs.length === 0) return [];
  const name = (r: TaggedRef) => `${r.metaCommit}:${dataPaths.manifest(r.datasetId, r.revision)}`;
  const manifests = existsSync(dataDir) ? await tryReadObjects(dataDir, refs.map(name)) : undefined;
  if (!manifests) {
    warn(
      `dataset-meta repo unreachable ('${dataDir}' is not a git repository): ${refs.length} dataset pointer(s) not checked against it.`,
    );
    return [];
  }
  const types = await objectSizes(
    dataDir,
    refs.filter((r) => !manifests.get(name(r))).map((r) => `${r.metaCommit}^{commit}`),
  );
  return refs.flatMap((ref) => {
    const manifest = manifests.get(name(ref));
    const lookup: RevisionLookup =
      manifest || types.get(`${ref.metaCommit}^{commit}`) !== undefined
        ? { kind: 'found', manifest }
        : { kind: 'no-commit' };
    return checkDatasetRef(ref, lookup, validateDocument).map((v) => (ref.commit ? { ...v, commit: ref.commit } : v));
  });
}

// One cat-file call both answers and proves the repo readable (it fails outside a repository).
async function tryReadObjects(
  dataDir: string,
  names: string[],
): Promise<Map<string, Uint8Array | undefined> | undefined> {
  try {
    return await readObjects(dataDir, names);
  } catch {
    return undefined;
  }
}

/** Rule 7 (and new manifests' schema) over commits of the dataset-meta repo, each against the history before it. */
async function checkDataDeltas(
  dataDir: string,
  deltas: { commit?: string; changes: RawChange[] }[],
  history: RevisionHistory,
  strip: boolean,
): Promise<Violation[]> {
  const wanted: string[] = [];
  const plans = deltas.map((delta) => {
    const added = new Set(addedRevisionFolders(delta.changes, history));
    const docs = delta.changes.filter(
      (c) => c.status !== 'D' && c.path.endsWith('/dataset_manifest.json') && added.has(revisionFolderOf(c.path) ?? ''),
    );
    wanted.push(...docs.map((c) => c.newOid));
    const plan = { delta, history, docs };
    history = advanceRevisionHistory(history, delta.changes);
    return plan;
  });
  const bytes = await readObjects(dataDir, wanted, strip);
  return plans.flatMap(({ delta, history: before, docs }) => {
    const documents = new Map(docs.filter((c) => bytes.get(c.newOid)).map((c) => [c.path, bytes.get(c.newOid)!]));
    return checkDataRepoChanges(delta.changes, before, documents, validateDocument).map((v) =>
      delta.commit ? { ...v, commit: delta.commit } : v,
    );
  });
}

/** Rule 7 over the dataset-meta repo's whole history, or over `base..head`. */
export async function verifyDataCommits(dataDir: string, range?: string): Promise<Violation[]> {
  const why = await whyUnreachable(dataDir);
  if (why) throw notFound(`Dataset-meta repo ${why}.`);
  if (!(await tryResolveCommit(dataDir, 'HEAD'))) return [];
  let history: RevisionHistory = { revisions: new Set() };
  let revs = ['HEAD'];
  if (range) {
    const { base } = await resolveRange(dataDir, range);
    revs = [range];
    const present = (await lsTree(dataDir, base, ['datasets/'], { recursive: true })).map((e) => e.path);
    history = revisionHistoryFrom([...present, ...(await deletedPaths(dataDir, base, ['datasets/']))]);
  }
  const deltas = await commitChanges(dataDir, await listCommits(dataDir, revs));
  return checkDataDeltas(dataDir, deltas, history, true);
}

/** What the pre-commit hook checks in the dataset-meta repo: HEAD vs the index git is committing. */
export async function verifyDataStaged(dataDir: string): Promise<Violation[]> {
  const changes = await stagedChanges(dataDir, ['datasets/']);
  const touched = [
    ...new Set(changes.map((c) => revisionFolderOf(c.path)).filter((r): r is string => r !== undefined)),
  ];
  // A symbolic link standing in for a whole revision folder names no file inside one, but must still be checked.
  if (touched.length === 0 && !changes.some((c) => c.newMode === '120000')) return [];
  const head = await tryResolveCommit(dataDir, 'HEAD', false);
  let history: RevisionHistory = { revisions: new Set() };
  if (head) {
    const present = (await lsTree(dataDir, 'HEAD', touched, { stripGitEnv: false })).map((e) => e.path);
    const removed = await deletedPaths(dataDir, 'HEAD', touched, false);
    history = revisionHistoryFrom([...present.map((p) => `${p}/`), ...removed]);
  }
  return checkDataDeltas(dataDir, [{ changes }], history, false);
}

/** `base..head` with both ends resolved, or a BAD_INPUT naming the range. */
export async function resolveRange(cwd: string, range: string): Promise<{ base: string; head: string }> {
  const m = /^(.+?)\.\.(?!\.)(.+)$/.exec(range.trim());
  const base = m && (await tryResolveCommit(cwd, m[1]));
  const head = m && (await tryResolveCommit(cwd, m[2]));
  if (!base || !head)
    throw badInput(`Invalid range '${range}'. Expected <base>..<head> naming two commits of '${cwd}'.`);
  return { base, head };
}
