import * as core from '@actions/core';
import { InputError, type Settings } from '../inputs.js';
import type { EventFacts } from '../context.js';
import { collectedOnRemote, log, summary } from '../step-io.js';

/** resolve: the scan (or its next bayes wave) as a job matrix, without the trials already collected. */
export async function resolve(s: Settings, e: EventFacts): Promise<void> {
  const { loadWorkspace } = await import('../../app/setup/workspace.js');
  const { dataCacheKey, resolveMatrix } = await import('../../app/action/resolve.js');
  const { headCommit } = await import('../../adapters/git/index.js');
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
}

/** Why a dispatched wave must not train (closed or fork PR), checked on GitHub; undefined when it may. */
async function checkDispatchedWave(s: Settings, e: EventFacts, pr: number): Promise<string | undefined> {
  if (!s.token || !e.repository)
    throw new InputError("Input 'token' is required for a dispatched wave: resolve checks its pull request on GitHub.");
  const { checkWaveTarget } = await import('../../app/action/next-wave.js');
  const { restWaves } = await import('../pulls.js');
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
