import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { planScan } from './scan.js';
import type { Workspace } from '../setup/workspace.js';

/** Writes the plan next to the scan file (`configs/scan.yaml` -> `configs/scan.plan.json`) for review in a PR. */
export async function writeScanPlan(
  ws: Workspace,
  options: { scanPath?: string; configPath?: string; dataset?: string },
): Promise<string> {
  const plan = planScan(ws, options);
  const path = plan.scan_path.replace(/\.ya?ml$/, '') + '.plan.json';
  await writeFile(join(ws.expDir, path), `${JSON.stringify(plan, null, 2)}\n`);
  return path;
}
