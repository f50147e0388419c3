import { objectSizes, readObjects, type ObjectReader, type RawChange } from '../../adapters/git/index.js';
import {
  addedRunFolders,
  advanceRunHistoryInPlace,
  mutableCopy,
  projectRunHistory,
  checkExperimentChanges,
  isModelRef,
  isRunNotes,
  parseReproductionPath,
  RUN_DOCUMENTS,
  runFolderOf,
  type DatasetRef,
  type NotesEdit,
  type RunFolderFiles,
  type RunHistory,
  type Violation,
} from '../../core/rules/index.js';
import { validateDocument } from '../../adapters/schemas.js';
import { sha256, type Sha256 } from '../../core/hash.js';
import { checkStoredArtifacts } from './verify-artifacts.js';
import type { StampedCommit } from './verify-provenance.js';

/** Where blob bytes and sizes come from: the git object database, or bytes mtrack is about to commit. */
export interface BlobSource {
  sizes(oids: string[]): Promise<Map<string, number | undefined>>;
  read(oids: string[]): Promise<Map<string, Uint8Array | undefined>>;
}

export function gitBlobs(cwd: string, stripGitEnv: boolean): BlobSource {
  return { sizes: (oids) => objectSizes(cwd, oids, stripGitEnv), read: (oids) => readObjects(cwd, oids, stripGitEnv) };
}

/** Sizes and bytes through one long-lived cat-file process (hooks: one git process for every object read). */
export function readerBlobs(reader: ObjectReader): BlobSource {
  const each = async <T>(oids: string[], get: (oid: string) => Promise<T>) =>
    new Map(await Promise.all([...new Set(oids)].map(async (oid) => [oid, await get(oid)] as const)));
  return {
    sizes: (oids) => each(oids, async (oid) => (await reader.info(oid))?.size),
    read: (oids) => each(oids, async (oid) => (await reader.contents(oid))?.bytes),
  };
}

/** Serves the given blobs from memory and asks `fallback` for the rest. */
export function memoryBlobs(blobs: ReadonlyMap<string, Uint8Array>, fallback: BlobSource): BlobSource {
  const split = (oids: string[]) => [oids.filter((o) => blobs.has(o)), oids.filter((o) => !blobs.has(o))] as const;
  return {
    async sizes(oids) {
      const [mine, rest] = split(oids);
      const out = await fallback.sizes(rest);
      for (const oid of mine) out.set(oid, blobs.get(oid)!.length);
      return out;
    },
    async read(oids) {
      const [mine, rest] = split(oids);
      const out = await fallback.read(rest);
      for (const oid of mine) out.set(oid, blobs.get(oid));
      return out;
    },
  };
}

export interface Delta {
  commit?: string;
  changes: RawChange[];
}

export interface TaggedRef extends DatasetRef {
  commit?: string;
}

// Gitlinks (submodules) name commits of another repository: there are no bytes to size or read.
const isBlob = (c: RawChange) => c.newMode !== '160000';
// Regular files are hashed; a symbolic link's blob is its target text, refused by the symlink rule instead.
const isRegular = (c: RawChange) => c.newMode === '100644' || c.newMode === '100755';

/**
 * Checks a sequence of commits (or one staged change) of the experiment repo, each against the history before
 * it, reading all sizes and documents with one git call each.
 */
export async function checkExperimentDeltas(
  deltas: Delta[],
  history: RunHistory,
  blobs: BlobSource,
  largeFileBytes: number,
  artifactStores: readonly string[] = [],
): Promise<{ violations: Violation[]; datasetRefs: TaggedRef[]; stampedCommits: StampedCommit[] }> {
  const plans: { delta: Delta; history: RunHistory; added: Set<string> }[] = [];
  const sizeOids: string[] = [];
  const readOids: string[] = [];
  const current = mutableCopy(history);
  for (const delta of deltas) {
    const added = new Set(addedRunFolders(delta.changes, current));
    plans.push({ delta, history: projectRunHistory(current, delta.changes), added });
    for (const change of delta.changes) {
      if (change.status === 'D' || !isBlob(change)) continue;
      const run = runFolderOf(change.path);
      if (run && added.has(run.folder)) sizeOids.push(change.newOid);
      else if (isModelRef(change.path) || parseReproductionPath(change.path)) readOids.push(change.newOid);
      else if (change.status === 'M' && isRunNotes(change.path)) readOids.push(change.oldOid, change.newOid);
    }
    advanceRunHistoryInPlace(current, delta.changes);
  }
  const sizes = await blobs.sizes(sizeOids);
  // Every regular file of a new run folder is read to recompute its sha256 (rule 8); files over the large-file
  // limit are refused by rule 6 and not read.
  for (const { delta, added } of plans)
    for (const change of delta.changes) {
      const run = runFolderOf(change.path);
      if (change.status === 'D' || !run || !added.has(run.folder)) continue;
      if (isRegular(change) && (sizes.get(change.newOid) ?? Infinity) <= largeFileBytes) readOids.push(change.newOid);
      else if (isBlob(change) && RUN_DOCUMENTS.includes(run.rel)) readOids.push(change.newOid);
    }
  const bytes = await blobs.read([...new Set(readOids)]);

  const violations: Violation[] = [];
  const datasetRefs: TaggedRef[] = [];
  const stampedCommits: StampedCommit[] = [];
  for (const { delta, history: before, added } of plans) {
    const runs = new Map<
      string,
      RunFolderFiles & { sizes: Map<string, number>; documents: Map<string, Uint8Array>; hashes: Map<string, Sha256> }
    >();
    const documents = new Map<string, Uint8Array>();
    const notesEdits: NotesEdit[] = [];
    for (const change of delta.changes) {
      if (change.status === 'D' || !isBlob(change)) continue;
      const run = runFolderOf(change.path);
      if (run && added.has(run.folder)) {
        let files = runs.get(run.folder);
        if (!files)
          runs.set(
            run.folder,
            (files = { folder: run.folder, sizes: new Map(), documents: new Map(), hashes: new Map() }),
          );
        files.sizes.set(run.rel, sizes.get(change.newOid) ?? 0);
        const doc = bytes.get(change.newOid);
        if (doc && RUN_DOCUMENTS.includes(run.rel)) files.documents.set(run.rel, doc);
        if (doc && isRegular(change)) files.hashes.set(run.rel, sha256(doc));
      } else if (isModelRef(change.path) || parseReproductionPath(change.path)) {
        const doc = bytes.get(change.newOid);
        if (doc) documents.set(change.path, doc);
      } else if (change.status === 'M' && isRunNotes(change.path)) {
        const [before, after] = [bytes.get(change.oldOid), bytes.get(change.newOid)];
        if (before && after) notesEdits.push({ path: change.path, before, after });
      }
    }
    const report = checkExperimentChanges({
      changes: delta.changes,
      history: before,
      runs: [...runs.values()],
      documents,
      notesEdits,
      largeFileBytes,
      validate: validateDocument,
      artifactStores,
    });
    report.violations.push(...(await checkStoredArtifacts([...runs.values()], artifactStores)));
    violations.push(...report.violations.map((v) => (delta.commit ? { ...v, commit: delta.commit } : v)));
    datasetRefs.push(...report.datasetRefs.map((r) => ({ ...r, commit: delta.commit })));
    for (const run of runs.values()) {
      const stamp = stampOf(run.documents.get('manifest.json'));
      if (stamp) stampedCommits.push({ folder: run.folder, ...stamp, addedIn: delta.commit });
    }
  }
  return { violations, datasetRefs, stampedCommits };
}

// The manifest's git.commit and git.pull_request, when readable (an unreadable manifest is the schema rule's).
function stampOf(bytes: Uint8Array | undefined): { commit: string; pullRequest?: number } | undefined {
  if (!bytes) return undefined;
  try {
    const git = (
      JSON.parse(Buffer.from(bytes).toString('utf8')) as { git?: { commit?: unknown; pull_request?: unknown } }
    ).git;
    if (typeof git?.commit !== 'string') return undefined;
    return typeof git.pull_request === 'number'
      ? { commit: git.commit, pullRequest: git.pull_request }
      : { commit: git.commit };
  } catch {
    return undefined;
  }
}
