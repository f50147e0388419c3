import { EXPERIMENTS_DIR } from './rules/paths.js';
import type { Manifest } from './documents/index.js';
import type { Sha256 } from './hash.js';
import { formatRunFolder, modelSlug } from './ids.js';
import { runFileHashes } from './run-files.js';
import { utcDate } from './time.js';

type Inputs = Manifest['inputs'];

/** Everything a run's stamp and manifest are made of, gathered by the app before anything is written. */
export interface RunFacts {
  experimentId: string;
  createdUtc: string;
  finishedUtc: string;
  intent: string;
  git: { commit: string; branch: string; dirty: boolean; dirtyInputs?: string[] };
  model: Inputs['model'];
  /** What the run trained (the folder's model slug), and whether it started from the pinned `model`. */
  trained: { name: string; from_pinned: boolean };
  /** Warnings printed when the run started (unresolved model pin, dirty inputs), kept in the manifest. */
  warnings?: string[];
  dataset: Inputs['dataset'];
  config: { path: string; hash: Sha256; seed: number };
  scan?: Inputs['scan'];
  artifacts: Manifest['outputs']['artifacts'];
  /** Files moved to the artifact store before the commit (see app/run/offload-artifacts.ts). */
  externalArtifacts?: Manifest['outputs']['external_artifacts'];
  environment: Manifest['environment'];
}

export function runFolderName(facts: Pick<RunFacts, 'experimentId' | 'createdUtc' | 'dataset' | 'trained'>): string {
  return formatRunFolder({
    date: utcDate(facts.createdUtc),
    dataset: facts.dataset.dataset_id,
    model: modelSlug(facts.trained.name),
    experimentId: facts.experimentId,
  });
}

/**
 * manifest.json (schemas/manifest.schema.json): the spec's nested form plus the flat stamp of required fields, and
 * `files`: the sha256 of every fixed file of the run folder (`hashes`, taken right before the manifest is written).
 */
export function buildManifest(facts: RunFacts, hashes: Readonly<Record<string, Sha256>>): Manifest {
  const folder = `${EXPERIMENTS_DIR}/${runFolderName(facts)}`;
  return {
    schema_version: 1,
    experiment_id: facts.experimentId,
    created_utc: facts.createdUtc,
    finished_utc: facts.finishedUtc,
    intent: facts.intent,
    stamp: {
      experiment_id: facts.experimentId,
      created_utc: facts.createdUtc,
      git_commit: facts.git.commit,
      git_branch: facts.git.branch,
      dirty_worktree: facts.git.dirty,
      model_id: facts.model.model_id,
      model_revision: facts.model.resolved_commit ?? facts.model.revision,
      dataset_id: facts.dataset.dataset_id,
      dataset_version: facts.dataset.revision_id,
      seed: facts.config.seed,
      config_hash: facts.config.hash,
    },
    ...(facts.warnings?.length ? { warnings: facts.warnings } : {}),
    git: {
      commit: facts.git.commit,
      branch: facts.git.branch,
      dirty_worktree: facts.git.dirty,
      ...(facts.git.dirtyInputs?.length ? { dirty_inputs: facts.git.dirtyInputs } : {}),
    },
    inputs: {
      model: facts.model,
      trained_model: facts.trained,
      dataset: facts.dataset,
      config: {
        path: facts.config.path,
        resolved_path: `${folder}/config_resolved.yaml`,
        config_hash: facts.config.hash,
      },
      ...(facts.scan ? { scan: facts.scan } : {}),
    },
    outputs: {
      metrics_path: `${folder}/metrics.json`,
      artifacts_dir: `${folder}/artifacts`,
      exported_model_ref: `${folder}/pointers/artifact_store.txt`,
      artifacts: facts.artifacts,
      ...(facts.externalArtifacts && Object.keys(facts.externalArtifacts).length
        ? { external_artifacts: facts.externalArtifacts }
        : {}),
    },
    environment: facts.environment,
    // The schema requires the run's fixed documents in `files`; hashRunFolder lists every file it finds.
    files: runFileHashes(hashes) as Manifest['files'],
  };
}

export interface RunMetricsSummary {
  primary: { name: string; value: number };
  loss?: number;
  eval: Record<string, number>;
  /** Set for a failed run: why it failed. */
  failure?: string;
}

/** The run a new run's Results are compared with: its parent (the last plain run) or the baseline. */
export interface ReferenceRun {
  experimentId: string;
  primary: { name: string; value: number };
}

/**
 * notes.md from the spec's decision-log template: Intent, Change Summary and Results written now (Results with
 * the change against `reference`); "Observed failure modes" and "Next Decision" stay open (core/notes).
 */
export function renderRunNotes(
  facts: RunFacts,
  metrics: RunMetricsSummary,
  changes: string[],
  reference?: ReferenceRun,
): string {
  const secondary = Object.entries(metrics.eval)
    .filter(([k]) => k !== metrics.primary.name && k !== 'examples')
    .map(([k, v]) => `${k} ${formatMetric(v)}`)
    .join(', ');
  const pinned = `${facts.model.model_id} @ ${facts.model.resolved_commit ?? `${facts.model.revision} (unresolved)`}`;
  const dirty = facts.git.dirtyInputs ?? [];
  return [
    `# ${facts.experimentId} Notes`,
    '',
    '## Intent',
    facts.intent,
    '',
    '## Change Summary',
    facts.trained.from_pinned
      ? `- Model: ${facts.trained.name}, starting from the pinned ${pinned}`
      : `- Model: ${facts.trained.name}, trained from scratch; the pinned baseline ${pinned} was not used`,
    `- Data: ${facts.dataset.dataset_id} ${facts.dataset.revision_id} (dataset-meta ${facts.dataset.dataset_meta_commit.slice(0, 12)})`,
    `- Config / scan: ${facts.config.path} (${facts.config.hash.slice(0, 19)}…)${changes.length ? `; ${changes.join(', ')}` : ''}` +
      (facts.scan
        ? `; ${facts.scan.method} scan ${facts.scan.path} trial ${facts.scan.trial_index} (${facts.scan.scan_hash.slice(0, 19)}…)`
        : ''),
    `- Code: ${facts.git.commit.slice(0, 12)} on ${facts.git.branch}${facts.git.dirty ? ' (dirty worktree)' : ''}`,
    ...(dirty.length ? [`- Uncommitted inputs (--allow-dirty): ${dirty.join(', ')}`] : []),
    '',
    '## Results',
    ...(metrics.failure
      ? [`- Status: failed: ${metrics.failure}`]
      : [
          `- Primary metric: ${metrics.primary.name} ${formatMetric(metrics.primary.value)}${compareWith(metrics.primary, reference)}`,
          `- Secondary metrics: ${[...(metrics.loss !== undefined ? [`loss ${formatMetric(metrics.loss)}`] : []), ...(secondary ? [secondary] : [])].join(', ') || '(none)'}`,
        ]),
    '- Observed failure modes: (to fill in)',
    '',
    '## Next Decision',
    '(to fill in: based on results, what do we do next?)',
    '',
  ].join('\n');
}

function compareWith(primary: { name: string; value: number }, reference?: ReferenceRun): string {
  if (!reference) return ' (no earlier run to compare with)';
  if (reference.primary.name !== primary.name) return ` (${reference.experimentId} measured ${reference.primary.name})`;
  const delta = primary.value - reference.primary.value;
  return ` (${delta >= 0 ? '+' : ''}${delta.toFixed(4)} vs ${reference.experimentId}: ${formatMetric(reference.primary.value)})`;
}

function formatMetric(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toFixed(4);
}
