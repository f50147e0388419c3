import * as core from '@actions/core';
import type { Settings } from '../inputs.js';
import { log, setRunOutputs, summary } from '../step-io.js';

/** baseline: re-pin the model and run the baseline config into output-dir (collect commits both). */
export async function baseline(s: Settings): Promise<void> {
  const { refreshBaseline } = await import('../../app/action/baseline.js');
  const r = await refreshBaseline({
    expDir: s.workingDirectory,
    packageDir: s.mtrackPath,
    configPath: s.configPath,
    dataset: s.dataset,
    modelId: s.modelId,
    modelRevision: s.modelRevision,
    hubEndpoint: s.hubEndpoint,
    hubToken: process.env.HF_TOKEN,
    outputDir: s.outputDir,
    storeRoot: s.storeRoot,
    dataDir: s.dataRepo,
    log,
  });
  setRunOutputs(r);
  core.setOutput('model-revision', r.model.resolved_commit ?? r.model.revision);
  core.setOutput('dataset', r.revision);
  await summary([
    `### mtrack baseline on ${r.revision}: ${r.primary.name} ${r.primary.value.toFixed(4)}`,
    '',
    `Model ${r.model.model_id} @ ${r.model.resolved_commit ?? `${r.model.revision} (unresolved)`}, not committed: the run is stamped with ${r.baseCommit.slice(0, 12)} + the new pin (dirty worktree); collect with extra-paths: models/baseline commits both together.`,
  ]);
}
