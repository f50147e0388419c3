import { checkFailed } from '../../core/errors.js';
import type { Settings } from '../inputs.js';
import type { EventFacts } from '../context.js';
import { collectedOnRemote, log, setRunOutputs, summary } from '../step-io.js';

/** run: trains one matrix entry into output-dir; a failed trial fails the step after its run folder is written. */
export async function run(s: Settings, e: EventFacts): Promise<void> {
  const { runTrial } = await import('../../app/action/run-trial.js');
  const r = await runTrial({
    expDir: s.workingDirectory,
    packageDir: s.mtrackPath,
    trial: s.trial as number,
    paramsJson: s.paramsJson,
    scan: { scanPath: s.scanPath, configPath: s.configPath, dataset: s.dataset },
    outputDir: s.outputDir,
    storeRoot: s.storeRoot,
    dataDir: s.dataRepo,
    headBranch: e.pullRequest?.headRef,
    collected: collectedOnRemote(s, e),
    log,
  });
  setRunOutputs(r);
  await summary([
    r.primary
      ? `### mtrack trial ${s.trial}: ${r.primary.name} ${r.primary.value.toFixed(4)}`
      : `### mtrack trial ${s.trial}: failed (${r.failure})`,
    '',
    `Provisional id ${r.provisionalId}; the final id is assigned by collect.`,
  ]);
  // A red step, but the run folder is written: the workflow uploads it (if: !cancelled()) and collect commits it.
  if (r.failure)
    throw checkFailed(
      `mtrack: trial ${s.trial} failed: ${r.failure}; its run folder (status failed) is in the artifact for collect.`,
    );
}
