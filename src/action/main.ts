import { appendFile } from 'node:fs/promises';
import * as core from '@actions/core';
import * as ajv2020 from 'ajv/dist/2020.js';
import { useBundledAjv, type Ajv2020Class } from '../adapters/schemas.js';
import { MtrackError, checkFailed } from '../core/errors.js';
import { readEventFacts, type EventFacts } from './context.js';
import { InputError, readSettings, type Settings } from './inputs.js';
import { restPullRequests } from './pulls.js';
import type { CollectResult } from '../app/action/collect.js';
import type { CollectedTrial } from '../app/scan/scan.js';

/** The Action's entry: one command per step; every failure ends in core.setFailed with one line. */
export async function run(): Promise<void> {
  // A static import, so ncc carries ajv: the Action runs from a checkout of mtrack with nothing installed.
  useBundledAjv((ajv2020 as unknown as { default: Ajv2020Class }).default);
  let settings: Settings;
  let event: EventFacts;
  try {
    event = readEventFacts();
    settings = readSettings((name) => core.getInput(name), event, process.env.GITHUB_WORKSPACE || process.cwd());
  } catch (error) {
    core.setFailed(error instanceof InputError ? error.message : `mtrack: cannot read the inputs: ${String(error)}`);
    return;
  }
  if (settings.token) core.setSecret(settings.token);
  try {
    await COMMAND_RUNNERS[settings.command](settings, event);
  } catch (error) {
    core.setFailed(describe(error));
    return;
  }
}

const log = (line: string) => core.info(line);

const COMMAND_RUNNERS: Record<Settings['command'], (s: Settings, e: EventFacts) => Promise<void>> = {
  async resolve(s, e) {
    const { loadWorkspace } = await import('../app/setup/workspace.js');
    const { dataCacheKey, resolveMatrix } = await import('../app/action/resolve.js');
    const { headCommit } = await import('../adapters/git/index.js');
    const ws = loadWorkspace(s.workingDirectory);
    const pr = e.pullRequest;
    if (e.wave && pr) {
      const refused = await checkDispatchedWave(s, e, pr.number);
      if (refused) return stopScan(refused);
    }
    // Trials this PR's scan already collected (bot branch, or base after a merged bot PR) are not trained again, and
    // bayes suggests the next wave from their results; the lookup reads the remote, so it needs the token.
    const collected = (await collectedOnRemote(s, e)?.()) ?? [];
    const r = resolveMatrix(ws, {
      scanPath: s.scanPath,
      configPath: s.configPath,
      dataset: s.dataset,
      collected,
      waveSize: s.parallelism,
    });
    core.setOutput('matrix', r.json);
    core.setOutput('count', String(r.count));
    core.setOutput('remaining', String(r.plan.remaining));
    core.setOutput('scan-hash', r.plan.scan_hash);
    core.setOutput('head-sha', (await headCommit(ws.expDir)) ?? '');
    core.setOutput('data-key', await dataCacheKey(ws, r.plan));
    const wave = r.plan.remaining > 0 || e.wave ? ` (a wave; ${r.plan.remaining} trial(s) left after it)` : '';
    log(
      `mtrack: ${r.plan.scan_path} (${r.plan.method}) resolves to ${r.count} trial(s)${wave} on ${r.plan.dataset}; ${r.plan.skipped.length} skipped; ${r.collected} already collected.`,
    );
    await summary([
      `### mtrack scan: ${r.count} trial(s)${wave}${r.collected ? `, ${r.collected} already collected` : ''}`,
      '',
      '| trial | params | config |',
      '| --- | --- | --- |',
      ...r.matrix.include.map((t) => `| ${t.trial} | \`${t.params_json}\` | ${t.config} |`),
    ]);
  },
  async run(s, e) {
    const { runTrial } = await import('../app/action/run-trial.js');
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
  },
  async collect(s, e) {
    if (!s.remote)
      throw new InputError("Input 'remote' is required outside GitHub Actions (GITHUB_REPOSITORY is not set).");
    if (!s.base) throw new InputError("Input 'base' is required: the branch the bot PR targets (e.g. main).");
    const { collectTrials } = await import('../app/action/collect.js');
    const { openOrUpdatePullRequest, renderResultsBody } = await import('../app/action/pull-request.js');
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
        const { postScanComment } = await import('../app/action/scan-comment.js');
        const comment = await postScanComment(api, e.pullRequest.number, s.trialsDir, result);
        log(`mtrack: ${comment.created ? 'posted' : 'updated'} the results comment on #${e.pullRequest.number}`);
      }
    } else {
      core.warning('collect: no token or repository, so no pull request was opened; the bot branch was pushed.');
    }
    await startWave(s, e, result);
    await summary([renderResultsBody(result, source)]);
  },
  async verify(s) {
    if (!s.base)
      throw new InputError("Input 'base' is required outside a pull_request event (the commit to verify from).");
    const { verifyRange, formatViolation } = await import('../app/verify/verify.js');
    const range = `${s.base}..${s.head ?? 'HEAD'}`;
    const violations = await verifyRange(s.workingDirectory, range, { warn: (m) => core.warning(m) });
    core.setOutput('violations', String(violations.length));
    for (const v of violations) core.error(formatViolation(v));
    if (violations.length > 0)
      throw new MtrackError('CHECK_FAILED', `mtrack verify ${range}: ${violations.length} violation(s).`);
    log(`mtrack verify ${range}: ok`);
    await summary([`### mtrack verify ${range}: ok`]);
  },
  async baseline(s) {
    const { refreshBaseline } = await import('../app/action/baseline.js');
    const r = await refreshBaseline({
      expDir: s.workingDirectory,
      packageDir: s.mtrackPath,
      configPath: s.configPath,
      dataset: s.dataset,
      modelId: s.modelId,
      modelRevision: s.modelRevision,
      hubEndpoint: s.hubEndpoint,
      hubToken: process.env.HF_TOKEN,
      outputDir: s.outputDir,
      storeRoot: s.storeRoot,
      dataDir: s.dataRepo,
      log,
    });
    setRunOutputs(r);
    core.setOutput('model-revision', r.model.resolved_commit ?? r.model.revision);
    core.setOutput('dataset', r.revision);
    await summary([
      `### mtrack baseline on ${r.revision}: ${r.primary.name} ${r.primary.value.toFixed(4)}`,
      '',
      `Model ${r.model.model_id} @ ${r.model.resolved_commit ?? `${r.model.revision} (unresolved)`}, not committed: the run is stamped with ${r.baseCommit.slice(0, 12)} + the new pin (dirty worktree); collect with extra-paths: models/baseline commits both together.`,
    ]);
  },
};

/** After a bayes wave is collected: dispatch the scan workflow again for the next wave while trials remain. */
async function startWave(s: Settings, e: EventFacts, result: CollectResult): Promise<void> {
  const pr = e.pullRequest;
  if (!pr || s.remainingTrials === 0) return;
  const token = s.waveToken ?? s.token;
  const { startNextWave, workflowFile } = await import('../app/action/next-wave.js');
  const workflow = s.workflow ?? workflowFile(e.workflowRef);
  if (!token || !e.repository || !workflow)
    throw new InputError(
      "collect: the scan has trials left, but the next wave needs 'wave-token' (or 'token'), GITHUB_REPOSITORY and 'workflow' (or GITHUB_WORKFLOW_REF).",
    );
  const { restWaves } = await import('./pulls.js');
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

/** Reads the runs this PR's scan collected (bot branch, and base for a merged bot PR), when the inputs allow. */
function collectedOnRemote(s: Settings, e: EventFacts): (() => Promise<CollectedTrial[]>) | undefined {
  const pr = e.pullRequest;
  if (!pr || !s.token || !s.remote || !s.base) return undefined;
  const [token, url, base] = [s.token, s.remote, s.base];
  return async () => {
    const { collectedTrials } = await import('../app/action/collected-runs.js');
    return collectedTrials(
      s.workingDirectory,
      { url, token },
      { base, branch: s.branch as string, pullRequest: pr.number },
    );
  };
}

/** Why a dispatched wave must not train (closed or fork PR), checked on GitHub; undefined when it may. */
async function checkDispatchedWave(s: Settings, e: EventFacts, pr: number): Promise<string | undefined> {
  if (!s.token || !e.repository)
    throw new InputError("Input 'token' is required for a dispatched wave: resolve checks its pull request on GitHub.");
  const { checkWaveTarget } = await import('../app/action/next-wave.js');
  const { restWaves } = await import('./pulls.js');
  return checkWaveTarget(restWaves(s.token, e.repository), pr);
}

/** resolve's outputs for a scan that trains nothing more: an empty matrix, so the run and collect jobs skip. */
async function stopScan(reason: string): Promise<void> {
  core.setOutput('matrix', JSON.stringify({ include: [] }));
  core.setOutput('count', '0');
  core.setOutput('remaining', '0');
  log(`mtrack: ${reason} Nothing to train.`);
  await summary([`### mtrack scan: nothing to train`, '', reason]);
}

/** The outputs `run` and `baseline` share: the stamped folder, its provisional id and its primary metric. */
function setRunOutputs(r: { provisionalId: string; folder: string; primary?: { value: number } }): void {
  core.setOutput('experiment-id', r.provisionalId);
  core.setOutput('run-folder', r.folder);
  core.setOutput('primary-metric', r.primary ? String(r.primary.value) : ''); // empty: the run failed
}

async function summary(lines: string[]): Promise<void> {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (file) await appendFile(file, `${lines.join('\n')}\n`);
}

function describe(error: unknown): string {
  if (error instanceof MtrackError) return error.hint ? `${error.message} ${error.hint}` : error.message;
  if (error instanceof InputError) return error.message;
  return `mtrack: unexpected error: ${error instanceof Error ? error.message : String(error)}`;
}
