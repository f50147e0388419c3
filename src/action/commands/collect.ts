import * as core from '@actions/core';
import { InputError, type Settings } from '../inputs.js';
import type { EventFacts } from '../context.js';
import { restPullRequests } from '../pulls.js';
import type { CollectResult } from '../../app/action/collect.js';
import { log, summary } from '../step-io.js';

/** collect: the trials' run folders into one bot PR, the results comment, and the next bayes wave. */
export async function collect(s: Settings, e: EventFacts): Promise<void> {
  if (!s.remote)
    throw new InputError("Input 'remote' is required outside GitHub Actions (GITHUB_REPOSITORY is not set).");
  if (!s.base) throw new InputError("Input 'base' is required: the branch the bot PR targets (e.g. main).");
  const { collectTrials } = await import('../../app/action/collect.js');
  const { openOrUpdatePullRequest, renderResultsBody } = await import('../../app/action/pull-request.js');
  const source = e.pullRequest
    ? `#${e.pullRequest.number}${e.runUrl ? ` ([run](${e.runUrl}))` : ''}`
    : (e.runUrl ?? 'a workflow run');
  const api = s.token && e.repository ? restPullRequests(s.token, e.repository) : undefined;
  const base = s.base;
  const title = (r: CollectResult) =>
    s.prTitle ??
    `mtrack: ${r.runs.length} run(s) ${r.runs.map((run) => run.experimentId).join(' ')}${e.pullRequest ? ` from #${e.pullRequest.number}` : ''}`;
  const result = await collectTrials({
    expDir: s.workingDirectory,
    trialsDir: s.trialsDir,
    remote: { url: s.remote, token: s.token },
    base,
    branch: s.branch as string,
    intent: s.intent ?? (e.pullRequest ? `scan of PR #${e.pullRequest.number}` : 'collected runs'),
    identity: s.committer,
    extraPaths: s.extraPaths,
    pullRequest: e.pullRequest?.number,
    keepCollected: e.pullRequest !== undefined, // a scan PR's bot branch grows; a baseline refresh replaces it
    openPullRequest: api ? (r) => openOrUpdatePullRequest(api, r, base, title(r), source) : undefined,
    log,
  });
  core.setOutput('experiment-ids', result.runs.map((r) => r.experimentId).join(' '));
  core.setOutput('branch', result.branch);
  core.setOutput('commit', result.commit);
  const pr = result.pullRequest;
  if (pr) {
    core.setOutput('pull-request-number', String(pr.number));
    core.setOutput('pull-request-url', pr.url);
    log(`mtrack: ${pr.created ? 'opened' : 'updated'} PR #${pr.number} ${pr.url}`);
    if (api && e.pullRequest) {
      const { postScanComment } = await import('../../app/action/scan-comment.js');
      const comment = await postScanComment(api, e.pullRequest.number, s.trialsDir, result);
      log(`mtrack: ${comment.created ? 'posted' : 'updated'} the results comment on #${e.pullRequest.number}`);
    }
  } else {
    core.warning('collect: no token or repository, so no pull request was opened; the bot branch was pushed.');
  }
  await startWave(s, e, result);
  await summary([renderResultsBody(result, source)]);
}

/** After a bayes wave is collected: dispatch the scan workflow again for the next wave while trials remain. */
async function startWave(s: Settings, e: EventFacts, result: CollectResult): Promise<void> {
  const pr = e.pullRequest;
  if (!pr || s.remainingTrials === 0) return;
  const token = s.waveToken ?? s.token;
  const { startNextWave, workflowFile } = await import('../../app/action/next-wave.js');
  const workflow = s.workflow ?? workflowFile(e.workflowRef);
  if (!token || !e.repository || !workflow)
    throw new InputError(
      "collect: the scan has trials left, but the next wave needs 'wave-token' (or 'token'), GITHUB_REPOSITORY and 'workflow' (or GITHUB_WORKFLOW_REF).",
    );
  const { restWaves } = await import('../pulls.js');
  const scanHash = [...result.runs].reverse().find((r) => r.scanHash)?.scanHash ?? e.wave?.scanHash ?? '';
  const started = await startNextWave(
    {
      api: restWaves(token, e.repository),
      workflow,
      pullRequest: { number: pr.number, headRef: pr.headRef, baseRef: s.base ?? pr.baseRef },
      scanHash,
      remaining: s.remainingTrials,
      added: result.added,
    },
    log,
  );
  core.setOutput('next-wave', String(started));
}
