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

/** Markdown for the PR body and the job summary: one row per collected run. */
export function renderResultsBody(result: CollectResult, source: string): string {
  const rows = result.runs.map((r) => {
    const params = r.params
      ? Object.entries(r.params)
          .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
          .join(', ')
      : '-';
    return `| ${r.trial ?? '-'} | ${r.experimentId} | ${params.replace(/\|/g, '\\|')} | ${r.primary.name} ${r.primary.value.toFixed(4)} | ${r.loss.toFixed(4)} | \`${r.folder}\` |`;
  });
  return [
    `Stamped runs collected by mtrack from ${source}.`,
    '',
    '| trial | run | params | primary metric | loss | folder |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    `Base: \`${result.baseCommit.slice(0, 12)}\` · commit: \`${result.commit.slice(0, 12)}\` · every run passed \`mtrack verify\` before the push.`,
    '',
  ].join('\n');
}
