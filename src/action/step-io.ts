import { appendFile } from 'node:fs/promises';
import * as core from '@actions/core';
import type { CollectedTrial } from '../app/scan/scan.js';
import type { EventFacts } from './context.js';
import type { Settings } from './inputs.js';

/** A line in the step's log. */
export const log = (line: string) => core.info(line);

/** Lines appended to the job's summary page (GITHUB_STEP_SUMMARY). */
export async function summary(lines: string[]): Promise<void> {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (file) await appendFile(file, `${lines.join('\n')}\n`);
}

/** The outputs `run` and `baseline` share: the stamped folder, its provisional id and its primary metric. */
export function setRunOutputs(r: { provisionalId: string; folder: string; primary?: { value: number } }): void {
  core.setOutput('experiment-id', r.provisionalId);
  core.setOutput('run-folder', r.folder);
  core.setOutput('primary-metric', r.primary ? String(r.primary.value) : ''); // empty: the run failed
}

/** Reads the runs this PR's scan collected (bot branch, and base for a merged bot PR), when the inputs allow. */
export function collectedOnRemote(s: Settings, e: EventFacts): (() => Promise<CollectedTrial[]>) | undefined {
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
