import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { cleanEnv } from './git-fixture.js';

export const MTRACK_BIN = join(process.cwd(), 'bin', 'mtrack.js');

/** Runs the mtrack CLI as a user would, with no inherited GIT_* variables and a hub that cannot be reached. */
export function mtrack(args: string[], cwd: string, extra: Record<string, string> = {}) {
  const env = cleanEnv({ HF_ENDPOINT: 'http://127.0.0.1:1', ...extra });
  const r = spawnSync(process.execPath, [MTRACK_BIN, ...args], { cwd, env, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
