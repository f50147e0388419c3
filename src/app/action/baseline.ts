import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { badInput } from '../../core/errors.js';
import { latestRevision, readCommittedManifest } from '../data/dataset-meta.js';
import { verifyRevision } from '../data/dataset-store.js';
import { MODEL_REF_PATH, readModelRef, type ModelRef } from '../setup/model-ref.js';
import { pinModel } from '../setup/pin-model.js';
import { changedPaths, requireHeadCommit, resetKeepingFiles } from '../../adapters/git/index.js';
import { loadInstalledMtrack, moveRunFolder, withOverrides, type WorkspaceOverrides } from './run-trial.js';

export interface BaselineOptions extends WorkspaceOverrides {
  expDir: string;
  packageDir?: string; // an installed mtrack (mtrack-path); default: this process's own use cases
  configPath: string;
  dataset?: string;
  modelId?: string; // default: the pinned model
  modelRevision?: string; // default: the pinned revision
  hubEndpoint: string;
  hubToken?: string;
  outputDir: string;
  log: (line: string) => void;
}

export interface BaselineResult {
  model: ModelRef;
  baseCommit: string; // the checkout's commit: the run's git_commit
  revision: string;
  provisionalId: string;
  folder: string;
  primary: { name: string; value: number };
}

/**
 * Refresh: re-pin the baseline model, re-hash the dataset revision in the store, run the baseline config.
 *
 * Nothing is committed here. The new pin stays in the working tree, so the run is stamped honestly with the
 * checkout's commit (which is on the remote) and `dirty_worktree: true`; the dirt is exactly `models/baseline/`, and
 * collect (extra-paths: models/baseline) commits those files together with the run. A local pin commit would be
 * stamped instead and never pushed: collect rebuilds the bot branch from the remote's base.
 */
export async function refreshBaseline(options: BaselineOptions): Promise<BaselineResult> {
  const mtrack = await loadInstalledMtrack(options.packageDir);
  const ws = withOverrides(mtrack.loadWorkspace(options.expDir), options);
  const dirty = await changedPaths(ws.expDir);
  if (dirty.length > 0) {
    throw badInput(
      `working-directory '${ws.expDir}' has uncommitted changes (${dirty.slice(0, 5).join(', ')}${dirty.length > 5 ? ', …' : ''}); baseline expects a clean checkout.`,
      'Only the new model pin may differ from the checked-out commit, so the run records exactly what collect commits.',
    );
  }
  const baseCommit = await requireHeadCommit(ws.expDir, 'experiment repo');
  const pinned = existsSync(join(ws.expDir, MODEL_REF_PATH)) ? readModelRef(ws.expDir) : undefined;
  const modelId = options.modelId || pinned?.model_id;
  if (!modelId)
    throw badInput(
      `model-id: no model pinned yet (${MODEL_REF_PATH} is missing); give model-id, e.g. 'lane99/resnet_mnist_digits'.`,
    );
  const { ref } = await pinModel(ws, {
    modelId,
    revision: options.modelRevision || pinned?.revision || 'main',
    endpoint: options.hubEndpoint,
    token: options.hubToken,
  });
  // pinModel commits; take the commit back and keep its files in the working tree (see above).
  await resetKeepingFiles(ws.expDir, baseCommit);
  options.log(
    `mtrack: model ${ref.model_id}@${ref.revision}: ${ref.resolved_commit ?? `unresolved (${ref.resolution.reason})`} (not committed: collect commits it with the run)`,
  );
  const revision = options.dataset || latestRevision(ws.dataDir, ws.datasetId);
  const { manifest } = await readCommittedManifest(ws.dataDir, ws.datasetId, revision);
  await verifyRevision(ws, manifest);
  options.log(`mtrack: ${ws.datasetId} ${revision}: store bytes match the manifest`);
  const result = await mtrack.runExperiment(ws, {
    configPath: options.configPath,
    dataset: revision,
    overrides: {},
    intent: `baseline refresh of ${options.configPath}`,
    commit: false,
    log: options.log,
  });
  const folder = await moveRunFolder(ws.expDir, result.folder, options.outputDir);
  return {
    model: ref,
    baseCommit,
    revision,
    provisionalId: result.experimentId,
    folder,
    primary: result.metrics.primary_metric as BaselineResult['primary'],
  };
}
