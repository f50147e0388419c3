import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { badInput } from '../../core/errors.js';
import { isExperimentId } from '../../core/ids.js';
import { flattenParams, type ReportRun } from '../../core/report/index.js';
import { EXPERIMENTS_DIR } from '../../core/rules/paths.js';
import { didYouMean } from '../../core/suggest.js';
import { readText, readYamlDocument } from '../../adapters/documents.js';
import { listRunFolders, readRunDocuments } from '../run/run-records.js';

/** Every run folder of the experiment repo, read and validated, as the report sees it (ascending by folder). */
export function readReportRuns(expDir: string): ReportRun[] {
  return listRunFolders(expDir).map((folder) => readReportRun(expDir, folder));
}

/** The runs named by id, in the order given; an unknown id is a one-line error with the closest one. */
export function selectRuns(runs: ReportRun[], ids: string[]): ReportRun[] {
  return ids.map((id) => {
    if (!isExperimentId(id)) throw badInput(`'${id}': expected a run id like E0001.`);
    const run = runs.find((r) => r.id === id);
    if (!run)
      throw badInput(
        `${id}: no such run in ${EXPERIMENTS_DIR}/.${didYouMean(
          id,
          runs.map((r) => r.id),
        )}`,
      );
    return run;
  });
}

/** One run folder (`folder` relative to `root`, e.g. experiments/<run>), read and validated. */
export function readReportRun(expDir: string, folder: string): ReportRun {
  const path = (file: string) => join(expDir, folder, file);
  const { manifest: m, metrics: x } = readRunDocuments(join(expDir, folder), folder);
  const config = readYamlDocument<Record<string, unknown>>(
    path('config_resolved.yaml'),
    'config_resolved',
    `${folder}/config_resolved.yaml`,
  );
  const { dataset: _dataset, ...params } = config;
  void _dataset;
  const notes = existsSync(path('notes.md')) ? readText(path('notes.md')) : undefined;
  // A failed run may lack any figure (schemas/metrics.schema.json): only what it has is reported.
  const metrics: Record<string, number> = {};
  if (x.primary_metric?.value !== undefined) metrics[x.primary_metric.name] = x.primary_metric.value;
  if (x.loss !== undefined) metrics.loss = x.loss;
  for (const [k, v] of Object.entries(x.eval ?? {})) if (k !== 'examples' && typeof v === 'number') metrics[k] = v;
  if (x.profiling?.latency_ms_p50 !== undefined) metrics.latency_ms_p50 = x.profiling.latency_ms_p50;
  const error = x.failure?.reason ?? x.error;
  return {
    id: m.experiment_id,
    folder,
    status: x.status ?? 'ok',
    ...(error ? { error } : {}),
    dataset: { id: m.inputs.dataset.dataset_id, revision: m.inputs.dataset.revision_id },
    createdUtc: m.created_utc,
    intent: m.intent,
    configPath: m.inputs.config.path,
    configHash: m.inputs.config.config_hash,
    backend: m.environment.backend,
    params: flattenParams(params),
    metrics,
    primary: { name: x.primary_metric?.name ?? 'accuracy', goal: x.primary_metric?.goal ?? 'maximize' },
    ...(m.inputs.scan
      ? { scan: { method: m.inputs.scan.method, trial: m.inputs.scan.trial_index, hash: m.inputs.scan.scan_hash } }
      : {}),
    // Absent figures are left out of each epoch rather than set to undefined.
    history: x.history as ReportRun['history'],
    ...(x.confusion_matrix ? { confusion: x.confusion_matrix } : {}),
    ...(notes ? { notes: noteSections(notes) } : {}),
    stamp: {
      gitCommit: m.stamp.git_commit,
      gitBranch: m.stamp.git_branch,
      dirty: m.stamp.dirty_worktree,
      modelId: m.stamp.model_id,
      modelRevision: m.stamp.model_revision,
      seed: m.stamp.seed,
    },
    ...(x.train ? { trainExamples: x.train.examples } : {}),
  };
}

/** The decision-log sections people fill in: `## Intent` and `## Next Decision` of notes.md. */
function noteSections(text: string): { intent?: string; nextDecision?: string } {
  const section = (title: string) => {
    const match = new RegExp(`^## ${title}\\s*\\n([\\s\\S]*?)(?=^## |(?![\\s\\S]))`, 'm').exec(text);
    const body = match?.[1].trim();
    return body ? body : undefined;
  };
  const intent = section('Intent');
  const nextDecision = section('Next Decision');
  return { ...(intent ? { intent } : {}), ...(nextDecision ? { nextDecision } : {}) };
}
