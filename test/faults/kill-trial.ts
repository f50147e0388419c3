import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { check, checkFsck, checkNoLeftovers, checkUniqueIds, checkVerify, tail, type Check } from './fault-checks.js';
import { committedRevisions, committedRuns, copyWorkspace, runNumber, type FaultWorkspace } from './fault-fixture.js';
import { describeFault, runMtrack, type Fault } from './fault-process.js';

/** A command under fault and what its successful retry must add to the record. */
export interface CommandSpec {
  name: string;
  args: string[];
  /** run: one new run folder; scan: both trials committed once; revision: one new dataset revision. */
  outcome: 'run' | 'scan' | 'revision';
  /**
   * What the retry may answer (exit 2) when the killed command had already committed its revision: promote-heldout
   * run twice has nothing left to promote, which is right, not a failed recovery.
   */
  doneMessage?: RegExp;
}

/** What the template holds before any trial. */
export interface Baseline {
  runs: number;
  revisions: number;
}

export interface TrialResult {
  scenario: string;
  fault: string;
  /** The kill reached a running process (a random delay after the command ended, or an injection never hit, did not). */
  fired: boolean;
  killedAfterMs: number;
  checks: Check[];
  killedOutput: string;
  retryOutput: string;
}

export const failedChecks = (t: TrialResult) => t.checks.filter((c) => !c.ok);

/** One kill: a fresh copy of the template, the command under `fault`, then the same command again and every check. */
export async function runKillTrial(
  template: FaultWorkspace,
  env: NodeJS.ProcessEnv,
  spec: CommandSpec,
  fault: Fault,
  baseline: Baseline,
): Promise<TrialResult> {
  const ws = copyWorkspace(template);
  try {
    const killed = await runMtrack(spec.args, ws.expDir, env, fault);
    const base = { scenario: spec.name, fault: describeFault(fault), fired: killed.killed, killedAfterMs: killed.ms };
    const killedOutput = tail(`exit ${killed.code ?? killed.signal}\n${killed.stdout}${killed.stderr}`);
    // A kill that arrived after the command ended tested nothing: recorded as missed, not checked.
    if (!killed.killed) return { ...base, checks: [], killedOutput, retryOutput: '' };
    const checks = checkFsck(ws, env, 'after the kill');
    const runsBefore = committedRuns(ws, env);
    const onDisk = runFoldersOnDisk(ws);
    const used = new Set([...runsBefore, ...onDisk].map(runNumber));
    const revisionsBefore = committedRevisions(ws, env);
    const retry = await runMtrack(spec.args, ws.expDir, env);
    const retryOutput = tail(
      `exit ${retry.code}${retry.timedOut ? ' (timed out)' : ''}\n${retry.stdout}${retry.stderr}`,
    );
    const done =
      spec.doneMessage !== undefined &&
      revisionsBefore.length > baseline.revisions &&
      retry.code === 2 &&
      spec.doneMessage.test(retry.stderr);
    checks.push(check('the same command again succeeds', retry.code === 0 || done, retryOutput));
    if (!done) checks.push(checkOutcome(ws, env, spec, runsBefore, used, onDisk, revisionsBefore, baseline.runs));
    checks.push(checkUniqueIds(ws, env));
    checks.push(...checkNoLeftovers(ws, env));
    checks.push(...checkFsck(ws, env, 'after the next command'));
    checks.push(...checkVerify(ws, env, spec.outcome === 'revision'));
    return { ...base, checks, killedOutput, retryOutput };
  } finally {
    rmSync(ws.root, { recursive: true, force: true });
  }
}

function runFoldersOnDisk(ws: FaultWorkspace): string[] {
  const dir = join(ws.expDir, 'experiments');
  return existsSync(dir) ? readdirSync(dir).filter((n) => /__E\d+$/.test(n)) : [];
}

function checkOutcome(
  ws: FaultWorkspace,
  env: NodeJS.ProcessEnv,
  spec: CommandSpec,
  runsBefore: string[],
  used: Set<number>,
  onDisk: string[],
  revisionsBefore: string[],
  baseRuns: number,
): Check {
  if (spec.outcome === 'revision') {
    // One new revision, or two when the retry first completed the one the kill interrupted (its bytes verified).
    const added = committedRevisions(ws, env).filter((r) => !revisionsBefore.includes(r));
    return check(
      'the retry commits one new revision (plus the interrupted one, completed)',
      added.length === 1 || added.length === 2,
      `new revisions: [${added.join(', ')}]`,
    );
  }
  const after = committedRuns(ws, env);
  const added = after.filter((r) => !runsBefore.includes(r));
  // A reused number is stale, unless it is the very folder the kill left on disk, now committed by recovery.
  const stale = added.filter((r) => used.has(runNumber(r)) && !onDisk.includes(r.split('/').pop() ?? r));
  // The retry's own run, plus the killed run when it had been renamed into place and is committed by recovery.
  if (spec.outcome === 'run')
    return check(
      'the retry commits one run with a fresh id (plus the interrupted one, completed)',
      (added.length === 1 || added.length === 2) && stale.length === 0,
      `new run folders: [${added.join(', ')}]; ids already used before the retry: [${stale.join(', ')}]`,
    );
  return check(
    'both scan trials committed once, fresh ids',
    after.length === baseRuns + 2 && stale.length === 0,
    `runs at HEAD: ${after.length} (expected ${baseRuns + 2}); ids already used: [${stale.join(', ')}]`,
  );
}
