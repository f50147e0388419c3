import { checkFailed } from '../../core/errors.js';
import { compareRuns, type Comparison } from '../../core/reproduce/compare-runs.js';
import { formatUtc } from '../../core/time.js';
import type { Workspace } from '../setup/workspace.js';
import { loadRecordedRun, type RecordedRun } from './load-recorded-run.js';
import { recordReproduction } from './record-reproduction.js';
import { retrain, type Retrained } from './retrain.js';
import { mtrackSource, mtrackVersion } from '../run/environment.js';

export interface ReproduceOptions {
  allowDirty: boolean;
  commit: boolean;
  backend?: 'auto' | 'tensorflow' | 'wasm' | 'cpu';
  log: (line: string) => void;
  now?: () => Date;
}

export interface ReproduceResult extends Comparison {
  experimentId: string;
  differences: string[];
  path: string;
  commit?: string;
}

/**
 * `mtrack reproduce E####`: re-runs a committed run from its git_commit, its committed config_resolved.yaml and
 * its dataset revision's verified bytes, compares what comes out with what was recorded, and commits the outcome
 * as reproductions/E####/R####.json.
 */
export async function reproduceRun(ws: Workspace, id: string, options: ReproduceOptions): Promise<ReproduceResult> {
  const now = options.now ?? (() => new Date());
  const run = await loadRecordedRun(ws.expDir, id);
  if (run.manifest.stamp.dirty_worktree && !options.allowDirty)
    throw checkFailed(
      `${id}: trained on a dirty worktree (manifest stamp.dirty_worktree: true), so git_commit ${run.manifest.stamp.git_commit.slice(0, 12)} may not hold what trained it; pass --allow-dirty to re-run it anyway.`,
    );
  options.log(`mtrack: reproducing ${id} from ${run.manifest.stamp.git_commit.slice(0, 12)} (${run.folder})`);
  await warnIfOtherMtrack(run, options.log);
  const again = await retrain(ws, run, options.log, options.backend);
  const differences = environmentDifferences(run, again);
  for (const d of differences) options.log(`mtrack: differs from the recorded run: ${d}`);
  const exact =
    run.manifest.environment.backend === again.environment.backend &&
    run.manifest.environment.platform === again.environment.platform;
  const comparison = compareRuns(run.outcome, again.outcome, exact);
  const recorded = await recordReproduction(
    ws,
    id,
    (reproductionId) => ({
      schema_version: 1,
      experiment_id: id,
      reproduction_id: reproductionId,
      created_utc: formatUtc(now()),
      run_folder: run.folder,
      git_commit: run.manifest.stamp.git_commit,
      allow_dirty: options.allowDirty,
      environment: { ...again.environment, device: again.device },
      differences,
      ...comparison,
    }),
    options.commit,
  );
  return { experimentId: id, differences, ...comparison, ...recorded };
}

function environmentDifferences(run: RecordedRun, again: Retrained): string[] {
  const pick = (env: Record<string, unknown>, device?: string): Record<string, unknown> => ({ ...env, device });
  const before = pick({ ...run.manifest.environment }, run.device);
  const after = pick({ ...again.environment }, again.device);
  return ['backend', 'device', 'platform', 'node', 'mtrack_version', 'mtrack_source', 'trainer']
    .filter((k) => before[k] !== undefined && before[k] !== after[k])
    .map((k) => `${k} '${before[k]}' -> '${after[k]}'`);
}

async function warnIfOtherMtrack(run: RecordedRun, log: (line: string) => void): Promise<void> {
  const env = run.manifest.environment;
  const mine = { version: mtrackVersion(), source: await mtrackSource() };
  if (env.mtrack_version === mine.version && (env.mtrack_source ?? mine.source) === mine.source) return;
  const recorded = `${env.mtrack_version}${env.mtrack_source ? ` (${env.mtrack_source})` : ''}`;
  const how = env.mtrack_source?.startsWith('git:')
    ? `check out ${env.mtrack_source.slice(4, 16)} in an mtrack clone and run its bin/mtrack.js reproduce ${run.manifest.experiment_id}`
    : `npx -y mtrack@${env.mtrack_version} reproduce ${run.manifest.experiment_id}`;
  log(
    `mtrack: warning: ${run.manifest.experiment_id} was trained by mtrack ${recorded}, this is ${mine.version} (${mine.source}); to run the recorded one: ${how}`,
  );
}
