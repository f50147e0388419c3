import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const MTRACK_BIN = join(process.cwd(), 'bin', 'mtrack.js');

/** Environment for child processes: no inherited GIT_* (a hook run would point git at our own repo), no hub. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GIT_')));
  return { ...env, HF_ENDPOINT: 'http://127.0.0.1:1', ...extra };
}

export function mtrack(args: string[], cwd: string, extra: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [MTRACK_BIN, ...args], { cwd, env: cleanEnv(extra), encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
