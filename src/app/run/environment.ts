import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { packageRoot } from '../../adapters/package-files.js';
import { dirtyPaths, tryResolveCommit } from '../../adapters/git/index.js';

let version: string | undefined;

export function mtrackVersion(): string {
  version ??= (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
  return version;
}

let source: Promise<string> | undefined;

/**
 * What identifies the mtrack that runs beyond its version: `git:<sha>[-dirty]` when it runs from a clone, else
 * `npm:<integrity>` from the lockfile that installed it, else `unknown`.
 */
export function mtrackSource(): Promise<string> {
  source ??= (async () => {
    const root = packageRoot();
    if (existsSync(join(root, '.git'))) {
      const sha = await tryResolveCommit(root, 'HEAD');
      if (sha) {
        const dirty = await dirtyPaths(root, ['src', 'schemas', 'templates', 'package.json', 'package-lock.json']);
        return `git:${sha}${dirty.length ? '-dirty' : ''}`;
      }
    }
    // Installed as <project>/node_modules/mtrack: the project's lockfile holds the tarball's integrity.
    const lock = join(dirname(dirname(root)), 'package-lock.json');
    if (basename(dirname(root)) === 'node_modules' && existsSync(lock)) {
      const packages = (JSON.parse(readFileSync(lock, 'utf8')) as { packages?: Record<string, { integrity?: string }> })
        .packages;
      const integrity = packages?.['node_modules/mtrack']?.integrity;
      if (integrity) return `npm:${integrity}`;
    }
    return 'unknown';
  })();
  return source;
}

const run = promisify(execFile);

/** Python and torch versions of a command trainer run by a Python interpreter (`run[0]` named python*). */
async function pythonRuntimes(command: string, cwd: string): Promise<Record<string, string>> {
  if (!/^python[\d.]*$/.test(basename(command))) return {};
  const probe = [
    'import sys, importlib.util as u',
    'print(sys.version.split()[0])',
    'print(__import__("torch").__version__ if u.find_spec("torch") else "")',
  ].join('\n');
  try {
    const { stdout } = await run(command, ['-c', probe], { cwd, timeout: 20_000 });
    const [python, torch] = stdout.split('\n');
    return { python, ...(torch ? { torch } : {}) };
  } catch {
    return {};
  }
}

export interface EnvironmentFacts {
  mtrack_version: string;
  mtrack_source: string;
  node: string;
  platform: string;
  backend: string;
  trainer: string;
  python?: string;
  torch?: string;
  trainer_files?: TrainerFiles;
}

/** A command trainer's program files: the git object of each path at git_commit, and whether they were dirty. */
export interface TrainerFiles {
  objects: Record<string, string>;
  dirty: boolean;
}

export async function environmentFacts(
  t: { backend: string; trainer: string },
  command?: { run: string[]; cwd: string; files?: TrainerFiles },
): Promise<EnvironmentFacts> {
  return {
    mtrack_version: mtrackVersion(),
    mtrack_source: await mtrackSource(),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    backend: t.backend,
    trainer: t.trainer,
    ...(command ? await pythonRuntimes(command.run[0], command.cwd) : {}),
    ...(command?.files ? { trainer_files: command.files } : {}),
  };
}
