import { join } from 'node:path';
import { canonicalYaml } from '../core/canonical-yaml.js';
import { sha256, type Sha256 } from '../core/hash.js';
import { canonicalConfig, resolveRunConfig, type BaselineConfig } from '../core/run-config.js';
import { parseScanYaml, resolveScan, scanYamlData, type Observation, type ScanSpec, type Trial } from '../core/scan/index.js';
import { readText, readYamlDocument } from '../adapters/documents.js';
import { assertSchema } from '../adapters/schemas.js';
import { latestRevision } from './dataset-meta.js';
import { collectRunRecords } from './run-records.js';
import { runExperiment, type RunResult } from './run.js';
import type { Workspace } from './workspace.js';

export const DEFAULT_SCAN_PATH = 'configs/scan.yaml';
export const DEFAULT_CONFIG_PATH = 'configs/baseline.yaml';

export interface PlannedTrial extends Trial {
  config_hash: Sha256;
}

export interface ScanPlan {
  scan_path: string;
  scan_hash: Sha256;
  method: ScanSpec['method'];
  base_config: string;
  dataset: string;
  trials: PlannedTrial[];
  skipped: { params: Record<string, unknown>; reason: string }[];
}

interface ScanContext {
  spec: ScanSpec;
  scanHash: Sha256;
  base: BaselineConfig;
  dataset: { id: string; revision: string };
}

function loadScanContext(ws: Workspace, scanPath: string, configPath: string, datasetFlag?: string): ScanContext {
  const text = readText(join(ws.expDir, scanPath), scanPath);
  const spec = parseScanYaml(text, scanPath);
  assertSchema('scan_config', scanYamlData(text), scanPath);
  const base = readYamlDocument<BaselineConfig>(join(ws.expDir, configPath), 'baseline_config', configPath);
  const revision = datasetFlag ?? base.dataset ?? latestRevision(ws.dataDir, ws.datasetId);
  return { spec, scanHash: sha256(canonicalYaml(spec)), base, dataset: { id: ws.datasetId, revision } };
}

function hashParamsFor(ctx: ScanContext, overrides: Record<string, unknown>): (params: Record<string, unknown>) => string {
  return (params) => canonicalConfig(resolveRunConfig(ctx.base, { ...params, ...overrides }, ctx.dataset)).hash;
}

/** The scan's history: runs of the same scan (same scan_hash) with their primary metric; failed runs count as null. */
function scanHistory(ws: Workspace, ctx: ScanContext): { history: Observation[]; existing: Set<string> } {
  const records = collectRunRecords(ws.expDir);
  const history = records
    .filter((r) => r.scanHash === ctx.scanHash)
    .map((r) => ({ params: r.scanParams ?? {}, value: r.primaryValue, configHash: r.configHash }));
  return { history, existing: new Set(records.map((r) => r.configHash)) };
}

/** The plan `scan resolve` prints, `scan plan` writes and the Action's `resolve` turns into a matrix. */
export interface ScanOptions {
  scanPath?: string;
  configPath?: string;
  dataset?: string;
  overrides?: Record<string, unknown>; // fixed values applied after each trial's parameters (like run --set)
}

export function planScan(ws: Workspace, options: ScanOptions): ScanPlan {
  const scanPath = options.scanPath ?? DEFAULT_SCAN_PATH;
  const configPath = options.configPath ?? DEFAULT_CONFIG_PATH;
  const ctx = loadScanContext(ws, scanPath, configPath, options.dataset);
  const { history, existing } = scanHistory(ws, ctx);
  const hashParams = hashParamsFor(ctx, options.overrides ?? {});
  const { trials, skipped } = resolveScan(ctx.spec, history, { existingConfigHashes: existing, hashParams });
  return {
    scan_path: scanPath,
    scan_hash: ctx.scanHash,
    method: ctx.spec.method,
    base_config: configPath,
    dataset: ctx.dataset.revision,
    trials: trials.map((t) => ({ ...t, config_hash: hashParams(t.params) as Sha256 })),
    skipped,
  };
}

/** Runs every trial of the plan, one committed run folder each; bayes re-plans after each run to use its result. */
export async function runScan(
  ws: Workspace,
  options: ScanOptions & { commit: boolean; intent?: string; log: (l: string) => void; onlyTrial?: number },
): Promise<RunResult[]> {
  const results: RunResult[] = [];
  let plan = planScan(ws, options);
  const total = plan.trials.length;
  for (let done = 0; done < total; done++) {
    const trial = plan.method === 'bayes' ? plan.trials[0] : plan.trials[done];
    if (!trial) break;
    if (options.onlyTrial !== undefined && trial.index !== options.onlyTrial) continue;
    options.log(`mtrack: scan trial ${trial.index} (${done + 1}/${total}): ${JSON.stringify(trial.params)}`);
    results.push(
      await runExperiment(ws, {
        configPath: plan.base_config,
        dataset: plan.dataset,
        overrides: { ...trial.params, ...options.overrides },
        intent: options.intent ?? `${plan.method} scan trial ${trial.index} of ${plan.scan_path}`,
        scan: { path: plan.scan_path, scan_hash: plan.scan_hash, method: plan.method, trial_index: trial.index, params: trial.params },
        commit: options.commit,
        log: options.log,
      }),
    );
    if (plan.method === 'bayes') plan = planScan(ws, options);
  }
  return results;
}
