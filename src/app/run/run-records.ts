import { EXPERIMENTS_DIR } from '../../core/rules/paths.js';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseRunFolder } from '../../core/ids.js';
import type { Manifest, Metrics } from '../../core/documents/index.js';
import { readJsonDocument } from '../../adapters/documents.js';

/** What the scan engine and the report need from a run folder. */
export interface RunRecord {
  experimentId: string;
  folder: string;
  createdUtc: string;
  intent: string;
  status: 'ok' | 'failed';
  dataset: string;
  configHash: string;
  scanHash?: string;
  scanMethod?: string;
  scanTrial?: number;
  scanParams?: Record<string, unknown>;
  primary: { name: string; value: number };
  primaryValue: number | null;
  loss: number;
  backend: string;
  trainExamples?: number;
}

/** The value a run is scored by (scans, tables): its primary metric, or null for a failed run (the worst). */
export function scoredValue(metrics: Pick<Metrics, 'status' | 'primary_metric'> | undefined): number | null {
  return metrics && metrics.status !== 'failed' && metrics.primary_metric ? metrics.primary_metric.value : null;
}

/** The run folders under experiments/, as `experiments/<run>`, ascending by name. */
export function listRunFolders(expDir: string): string[] {
  const dir = join(expDir, EXPERIMENTS_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => parseRunFolder(name))
    .sort()
    .map((name) => `${EXPERIMENTS_DIR}/${name}`);
}

/** A run folder's manifest and metrics, validated against their schemas (`label` names the folder in errors). */
export function readRunDocuments(dir: string, label: string): { manifest: Manifest; metrics: Metrics } {
  return {
    manifest: readJsonDocument<Manifest>(join(dir, 'manifest.json'), 'manifest', `${label}/manifest.json`),
    metrics: readJsonDocument<Metrics>(join(dir, 'metrics.json'), 'metrics', `${label}/metrics.json`),
  };
}

/** Reads every run folder's manifest and metrics, validated against their schemas. */
export function collectRunRecords(expDir: string): RunRecord[] {
  return listRunFolders(expDir).map((folder) => {
    const { manifest: m, metrics } = readRunDocuments(join(expDir, folder), folder);
    return {
      experimentId: m.experiment_id,
      folder,
      createdUtc: m.created_utc,
      intent: m.intent,
      status: metrics.status ?? 'ok',
      dataset: m.inputs.dataset.revision_id,
      configHash: m.inputs.config.config_hash,
      scanHash: m.inputs.scan?.scan_hash,
      scanMethod: m.inputs.scan?.method,
      scanTrial: m.inputs.scan?.trial_index,
      scanParams: m.inputs.scan?.params,
      // A failed run has no value: NaN prints as such in tables; the scan engine reads primaryValue (null = worst).
      primary: metrics.primary_metric ?? { name: '(failed)', value: NaN },
      primaryValue: scoredValue(metrics),
      loss: metrics.loss ?? NaN,
      backend: m.environment.backend,
      trainExamples: metrics.train?.examples,
    };
  });
}
