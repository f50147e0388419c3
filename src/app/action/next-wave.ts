/** The GitHub calls that chain a bayes scan's waves; src/action/ implements them with Octokit (REST). */
export interface WaveApi {
  pullRequest(number: number): Promise<{ open: boolean; sameRepository: boolean }>;
  /** POST /repos/{repo}/actions/workflows/{workflow}/dispatches: a new run of `workflow` on branch `ref`. */
  dispatch(workflow: string, ref: string, inputs: Record<string, string>): Promise<void>;
}

/** What a dispatched wave carries: the workflow's `workflow_dispatch` inputs (all strings, as GitHub passes them). */
export interface WaveInputs {
  pr: string;
  'head-ref': string;
  'base-ref': string;
  'scan-hash': string;
}

export interface NextWave {
  api: WaveApi;
  workflow: string; // the workflow file, e.g. mtrack-scan.yml
  pullRequest: { number: number; headRef: string; baseRef: string };
  scanHash: string;
  remaining: number; // trials of the scan after the wave just collected
  added: number; // runs the collect brought in
}

/**
 * Starts the next wave of an adaptive scan: another run of the scan workflow on the PR's branch, whose resolve
 * suggests from everything collected so far. Only when trials remain and this collect added runs, so a rerun of an
 * old collect, or a wave that trained nothing, never starts a loop. A GITHUB_TOKEN may dispatch: workflow_dispatch is
 * the event GitHub lets that token trigger.
 */
export async function startNextWave(w: NextWave, log: (l: string) => void): Promise<boolean> {
  if (w.remaining <= 0 || w.added === 0) return false;
  const inputs: WaveInputs = {
    pr: String(w.pullRequest.number),
    'head-ref': w.pullRequest.headRef,
    'base-ref': w.pullRequest.baseRef,
    'scan-hash': w.scanHash,
  };
  await w.api.dispatch(w.workflow, w.pullRequest.headRef, { ...inputs });
  log(
    `mtrack: started the next wave of the scan (${w.remaining} trial(s) left): ${w.workflow} on ${w.pullRequest.headRef}`,
  );
  return true;
}

/**
 * A dispatched wave trains only for an open pull request of this repository: a closed PR's scan is over, and a fork's
 * head must never run with this repository's secrets (a maintainer could dispatch with any number).
 */
export async function checkWaveTarget(api: WaveApi, number: number): Promise<string | undefined> {
  const pr = await api.pullRequest(number);
  if (!pr.sameRepository)
    return `pull request #${number} comes from a fork; mtrack trains waves only for this repository's branches.`;
  if (!pr.open) return `pull request #${number} is closed; its scan is over.`;
  return undefined;
}

/** The workflow file a run came from: GITHUB_WORKFLOW_REF is `owner/repo/.github/workflows/<file>@<ref>`. */
export function workflowFile(workflowRef: string | undefined): string | undefined {
  const m = /\/\.github\/workflows\/([^@/]+)@/.exec(workflowRef ?? '');
  return m?.[1];
}
