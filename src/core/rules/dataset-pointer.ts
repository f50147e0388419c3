import { dataPaths } from '../dataset-paths.js';
import type { DatasetRef } from './run-folder.js';
import type { Validate, Violation } from './types.js';

/** What the dataset-meta repo holds for a pointer's dataset_meta_commit. */
export type RevisionLookup =
  | { kind: 'no-commit' }
  /** manifest: the bytes of datasets/<id>/revisions/<rev>/dataset_manifest.json at that commit, if present. */
  | { kind: 'found'; manifest?: Uint8Array };

/** Rule 5: the pinned revision exists at dataset_meta_commit with the checksums and split hashes the run claims. */
export function checkDatasetRef(ref: DatasetRef, lookup: RevisionLookup, validate: Validate): Violation[] {
  const at = `dataset-meta repo at ${ref.metaCommit.slice(0, 12)}`;
  const manifestPath = dataPaths.manifest(ref.datasetId, ref.revision);
  const violation = (message: string, fix: string): Violation[] => [
    { rule: 'dataset-pointer', path: ref.pointerPath, message, fix },
  ];
  if (lookup.kind === 'no-commit') {
    return violation(
      `dataset_meta_commit '${ref.metaCommit}' is not a commit of the dataset-meta repo.`,
      'push or fetch the dataset-meta repo, or rerun on a revision it holds (`mtrack run --dataset D####`).',
    );
  }
  if (!lookup.manifest) {
    return violation(
      `revision ${ref.revision} of '${ref.datasetId}' does not exist in the ${at} (no ${manifestPath}).`,
      'rerun on a committed revision (`mtrack run --dataset D####`).',
    );
  }
  let manifest: { checksums: string; splits: Record<string, { hash: string }> };
  try {
    const data = JSON.parse(new TextDecoder().decode(lookup.manifest));
    const problem = validate('dataset_manifest', data);
    if (problem)
      return violation(
        `${manifestPath} in the ${at} is invalid: ${problem}`,
        'fix the dataset-meta repo with a new revision.',
      );
    manifest = data;
  } catch (error) {
    return violation(
      `${manifestPath} in the ${at} is not valid JSON: ${(error as Error).message}`,
      'fix the dataset-meta repo with a new revision.',
    );
  }
  const out: Violation[] = [];
  if (manifest.checksums !== ref.checksums) {
    out.push(
      ...violation(
        `checksums '${ref.checksums}' differ from ${ref.revision}'s '${manifest.checksums}' in the ${at}.`,
        'the run used other bytes than the revision records; rerun against the revision (`mtrack data verify` first).',
      ),
    );
  }
  for (const [split, hash] of Object.entries(ref.hashes ?? {})) {
    const recorded = manifest.splits[split]?.hash;
    if (recorded !== hash) {
      out.push({
        rule: 'dataset-pointer',
        path: ref.pointerPath.replace(/pointers\/dataset_pointer\.txt$/, 'manifest.json'),
        message: `inputs.dataset.hashes.${split} '${hash}' differs from ${ref.revision}'s split hash '${recorded ?? '(no such split)'}' in the ${at}.`,
        fix: 'rerun against the revision as committed (`mtrack run --dataset ' + ref.revision + '`).',
      });
    }
  }
  return out;
}
