import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { canonicalYaml } from '../../src/core/canonical-yaml.js';
import { sha256 } from '../../src/core/hash.js';
import { encodeIdxLabels } from '../../src/core/idx.js';
import { runFileHashes } from '../../src/core/run-files.js';
import { commitFiles } from './git-fixture.js';
import { datasetManifest, makeRunFolder, makeWorkspace, runFiles, type WorkspaceFixture } from './run-fixture.js';

const CONFUSION = {
  labels: ['0', '1', '2'],
  counts: [
    [50, 2, 1],
    [3, 45, 4],
    [0, 6, 40],
  ],
};

/** Labels with `perClass[c]` examples of class c, as the store's IDX label file. */
function labelFile(perClass: number[]): Uint8Array {
  return encodeIdxLabels(Uint8Array.from(perClass.flatMap((n, c) => new Array<number>(n).fill(c))));
}

function write(path: string, bytes: Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
}

/** D0002 as promote-heldout makes it: train grown by the held-back slice, no heldout_new left. */
function promoted(): Record<string, unknown> {
  const m = datasetManifest('D0002') as {
    parent_revision: string | null;
    splits: Record<string, { examples: number }>;
  };
  m.parent_revision = 'D0001';
  m.splits.train.examples = 60000;
  delete m.splits.heldout_new;
  return m;
}

/**
 * A workspace whose history a researcher would compare: baseline E0001 (D0001), a learning-rate / batch-size scan
 * E0002..E0004 (E0004 failed), and E0005 on D0002; label files in the store so compare can count per class.
 */
export function makeReportWorkspace(): WorkspaceFixture & { d2Commit: string } {
  const ws = makeWorkspace();
  const d2Commit = commitFiles(
    ws.data,
    {
      'datasets/mnist/revisions/D0002/dataset_manifest.json': JSON.stringify(promoted(), null, 2) + '\n',
      'datasets/mnist/revisions/D0002/notes.md': 'D0002\n',
      'datasets/mnist/latest.txt': 'D0002\n',
    },
    'mtrack: D0002 mnist',
  );
  const store = join(ws.root, 'ml-data-store/mnist');
  write(join(store, 'D0001/train/labels-idx1-ubyte'), labelFile([5, 4, 3]));
  write(join(store, 'D0001/test/labels-idx1-ubyte'), labelFile([2, 2, 2]));
  write(join(store, 'D0001/heldout_new/labels-idx1-ubyte'), labelFile([1, 2, 0]));
  write(join(store, 'D0002/train/labels-idx1-ubyte'), labelFile([6, 6, 3]));
  write(join(store, 'D0002/test/labels-idx1-ubyte'), labelFile([2, 2, 2]));

  const specs: Array<{ n: number; lr: number; batch: number; acc?: number; revision?: string; scan?: number }> = [
    { n: 1, lr: 0.001, batch: 64, acc: 0.91 },
    { n: 2, lr: 0.0005, batch: 32, acc: 0.88, scan: 0 },
    { n: 3, lr: 0.003, batch: 128, acc: 0.95, scan: 1 },
    { n: 4, lr: 0.01, batch: 64, scan: 2 },
    { n: 5, lr: 0.001, batch: 64, acc: 0.93, revision: 'D0002' },
  ];
  for (const s of specs) {
    const run = makeRunFolder({
      n: s.n,
      revision: s.revision,
      metaCommit: s.revision === 'D0002' ? d2Commit : ws.metaCommit,
      commit: ws.expCommit,
      editMetrics: (m) => {
        m.primary_metric = { name: 'accuracy', value: s.acc ?? 0, goal: 'maximize' };
        m.eval = { accuracy: s.acc ?? 0, precision_macro: (s.acc ?? 0) - 0.01, recall_macro: (s.acc ?? 0) - 0.02 };
        m.loss = 1 - (s.acc ?? 0);
        m.history = [1, 2, 3].map((epoch) => ({
          epoch,
          loss: (1 - (s.acc ?? 0)) * (4 - epoch),
          accuracy: (s.acc ?? 0.5) - 0.1 / epoch,
        }));
        if (s.acc === undefined)
          Object.assign(m, { status: 'failed', failure: { reason: 'trainer exited with code 1', stderr_tail: [] } });
        else m.confusion_matrix = CONFUSION;
      },
    });
    const config = canonicalYaml({
      seed: 1337,
      dataset: { id: 'mnist', revision: s.revision ?? 'D0001' },
      epochs: 3,
      batch_size: s.batch,
      learning_rate: s.lr,
      weight_decay: 0,
      dropout: 0.1,
      optimizer: 'adam',
      architecture: { type: 'resnet', width: 8, blocks: 1 },
      trainer: { type: 'builtin', backend: 'cpu' },
      eval: { latency_samples: 10 },
    });
    const manifest = JSON.parse(run.files['manifest.json'] as string);
    const hash = sha256(config);
    manifest.stamp.config_hash = hash;
    manifest.inputs.config.config_hash = hash;
    if (s.scan !== undefined)
      manifest.inputs.scan = {
        path: 'configs/scan.yaml',
        scan_hash: sha256('scan'),
        method: 'grid',
        trial_index: s.scan,
        params: { learning_rate: s.lr, batch_size: s.batch },
      };
    run.files['config_resolved.yaml'] = config;
    // The manifest records every other file's hash (notes.md excepted), so it follows the new config.
    const hashed = Object.entries(run.files).filter(([rel]) => rel !== 'manifest.json' && rel !== 'notes.md');
    manifest.files = runFileHashes(Object.fromEntries(hashed.map(([rel, c]) => [rel, sha256(c)])));
    run.files['manifest.json'] = JSON.stringify(manifest, null, 2) + '\n';
    commitFiles(ws.exp, runFiles(run), `mtrack: E000${s.n} mnist resnet_mnist_digits — fixture`);
  }
  return { ...ws, d2Commit };
}
