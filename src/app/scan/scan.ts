import { type Sha256 } from '../../core/hash.js';
import { resolveRunConfig } from '../../core/run-config.js';
import {
  DEFAULT_METRIC,
  hyperbandBrackets,
  resolveScan,
  SCAN_METHODS,
  trialOutsideSpace,
  type ScanSpec,
  type Trial,
} from '../../core/scan/index.js';
import { badInput } from '../../core/errors.js';
import { argTypes, trialArgv, trialOverrides } from './trial-command.js';
import { assertSchema } from '../../adapters/schemas.js';
import { runExperiment, type RunResult } from '../run/run-experiment.js';
import { recoverExperimentRepo } from '../run/recover-runs.js';
import { checkInputsCommitted } from '../run/plan-run.js';
import type { Workspace } from '../setup/workspace.js';
import { hashParamsFor, loadScanContext, scanHistory, type CollectedTrial, type ScanContext } from './scan-context.js';
import { epochField, hyperbandHook } from './hyperband-hook.js';

export type { CollectedTrial } from './scan-context.js';

export const DEFAULT_SCAN_PATH = 'configs/scan.yaml';
export const DEFAULT_CONFIG_PATH = 'configs/baseline.yaml';

export interface PlannedTrial extends Trial {
  config_hash: Sha256;
  /** A command trainer's command line for this trial, as it will run (file paths shown as placeholders). */
  argv?: string[];
}

export interface ScanPlan {
  scan_path: string;
  /** Trials of the scan neither run nor in this plan: the Action's next waves (0 when the plan holds the rest). */
  remaining: number;
  scan_hash: Sha256;
  method: ScanSpec['method'];
  early_terminate?: ScanSpec['early_terminate'];
  base_config: string;
  dataset: string;
  trials: PlannedTrial[];
  skipped: { params: Record<string, unknown>; reason: string }[];
}

/** The plan `scan resolve` prints, `scan plan` writes and the Action's `resolve` turns into a matrix. */
export interface ScanOptions {
  scanPath?: string;
  configPath?: string;
  dataset?: string;
  overrides?: Record<string, unknown>; // fixed values applied after each trial's parameters (like run --set)
  /** Runs of this scan collected elsewhere (the Action's bot branch): history for bayes, skipped configs for all. */
  collected?: readonly CollectedTrial[];
  /** Trials trained at once: bayes plans only the next wave of this many (see SCAN_METHODS' `adaptive`). */
  waveSize?: number;
}

export function planScan(ws: Workspace, options: ScanOptions): ScanPlan {
  const scanPath = options.scanPath ?? DEFAULT_SCAN_PATH;
  const configPath = options.configPath ?? DEFAULT_CONFIG_PATH;
  const ctx = loadScanContext(ws, scanPath, configPath, options.dataset);
  const { history, existing } = scanHistory(ws, ctx, options.collected ?? []);
  const hashParams = hashParamsFor(ctx, options.overrides ?? {});
  const { trials, skipped } = resolveScan(ctx.spec, history, {
    existingConfigHashes: existing,
    hashParams,
    ...(options.waveSize !== undefined ? { waveSize: options.waveSize } : {}),
  });
  const inWaves = SCAN_METHODS[ctx.spec.method].adaptive && options.waveSize !== undefined;
  // Every planned trial's config is checked before any trial trains, so a bad value never fails a scan half-way.
  for (const t of trials) {
    const config = resolveRunConfig(ctx.base, { ...t.params, ...options.overrides }, ctx.dataset);
    assertSchema('config_resolved', config, `${scanPath} trial ${t.index} (${JSON.stringify(t.params)})`);
  }
  return {
    scan_path: scanPath,
    // A skipped bayes suggestion means no untried point is left: the scan ends with this wave.
    remaining:
      inWaves && skipped.length === 0 ? Math.max(0, (ctx.spec.max_trials ?? 0) - history.length - trials.length) : 0,
    scan_hash: ctx.scanHash,
    method: ctx.spec.method,
    ...(ctx.spec.early_terminate ? { early_terminate: ctx.spec.early_terminate } : {}),
    base_config: configPath,
    dataset: ctx.dataset.revision,
    trials: trials.map((t) => ({
      ...t,
      config_hash: hashParams(t.params) as Sha256,
      ...trialArgv(ctx.base, ctx.python, t.params, options.overrides),
    })),
    skipped,
  };
}

/** Runs every trial of the plan, one committed run folder each; bayes re-plans after each run to use its result. */
export async function runScan(
  ws: Workspace,
  options: ScanOptions & {
    commit: boolean;
    allowDirty?: boolean;
    intent?: string;
    log: (l: string) => void;
    onlyTrial?: number;
  },
): Promise<RunResult[]> {
  const results: RunResult[] = [];
  if (options.commit) await recoverExperimentRepo(ws, options.log);
  let plan = planScan(ws, options);
  // Refused before the first trial starts; each trial checks again (with its trainer's files) when it plans.
  await checkInputsCommitted(ws.expDir, [plan.scan_path, plan.base_config], options.allowDirty === true);
  const ctx = loadScanContext(ws, plan.scan_path, plan.base_config, options.dataset);
  const et = ctx.spec.early_terminate;
  if (et) {
    hyperbandBrackets(et, 1); // refuses a max_iter/s/eta with no bracket before any compute is spent
    options.log(
      `mtrack: early_terminate hyperband (${et.max_iter !== undefined && et.s !== undefined ? `max_iter ${et.max_iter}, s ${et.s}` : `min_iter ${et.min_iter}`}, eta ${et.eta}) on per-epoch '${epochField(ctx)}'`,
    );
  }
  const total = plan.trials.length;
  for (let done = 0; done < total; done++) {
    const adaptive = SCAN_METHODS[plan.method].adaptive;
    const trial = adaptive ? plan.trials[0] : plan.trials[done];
    if (!trial) break;
    if (options.onlyTrial !== undefined && trial.index !== options.onlyTrial) continue;
    options.log(`mtrack: scan trial ${trial.index} (${done + 1}/${total}): ${JSON.stringify(trial.params)}`);
    results.push(await trainTrial(ws, ctx, plan, trial, options));
    if (adaptive) plan = planScan(ws, options);
  }
  return results;
}

type TrialRunOptions = ScanOptions & {
  commit: boolean;
  allowDirty?: boolean;
  intent?: string;
  log: (l: string) => void;
};

/**
 * Trains one given trial of the scan without re-resolving it: the Action's trial job trains its matrix entry, which
 * for bayes was suggested from results the job's checkout does not hold. The parameters must be a point of the
 * scan's space (grid and random entries are also checked against the plan by the caller).
 */
export async function runScanTrial(ws: Workspace, options: TrialRunOptions, trial: Trial): Promise<RunResult> {
  const scanPath = options.scanPath ?? DEFAULT_SCAN_PATH;
  const configPath = options.configPath ?? DEFAULT_CONFIG_PATH;
  const ctx = loadScanContext(ws, scanPath, configPath, options.dataset);
  const outside = trialOutsideSpace(ctx.spec, trial.params);
  if (outside) throw badInput(`trial ${trial.index} of ${scanPath}: ${outside}.`);
  const config = resolveRunConfig(ctx.base, { ...trial.params, ...options.overrides }, ctx.dataset);
  assertSchema('config_resolved', config, `${scanPath} trial ${trial.index} (${JSON.stringify(trial.params)})`);
  const scan = {
    scan_path: scanPath,
    scan_hash: ctx.scanHash,
    method: ctx.spec.method,
    base_config: configPath,
    dataset: ctx.dataset.revision,
  };
  options.log(`mtrack: scan trial ${trial.index}: ${JSON.stringify(trial.params)}`);
  return trainTrial(ws, ctx, scan, trial, options);
}

async function trainTrial(
  ws: Workspace,
  ctx: ScanContext,
  plan: Pick<ScanPlan, 'scan_path' | 'scan_hash' | 'method' | 'base_config' | 'dataset'>,
  trial: Trial,
  options: TrialRunOptions,
): Promise<RunResult> {
  const et = ctx.spec.early_terminate;
  return runExperiment(ws, {
    configPath: plan.base_config,
    dataset: plan.dataset,
    overrides: { ...trialOverrides(ctx.base, ctx.python, trial.params), ...options.overrides },
    argTypes: argTypes(ctx.python, trial.params),
    ...(ctx.base.trainer?.type === 'command' ? { trainer: ctx.base.trainer } : {}),
    ...(ctx.spec.metric.name !== DEFAULT_METRIC.name ? { metric: ctx.spec.metric } : {}),
    intent: options.intent ?? `${plan.method} scan trial ${trial.index} of ${plan.scan_path}`,
    scan: {
      path: plan.scan_path,
      scan_hash: plan.scan_hash,
      method: plan.method,
      trial_index: trial.index,
      params: trial.params,
      ...(et ? { early_terminate: et } : {}),
    },
    ...(et ? { onEpochEnd: hyperbandHook(ws, ctx, trial.index, options.log, options.collected ?? []) } : {}),
    commit: options.commit,
    allowDirty: options.allowDirty,
    log: options.log,
  });
}
