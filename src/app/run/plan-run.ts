import { join } from 'node:path';
import { canonicalConfig, resolveRunConfig, type BaselineConfig, type ResolvedConfig } from '../../core/run-config.js';
import type { RunFacts } from '../../core/run-record.js';
import { formatUtc } from '../../core/time.js';
import { readYamlDocument } from '../../adapters/documents.js';
import { assertSchema } from '../../adapters/schemas.js';
import { branchName, isDirty, requireHeadCommit } from '../../adapters/git/index.js';
import { latestRevision, readCommittedManifest, type DatasetManifest } from '../data/dataset-meta.js';
import { verifyRevision } from '../data/dataset-store.js';
import { storeLocation } from '../../adapters/store/index.js';
import { readModelRef } from '../setup/model-ref.js';
import type { Workspace } from '../setup/workspace.js';
import { EXPERIMENTS_DIR } from '../../core/rules/paths.js';
import { allocateExperimentId } from './experiment-ids.js';
import type { RunOptions } from './run-experiment.js';

/** Everything known about a run before training: its inputs, resolved config and stamp (with a provisional id). */
export interface RunPlan {
  config: ResolvedConfig;
  resolved: { text: string; hash: RunFacts['config']['hash'] };
  dataset: DatasetManifest;
  facts: Omit<RunFacts, 'finishedUtc' | 'artifacts' | 'environment'>;
}

/**
 * Resolves the config, reads the pinned model and the committed dataset revision, verifies the revision's bytes
 * and stamps the git state. The id is provisional: the final one is allocated when the run lands (landRun).
 */
export async function planRun(ws: Workspace, options: RunOptions, now: Date): Promise<RunPlan> {
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
  const facts: RunPlan['facts'] = {
    experimentId: await allocateExperimentId(ws.expDir),
    createdUtc: formatUtc(now),
    intent: options.intent ?? (options.scan ? `scan trial ${options.scan.trial_index}` : `run ${options.configPath}`),
    git: {
      commit: await requireHeadCommit(ws.expDir, 'experiment repo'),
      branch: await branchName(ws.expDir),
      // Run folders being landed by concurrent runs are not part of what this run trains with.
      dirty: await isDirty(ws.expDir, [EXPERIMENTS_DIR]),
    },
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
  return { config, resolved, dataset, facts };
}
