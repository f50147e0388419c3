import { canonicalYaml } from '../../src/core/canonical-yaml.js';
import { sha256 } from '../../src/core/hash.js';
import { formatExperimentId, formatRunFolder, modelSlug } from '../../src/core/ids.js';
import { formatArtifactPointers, formatDatasetPointer } from '../../src/core/pointers.js';
import { runFileHashes } from '../../src/core/run-files.js';
import { commitFiles, initRepo, tempDir, type TempRepo } from './git-fixture.js';

export const MODEL_ID = 'lane99/resnet_mnist_digits';
const hex = (seed: string) => sha256(seed);

/** A valid dataset_manifest.json for a revision (hashes derived from the revision id, so each differs). */
export function datasetManifest(revision = 'D0001', datasetId = 'mnist'): Record<string, unknown> {
  const split = (name: string, examples: number) => ({
    examples,
    hash: hex(`${revision}/${name}`),
    files: { 'images-idx3-ubyte': hex(`${revision}/${name}/images`) },
  });
  return {
    dataset_id: datasetId,
    revision_id: revision,
    created_utc: '2026-02-08T16:10:00Z',
    parent_revision: null,
    materialization: {
      store_type: 'local_fs',
      store_root: '../ml-data-store',
      relative_path: `${datasetId}/${revision}`,
      recipe: 'test fixture',
    },
    splits: { train: split('train', 54000), test: split('test', 10000), heldout_new: split('heldout_new', 6000) },
    checksums: hex(`${revision}/checksums.json`),
    provenance: { source: 'MNIST', provider: 'test', downloaded_utc: '2026-02-08T16:10:00Z' },
    notes: `revision ${revision}`,
  };
}

export interface RunSpec {
  /** E#### number. */
  n: number;
  date?: string;
  datasetId?: string;
  revision?: string;
  modelId?: string;
  metaCommit: string;
  /** The stamped git.commit: a real commit of the experiment repo where verify checks provenance. */
  commit?: string;
  seed?: number;
  /** Changes applied to the finished manifest / metrics objects before they are written. */
  editManifest?: (m: Record<string, any>) => void;
  editMetrics?: (m: Record<string, any>) => void;
  /** Extra files in the folder (e.g. a large weights.bin). */
  extra?: Record<string, string | Uint8Array>;
}

/** A complete, valid run folder (every document valid against schemas/): { folder, files by folder-relative path }. */
export function makeRunFolder(spec: RunSpec): { folder: string; files: Record<string, string | Uint8Array> } {
  const id = formatExperimentId(spec.n);
  const datasetId = spec.datasetId ?? 'mnist';
  const revision = spec.revision ?? 'D0001';
  const modelId = spec.modelId ?? MODEL_ID;
  const date = spec.date ?? '2026-02-08';
  const folder = formatRunFolder({ date, dataset: datasetId, model: modelSlug(modelId), experimentId: id });
  const base = `experiments/${folder}`;
  const ds = datasetManifest(revision, datasetId) as { checksums: string; splits: Record<string, { hash: string }> };
  const seed = spec.seed ?? 1337;
  const config = canonicalYaml({
    seed,
    dataset: { id: datasetId, revision },
    epochs: 1,
    batch_size: 32,
    learning_rate: 0.001,
    weight_decay: 0,
    dropout: 0.1,
    optimizer: 'adam',
    architecture: { type: 'resnet', width: 8, blocks: 1 },
    trainer: { type: 'builtin', backend: 'cpu' },
    eval: { latency_samples: 10 },
  });
  const configHash = sha256(config);
  const created = `${date}T17:22:10Z`;
  const commit = spec.commit ?? 'a'.repeat(40);
  const weights = `weights of ${id}`;
  const manifest: Record<string, any> = {
    schema_version: 1,
    experiment_id: id,
    created_utc: created,
    finished_utc: `${date}T17:30:00Z`,
    intent: 'fixture run',
    stamp: {
      experiment_id: id,
      created_utc: created,
      git_commit: commit,
      git_branch: 'main',
      dirty_worktree: false,
      model_id: modelId,
      model_revision: 'main',
      dataset_id: datasetId,
      dataset_version: revision,
      seed,
      config_hash: configHash,
    },
    git: { commit, branch: 'main', dirty_worktree: false },
    inputs: {
      model: { provider: 'huggingface', model_id: modelId, revision: 'main', resolved_commit: null },
      dataset: {
        dataset_id: datasetId,
        revision_id: revision,
        dataset_meta_commit: spec.metaCommit,
        store: { type: 'local_fs', root: '/ml-data-store', relative_path: `${datasetId}/${revision}` },
        hashes: { train: ds.splits.train.hash, test: ds.splits.test.hash },
        checksums: ds.checksums,
      },
      config: { path: 'configs/baseline.yaml', resolved_path: `${base}/config_resolved.yaml`, config_hash: configHash },
    },
    outputs: {
      metrics_path: `${base}/metrics.json`,
      artifacts_dir: `${base}/artifacts`,
      exported_model_ref: `${base}/pointers/artifact_store.txt`,
      artifacts: { 'artifacts/model/weights.bin': sha256(weights) },
    },
    environment: { mtrack_version: '0.1.0', node: 'v20', platform: 'linux-x64', backend: 'cpu', trainer: 'builtin' },
  };
  const metrics: Record<string, any> = {
    experiment_id: id,
    primary_metric: { name: 'accuracy', value: 0.9 },
    loss: 0.3,
    eval: { accuracy: 0.9, precision_macro: 0.9, recall_macro: 0.9 },
    profiling: { latency_ms_p50: 1, latency_ms_p95: 2, device: 'cpu', backend: 'cpu' },
    history: [{ epoch: 1, loss: 0.3 }],
  };
  spec.editMetrics?.(metrics);
  const pointer = formatDatasetPointer({
    dataset_id: datasetId,
    dataset_revision: revision,
    store_type: 'local_fs',
    data_store_root: '/ml-data-store',
    relative_path: `${datasetId}/${revision}`,
    checksums: ds.checksums as `sha256:${string}`,
    dataset_meta_commit: spec.metaCommit,
  });
  const fixed: Record<string, string | Uint8Array> = {
    'metrics.json': JSON.stringify(metrics, null, 2) + '\n',
    'config_resolved.yaml': config,
    'artifacts/model/weights.bin': weights,
    'artifacts/model/model.json': '{"format":"layers-model"}\n',
    'pointers/dataset_pointer.txt': pointer,
    'pointers/artifact_store.txt': formatArtifactPointers([
      { uri: 'artifacts/model/weights.bin', sha256: sha256(weights) },
    ]),
    ...(spec.extra ?? {}),
  };
  manifest.files = runFileHashes(Object.fromEntries(Object.entries(fixed).map(([rel, c]) => [rel, sha256(c)])));
  spec.editManifest?.(manifest);
  return {
    folder,
    files: {
      'manifest.json': JSON.stringify(manifest, null, 2) + '\n',
      'notes.md': notesTemplate(id),
      ...fixed,
    },
  };
}

/** Repo-relative paths for a run's files, ready for `commitFiles`. */
export function runFiles(run: {
  folder: string;
  files: Record<string, string | Uint8Array>;
}): Record<string, string | Uint8Array> {
  return Object.fromEntries(
    Object.entries(run.files).map(([rel, content]) => [`experiments/${run.folder}/${rel}`, content]),
  );
}

export interface WorkspaceFixture {
  root: string;
  exp: TempRepo;
  data: TempRepo;
  /** The dataset-meta commit holding D0001. */
  metaCommit: string;
  /** The experiment repo's first commit: what fixture runs are stamped with so their provenance holds. */
  expCommit: string;
}

/** Two sibling repos as `mtrack init` lays them out: mtrack-exp (mtrack.yaml, README) and mtrack-data (D0001). */
export function makeWorkspace(options: { largeFileBytes?: number } = {}): WorkspaceFixture {
  const root = tempDir('mtrack-ws-');
  const data = initRepo(`${root}/mtrack-data`);
  const metaCommit = commitFiles(
    data,
    {
      'datasets/mnist/revisions/D0001/dataset_manifest.json': JSON.stringify(datasetManifest('D0001'), null, 2) + '\n',
      'datasets/mnist/revisions/D0001/notes.md': 'D0001\n',
      'datasets/mnist/latest.txt': 'D0001\n',
    },
    'mtrack: D0001 mnist',
  );
  const exp = initRepo(`${root}/mtrack-exp`);
  const large = options.largeFileBytes ? `large_file_bytes: ${options.largeFileBytes}\n` : '';
  const expCommit = commitFiles(
    exp,
    {
      'mtrack.yaml': `version: 1\ndataset_meta_repo: ../mtrack-data\ndataset_store:\n  type: local_fs\n  root: ../ml-data-store\ndefault_dataset: mnist\n${large}`,
      'experiments/README.md': '# Runs\n',
    },
    'mtrack: init',
  );
  return { root, exp, data, metaCommit, expCommit };
}

/** A notes.md in the decision-log template's shape, with the two open sections still to fill in. */
export function notesTemplate(id: string): string {
  return [
    `# ${id} Notes`,
    '',
    '## Intent',
    'fixture run',
    '',
    '## Change Summary',
    '- Model: lane99/resnet_mnist_digits',
    '',
    '## Results',
    '- Primary metric: accuracy 0.9',
    '- Observed failure modes: (to fill in)',
    '',
    '## Next Decision',
    '(to fill in: based on results, what do we do next?)',
    '',
  ].join('\n');
}
