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
  // A trial's argv holds this machine's paths and variables (${envvar:NAME}): `scan resolve --json` shows it, the
  // committed plan does not.
  const trials = plan.trials.map(({ argv: _argv, ...t }) => t);
  await writeFile(join(ws.expDir, path), `${JSON.stringify({ ...plan, trials }, null, 2)}\n`);
  return path;
}
