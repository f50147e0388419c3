import { cp, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { packageRoot } from '../../adapters/package-files.js';

export const WORKFLOWS_DIR = '.github/workflows';

/** Copies mtrack's workflow templates (scan, verify, baseline) into `<expDir>/.github/workflows/`; returns their repo paths. */
export async function writeWorkflowTemplates(expDir: string): Promise<string[]> {
  const source = join(packageRoot(), 'templates', 'workflows');
  await cp(source, join(expDir, WORKFLOWS_DIR), { recursive: true });
  return (await readdir(source)).sort().map((name) => `${WORKFLOWS_DIR}/${name}`);
}
