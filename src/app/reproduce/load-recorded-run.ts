import { parse as parseYaml } from 'yaml';
import { sha256 } from '../../core/hash.js';
import { checkFailed } from '../../core/errors.js';
import type { ResolvedConfig } from '../../core/run-config.js';
import type { RunOutcome } from '../../core/reproduce/compare-runs.js';
import { parseJsonDocument } from '../../adapters/documents.js';
import { assertSchema } from '../../adapters/schemas.js';
import { readFileAt } from '../../adapters/git/index.js';
import { findCommittedRun } from '../run/find-run.js';

/** The parts of a committed manifest.json that reproducing reads (schemas/manifest.schema.json). */
export interface RecordedManifest {
  experiment_id: string;
  stamp: { git_commit: string; dirty_worktree: boolean; config_hash: string };
  inputs: {
    dataset: { dataset_id: string; revision_id: string; checksums: string; hashes: Record<string, string> };
  };
  outputs: { artifacts: Record<string, string> };
  environment: {
    mtrack_version: string;
    mtrack_source?: string;
    node: string;
    platform: string;
    backend: string;
    trainer: string;
  };
}

export interface RecordedRun {
  folder: string;
  manifest: RecordedManifest;
  outcome: RunOutcome;
  /** `metrics.profiling.device`, e.g. 'wasm simd, 2 threads'. */
  device?: string;
  config: ResolvedConfig;
  configText: string;
}

/** Reads a run as HEAD holds it (not the working tree): what was committed is what gets reproduced. */
export async function loadRecordedRun(expDir: string, id: string): Promise<RecordedRun> {
  const { folder, head } = await findCommittedRun(expDir, id);
  const read = async (rel: string) => {
    const bytes = await readFileAt(expDir, head, `${folder}/${rel}`);
    if (!bytes) throw checkFailed(`${folder}/${rel}: missing from the committed run folder.`);
    return bytes;
  };
  const manifest = parseJsonDocument<RecordedManifest>(
    Buffer.from(await read('manifest.json')).toString('utf8'),
    'manifest',
    `${folder}/manifest.json`,
  );
  const metrics = parseJsonDocument<RunOutcome['metrics'] & { profiling?: { device?: string } }>(
    Buffer.from(await read('metrics.json')).toString('utf8'),
    'metrics',
    `${folder}/metrics.json`,
  );
  const configBytes = await read('config_resolved.yaml');
  if (sha256(configBytes) !== manifest.stamp.config_hash)
    throw checkFailed(
      `${folder}/config_resolved.yaml: its sha256 is not the manifest's stamp.config_hash '${manifest.stamp.config_hash}'; the record is inconsistent.`,
    );
  const configText = Buffer.from(configBytes).toString('utf8');
  const config = assertSchema<ResolvedConfig>(
    'config_resolved',
    parseYaml(configText),
    `${folder}/config_resolved.yaml`,
  );
  return {
    folder,
    manifest,
    outcome: { metrics, artifacts: manifest.outputs.artifacts },
    device: metrics.profiling?.device,
    config,
    configText,
  };
}
