import { formatRunSummary, pickReference, summarizeRun } from '../../core/report/index.js';
import { readReportRuns } from './read-report-runs.js';

/** What `mtrack run` prints after landing a run: its metrics and their change against its reference run. */
export function runSummary(
  expDir: string,
  id: string,
  commit: string | undefined,
): { text: string; json: Record<string, unknown> } {
  const runs = readReportRuns(expDir);
  const run = runs.find((r) => r.id === id);
  if (!run) return { text: '', json: { experiment_id: id, commit: commit ?? null } };
  const reference = pickReference(run, runs);
  return {
    text: formatRunSummary(run, reference),
    json: {
      experiment_id: run.id,
      folder: run.folder,
      commit: commit ?? null,
      status: run.status,
      dataset: run.dataset.revision,
      primary: run.primary,
      reference: reference?.id ?? null,
      metrics: summarizeRun(run, reference),
    },
  };
}
