import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { MTRACK_BIN } from '../helpers/cli.js';
import { tempDir } from '../helpers/git-fixture.js';

export interface CommandResult {
  code: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  ms: number;
  /** The kill reached the process while it was still running. */
  killed: boolean;
  timedOut: boolean;
}

/** A kill at a random moment, or at one syscall of one git process (see git-shim.sh). */
export type Fault =
  | { kind: 'none' }
  | { kind: 'random'; delayMs: number }
  | { kind: 'git'; target: GitTarget; shimDir: string; stateDir: string };

/** One write git makes, as the profile saw it: the `when`-th `syscall` of the git invocation `key`. */
export interface GitTarget {
  key: string;
  syscall: string;
  when: number;
  cls: string;
  path: string;
}

export const describeFault = (f: Fault): string =>
  f.kind === 'random'
    ? `kill -9 after ${f.delayMs} ms`
    : f.kind === 'git'
      ? `SIGKILL at ${f.target.syscall}#${f.target.when} of git ${f.target.key} (${f.target.cls} ${f.target.path})`
      : 'no fault';

/**
 * Runs `mtrack args` in its own process group; the fault kills the whole group (mtrack, git, the trainer), as a
 * power cut or `kill -9` of a terminal's job would.
 */
export function runMtrack(
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  fault: Fault = { kind: 'none' },
  timeoutMs = 60_000,
): Promise<CommandResult> {
  const started = Date.now();
  const fullEnv = fault.kind === 'git' ? { ...env, ...injectEnv(fault) } : env;
  const child = spawn(process.execPath, [MTRACK_BIN, ...args], { cwd, env: fullEnv, detached: true });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (d: Buffer) => out.push(d));
  child.stderr.on('data', (d: Buffer) => err.push(d));
  let exited = false;
  let killed = false;
  let timedOut = false;
  const killGroup = () => {
    try {
      process.kill(-(child.pid as number), 'SIGKILL');
    } catch {
      // the group is already gone
    }
  };
  const timers = [
    setTimeout(() => {
      timedOut = !exited;
      killGroup();
    }, timeoutMs),
  ];
  if (fault.kind === 'random')
    timers.push(
      setTimeout(() => {
        killed = !exited;
        killGroup();
      }, fault.delayMs),
    );
  return new Promise((resolve) => {
    child.on('exit', () => (exited = true));
    child.on('close', (code, signal) => {
      timers.forEach(clearTimeout);
      killGroup(); // a git or trainer child that outlived mtrack is part of the same crash
      if (fault.kind === 'git') killed = existsSync(join(fault.stateDir, 'fired'));
      resolve({
        code,
        signal,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        ms: Date.now() - started,
        killed,
        timedOut,
      });
    });
  });
}

/** A folder holding the shim as `git`, first on PATH for trials that inject at git's writes. */
export function installShim(): { shimDir: string; realGit: string } {
  const shimDir = tempDir('mtrack-faults-shim-');
  copyFileSync(join(process.cwd(), 'test', 'faults', 'git-shim.sh'), join(shimDir, 'git'));
  execFileSync('chmod', ['+x', join(shimDir, 'git')]);
  const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
  return { shimDir, realGit };
}

let realGitPath = '';
export function setRealGit(path: string): void {
  realGitPath = path;
}

function injectEnv(f: Extract<Fault, { kind: 'git' }>): Record<string, string> {
  return {
    PATH: `${f.shimDir}:${process.env.PATH ?? ''}`,
    MTRACK_FAULT_REAL_GIT: realGitPath,
    MTRACK_FAULT_DIR: f.stateDir,
    MTRACK_FAULT_MODE: 'inject',
    MTRACK_FAULT_KEY: f.target.key,
    MTRACK_FAULT_SYSCALL: f.target.syscall,
    MTRACK_FAULT_WHEN: String(f.target.when),
  };
}

/** The env that makes the shim record every git write of a command (run once per command on a spare copy). */
export function profileEnv(shimDir: string, stateDir: string): Record<string, string> {
  return {
    PATH: `${shimDir}:${process.env.PATH ?? ''}`,
    MTRACK_FAULT_REAL_GIT: realGitPath,
    MTRACK_FAULT_DIR: stateDir,
    MTRACK_FAULT_MODE: 'profile',
  };
}

export function newStateDir(): string {
  const dir = tempDir('mtrack-faults-state-');
  mkdirSync(dir, { recursive: true });
  return dir;
}

const LINE = /^(\d+)\s+(write|link|rename|renameat|renameat2)\((.*)\)\s+=\s+(-?\d+)/;

/** The writes to git's own files (index, objects, refs) that the profiled command made, in order. */
export function readProfile(stateDir: string): GitTarget[] {
  const targets: GitTarget[] = [];
  const keys = readFileSync(join(stateDir, 'calls'), 'utf8').split('\n').filter(Boolean);
  const files = new Set(readdirSync(stateDir));
  for (const key of keys) {
    const file = `profile.${key.replace(/[^A-Za-z0-9._-]/g, '_')}.strace`;
    if (!files.has(file)) continue;
    const counts = new Map<string, number>();
    for (const line of readFileSync(join(stateDir, file), 'utf8').split('\n')) {
      const m = LINE.exec(line);
      if (!m) continue;
      const [, pid, syscall, argText] = m;
      const n = (counts.get(`${pid}:${syscall}`) ?? 0) + 1;
      counts.set(`${pid}:${syscall}`, n);
      const path = /<([^>]+)>|"([^"]+)"/.exec(argText);
      const p = path?.[1] ?? path?.[2] ?? '';
      const cls = classify(syscall, p);
      if (cls) targets.push({ key, syscall, when: n, cls, path: p.replace(/^.*\/\.git\//, '.git/') });
    }
  }
  return targets;
}

function classify(syscall: string, path: string): string | undefined {
  const what = /\/objects\//.test(path)
    ? 'object'
    : /index[^/]*$/.test(path)
      ? 'index'
      : /\/(refs\/|HEAD|logs\/|packed-refs)/.test(path)
        ? 'ref'
        : undefined;
  if (!what) return undefined;
  return `${what}-${syscall === 'write' ? 'write' : syscall.startsWith('rename') ? 'rename' : 'link'}`;
}
