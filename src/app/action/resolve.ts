import { badInput } from '../../core/errors.js';
import { readCommittedManifest } from '../data/dataset-meta.js';
import { planScan, type ScanOptions, type ScanPlan } from '../scan/scan.js';
import type { Workspace } from '../setup/workspace.js';

/** GitHub runs at most 256 jobs from one matrix; job outputs are capped at 1 MB per job. */
export const MAX_MATRIX_JOBS = 256;
export const MAX_MATRIX_BYTES = 256 * 1024;

export interface MatrixEntry {
  trial: number;
  params_json: string;
  config: string; // short config hash, for the job name
}

export interface ResolvedMatrix {
  matrix: { include: MatrixEntry[] };
  json: string;
  count: number;
  plan: ScanPlan;
  collected: number; // trials left out: their config is already committed or collected for this scan
}

/**
 * The scan's trials as a `strategy.matrix` value (`fromJSON(needs.resolve.outputs.matrix)`), one job per trial,
 * without the trials whose config is committed in the checkout or in `options.collected` (trained and collected for
 * this scan before). A bayes scan resolves one wave of `options.waveSize` trials from the results collected so far;
 * `plan.remaining` says how many trials later waves still owe.
 */
export function resolveMatrix(ws: Workspace, options: ScanOptions): ResolvedMatrix {
  const plan = planScan(ws, options);
  if (plan.trials.length > MAX_MATRIX_JOBS) {
    throw badInput(
      `${plan.scan_path}: the scan resolves to ${plan.trials.length} trials; one GitHub matrix runs at most ${MAX_MATRIX_JOBS} jobs.`,
      // Refused rather than chunked or truncated: see docs/action.md ("More than 256 trials").
      'No job was started. Lower scan.max_trials (or narrow the grid) to 256 or fewer; run a bigger search as several smaller scans, one PR each.',
    );
  }
  const include = plan.trials.map((t) => ({
    trial: t.index,
    params_json: JSON.stringify(t.params),
    config: t.config_hash.slice(7, 19),
  }));
  const json = JSON.stringify({ include });
  if (Buffer.byteLength(json) > MAX_MATRIX_BYTES) {
    throw badInput(
      `${plan.scan_path}: the matrix JSON is ${Buffer.byteLength(json)} bytes; the limit mtrack keeps is ${MAX_MATRIX_BYTES} (job outputs cap at 1 MB).`,
    );
  }
  const collected = plan.skipped.filter((t) => t.reason.startsWith('already committed')).length;
  return { matrix: { include }, json, count: include.length, plan, collected };
}

/**
 * The `actions/cache` key of mtrack's content cache for the trials' dataset revision: the hash of its checksums.json
 * (committed in the dataset-meta repo), so a cache entry holds exactly the verified bytes of that revision.
 */
export async function dataCacheKey(ws: Workspace, plan: ScanPlan): Promise<string> {
  const { manifest } = await readCommittedManifest(ws.dataDir, ws.datasetId, plan.dataset);
  return `mtrack-data-${ws.datasetId}-${plan.dataset}-${manifest.checksums.slice('sha256:'.length)}`;
}
