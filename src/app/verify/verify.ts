import { isAbsolute, relative, sep } from 'node:path';
import {
  blobOid,
  commitChanges,
  EMPTY_TREE,
  listCommits,
  indexChanges,
  lsTree,
  ObjectReader,
  parseTree,
  tryResolveCommit,
  type RawChange,
} from '../../adapters/git/index.js';
import {
  addedRunFolders,
  EXPERIMENTS_DIR,
  emptyRunHistory,
  runHistoryFrom,
  type RunHistory,
  type Violation,
} from '../../core/rules/index.js';
import { artifactStoreRef, artifactStoreSettings } from '../../adapters/store/artifact-settings.js';
import { loadWorkspace, type Workspace } from '../setup/workspace.js';
import { deletedRunPaths } from './verify-history.js';
import { checkExperimentDeltas, gitBlobs, memoryBlobs, readerBlobs, type Delta } from './verify-experiment.js';
import { checkDatasetRefs, resolveRange, verifyDataCommits, whyUnreachable, type Warn } from './verify-data.js';
import { checkStampedCommits } from './verify-provenance.js';

export type { Violation } from '../../core/rules/index.js';
export { checkCommitMessage, formatViolation } from '../../core/rules/index.js';
export { verifyDataStaged } from './verify-data.js';

export interface VerifyOptions {
  /** Where non-fatal findings go (an unreachable dataset-meta repo); default: `mtrack: warning: …` on stderr. */
  warn?: Warn;
  /** Told the run folders the checked change adds (the commit-msg hand-off uses it). */
  addedRunFolders?: (folders: string[]) => void;
}

const stderrWarn: Warn = (message) => process.stderr.write(`mtrack: warning: ${message}\n`);

/** Every rule over the experiment repo's whole history, its HEAD tree, and rule 7 over the dataset-meta repo. */
export async function verifyAll(expDir: string, options: VerifyOptions = {}): Promise<Violation[]> {
  const ws = loadWorkspace(expDir);
  const warn = options.warn ?? stderrWarn;
  const head = await tryResolveCommit(ws.expDir, 'HEAD');
  const violations: Violation[] = [];
  if (head) {
    const blobs = gitBlobs(ws.expDir, true);
    const deltas = await commitChanges(ws.expDir, await listCommits(ws.expDir, ['HEAD']));
    violations.push(
      ...(await checkExperimentDeltas(deltas, emptyRunHistory(), blobs, ws.largeFileBytes, artifactStores(ws)))
        .violations,
    );
    // The HEAD tree as one delta from an empty history: content rules and rule 5 for every run folder, including
    // any that arrived through a merge commit (merges are not walked as deltas).
    const tree = await lsTree(ws.expDir, 'HEAD', [`${EXPERIMENTS_DIR}/`, 'models/'], { recursive: true });
    const headDelta: Delta = {
      changes: tree.map((e) => ({ status: 'A', path: e.path, oldOid: EMPTY_TREE, newOid: e.oid, newMode: e.mode })),
    };
    const report = await checkExperimentDeltas(
      [headDelta],
      emptyRunHistory(),
      blobs,
      ws.largeFileBytes,
      artifactStores(ws),
    );
    violations.push(...report.violations);
    const refs = report.datasetRefs;
    violations.push(...(await checkDatasetRefs(ws.dataDir, refs, warn)));
    violations.push(...(await checkStampedCommits(ws.expDir, report.stampedCommits, head, warn)));
  }
  const why = await whyUnreachable(ws.dataDir);
  if (why) warn(`dataset-meta repo unreachable (${why}): its revisions were not checked.`);
  else violations.push(...(await verifyDataCommits(ws.dataDir)));
  return dedupe(violations);
}

/** Every rule for each commit of `base..head`, each against its parent (what CI runs on a pull request). */
export async function verifyRange(expDir: string, range: string, options: VerifyOptions = {}): Promise<Violation[]> {
  const ws = loadWorkspace(expDir);
  const { base, head } = await resolveRange(ws.expDir, range);
  const present = await runFoldersAt(ws.expDir, base, true);
  const history = runHistoryFrom(present, await deletedRunPaths(ws.expDir, base, true));
  const deltas = await commitChanges(ws.expDir, await listCommits(ws.expDir, [range]));
  const report = await checkExperimentDeltas(
    deltas,
    history,
    gitBlobs(ws.expDir, true),
    ws.largeFileBytes,
    artifactStores(ws),
  );
  const warn = options.warn ?? stderrWarn;
  return [
    ...report.violations,
    ...(await checkDatasetRefs(ws.dataDir, report.datasetRefs, warn)),
    ...(await checkStampedCommits(ws.expDir, report.stampedCommits, head, warn)),
  ];
}

/**
 * What pre-commit runs: HEAD against the index git is about to commit. Git runs with the inherited environment so
 * GIT_INDEX_FILE (set for `git commit -a` and `git commit <path>`) picks the right index.
 */
export async function verifyStaged(expDir: string, options: VerifyOptions = {}): Promise<Violation[]> {
  const ws = loadWorkspace(expDir);
  // Two git processes in all, started together: the index diff, and one cat-file for HEAD, its run folders and
  // every blob the rules read.
  const reader = new ObjectReader(ws.expDir, true);
  try {
    const [head, changes] = await Promise.all([reader.info('HEAD'), indexChanges(ws.expDir)]);
    const commit = head?.type === 'commit' ? head.oid : undefined;
    return await checkProposed(ws, changes, commit, readerBlobs(reader), false, options, reader);
  } finally {
    reader.close();
  }
}

/** HEAD plus these files (repo-relative or absolute paths): mtrack's own commits call this before committing. */
export async function verifyProposedCommit(
  expDir: string,
  files: Map<string, Uint8Array>,
  options: VerifyOptions = {},
): Promise<Violation[]> {
  const ws = loadWorkspace(expDir);
  const byPath = new Map([...files].map(([path, bytes]) => [toRepoPath(ws.expDir, path), bytes]));
  const head = await tryResolveCommit(ws.expDir, 'HEAD');
  const before = head
    ? new Map((await lsTree(ws.expDir, 'HEAD', [...byPath.keys()])).map((e) => [e.path, e.oid]))
    : new Map<string, string>();
  const blobs = new Map<string, Uint8Array>();
  const changes: RawChange[] = [];
  for (const [path, bytes] of byPath) {
    const oid = blobOid(bytes);
    blobs.set(oid, bytes);
    const old = before.get(path);
    if (old === oid) continue;
    changes.push({ status: old ? 'M' : 'A', path, oldOid: old ?? '0'.repeat(40), newOid: oid, newMode: '100644' });
  }
  return checkProposed(ws, changes, head, memoryBlobs(blobs, gitBlobs(ws.expDir, true)), true, options);
}

async function checkProposed(
  ws: Workspace,
  changes: RawChange[],
  head: string | undefined,
  blobs: ReturnType<typeof gitBlobs>,
  strip: boolean,
  options: VerifyOptions,
  reader?: ObjectReader,
): Promise<Violation[]> {
  const history = head ? await historyForChanges(ws.expDir, head, changes, strip, reader) : emptyRunHistory();
  options.addedRunFolders?.(addedRunFolders(changes, history));
  const report = await checkExperimentDeltas([{ changes }], history, blobs, ws.largeFileBytes, artifactStores(ws));
  return [
    ...report.violations,
    ...(await checkDatasetRefs(ws.dataDir, report.datasetRefs, options.warn ?? stderrWarn)),
  ];
}

/**
 * The history a staged change is judged against: the run folders of HEAD (one tree level) and the paths ever
 * deleted (an incremental index, see verify-history.ts). Skipped when nothing is added.
 */
async function historyForChanges(
  cwd: string,
  head: string,
  changes: RawChange[],
  strip: boolean,
  reader?: ObjectReader,
): Promise<RunHistory> {
  const needsHistory = changes.some(
    (c) => c.status === 'A' && (c.path.startsWith(`${EXPERIMENTS_DIR}/`) || c.path.endsWith('metrics.json')),
  );
  if (!needsHistory) return emptyRunHistory();
  const [present, deleted] = await Promise.all([
    reader ? runFoldersIn(reader, head) : runFoldersAt(cwd, head, strip),
    deletedRunPaths(cwd, head, strip),
  ]);
  return runHistoryFrom(present, deleted);
}

async function runFoldersAt(cwd: string, rev: string, strip: boolean): Promise<string[]> {
  const entries = await lsTree(cwd, rev, [`${EXPERIMENTS_DIR}/`], { stripGitEnv: strip });
  return entries.filter((e) => e.type === 'tree').map((e) => e.path.slice(EXPERIMENTS_DIR.length + 1));
}

// The same list as runFoldersAt, read as the raw tree object through the hook's one cat-file process.
async function runFoldersIn(reader: ObjectReader, commit: string): Promise<string[]> {
  const tree = await reader.contents(`${commit}:${EXPERIMENTS_DIR}`);
  if (tree?.type !== 'tree') return [];
  return parseTree(tree.bytes)
    .filter((e) => e.mode === '40000')
    .map((e) => e.name);
}

function toRepoPath(root: string, path: string): string {
  return (isAbsolute(path) ? relative(root, path) : path).split(sep).join('/');
}

function dedupe(violations: Violation[]): Violation[] {
  const seen = new Set<string>();
  return violations.filter((v) => {
    const key = `${v.rule}\0${v.path}\0${v.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Stores an external artifact line may name: the artifact store, and (file:// lines) the local dataset store. */
function artifactStores(ws: Workspace): string[] {
  const artifacts = artifactStoreRef(artifactStoreSettings(ws.settings), ws.expDir);
  return ws.storeRoot ? [ws.storeRoot, artifacts] : [artifacts];
}
