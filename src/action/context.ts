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
  /** A later wave of a bayes scan: a workflow_dispatch run started by collect for `pullRequest`. */
  wave?: { scanHash: string };
  defaultBranch?: string;
  workflowRef?: string; // GITHUB_WORKFLOW_REF: owner/repo/.github/workflows/<file>@<ref>
}

export function readEventFacts(): EventFacts {
  const ctx = github.context;
  const pr = ctx.payload.pull_request as
    { number: number; base: { ref: string; sha: string }; head: { ref: string; sha: string } } | undefined;
  const repository = process.env.GITHUB_REPOSITORY || undefined;
  const wave = ctx.eventName === 'workflow_dispatch' ? waveInputs(ctx.payload.inputs) : undefined;
  return {
    eventName: ctx.eventName,
    repository,
    serverUrl: ctx.serverUrl,
    runUrl: repository && ctx.runId ? `${ctx.serverUrl}/${repository}/actions/runs/${ctx.runId}` : undefined,
    ref: ctx.ref,
    sha: ctx.sha,
    pullRequest: pr
      ? { number: pr.number, baseRef: pr.base.ref, baseSha: pr.base.sha, headSha: pr.head.sha, headRef: pr.head.ref }
      : wave && { number: wave.pr, baseRef: wave.baseRef, baseSha: '', headSha: ctx.sha, headRef: wave.headRef },
    ...(wave ? { wave: { scanHash: wave.scanHash } } : {}),
    workflowRef: process.env.GITHUB_WORKFLOW_REF || undefined,
    defaultBranch: (ctx.payload.repository as { default_branch?: string } | undefined)?.default_branch,
  };
}

/** A dispatched wave's inputs (next-wave.ts WaveInputs), or undefined for a manual dispatch without them. */
function waveInputs(inputs: unknown): { pr: number; headRef: string; baseRef: string; scanHash: string } | undefined {
  const i = (inputs ?? {}) as Record<string, unknown>;
  const text = (k: string) => (typeof i[k] === 'string' ? (i[k] as string).trim() : '');
  if (!/^\d+$/.test(text('pr')) || !text('head-ref') || !text('base-ref')) return undefined;
  return { pr: Number(text('pr')), headRef: text('head-ref'), baseRef: text('base-ref'), scanHash: text('scan-hash') };
}
