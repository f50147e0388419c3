import type { DatasetManifest } from '../../core/documents/index.js';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { notFound } from '../../core/errors.js';
import { isRevisionId } from '../../core/ids.js';
import type { ChecksumsDocument } from '../../core/dataset-revision.js';
import { parseJsonDocument, readText } from '../../adapters/documents.js';
import { headCommit, readFileAt } from '../../adapters/git/index.js';
import { dataPaths } from '../../core/dataset-paths.js';

export type { DatasetManifest };

export type { ChecksumsDocument };

/** Refuses a dataset_meta_repo path (mtrack.yaml) that holds no git repository, before anything reads or writes it. */
export function requireDatasetMetaRepo(dataDir: string): void {
  if (!existsSync(join(dataDir, '.git'))) {
    throw notFound(
      `mtrack.yaml dataset_meta_repo: no git repository at '${dataDir}'.`,
      'Fix the path in mtrack.yaml (relative to that file), or clone the dataset-meta repo there.',
    );
  }
}

/** Revision ids present in the dataset-meta repo's working tree, ascending. */
export function listRevisions(dataDir: string, datasetId: string): string[] {
  requireDatasetMetaRepo(dataDir);
  const dir = join(dataDir, 'datasets', datasetId, 'revisions');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter(isRevisionId).sort();
}

export function latestRevision(dataDir: string, datasetId: string): string {
  requireDatasetMetaRepo(dataDir);
  const path = join(dataDir, dataPaths.latest(datasetId));
  if (!existsSync(path)) {
    throw notFound(
      `${path}: no revision of dataset '${datasetId}' yet.`,
      `Run \`mtrack data materialize ${datasetId}\` first.`,
    );
  }
  return readText(path).trim();
}

/**
 * A revision's manifest as committed at the dataset-meta repo's HEAD (not the working tree), with that commit:
 * a run pins what git holds, so an uncommitted manifest cannot be pinned.
 */
export async function readCommittedManifest(
  dataDir: string,
  datasetId: string,
  revision: string,
): Promise<{ manifest: DatasetManifest; commit: string }> {
  requireDatasetMetaRepo(dataDir);
  const commit = await headCommit(dataDir);
  const path = dataPaths.manifest(datasetId, revision);
  const bytes = commit ? await readFileAt(dataDir, commit, path) : undefined;
  if (!commit || !bytes) {
    throw notFound(
      `${join(dataDir, path)}: dataset revision '${revision}' is not committed in the dataset-meta repo.`,
      `Known revisions: ${listRevisions(dataDir, datasetId).join(', ') || 'none'}.`,
    );
  }
  const manifest = parseJsonDocument<DatasetManifest>(Buffer.from(bytes).toString('utf8'), 'dataset_manifest', path);
  return { manifest, commit };
}
