import { withRevisionLock } from './with-revision-lock.js';
import { badInput } from '../../core/errors.js';
import { nextRevisionId } from '../../core/ids.js';
import { concatSplits } from '../../adapters/datasets/index.js';
import { latestRevision, listRevisions, readCommittedManifest } from './dataset-meta.js';
import { splitFiles, writeRevision } from './materialize.js';
import { loadRevisionSplit, verifyRevision } from './dataset-store.js';
import type { Workspace } from '../setup/workspace.js';

/** The next revision: train = previous train + its heldout_new; test bytes unchanged; the old revision untouched. */
export async function promoteHeldout(
  ws: Workspace,
  options: { datasetId: string; from?: string; recipe: string; now?: Date; log?: (line: string) => void },
): Promise<{ revision: string; commit: string; from: string }> {
  return withRevisionLock(
    ws,
    options.datasetId,
    async (completed) => {
      // A promotion that an interrupted command had written and recovery has just committed is this command's work.
      const done = completed.find((m) => m.parent_revision && (!options.from || m.parent_revision === options.from));
      if (done?.parent_revision) {
        const { commit } = await readCommittedManifest(ws.dataDir, options.datasetId, done.revision_id);
        return { revision: done.revision_id, commit, from: done.parent_revision };
      }
      return promoteLocked(ws, options);
    },
    options.log,
  );
}

async function promoteLocked(
  ws: Workspace,
  options: { datasetId: string; from?: string; recipe: string; now?: Date },
): Promise<{ revision: string; commit: string; from: string }> {
  const from = options.from ?? latestRevision(ws.dataDir, options.datasetId);
  const { manifest } = await readCommittedManifest(ws.dataDir, options.datasetId, from);
  const held = manifest.splits.heldout_new;
  if (!held || held.examples === 0) {
    throw badInput(`${from}: dataset_manifest.json splits.heldout_new: nothing to promote (no held-out examples).`);
  }
  await verifyRevision(ws, manifest);
  const [train, heldout, test] = await Promise.all(
    ['train', 'heldout_new', 'test'].map((s) => loadRevisionSplit(ws, manifest, s)),
  );
  const revision = nextRevisionId(listRevisions(ws.dataDir, options.datasetId));
  const merged = concatSplits(train, heldout);
  const now = options.now ?? new Date();
  return {
    from,
    ...(await writeRevision(
      ws,
      options.datasetId,
      revision,
      { train: splitFiles(merged), test: splitFiles(test) },
      options.recipe,
      {
        parent_revision: from,
        provenance: { ...manifest.provenance },
        notes: `${revision} promotes ${from}'s heldout_new (${heldout.count} examples) into train: ${train.count} + ${heldout.count} = ${merged.count} train; test unchanged (${test.count}, same bytes).`,
      },
      now,
    )),
  };
}
