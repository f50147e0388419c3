import { canonicalYaml } from '../../core/canonical-yaml.js';
import { sha256, type Sha256 } from '../../core/hash.js';
import { canonicalConfig, resolveRunConfig, type BaselineConfig } from '../../core/run-config.js';
import {
  checkParameterNames,
  parseScanYaml,
  scanPythonTypes,
  scanYamlData,
  type Observation,
  type PythonTypes,
  type ScanSpec,
} from '../../core/scan/index.js';
import { join } from 'node:path';
import { builtinParameterPaths, scanBaseConfig } from './builtin-parameters.js';
import { trialOverrides } from './trial-command.js';
import { readText, readYamlDocument } from '../../adapters/documents.js';
import { assertSchema } from '../../adapters/schemas.js';
import { latestRevision } from '../data/dataset-meta.js';
import { collectRunRecords } from '../run/run-records.js';
import type { HistoryRow } from '../run/trainer.js';
import type { Workspace } from '../setup/workspace.js';

/** What planning and training a scan's trials read: the spec, the base config, the dataset, the scan's hash. */
export interface ScanContext {
  spec: ScanSpec;
  python: PythonTypes;
  scanHash: Sha256;
  base: BaselineConfig;
  dataset: { id: string; revision: string };
}

export function loadScanContext(
  ws: Workspace,
  scanPath: string,
  configPath: string,
  datasetFlag?: string,
): ScanContext {
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

export function hashParamsFor(
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
export function scanHistory(
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
