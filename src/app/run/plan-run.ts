import { join } from 'node:path';
import {
  canonicalConfig,
  resolveRunConfig,
  trainedModelName,
  type BaselineConfig,
  type ResolvedConfig,
} from '../../core/run-config.js';
import type { RunFacts } from '../../core/run-record.js';
import { formatUtc } from '../../core/time.js';
import { readText, readYamlDocument } from '../../adapters/documents.js';
import { badInput } from '../../core/errors.js';
import { parse as parseYaml } from 'yaml';
import { assertSchema } from '../../adapters/schemas.js';
import { branchName, dirtyPaths, isDirty, requireHeadCommit } from '../../adapters/git/index.js';
import { latestRevision, readCommittedManifest, type DatasetManifest } from '../data/dataset-meta.js';
import { verifyRevision } from '../data/dataset-store.js';
import { storeLocation } from '../../adapters/store/index.js';
import { checkArtifactStore } from '../../adapters/store/artifact-settings.js';
import { readModelRef } from '../setup/model-ref.js';
import type { Workspace } from '../setup/workspace.js';
import { EXPERIMENTS_DIR } from '../../core/rules/paths.js';
import { allocateExperimentId } from './experiment-ids.js';
import { pinTrainerFiles, trainerProgramPaths } from './trainer-files.js';
import type { RunOptions } from './run-experiment.js';

/** Everything known about a run before training: its inputs, resolved config and stamp (with a provisional id). */
export interface RunPlan {
  config: ResolvedConfig;
  resolved: { text: string; hash: RunFacts['config']['hash'] };
  dataset: DatasetManifest;
  facts: Omit<RunFacts, 'finishedUtc' | 'artifacts' | 'environment'>;
  /** A command trainer's program files pinned at git_commit (manifest environment.trainer_files). */
  trainerFiles?: { objects: Record<string, string>; dirty: boolean };
}

/**
 * Resolves the config, reads the pinned model and the committed dataset revision, verifies the revision's bytes
 * and stamps the git state. The id is provisional: the final one is allocated when the run lands (landRun).
 */
export async function planRun(ws: Workspace, options: RunOptions, now: Date): Promise<RunPlan> {
  const { base: written, datasetId } = readRunConfig(ws, options.configPath);
  const base = options.trainer ? { ...written, trainer: options.trainer } : written;
  const revision = options.dataset ?? base.dataset ?? latestRevision(ws.dataDir, datasetId);
  const config = assertSchema<ResolvedConfig>(
    'config_resolved',
    resolveRunConfig(base, options.overrides, { id: datasetId, revision }),
    `${options.configPath} (resolved with ${Object.keys(options.overrides).join(', ') || 'no overrides'})`,
  );
  const resolved = canonicalConfig(config as unknown as Record<string, unknown>);
  const program = trainerProgramPaths(config, ws.expDir);
  const dirtyInputs = await checkInputsCommitted(
    ws.expDir,
    [options.configPath, ...(options.scan ? [options.scan.path] : []), ...program],
    options.allowDirty === true,
  );
  const model = readModelRef(ws.expDir);
  const warnings = dirtyInputs.length ? [`inputs used uncommitted (--allow-dirty): ${dirtyInputs.join(', ')}`] : [];
  const { manifest: dataset, commit: metaCommit } = await readCommittedManifest(ws.dataDir, datasetId, revision);
  await verifyRevision(ws, dataset);
  if (ws.settings.artifact_store) checkArtifactStore(ws.settings.artifact_store, ws.expDir);
  // Warned once every input is known good: a refused run prints its one error line and nothing else.
  if (model.resolved_commit === null) {
    warnings.push(`model pin ${model.model_id}@${model.revision} is unresolved (resolved_commit: null)`);
    options.log(
      `mtrack: warning: model pin ${model.model_id}@${model.revision} is unresolved (models/baseline/model_ref.json resolved_commit: null); recorded in the manifest.`,
    );
  }
  const commit = await requireHeadCommit(ws.expDir, 'experiment repo');
  const facts: RunPlan['facts'] = {
    experimentId: await allocateExperimentId(ws.expDir),
    createdUtc: formatUtc(now),
    intent: options.intent ?? (options.scan ? `scan trial ${options.scan.trial_index}` : `run ${options.configPath}`),
    git: {
      commit,
      branch: await branchName(ws.expDir),
      // Run folders being landed by concurrent runs are not part of what this run trains with.
      dirty: await isDirty(ws.expDir, [EXPERIMENTS_DIR]),
      ...(dirtyInputs.length ? { dirtyInputs } : {}),
    },
    model: {
      provider: model.provider,
      model_id: model.model_id,
      revision: model.revision,
      resolved_commit: model.resolved_commit,
    },
    // Neither trainer starts from the pinned weights today: the folder names what was trained.
    trained: { name: trainedModelName(config), from_pinned: false },
    ...(warnings.length ? { warnings } : {}),
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
  const trainerFiles = program.length ? await pinTrainerFiles(ws.expDir, commit, program) : undefined;
  return { config, resolved, dataset, facts, ...(trainerFiles ? { trainerFiles } : {}) };
}

/**
 * Refuses inputs that are modified or untracked (a run must be reproducible from its git_commit) unless
 * `allowDirty`; returns the dirty ones to stamp.
 */
export async function checkInputsCommitted(expDir: string, paths: string[], allowDirty: boolean): Promise<string[]> {
  const dirty = await dirtyPaths(expDir, paths);
  if (dirty.length > 0 && !allowDirty)
    throw badInput(
      `${dirty.join(', ')}: modified or not committed; a run must be reproducible from its commit.`,
      'Commit the change first, or pass --allow-dirty (the run is then stamped dirty and says so in notes.md).',
    );
  return dirty;
}

/**
 * A config file: a baseline config (configs/*.yaml), or any run's config_resolved.yaml, whose `dataset` is the
 * resolved `{id, revision}` rather than a revision id.
 */
function readRunConfig(ws: Workspace, path: string): { base: BaselineConfig; datasetId: string } {
  const file = join(ws.expDir, path);
  const dataset = tryParseYaml(readText(file, path))?.dataset;
  if (typeof dataset === 'object' && dataset !== null) {
    const resolved = readYamlDocument<ResolvedConfig>(file, 'config_resolved', path);
    const { dataset, ...rest } = resolved;
    return { base: { ...rest, dataset: dataset.revision }, datasetId: dataset.id };
  }
  return { base: readYamlDocument<BaselineConfig>(file, 'baseline_config', path), datasetId: ws.datasetId };
}

function tryParseYaml(text: string): { dataset?: unknown } | undefined {
  try {
    return (parseYaml(text, { uniqueKeys: false }) as { dataset?: unknown } | null) ?? undefined;
  } catch {
    return undefined; // not YAML: readYamlDocument reports it with its line and column
  }
}
