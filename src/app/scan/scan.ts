import { join } from 'node:path';
import { canonicalYaml } from '../../core/canonical-yaml.js';
import { sha256, type Sha256 } from '../../core/hash.js';
import { canonicalConfig, resolveRunConfig, type BaselineConfig } from '../../core/run-config.js';
import {
  decideHyperband,
  DEFAULT_METRIC,
  hyperbandBrackets,
  parseScanYaml,
  resolveScan,
  SCAN_METHODS,
  scanYamlData,
  type Observation,
  type ScanSpec,
  type Trial,
  checkParameterNames,
  scanPythonTypes,
  trialOutsideSpace,
  type PythonTypes,
} from '../../core/scan/index.js';
import { badInput } from '../../core/errors.js';
import { builtinParameterPaths, scanBaseConfig } from './builtin-parameters.js';
import { argTypes, trialArgv, trialOverrides } from './trial-command.js';
import { readJsonDocument, readText, readYamlDocument } from '../../adapters/documents.js';
import { assertSchema } from '../../adapters/schemas.js';
import { latestRevision } from '../data/dataset-meta.js';
import { collectRunRecords } from '../run/run-records.js';
import { runExperiment, type RunResult } from '../run/run-experiment.js';
import { recoverExperimentRepo } from '../run/recover-runs.js';
import { checkInputsCommitted } from '../run/plan-run.js';
import type { HistoryRow, TrainerInput } from '../run/trainer.js';
import type { Workspace } from '../setup/workspace.js';

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

interface ScanContext {
  spec: ScanSpec;
  python: PythonTypes;
  scanHash: Sha256;
  base: BaselineConfig;
  dataset: { id: string; revision: string };
}

function loadScanContext(ws: Workspace, scanPath: string, configPath: string, datasetFlag?: string): ScanContext {
  const text = readText(join(ws.expDir, scanPath), scanPath);
  const spec = parseScanYaml(text, scanPath);
  assertSchema('scan_config', scanYamlData(text, scanPath), scanPath);
  const base = scanBaseConfig(
    spec,
    readYamlDocument<BaselineConfig>(join(ws.expDir, configPath), 'baseline_config', configPath),
  );
  if (base.trainer?.type !== 'command') checkParameterNames(text, scanPath, builtinParameterPaths());
  const revision = datasetFlag ?? base.dataset ?? latestRevision(ws.dataDir, ws.datasetId);
  return {
    spec,
    python: scanPythonTypes(text, scanPath),
    scanHash: sha256(canonicalYaml(spec)),
    base,
    dataset: { id: ws.datasetId, revision },
  };
}

function hashParamsFor(
  ctx: ScanContext,
  overrides: Record<string, unknown>,
): (params: Record<string, unknown>) => string {
  return (params) =>
    canonicalConfig(
      resolveRunConfig(ctx.base, { ...trialOverrides(ctx.base, ctx.python, params), ...overrides }, ctx.dataset),
    ).hash;
}

/** A run collected for this scan that the checkout does not hold (the Action reads them from the bot branch). */
export interface CollectedTrial {
  scanHash?: string;
  params: Record<string, unknown>;
  value: number | null; // null: failed, counted as worst
  configHash: string;
  /** Its metrics.json history: hyperband compares a trial with it epoch by epoch. */
  history?: readonly HistoryRow[];
}

/**
 * The scan's history: runs of the same scan (same scan_hash) with their primary metric, from the checkout and from
 * `collected`; failed runs count as null. `existing` holds every known config hash, of any scan.
 */
function scanHistory(
  ws: Workspace,
  ctx: ScanContext,
  collected: readonly CollectedTrial[],
): { history: Observation[]; existing: Set<string> } {
  const local: CollectedTrial[] = collectRunRecords(ws.expDir).map((r) => ({
    scanHash: r.scanHash,
    params: r.scanParams ?? {},
    value: r.primaryValue,
    configHash: r.configHash,
  }));
  const existing = new Set<string>();
  const history: Observation[] = [];
  for (const r of [...local, ...collected]) {
    if (existing.has(r.configHash)) continue; // a merged bot PR's run is both in the checkout and collected
    existing.add(r.configHash);
    if (r.scanHash === ctx.scanHash) history.push({ params: r.params, value: r.value, configHash: r.configHash });
  }
  return { history, existing };
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

/** The history field hyperband reads: the scan metric, or the config's primary metric when the scan names none. */
function epochField(ctx: ScanContext): string {
  return ctx.spec.metric.name === DEFAULT_METRIC.name ? (ctx.base.metric?.name ?? 'accuracy') : ctx.spec.metric.name;
}

/**
 * A trial's metric per epoch (index = epoch - 1): `val_<name>` when the trainer logs a validation figure, else
 * `<name>`. The built-in trainer logs training-set loss and accuracy per epoch (it never looks at the test split
 * before the end), so hyperband ranks trials on those.
 */
function epochSeries(history: readonly HistoryRow[], field: string): (number | undefined)[] {
  const series: (number | undefined)[] = [];
  for (const row of history) series[row.epoch - 1] = row[`val_${field}`] ?? row[field];
  return Array.from(series);
}

/**
 * Hyperband for one trial, judged against the per-epoch history (metrics.json) of the scan's runs so far: those in
 * the checkout and those collected elsewhere (the Action's earlier waves, read from the bot branch).
 */
function hyperbandHook(
  ws: Workspace,
  ctx: ScanContext,
  trialIndex: number,
  log: (l: string) => void,
  collected: readonly CollectedTrial[],
): TrainerInput['onEpochEnd'] {
  const et = ctx.spec.early_terminate!;
  const field = epochField(ctx);
  const local = collectRunRecords(ws.expDir).filter((r) => r.scanHash === ctx.scanHash);
  const seen = new Set(local.map((r) => r.configHash));
  const histories = [
    ...local.map(
      (r) =>
        readJsonDocument<{ history?: HistoryRow[] }>(
          join(ws.expDir, r.folder, 'metrics.json'),
          'metrics',
          `${r.folder}/metrics.json`,
        ).history ?? [],
    ),
    ...collected.filter((c) => c.scanHash === ctx.scanHash && !seen.has(c.configHash)).map((c) => c.history ?? []),
  ];
  const peers = histories.map((h) => epochSeries(h, field));
  let warned = false;
  return (history) => {
    const current = epochSeries(history, field);
    if (current.every((v) => v === undefined)) {
      if (!warned)
        log(
          `mtrack: early_terminate: the trainer's history has no '${field}' per epoch; trial ${trialIndex} runs every epoch.`,
        );
      warned = true;
      return 'continue';
    }
    const d = decideHyperband({ earlyTerminate: et, goal: ctx.spec.metric.goal, peers, current });
    if (!d.stop) return 'continue';
    log(
      `mtrack: scan trial ${trialIndex} stopped early after epoch ${history.length}: best ${field} ${d.value} is worse than ` +
        `${d.threshold}, the top 1/${et.eta} of ${d.runs} run(s) at hyperband bracket epoch ${d.bracket}.`,
    );
    return 'stop';
  };
}
