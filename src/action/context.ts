import * as github from '@actions/github';

/** The few facts of the triggering event the commands need, read once from github.context as plain data. */
export interface EventFacts {
  eventName: string;
  repository?: string; // owner/name
  serverUrl: string;
  runUrl?: string;
  ref: string;
  sha: string;
  pullRequest?: { number: number; baseRef: string; baseSha: string; headSha: string; headRef: string };
  defaultBranch?: string;
}

export function readEventFacts(): EventFacts {
  const ctx = github.context;
  const pr = ctx.payload.pull_request as
    { number: number; base: { ref: string; sha: string }; head: { ref: string; sha: string } } | undefined;
  const repository = process.env.GITHUB_REPOSITORY || undefined;
  return {
    eventName: ctx.eventName,
    repository,
    serverUrl: ctx.serverUrl,
    runUrl: repository && ctx.runId ? `${ctx.serverUrl}/${repository}/actions/runs/${ctx.runId}` : undefined,
    ref: ctx.ref,
    sha: ctx.sha,
    pullRequest: pr
      ? { number: pr.number, baseRef: pr.base.ref, baseSha: pr.base.sha, headSha: pr.head.sha, headRef: pr.head.ref }
      : undefined,
    defaultBranch: (ctx.payload.repository as { default_branch?: string } | undefined)?.default_branch,
  };
}
