import { splitEntries } from '../../core/dataset-revision.js';
import { parseIdxLabels } from '../../adapters/datasets/index.js';
import type { DatasetFacts } from '../../core/report/index.js';
import { readCommittedManifest } from '../data/dataset-meta.js';
import { openDatasetStore } from '../data/dataset-store.js';
import { LABELS_FILE } from '../data/materialize.js';
import type { Workspace } from '../setup/workspace.js';

/**
 * A revision's examples per split from its committed manifest, and per class from the label files when the store
 * is a local folder (compare stays offline and fast; a remote store or a missing folder leaves classes out).
 */
export async function readDatasetFacts(ws: Workspace, datasetId: string, revision: string): Promise<DatasetFacts> {
  const { manifest } = await readCommittedManifest(ws.dataDir, datasetId, revision);
  const store = await openDatasetStore(ws);
  const rel = manifest.materialization.relative_path;
  const splits: DatasetFacts['splits'] = {};
  for (const [name, split] of splitEntries(manifest.splits)) {
    splits[name] = { examples: split.examples, hash: split.hash };
    if (!store.localDir) continue;
    try {
      const file = `${rel}/${name}/${LABELS_FILE}`;
      const counts: number[] = [];
      for (const label of parseIdxLabels(await store.read(file), file)) counts[label] = (counts[label] ?? 0) + 1;
      splits[name].classes = Array.from(counts, (n) => n ?? 0);
    } catch {
      // The store folder is not on this machine (a teammate's clone, CI): per-class counts are optional.
    }
  }
  return { id: datasetId, revision, splits };
}
