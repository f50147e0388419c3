import { badInput } from './errors.js';
import { formatExperimentId, formatRunFolder, isExperimentId, parseExperimentNumber, parseRunFolder } from './ids.js';
import { RUNS_DIR } from './run-record.js';

/** The documents of a run folder that carry its experiment id. Every other file is copied byte for byte. */
export interface StampedDocuments {
  folder: string; // run folder name, e.g. 2025-01-02__mnist__resnet__E0003
  manifest: Record<string, unknown>;
  metrics: Record<string, unknown>;
  notes: string;
}

/**
 * Re-stamps a run under a new experiment id: folder name, manifest ids and output paths, metrics id and the notes
 * heading. The config (and so config_hash), dates, metrics values and artifacts are untouched.
 */
export function restampDocuments(docs: StampedDocuments, newId: string): StampedDocuments {
  const parsed = parseRunFolder(docs.folder);
  if (!parsed) throw badInput(`Run folder '${docs.folder}': expected <date>__<dataset>__<model>__E####.`);
  if (!isExperimentId(newId)) throw badInput(`Invalid experiment id '${newId}'. Expected E#### (e.g. E0007).`);
  const oldId = parsed.experimentId;
  if (docs.manifest.experiment_id !== oldId) {
    throw badInput(`${docs.folder}/manifest.json experiment_id: expected '${oldId}' (the folder's id), got '${String(docs.manifest.experiment_id)}'.`);
  }
  const folder = formatRunFolder({ ...parsed, experimentId: newId });
  const oldPrefix = `${RUNS_DIR}/${docs.folder}/`;
  const newPrefix = `${RUNS_DIR}/${folder}/`;
  const movePath = (value: unknown) =>
    typeof value === 'string' && value.startsWith(oldPrefix) ? newPrefix + value.slice(oldPrefix.length) : value;

  const manifest = structuredClone(docs.manifest);
  manifest.experiment_id = newId;
  const stamp = manifest.stamp as Record<string, unknown> | undefined;
  if (stamp) stamp.experiment_id = newId;
  const config = (manifest.inputs as { config?: Record<string, unknown> } | undefined)?.config;
  if (config) config.resolved_path = movePath(config.resolved_path);
  const outputs = manifest.outputs as Record<string, unknown> | undefined;
  if (outputs) for (const key of ['metrics_path', 'artifacts_dir', 'exported_model_ref']) if (key in outputs) outputs[key] = movePath(outputs[key]);

  const metrics = { ...docs.metrics, experiment_id: newId };
  const notes = docs.notes.replace(new RegExp(`^# ${oldId}\\b`, 'm'), `# ${newId}`);
  return { folder, manifest, metrics, notes };
}

/** `count` consecutive ids after the highest one in `used` (ids already handed out elsewhere are in `used` too). */
export function assignExperimentIds(used: Iterable<string>, count: number): string[] {
  let max = 0;
  for (const id of used) if (isExperimentId(id)) max = Math.max(max, parseExperimentNumber(id));
  return Array.from({ length: count }, (_, i) => formatExperimentId(max + 1 + i));
}
