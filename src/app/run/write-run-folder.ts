import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sha256, type Sha256 } from '../../core/hash.js';
import { formatArtifactPointers, formatDatasetPointer } from '../../core/pointers.js';
import {
  buildManifest,
  renderRunNotes,
  runFolderName,
  type ReferenceRun,
  type RunFacts,
} from '../../core/run-record.js';
import { parseExperimentNumber } from '../../core/ids.js';
import { commandWords, type ResolvedConfig } from '../../core/run-config.js';
import { EXPERIMENTS_DIR } from '../../core/rules/paths.js';
import { formatUtc } from '../../core/time.js';
import { jsonDocumentText } from '../../adapters/documents.js';
import { loadRevisionSplit, revisionFolder } from '../data/dataset-store.js';
import { storeLocation } from '../../adapters/store/index.js';
import type { Workspace } from '../setup/workspace.js';
import { environmentFacts } from './environment.js';
import { hashRunFolder } from './hash-run-folder.js';
import { listFiles } from './folder-files.js';
import { collectRunRecords } from './run-records.js';
import { offloadArtifacts } from './offload-artifacts.js';
import type { RunPlan } from './plan-run.js';
import type { RunOptions } from './run-experiment.js';
import { executeTrainer, reportedMetric, type TrainerResult } from './trainer.js';

/** Trains and evaluates into `<stagingDir>/<run folder>/` and writes every stamped file there; returns the folder. */
export async function writeRunFolder(
  ws: Workspace,
  plan: RunPlan,
  options: RunOptions,
  stagingDir: string,
  now: () => Date,
): Promise<{ folder: string; metrics: Record<string, unknown> }> {
  const { config, resolved, dataset, facts } = plan;
  const folder = runFolderName(facts);
  const dir = join(stagingDir, folder);
  const label = `${EXPERIMENTS_DIR}/${folder}`;
  await mkdir(join(dir, 'artifacts'), { recursive: true });
  await mkdir(join(dir, 'pointers'), { recursive: true });
  await writeFile(join(dir, 'config_resolved.yaml'), resolved.text);
  const [train, test] = await Promise.all([
    loadRevisionSplit(ws, dataset, 'train'),
    loadRevisionSplit(ws, dataset, 'test'),
  ]);
  const trained = await executeTrainer({
    config,
    configText: resolved.text,
    backend: options.backend ?? (config.trainer.type === 'builtin' ? (config.trainer.backend ?? 'auto') : 'auto'),
    train,
    test,
    runDir: dir,
    storeDir: await revisionFolder(ws, dataset),
    repoDir: ws.expDir,
    experimentId: facts.experimentId,
    dataset: {
      revision: dataset.revision_id,
      checksums: dataset.checksums,
      train_hash: dataset.splits.train.hash,
      test_hash: dataset.splits.test.hash,
    },
    ...(options.metric ? { metric: options.metric } : {}),
    ...(options.argTypes ? { argTypes: options.argTypes } : {}),
    log: options.log,
    ...(options.onEpochEnd ? { onEpochEnd: options.onEpochEnd } : {}),
  });
  const metrics = buildMetrics(facts.experimentId, config, trained, options.metric);
  if (trained.failure)
    options.log(`mtrack: the trainer failed: ${trained.failure.reason}; the run is recorded as failed.`);
  const externalArtifacts = await offloadArtifacts(ws, dir);
  const artifacts = await hashArtifacts(dir);
  const command = config.trainer.type === 'command' ? config.trainer : undefined;
  const environment = await environmentFacts(
    trained,
    command && {
      run: commandWords(command),
      cwd: ws.expDir,
      ...(plan.trainerFiles ? { files: plan.trainerFiles } : {}),
    },
  );
  const all: RunFacts = { ...facts, finishedUtc: formatUtc(now()), artifacts, externalArtifacts, environment };
  const pointer = formatDatasetPointer({
    dataset_id: dataset.dataset_id,
    dataset_revision: dataset.revision_id,
    store_type: ws.settings.dataset_store.type,
    data_store_root: storeLocation(ws.settings.dataset_store),
    relative_path: dataset.materialization.relative_path,
    checksums: dataset.checksums,
    dataset_meta_commit: facts.dataset.dataset_meta_commit,
  });
  await writeFile(join(dir, 'pointers/dataset_pointer.txt'), pointer);
  await writeFile(
    join(dir, 'pointers/artifact_store.txt'),
    formatArtifactPointers([
      ...Object.entries(artifacts).map(([uri, hash]) => ({ uri, sha256: hash })),
      ...Object.values(externalArtifacts).map(({ uri, sha256 }) => ({ uri, sha256 })),
    ]),
  );
  await writeFile(join(dir, 'metrics.json'), jsonDocumentText('metrics', metrics, `${label}/metrics.json`));
  const primary = metrics.primary_metric as { name: string; value: number } | undefined;
  await writeFile(
    join(dir, 'notes.md'),
    renderRunNotes(
      all,
      {
        primary: primary ?? { name: options.metric?.name ?? config.metric?.name ?? 'accuracy', value: NaN },
        ...(metrics.loss !== undefined ? { loss: metrics.loss as number } : {}),
        eval: (metrics.eval ?? {}) as Record<string, number>,
        ...(trained.failure ? { failure: trained.failure.reason } : {}),
      },
      describeOverrides(options.overrides),
      referenceRun(ws.expDir, facts.experimentId),
    ),
  );
  await writeFile(
    join(dir, 'manifest.json'),
    jsonDocumentText('manifest', buildManifest(all, await hashRunFolder(dir, label)), `${label}/manifest.json`),
  );
  return { folder, metrics };
}

function buildMetrics(
  experimentId: string,
  config: ResolvedConfig,
  t: TrainerResult,
  metric: RunOptions['metric'],
): Record<string, unknown> {
  const name = metric?.name ?? config.metric?.name ?? 'accuracy';
  const goal = metric?.goal ?? config.metric?.goal ?? 'maximize';
  // epochs = epochs actually run; stopped_early is there (true or false) only when early termination was active.
  if (t.failure) return { experiment_id: experimentId, history: t.history, status: 'failed', failure: t.failure };
  return {
    experiment_id: experimentId,
    primary_metric: { name, value: reportedMetric(t, name), goal },
    ...(t.loss !== undefined ? { loss: t.loss } : {}),
    eval: t.eval,
    profiling: { ...t.profiling, device: t.device, backend: t.backend },
    train: t.train,
    history: t.history,
    ...(t.confusion_matrix ? { confusion_matrix: t.confusion_matrix } : {}),
    ...(t.throughput !== undefined ? { throughput: t.throughput } : {}),
    ...(t.resource_profile ? { resource_profile: t.resource_profile } : {}),
    status: 'ok',
  };
}

export async function hashArtifacts(runDir: string): Promise<Record<string, Sha256>> {
  const out: Record<string, Sha256> = {};
  for (const path of await listFiles(join(runDir, 'artifacts'))) {
    out[`artifacts/${path}`] = sha256(await readFile(join(runDir, 'artifacts', path)));
  }
  return out;
}

function describeOverrides(overrides: Record<string, unknown>): string[] {
  return Object.entries(overrides).map(([k, v]) => `${k}=${JSON.stringify(v)}`);
}

/** The run Results are compared with: the latest earlier run that was not a scan trial (the parent or baseline). */
function referenceRun(expDir: string, id: string): ReferenceRun | undefined {
  const n = parseExperimentNumber(id);
  const earlier = collectRunRecords(expDir).filter(
    (r) => !r.scanHash && r.primaryValue !== null && parseExperimentNumber(r.experimentId) < n,
  );
  const last = earlier
    .sort((a, b) => parseExperimentNumber(a.experimentId) - parseExperimentNumber(b.experimentId))
    .pop();
  return last && { experimentId: last.experimentId, primary: last.primary };
}
