import type { DataRule, ExperimentRule } from './rule.js';
import { artifactUriInStores } from '../artifact-uri.js';
import { relativePathProblem } from '../safe-path.js';
import { artifactLinesOf, datasetPointerOf, isExternalUri, isRecord, manifestOf, pick } from './run-documents.js';
import { runPath } from './paths.js';
import type { RunFolderFiles } from './run-folder.js';
import type { Violation } from './types.js';

const decoder = new TextDecoder('utf-8', { fatal: false });

/**
 * Rule 9 (confined paths) for one new run folder: every path its documents hold is a plain relative path (no
 * absolute path, no `..`), so nothing mtrack later resolves from it can leave its root; an external artifact
 * line (and manifest outputs.external_artifacts uri) names a configured store (see artifactUriInStores).
 */
export function checkConfinedPaths(run: RunFolderFiles, stores: readonly string[]): Violation[] {
  const out: Violation[] = [];
  const unsafe = (rel: string, field: string, value: unknown) => {
    const problem = typeof value === 'string' ? relativePathProblem(value) : undefined;
    if (problem)
      out.push({
        rule: 'unsafe-path',
        path: runPath(run.folder, rel),
        message: `${field} '${String(value)}' ${problem}; paths in a run folder stay inside their root.`,
        fix: 'let `mtrack run` write the run folder; never point it outside the repository or the store.',
      });
  };
  unsafe('pointers/dataset_pointer.txt', 'relative_path', datasetPointerOf(run)?.relative_path);
  const manifest = manifestOf(run);
  unsafe(
    'manifest.json',
    'inputs.dataset.store.relative_path',
    pick(manifest, 'inputs', 'dataset', 'store', 'relative_path'),
  );
  for (const field of ['files', 'outputs.artifacts', 'outputs.external_artifacts']) {
    const map = pick(manifest, ...field.split('.'));
    if (isRecord(map)) for (const key of Object.keys(map)) unsafe('manifest.json', `${field} key`, key);
  }
  const outside = (uri: string, where: string, rel: string) => {
    const target = artifactUriInStores(uri, stores);
    if ('problem' in target)
      out.push({
        rule: 'artifact-store',
        path: runPath(run.folder, rel),
        message: `${where}: '${uri}' ${target.problem}.`,
        fix: 'list files inside the run folder by relative path, or objects of the configured store (mtrack.yaml artifact_store) as `mtrack run` wrote them.',
      });
  };
  for (const { uri, line } of artifactLinesOf(run)) {
    if (isExternalUri(uri)) outside(uri, `line ${line}`, 'pointers/artifact_store.txt');
    else unsafe('pointers/artifact_store.txt', `line ${line}: uri`, uri);
  }
  const external = pick(manifest, 'outputs', 'external_artifacts');
  if (isRecord(external))
    for (const [rel, entry] of Object.entries(external)) {
      const uri = pick(entry, 'uri');
      if (typeof uri === 'string') outside(uri, `outputs.external_artifacts['${rel}'].uri`, 'manifest.json');
    }
  return out;
}

/** The dataset-meta repo's side: a revision's `materialization.relative_path` stays inside the store. */
export function checkRevisionStorePath(path: string, bytes: Uint8Array): Violation[] {
  let value: unknown;
  try {
    value = pick(JSON.parse(decoder.decode(bytes)), 'materialization', 'relative_path');
  } catch {
    return []; // the schema rule reports unparsable manifests
  }
  const problem = typeof value === 'string' ? relativePathProblem(value) : undefined;
  if (!problem) return [];
  return [
    {
      rule: 'unsafe-path',
      path,
      message: `materialization.relative_path '${String(value)}' ${problem}; a revision's bytes stay inside the dataset store.`,
      fix: 'write revisions with `mtrack data materialize` / `mtrack data promote-heldout` (relative_path <dataset>/<D####>).',
    },
  ];
}

/** Paths read from a run's pointers and manifest stay inside their roots; artifact URIs name configured stores. */
export const confinedPathsRule: ExperimentRule = {
  id: 'confined-paths',
  description: 'store paths, artifact keys and artifact lines of a run are relative, without `..`, inside their root.',
  fix: 'let `mtrack run` write pointers and the manifest; artifacts go to a configured store.',
  reports: ['unsafe-path', 'artifact-store'],
  check: (input) => ({ violations: input.runs.flatMap((run) => checkConfinedPaths(run, input.artifactStores ?? [])) }),
};

/** A dataset revision's `materialization.relative_path` stays inside the dataset store. */
export const revisionStorePathRule: DataRule = {
  id: 'revision-store-path',
  description: "a dataset manifest's relative_path is a store-relative path without `..`, inside the store.",
  fix: 'write revisions with `mtrack data materialize` / `mtrack data promote-heldout`.',
  reports: ['unsafe-path'],
  check: (input) => [...input.documents].flatMap(([path, bytes]) => checkRevisionStorePath(path, bytes)),
};
