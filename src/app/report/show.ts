import { formatNumber, formatParam, metricGoal, type ReportRun } from '../../core/report/index.js';
import { readReportRuns, selectRuns } from './read-report-runs.js';

/** One run as `mtrack show --json` prints it (schemas/show_output.schema.json). */
export function showRun(expDir: string, id: string): ReportRun {
  return selectRuns(readReportRuns(expDir), [id])[0];
}

/** The run for a terminal: stamp, dataset, params, metrics, history summary, notes' intent and next decision. */
export function formatShow(run: ReportRun): string {
  const s = run.stamp;
  const lines = [
    `${run.id}  ${run.folder}${run.status === 'failed' ? '  FAILED' : ''}`,
    `  created    ${run.createdUtc}`,
    `  code       ${s.gitCommit.slice(0, 12)} on ${s.gitBranch}${s.dirty ? ' (dirty worktree)' : ''}`,
    `  model      ${s.modelId} @ ${s.modelRevision}`,
    `  dataset    ${run.dataset.id} ${run.dataset.revision}`,
    `  config     ${run.configPath} (${run.configHash.slice(0, 19)}…), seed ${s.seed}, backend ${run.backend}`,
    ...(run.scan ? [`  scan       ${run.scan.method} trial ${run.scan.trial}`] : []),
    ...(run.error ? [`  error      ${run.error}`] : []),
    '',
    'params',
    ...Object.entries(run.params).map(([k, v]) => `  ${k} = ${formatParam(v)}`),
    '',
    'metrics',
    ...Object.entries(run.metrics).map(
      ([k, v]) => `  ${k} ${formatNumber(v)} ${metricGoal(k, run.primary) === 'maximize' ? '↑' : '↓'}`,
    ),
    ...historyLines(run),
    ...(run.confusion
      ? ['', `confusion matrix: ${run.confusion.labels.length} classes (mtrack report --out draws it)`]
      : []),
    '',
    'intent',
    `  ${run.notes?.intent ?? run.intent}`,
    'next decision',
    `  ${run.notes?.nextDecision ?? '(not written yet)'}`,
    '',
  ];
  return lines.join('\n');
}

function historyLines(run: ReportRun): string[] {
  const h = run.history;
  if (h.length === 0) return [];
  const [first, last] = [h[0], h[h.length - 1]];
  const seconds = h.reduce((sum, e) => sum + (e.seconds ?? 0), 0);
  const acc =
    first.accuracy !== undefined && last.accuracy !== undefined
      ? `, accuracy ${formatNumber(first.accuracy)} -> ${formatNumber(last.accuracy)}`
      : '';
  return [
    '',
    'history',
    `  ${h.length} epoch(s): loss ${formatNumber(first.loss)} -> ${formatNumber(last.loss)}${acc}${seconds ? `, ${formatNumber(seconds)} s` : ''}`,
  ];
}
