import { EXPERIMENTS_DIR } from '../../core/rules/paths.js';
import { existsSync, readdirSync } from 'node:fs';
import { readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { badInput, checkFailed } from '../../core/errors.js';
import { sha256, type Sha256 } from '../../core/hash.js';
import { ID_REF_PREFIX, nextExperimentId, parseRunFolder } from '../../core/ids.js';
import { formatArtifactPointers, formatDatasetPointer } from '../../core/pointers.js';
import { buildManifest, renderRunNotes, runFolderName, type RunFacts } from '../../core/run-record.js';
import { canonicalConfig, resolveRunConfig, type BaselineConfig, type ResolvedConfig } from '../../core/run-config.js';
import type { EarlyTerminate } from '../../core/scan/index.js';
import { formatUtc } from '../../core/time.js';
import { jsonDocumentText, readYamlDocument } from '../../adapters/documents.js';
import { assertSchema } from '../../adapters/schemas.js';
import { branchName, commitPaths, isDirty, listRefNames, requireHeadCommit } from '../../adapters/git/index.js';
import { buildFolderAtomically } from '../../adapters/staging.js';
import { latestRevision, readCommittedManifest } from '../data/dataset-meta.js';
import { loadRevisionSplit, revisionFolder, verifyRevision } from '../data/dataset-store.js';
import { storeLocation } from '../../adapters/store/index.js';
import { readModelRef } from '../setup/model-ref.js';
import { executeTrainer, type TrainerInput, type TrainerResult } from './trainer.js';
import { verifyProposedCommit, formatViolation } from '../verify/verify.js';
import { environmentFacts } from './environment.js';
import type { Workspace } from '../setup/workspace.js';

export const STAGING_DIR = '.mtrack/staging';

export interface RunOptions {
  configPath: string; // relative to the experiment repo
  dataset?: string;
  overrides: Record<string, unknown>; // scan params, then --set, at dotted paths
  intent?: string;
  /** A scan trial's facts; `early_terminate` (the scan's hyperband settings) lands in manifest inputs.scan. */
  scan?: RunFacts['scan'] & { early_terminate?: EarlyTerminate };
  /** Asked after each epoch of the built-in trainer; 'stop' ends training early (metrics.json train.stopped_early). */
  onEpochEnd?: TrainerInput['onEpochEnd'];
  commit: boolean;
  backend?: 'auto' | 'tensorflow' | 'wasm' | 'cpu';
  log: (line: string) => void;
  now?: () => Date;
}

export interface RunResult {
  experimentId: string;
  folder: string; // relative to the experiment repo
  metrics: Record<string, unknown>;
  commit?: string;
}

/** Resolve -> train + evaluate -> stamp -> rename into experiments/ -> check the rules -> commit. */
export async function runExperiment(ws: Workspace, options: RunOptions): Promise<RunResult> {
  const now = options.now ?? (() => new Date());
  const base = readYamlDocument<BaselineConfig>(
    join(ws.expDir, options.configPath),
    'baseline_config',
    options.configPath,
  );
  const revision = options.dataset ?? base.dataset ?? latestRevision(ws.dataDir, ws.datasetId);
  const config = assertSchema<ResolvedConfig>(
    'config_resolved',
    resolveRunConfig(base, options.overrides, { id: ws.datasetId, revision }),
    `${options.configPath} (resolved with ${Object.keys(options.overrides).join(', ') || 'no overrides'})`,
  );
  const resolved = canonicalConfig(config as unknown as Record<string, unknown>);
  const model = readModelRef(ws.expDir);
  const { manifest: dataset, commit: metaCommit } = await readCommittedManifest(ws.dataDir, ws.datasetId, revision);
  await verifyRevision(ws, dataset);
  const gitCommit = await requireHeadCommit(ws.expDir, 'experiment repo');
  const facts: Omit<RunFacts, 'finishedUtc' | 'artifacts' | 'environment'> = {
    experimentId: nextExperimentId([
      ...experimentIdsIn(ws.expDir),
      ...(await listRefNames(ws.expDir, ID_REF_PREFIX.slice(0, -1))),
    ]),
    createdUtc: formatUtc(now()),
    intent: options.intent ?? (options.scan ? `scan trial ${options.scan.trial_index}` : `run ${options.configPath}`),
    git: { commit: gitCommit, branch: await branchName(ws.expDir), dirty: await isDirty(ws.expDir) },
    model: {
      provider: model.provider,
      model_id: model.model_id,
      revision: model.revision,
      resolved_commit: model.resolved_commit,
    },
    dataset: {
      dataset_id: dataset.dataset_id,
      revision_id: dataset.revision_id,
      dataset_meta_commit: metaCommit,
      store: {
        type: ws.settings.dataset_store.type,
        root: storeLocation(ws.settings.dataset_store),
        relative_path: dataset.materialization.relative_path,
      },
      hashes: { train: dataset.splits.train.hash, test: dataset.splits.test.hash },
      checksums: dataset.checksums,
    },
    config: { path: options.configPath, hash: resolved.hash, seed: config.seed },
    ...(options.scan ? { scan: options.scan } : {}),
  };
  const folder = `${EXPERIMENTS_DIR}/${runFolderName(facts)}`;
  options.log(`mtrack: ${facts.experimentId} on ${dataset.dataset_id} ${revision} -> ${folder}`);

  const result = await buildFolderAtomically(join(ws.expDir, folder), join(ws.expDir, STAGING_DIR), async (staging) => {
    await writeFile(join(staging, 'config_resolved.yaml'), resolved.text);
    await mkdir(join(staging, 'artifacts'), { recursive: true });
    await mkdir(join(staging, 'pointers'), { recursive: true });
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
      runDir: staging,
      storeDir: await revisionFolder(ws, dataset),
      repoDir: ws.expDir,
      experimentId: facts.experimentId,
      log: options.log,
      ...(options.onEpochEnd ? { onEpochEnd: options.onEpochEnd } : {}),
    });
    const metrics = buildMetrics(facts.experimentId, config, trained);
    const artifacts = await hashArtifacts(staging);
    const all: RunFacts = {
      ...facts,
      finishedUtc: formatUtc(now()),
      artifacts,
      environment: environmentFacts(trained),
    };
    const pointer = formatDatasetPointer({
      dataset_id: dataset.dataset_id,
      dataset_revision: dataset.revision_id,
      store_type: ws.settings.dataset_store.type,
      data_store_root: storeLocation(ws.settings.dataset_store),
      relative_path: dataset.materialization.relative_path,
      checksums: dataset.checksums,
      dataset_meta_commit: metaCommit,
    });
    await writeFile(join(staging, 'pointers/dataset_pointer.txt'), pointer);
    await writeFile(
      join(staging, 'pointers/artifact_store.txt'),
      formatArtifactPointers(Object.entries(artifacts).map(([uri, hash]) => ({ uri, sha256: hash }))),
    );
    await writeFile(join(staging, 'metrics.json'), jsonDocumentText('metrics', metrics, `${folder}/metrics.json`));
    const primary = metrics.primary_metric as { name: string; value: number };
    await writeFile(
      join(staging, 'notes.md'),
      renderRunNotes(
        all,
        { primary, loss: metrics.loss as number, eval: metrics.eval as Record<string, number> },
        describeOverrides(options.overrides),
      ),
    );
    await writeFile(
      join(staging, 'manifest.json'),
      jsonDocumentText('manifest', buildManifest(all), `${folder}/manifest.json`),
    );
    return { metrics };
  });

  if (!options.commit) return { experimentId: facts.experimentId, folder, metrics: result.metrics };
  const files = await filesOf(ws.expDir, folder);
  const violations = await verifyProposedCommit(ws.expDir, files);
  if (violations.length > 0) {
    throw checkFailed(
      `${folder}: the new run breaks the stamping rules, not committed: ${violations.map(formatViolation).join(' ')}`,
    );
  }
  const message = `mtrack: ${facts.experimentId} ${dataset.dataset_id} ${folder.split('__')[2]} — ${facts.intent}`;
  const commit = await commitPaths(ws.expDir, [folder], message);
  return { experimentId: facts.experimentId, folder, metrics: result.metrics, commit };
}

export function experimentIdsIn(expDir: string): string[] {
  const dir = join(expDir, EXPERIMENTS_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((name) => parseRunFolder(name)?.experimentId)
    .filter((id): id is string => id !== undefined);
}

function buildMetrics(experimentId: string, config: ResolvedConfig, t: TrainerResult): Record<string, unknown> {
  return {
    experiment_id: experimentId,
    primary_metric: {
      name: config.metric?.name ?? 'accuracy',
      value: t.eval[config.metric?.name ?? 'accuracy'] ?? t.eval.accuracy,
      goal: config.metric?.goal ?? 'maximize',
    },
    loss: t.loss,
    eval: t.eval,
    profiling: { ...t.profiling, device: t.device, backend: t.backend },
    // epochs = epochs actually run; stopped_early is there (true or false) only when early termination was active.
    train: t.train,
    history: t.history,
    status: 'ok',
  };
}

async function hashArtifacts(runDir: string): Promise<Record<string, Sha256>> {
  const out: Record<string, Sha256> = {};
  for (const path of await listFiles(join(runDir, 'artifacts'))) {
    out[`artifacts/${path}`] = sha256(await readFile(join(runDir, 'artifacts', path)));
  }
  return out;
}

async function listFiles(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) =>
      relative(dir, join(e.parentPath ?? e.path, e.name))
        .split(sep)
        .join('/'),
    )
    .sort();
}

async function filesOf(expDir: string, folder: string): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  for (const path of await listFiles(join(expDir, folder)))
    files.set(`${folder}/${path}`, await readFile(join(expDir, folder, path)));
  return files;
}

function describeOverrides(overrides: Record<string, unknown>): string[] {
  return Object.entries(overrides).map(([k, v]) => `${k}=${JSON.stringify(v)}`);
}

export function parseSetFlag(flag: string): [string, unknown] {
  const eq = flag.indexOf('=');
  if (eq <= 0) throw badInput(`--set '${flag}': expected key=value (e.g. --set learning_rate=0.001).`);
  return [flag.slice(0, eq), parseScalar(flag.slice(eq + 1))];
}

function parseScalar(text: string): unknown {
  if (text === 'true' || text === 'false') return text === 'true';
  if (text === 'null') return null;
  if (text.trim() !== '' && Number.isFinite(Number(text))) return Number(text);
  return text;
}
