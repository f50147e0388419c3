import { basename, dirname } from 'node:path';
import { renderPrComment } from '../../core/report/index.js';
import { EXPERIMENTS_DIR } from '../../core/rules/paths.js';
import { readReportRun } from '../report/read-report-runs.js';
import { findTrialRuns, type CollectResult } from './collect.js';
import type { PullRequestApi } from './pull-request.js';

/** The hidden first line of the results comment, so a later collect updates it in place instead of adding one. */
export const SCAN_COMMENT_MARKER = 'mtrack-scan-results';

/**
 * The scan's results as one comment on the human pull request: the report's PR comment (table best first, best
 * trial, a Mermaid chart, failed trials, under GitHub's size limit) over this collect's trials under their final ids.
 */
export async function scanCommentBody(trialsDir: string, result: CollectResult): Promise<string> {
  const finalId = new Map(result.runs.map((r) => [r.configHash, r.experimentId]));
  const runs = (await findTrialRuns(trialsDir)).map((trial) => {
    const run = readReportRun(dirname(dirname(trial.dir)), `${EXPERIMENTS_DIR}/${basename(trial.dir)}`);
    const id = finalId.get(trial.configHash) ?? run.id;
    return { ...run, id, folder: run.folder.replace(run.id, id) };
  });
  return renderPrComment({
    title: `mtrack scan results: ${runs.length} trial(s) on \`${result.branch}\``,
    runs,
    marker: SCAN_COMMENT_MARKER,
  });
}

/** Creates or updates (in place) the results comment on `pullRequest`. */
export async function postScanComment(
  api: PullRequestApi,
  pullRequest: number,
  trialsDir: string,
  result: CollectResult,
): Promise<{ id: number; created: boolean }> {
  return api.upsertComment(pullRequest, SCAN_COMMENT_MARKER, await scanCommentBody(trialsDir, result));
}
