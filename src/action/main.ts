import { appendFile } from 'node:fs/promises';
import * as core from '@actions/core';
import * as ajv2020 from 'ajv/dist/2020.js';
import { useBundledAjv, type Ajv2020Class } from '../adapters/schemas.js';
import { MtrackError } from '../core/errors.js';
import { readEventFacts, type EventFacts } from './context.js';
import { InputError, readSettings, type Settings } from './inputs.js';
import { restPullRequests } from './pulls.js';
import type { CollectResult } from '../app/action/collect.js';

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
    const { collectedConfigHashes } = await import('../app/action/collected-runs.js');
    const ws = loadWorkspace(s.workingDirectory);
    const pr = e.pullRequest;
    // Trials this PR's scan already collected (bot branch, or base after a merged bot PR) are not trained again;
    // the lookup reads the remote, so it needs the token the template passes.
    const collected =
      pr && s.token && s.remote && s.base
        ? await collectedConfigHashes(
            ws.expDir,
            { url: s.remote, token: s.token },
            { base: s.base, branch: s.branch as string, pullRequest: pr.number },
          )
        : new Set<string>();
    const r = resolveMatrix(ws, { scanPath: s.scanPath, configPath: s.configPath, dataset: s.dataset }, collected);
    core.setOutput('matrix', r.json);
    core.setOutput('count', String(r.count));
    core.setOutput('scan-hash', r.plan.scan_hash);
    core.setOutput('data-key', await dataCacheKey(ws, r.plan));
    log(
      `mtrack: ${r.plan.scan_path} (${r.plan.method}) resolves to ${r.count} trial(s) on ${r.plan.dataset}; ${r.plan.skipped.length} skipped; ${r.collected} already collected.`,
    );
    await summary([
      `### mtrack scan: ${r.count} trial(s)${r.collected ? `, ${r.collected} already collected` : ''}`,
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
      log,
    });
    setRunOutputs(r);
    await summary([
      `### mtrack trial ${s.trial}: ${r.primary.name} ${r.primary.value.toFixed(4)}`,
      '',
      `Provisional id ${r.provisionalId}; the final id is assigned by collect.`,
    ]);
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

/** The outputs `run` and `baseline` share: the stamped folder, its provisional id and its primary metric. */
function setRunOutputs(r: { provisionalId: string; folder: string; primary: { value: number } }): void {
  core.setOutput('experiment-id', r.provisionalId);
  core.setOutput('run-folder', r.folder);
  core.setOutput('primary-metric', String(r.primary.value));
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
