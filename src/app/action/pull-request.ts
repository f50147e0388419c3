import type { CollectResult } from './collect.js';

/** The few pull-request calls collect needs; src/action/ implements them with Octokit (REST). */
export interface PullRequestApi {
  findOpen(head: string, base: string): Promise<{ number: number; url: string } | undefined>;
  create(pr: { head: string; base: string; title: string; body: string }): Promise<{ number: number; url: string }>;
  update(number: number, pr: { title: string; body: string }): Promise<{ number: number; url: string }>;
  /** Updates the comment on issue/PR `issue` whose body starts with `<!-- marker -->`, or creates it. */
  upsertComment(issue: number, marker: string, body: string): Promise<{ id: number; created: boolean }>;
}

export interface BotPullRequest {
  number: number;
  url: string;
  created: boolean;
}

/** Opens the bot PR for `result.branch`, or updates the one already open for it: one PR per bot branch. */
export async function openOrUpdatePullRequest(
  api: PullRequestApi,
  result: CollectResult,
  base: string,
  title: string,
  source: string,
): Promise<BotPullRequest> {
  const body = renderResultsBody(result, source);
  const open = await api.findOpen(result.branch, base);
  if (open) return { ...(await api.update(open.number, { title, body })), created: false };
  return { ...(await api.create({ head: result.branch, base, title, body })), created: true };
}

/** Markdown for the PR body and the job summary: one row per collected run, failed trials included. */
export function renderResultsBody(result: CollectResult, source: string): string {
  const rows = result.runs.map((r) => {
    const params = r.params
      ? Object.entries(r.params)
          .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
          .join(', ')
      : '-';
    const primary = r.failure === undefined ? `${r.primary.name} ${formatFigure(r.primary.value)}` : '-';
    const status = r.failure === undefined ? 'ok' : `failed: ${tableCell(r.failure)}`;
    return `| ${r.trial ?? '-'} | ${r.experimentId} | ${params.replace(/\|/g, '\\|')} | ${primary} | ${formatFigure(r.loss)} | ${status} | \`${r.folder}\` |`;
  });
  const failed = result.runs.filter((r) => r.failure !== undefined).length;
  return [
    `Stamped runs collected by mtrack from ${source}.`,
    '',
    '| trial | run | params | primary metric | loss | status | folder |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    ...(failed > 0
      ? [
          `${failed} of ${result.runs.length} trial(s) failed: each run folder records the reason (metrics.json \`failure\`) and the partial history.`,
          '',
        ]
      : []),
    `Base: \`${result.baseCommit.slice(0, 12)}\` · commit: \`${result.commit.slice(0, 12)}\` · every run passed \`mtrack verify\` before the push.`,
    '',
  ].join('\n');
}

/** A figure to 4 decimals; '-' for none (a command trainer reports no loss; a failed run has no metric). */
function formatFigure(value: number): string {
  return Number.isFinite(value) ? value.toFixed(4) : '-';
}

/** One line, pipes escaped, cut at `max` characters: a failure reason stays short so 256 rows fit GitHub's body. */
function tableCell(text: string, max = 80): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return (line.length > max ? `${line.slice(0, max - 1)}…` : line).replace(/\|/g, '\\|');
}
