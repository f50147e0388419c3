import { execFileSync, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * The environment for every git process a test starts: no inherited GIT_* variable, or a test run from inside a
 * hook (which exports GIT_DIR / GIT_INDEX_FILE) would rewrite the calling repository.
 */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GIT_')));
  return { ...env, GIT_CONFIG_NOSYSTEM: '1', HOME: process.env.HOME ?? tmpdir(), ...extra };
}

const made: string[] = [];

/** A fresh temp folder, removed after the test file's last test. */
export function tempDir(prefix = 'mtrack-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

// Registered when loaded by Jest (which provides afterAll as a global); scripts call removeTempDirs themselves.
const registerAfterAll = (globalThis as { afterAll?: (fn: () => void) => void }).afterAll;
registerAfterAll?.(removeTempDirs);

export interface TempRepo {
  dir: string;
  /** Runs git in the repo and returns stdout; throws with git's stderr on failure. */
  git(...args: string[]): string;
  /** Runs git and returns the whole result, for commands expected to fail (a refused commit). */
  tryGit(args: string[], env?: Record<string, string>): SpawnSyncReturns<string>;
  write(path: string, content: string | Uint8Array): void;
  head(): string;
}

/** `git init -b main` with a local identity and unsigned commits, in `dir` or a new temp folder. */
export function initRepo(dir = tempDir()): TempRepo {
  mkdirSync(dir, { recursive: true });
  const repo: TempRepo = {
    dir,
    git: (...args) =>
      execFileSync('git', args, { cwd: dir, env: cleanEnv(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }),
    tryGit: (args, env = {}) => spawnSync('git', args, { cwd: dir, env: cleanEnv(env), encoding: 'utf8' }),
    write(path, content) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
    },
    head: () => repo.git('rev-parse', 'HEAD').trim(),
  };
  repo.git('init', '-q', '-b', 'main');
  repo.git('config', 'user.name', 'Test');
  repo.git('config', 'user.email', 'test@example.com');
  repo.git('config', 'commit.gpgSign', 'false');
  return repo;
}

/** Writes files and commits them all; returns the new commit. */
export function commitFiles(
  repo: TempRepo,
  files: Record<string, string | Uint8Array>,
  message = 'test commit',
  flags: string[] = [],
): string {
  for (const [path, content] of Object.entries(files)) repo.write(path, content);
  repo.git('add', '-A');
  repo.git('commit', '-q', ...flags, '-m', message);
  return repo.head();
}
