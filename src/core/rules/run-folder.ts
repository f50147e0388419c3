import { parse as parseYaml } from 'yaml';
import type { DatasetPointer, Manifest, Metrics, ResolvedConfig } from '../documents/index.js';
import { sha256, type Sha256 } from '../hash.js';
import { modelSlug, parseRunFolder } from '../ids.js';
import { parseArtifactPointers, parseKeyValueLines } from '../pointers.js';
import { REQUIRED_RUN_FILES, runPath } from './paths.js';
import type { ExperimentRule } from './rule.js';
import type { DocumentSchema, Validate, Violation } from './types.js';

/** A run folder as the new tree holds it: every file's size, and the bytes of the documents the rules read. */
export interface RunFolderFiles {
  folder: string;
  sizes: ReadonlyMap<string, number>;
  documents: ReadonlyMap<string, Uint8Array>;
  /** sha256 of every regular file small enough to read (symbolic links and large files are other rules' business). */
  hashes?: ReadonlyMap<string, Sha256>;
}

export interface RunCheckOptions {
  largeFileBytes: number;
  validate: Validate;
}

/** What rule 5 must look up in the dataset-meta repo for one run. */
export interface DatasetRef {
  pointerPath: string;
  datasetId: string;
  revision: string;
  checksums: string;
  metaCommit: string;
  /** The manifest's inputs.dataset.hashes (split -> sha256), when the manifest was readable. */
  hashes?: Record<string, string>;
}

/** Rules 3, 4 and 6 for each new run folder; its dataset pointers go on to rule 5's lookup in the app. */
export const runFolderRule: ExperimentRule = {
  id: 'run-folder',
  description:
    'a new run folder is complete, its documents match their schemas and agree with each other and the folder name, config_hash is the sha256 of config_resolved.yaml, and no file exceeds the large-file limit.',
  fix: 'commit the run folder exactly as `mtrack run` wrote it; keep large files outside git behind a pointer.',
  reports: ['schema', 'folder-name', 'config-hash', 'dataset-pointer', 'large-file'],
  check(input) {
    const reports = input.runs.map((run) =>
      checkRunFolder(run, { largeFileBytes: input.largeFileBytes, validate: input.validate }),
    );
    return {
      violations: reports.flatMap((r) => r.violations),
      datasetRefs: reports.flatMap((r) => (r.datasetRef ? [r.datasetRef] : [])),
    };
  },
};

const decoder = new TextDecoder('utf-8', { fatal: false });

/** Rules 3, 4 and 6 for one new run folder: schemas, stamp consistency, config_hash, folder name, large files. */
export function checkRunFolder(
  run: RunFolderFiles,
  options: RunCheckOptions,
): { violations: Violation[]; datasetRef?: DatasetRef } {
  const out: Violation[] = [];
  const path = (rel: string) => runPath(run.folder, rel);
  const push = (rule: Violation['rule'], rel: string, message: string, fix?: string) =>
    out.push({ rule, path: path(rel), message, fix });

  const name = parseRunFolder(run.folder);
  if (!name) {
    push(
      'folder-name',
      '',
      `'${run.folder}' is not a run folder name; expected '<YYYY-MM-DD>__<dataset>__<model-slug>__E####' (a real date; the id in its one spelling: at least 4 digits, no extra leading zero).`,
      'let `mtrack run` create run folders, or rename it before committing.',
    );
  }
  for (const [rel, size] of run.sizes) {
    if (size > options.largeFileBytes) {
      push(
        'large-file',
        rel,
        `is ${size} bytes, over the ${options.largeFileBytes}-byte limit for files in a run folder.`,
        'let `mtrack run` move files under artifacts/ over the limit to the artifact store (mtrack.yaml artifact_store), listed in pointers/artifact_store.txt as `s3://…  sha256:…`.',
      );
    }
  }
  for (const rel of REQUIRED_RUN_FILES) {
    if (!run.sizes.has(rel))
      push(
        'schema',
        rel,
        'is missing; every run folder holds manifest.json, metrics.json, config_resolved.yaml and pointers/dataset_pointer.txt.',
        'commit the complete folder that `mtrack run` wrote.',
      );
  }

  const read = (rel: string, schema: DocumentSchema, parse: (text: string) => unknown): unknown => {
    const bytes = run.documents.get(rel);
    if (!bytes) return undefined;
    let data: unknown;
    try {
      data = parse(decoder.decode(bytes));
    } catch (error) {
      push('schema', rel, `cannot be parsed: ${(error as Error).message.split('\n')[0]}`);
      return undefined;
    }
    const problem = options.validate(schema, data);
    if (problem) {
      push('schema', rel, problem, 'restore the file mtrack wrote; it must match schemas/' + schema + '.schema.json.');
      return undefined;
    }
    return data;
  };

  const manifest = read('manifest.json', 'manifest', JSON.parse) as Manifest | undefined;
  const metrics = read('metrics.json', 'metrics', JSON.parse) as Metrics | undefined;
  const config = read('config_resolved.yaml', 'config_resolved', (t) => parseYaml(t)) as ResolvedConfig | undefined;
  const pointer = read('pointers/dataset_pointer.txt', 'dataset_pointer', (t) =>
    parseKeyValueLines(t, path('pointers/dataset_pointer.txt')),
  ) as DatasetPointer | undefined;
  if (run.documents.has('pointers/artifact_store.txt')) {
    checkArtifactPointers(
      run.documents.get('pointers/artifact_store.txt')!,
      path('pointers/artifact_store.txt'),
      options.validate,
      out,
    );
  }

  if (manifest) {
    if (name) out.push(...checkFolderName(run.folder, name, manifest, path('manifest.json')));
    out.push(...checkStamp(manifest, path('manifest.json')));
    const configBytes = run.documents.get('config_resolved.yaml');
    if (configBytes) out.push(...checkConfigHash(manifest, sha256(configBytes), path('manifest.json')));
    if (config) out.push(...checkConfigAgrees(manifest, config, path('config_resolved.yaml')));
  }
  if (metrics && name && metrics.experiment_id !== name.experimentId) {
    push(
      'folder-name',
      'metrics.json',
      `experiment_id '${metrics.experiment_id}' disagrees with the folder's '${name.experimentId}'.`,
    );
  }
  if (!pointer) return { violations: out };
  if (manifest) out.push(...checkPointerAgrees(manifest, pointer, path('pointers/dataset_pointer.txt')));
  return {
    violations: out,
    datasetRef: {
      pointerPath: path('pointers/dataset_pointer.txt'),
      datasetId: pointer.dataset_id,
      revision: pointer.dataset_revision,
      checksums: pointer.checksums,
      metaCommit: pointer.dataset_meta_commit,
      hashes: manifest?.inputs.dataset.hashes,
    },
  };
}

function checkFolderName(
  folder: string,
  name: NonNullable<ReturnType<typeof parseRunFolder>>,
  manifest: Manifest,
  file: string,
): Violation[] {
  const expected = {
    experimentId: manifest.experiment_id,
    date: manifest.created_utc.slice(0, 10),
    dataset: manifest.inputs.dataset.dataset_id,
    // Runs from before trained_model was recorded were named after the pinned model.
    model: modelSlug(manifest.inputs.trained_model?.name ?? manifest.inputs.model.model_id),
  };
  const labels = {
    experimentId: 'experiment id',
    date: 'date (created_utc)',
    dataset: 'dataset',
    model: 'model slug',
  } as const;
  const wrong = (Object.keys(expected) as (keyof typeof expected)[]).filter((k) => expected[k] !== name[k]);
  if (wrong.length === 0) return [];
  const want = `${expected.date}__${expected.dataset}__${expected.model}__${expected.experimentId}`;
  return [
    {
      rule: 'folder-name',
      path: file,
      message: `folder '${folder}' disagrees with its manifest on ${wrong.map((k) => `${labels[k]} ('${name[k]}' vs '${expected[k]}')`).join(', ')}; expected folder '${want}'.`,
      fix: 'do not rename run folders or edit manifests by hand; let `mtrack run` write them.',
    },
  ];
}

/** The flat stamp repeats nested fields: a hand edit that changes one copy is caught here. */
function checkStamp(manifest: Manifest, file: string): Violation[] {
  const s = manifest.stamp;
  const pairs: [string, unknown, string, unknown[]][] = [
    ['experiment_id', s.experiment_id, 'experiment_id', [manifest.experiment_id]],
    ['created_utc', s.created_utc, 'created_utc', [manifest.created_utc]],
    ['git_commit', s.git_commit, 'git.commit', [manifest.git.commit]],
    ['git_branch', s.git_branch, 'git.branch', [manifest.git.branch]],
    ['dirty_worktree', s.dirty_worktree, 'git.dirty_worktree', [manifest.git.dirty_worktree]],
    ['model_id', s.model_id, 'inputs.model.model_id', [manifest.inputs.model.model_id]],
    // model_revision may hold the requested revision or the commit it resolved to.
    [
      'model_revision',
      s.model_revision,
      'inputs.model.revision',
      [manifest.inputs.model.revision, manifest.inputs.model.resolved_commit],
    ],
    ['dataset_id', s.dataset_id, 'inputs.dataset.dataset_id', [manifest.inputs.dataset.dataset_id]],
    ['dataset_version', s.dataset_version, 'inputs.dataset.revision_id', [manifest.inputs.dataset.revision_id]],
  ];
  return pairs
    .filter(([, value, , allowed]) => !allowed.includes(value))
    .map(([key, value, other, allowed]) => ({
      rule: 'schema' as const,
      path: file,
      message: `stamp.${key} '${String(value)}' differs from ${other} '${String(allowed[0])}'.`,
      fix: 'restamp by creating a new run (`mtrack run`) rather than editing the manifest.',
    }));
}

function checkConfigHash(manifest: Manifest, actual: string, file: string): Violation[] {
  const out: Violation[] = [];
  const fix =
    'config_resolved.yaml must be the bytes mtrack wrote; a changed config is a new run (`mtrack run --set …`).';
  for (const [field, value] of [
    ['stamp.config_hash', manifest.stamp.config_hash],
    ['inputs.config.config_hash', manifest.inputs.config.config_hash],
  ] as const) {
    if (value !== actual)
      out.push({
        rule: 'config-hash',
        path: file,
        message: `${field} '${String(value)}' is not the sha256 of config_resolved.yaml ('${actual}').`,
        fix,
      });
  }
  return out;
}

function checkConfigAgrees(manifest: Manifest, config: ResolvedConfig, file: string): Violation[] {
  const out: Violation[] = [];
  const differ = (field: string, have: unknown, want: unknown) =>
    out.push({
      rule: 'schema',
      path: file,
      message: `${field} '${String(have)}' disagrees with the manifest's '${String(want)}'.`,
    });
  if (config.seed !== manifest.stamp.seed) differ('seed', config.seed, manifest.stamp.seed);
  if (config.dataset.id !== manifest.inputs.dataset.dataset_id)
    differ('dataset.id', config.dataset.id, manifest.inputs.dataset.dataset_id);
  if (config.dataset.revision !== manifest.inputs.dataset.revision_id)
    differ('dataset.revision', config.dataset.revision, manifest.inputs.dataset.revision_id);
  return out;
}

function checkPointerAgrees(manifest: Manifest, pointer: DatasetPointer, file: string): Violation[] {
  const d = manifest.inputs.dataset;
  const pairs: [keyof DatasetPointer, string][] = [
    ['dataset_id', d.dataset_id],
    ['dataset_revision', d.revision_id],
    ['store_type', d.store.type],
    ['data_store_root', d.store.root],
    ['relative_path', d.store.relative_path],
    ['checksums', d.checksums],
    ['dataset_meta_commit', d.dataset_meta_commit],
  ];
  return pairs
    .filter(([key, want]) => pointer[key] !== want)
    .map(([key, want]) => ({
      rule: 'dataset-pointer' as const,
      path: file,
      message: `${key} '${pointer[key]}' disagrees with the manifest's inputs.dataset ('${want}').`,
      fix: 'the pointer and manifest are written together by `mtrack run`; do not edit either by hand.',
    }));
}

function checkArtifactPointers(bytes: Uint8Array, file: string, validate: Validate, out: Violation[]): void {
  try {
    for (const { line, fields } of parseArtifactPointers(decoder.decode(bytes), file)) {
      const problem = validate('artifact_pointer', fields);
      if (problem) out.push({ rule: 'schema', path: file, message: `line ${line}: ${problem}` });
    }
  } catch (error) {
    out.push({ rule: 'schema', path: file, message: (error as Error).message });
  }
}
