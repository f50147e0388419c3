import { EXPERIMENTS_DIR } from './rules/paths.js';
import type { Manifest, Metrics } from './documents/index.js';
import { badInput } from './errors.js';
import { formatRunFolder, isExperimentId, parseRunFolder } from './ids.js';

/** The documents of a run folder that carry its experiment id. Every other file is copied byte for byte. */
export interface StampedDocuments {
  folder: string; // run folder name, e.g. 2025-01-02__mnist__resnet__E0003
  manifest: Manifest;
  metrics: Metrics;
  notes: string;
}

/** manifest.outputs fields that hold a repo-relative path inside the run folder. */
const OUTPUT_PATHS = ['metrics_path', 'artifacts_dir', 'exported_model_ref'] as const;

/**
 * Re-stamps a run under a new experiment id: folder name, manifest ids and output paths, metrics id and the notes
 * heading. The config (and so config_hash), dates, metrics values and artifacts are untouched. Refuses documents
 * that disagree on the old id or point outside the folder: rewriting only some copies would hide the mismatch.
 */
export function restampDocuments(docs: StampedDocuments, newId: string): StampedDocuments {
  const parsed = parseRunFolder(docs.folder);
  if (!parsed) throw badInput(`Run folder '${docs.folder}': expected <date>__<dataset>__<model>__E####.`);
  if (!isExperimentId(newId)) throw badInput(`Invalid experiment id '${newId}'. Expected E#### (e.g. E0007).`);
  const oldId = parsed.experimentId;
  const oldPrefix = `${EXPERIMENTS_DIR}/${docs.folder}/`;
  const { inputs, outputs } = docs.manifest;
  const ids: [string, unknown][] = [
    ['manifest.json experiment_id', docs.manifest.experiment_id],
    ['manifest.json stamp.experiment_id', docs.manifest.stamp.experiment_id],
    ['metrics.json experiment_id', docs.metrics.experiment_id],
  ];
  for (const [field, value] of ids) {
    if (value !== oldId)
      throw badInput(`${docs.folder}/${field}: expected '${oldId}' (the folder's id), got '${String(value)}'.`);
  }
  const paths: [string, unknown][] = [
    ['inputs.config.resolved_path', inputs.config.resolved_path],
    ...OUTPUT_PATHS.map((k): [string, unknown] => [`outputs.${k}`, outputs[k]]),
  ];
  for (const [field, value] of paths) {
    if (typeof value !== 'string' || !value.startsWith(oldPrefix)) {
      throw badInput(
        `${docs.folder}/manifest.json ${field}: expected a path under '${oldPrefix}', got '${String(value)}'.`,
      );
    }
  }
  const heading = new RegExp(`^# ${oldId}\\b`, 'm');
  if (!heading.test(docs.notes)) throw badInput(`${docs.folder}/notes.md: expected a '# ${oldId} …' heading.`);

  const folder = formatRunFolder({ ...parsed, experimentId: newId });
  const newPrefix = `${EXPERIMENTS_DIR}/${folder}/`;
  const movePath = (value: string) => newPrefix + value.slice(oldPrefix.length);

  const manifest = structuredClone(docs.manifest);
  manifest.experiment_id = newId;
  manifest.stamp.experiment_id = newId;
  manifest.inputs.config.resolved_path = movePath(manifest.inputs.config.resolved_path);
  for (const key of OUTPUT_PATHS) manifest.outputs[key] = movePath(manifest.outputs[key]);

  const metrics = { ...structuredClone(docs.metrics), experiment_id: newId };
  const notes = docs.notes.replace(heading, `# ${newId}`);
  return { folder, manifest, metrics, notes };
}

/**
 * Rewrites every id of `ids` (old -> new) in `text` in one pass, so E0003 -> E0004 beside E0004 -> E0005 never chains.
 * Matches inside run folder names too (`…__E0003`), which `\b` would miss after an underscore.
 */
export function renumberIds(text: string, ids: ReadonlyMap<string, string>): string {
  if (ids.size === 0) return text;
  const pattern = new RegExp(`(?<![A-Za-z0-9])(${[...ids.keys()].join('|')})(?!\\d)`, 'g');
  return text.replace(pattern, (id) => ids.get(id) ?? id);
}

/** A reproduction record (schemas/reproduction.schema.json) moved to its run's new id, folder and record number. */
export function restampReproduction(
  record: Record<string, unknown>,
  to: { experimentId: string; runFolder: string; reproductionId: string },
): Record<string, unknown> {
  return {
    ...record,
    experiment_id: to.experimentId,
    run_folder: to.runFolder,
    reproduction_id: to.reproductionId,
  };
}
