import { compareRuns, diffDatasets, type DatasetDiff, type RunComparison } from '../../core/report/index.js';
import type { Workspace } from '../setup/workspace.js';
import { readDatasetFacts } from './dataset-facts.js';
import { readReportRuns, selectRuns } from './read-report-runs.js';

/** `mtrack compare E0001 E0004 …`: parameter and metric changes against the first run, and dataset differences. */
export async function compareExperiments(ws: Workspace, ids: string[]): Promise<RunComparison> {
  const runs = selectRuns(readReportRuns(ws.expDir), ids);
  const [first] = runs;
  const diffs: DatasetDiff[] = [];
  const seen = new Set<string>();
  for (const run of runs.slice(1)) {
    const key = `${run.dataset.id}:${run.dataset.revision}`;
    if (run.dataset.id !== first.dataset.id || run.dataset.revision === first.dataset.revision || seen.has(key))
      continue;
    seen.add(key);
    const [a, b] = await Promise.all([
      readDatasetFacts(ws, first.dataset.id, first.dataset.revision),
      readDatasetFacts(ws, run.dataset.id, run.dataset.revision),
    ]);
    diffs.push(diffDatasets(a, b));
  }
  return compareRuns(runs, diffs);
}
