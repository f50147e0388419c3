import { join } from 'node:path';
import type { Workspace } from '../../src/app/setup/workspace.js';
import { mnistWorkspace } from './mnist-workspace.js';

/** A fresh experiment repo with a pinned model and a committed MNIST revision, for command-trainer tests. */
export async function commandWorkspace(prefix: string): Promise<{ root: string; ws: Workspace }> {
  return mnistWorkspace(prefix);
}

export const SYNTHETIC = join(process.cwd(), 'test/fixtures/trainers/synthetic.mjs');
