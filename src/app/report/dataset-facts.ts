import { parseIdxLabels } from '../../adapters/datasets/index.js';
import { LocalStore } from '../../adapters/store/local-store.js';
import type { DatasetFacts } from '../../core/report/index.js';
import { readCommittedManifest } from '../data/dataset-meta.js';
import { LABELS_FILE } from '../data/materialize.js';
import type { Workspace } from '../setup/workspace.js';

/**
 * A revision's examples per split from its committed manifest, and per class from the store's label files when
 * the store is reachable (compare still shows per-split counts without it).
 */
export async function readDatasetFacts(ws: Workspace, datasetId: string, revision: string): Promise<DatasetFacts> {
  const { manifest } = await readCommittedManifest(ws.dataDir, datasetId, revision);
  const store = new LocalStore(ws.storeRoot);
  const rel = manifest.materialization.relative_path;
  const splits: DatasetFacts['splits'] = {};
  for (const [name, split] of Object.entries(manifest.splits)) {
    splits[name] = { examples: split.examples, hash: split.hash };
    try {
      const labels = parseIdxLabels(
        await store.readFile(rel, `${name}/${LABELS_FILE}`),
        `${rel}/${name}/${LABELS_FILE}`,
      );
      const counts: number[] = [];
      for (const label of labels) counts[label] = (counts[label] ?? 0) + 1;
      splits[name].classes = Array.from(counts, (n) => n ?? 0);
    } catch {
      // No store here (a teammate's clone, CI): per-class counts are optional.
    }
  }
  return { id: datasetId, revision, splits };
}
