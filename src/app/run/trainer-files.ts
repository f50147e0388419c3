import { commandWords } from '../../core/run-config.js';
import { existsSync } from 'node:fs';
import { isAbsolute, join, posix } from 'node:path';
import type { ResolvedConfig } from '../../core/run-config.js';
import { dirtyPaths, lsTree } from '../../adapters/git/index.js';

/**
 * The repo-relative files of a command trainer's program: `trainer.files` when given, else the folder of each
 * argument of `run` that is a file in the repo (`python3 src/train.py` -> `src`; a top-level `train.py` itself).
 */
export function trainerProgramPaths(config: ResolvedConfig, expDir: string): string[] {
  const trainer = config.trainer;
  if (trainer.type !== 'command') return [];
  if (trainer.files) return [...trainer.files].sort();
  const paths = commandWords(trainer)
    .filter((arg) => !arg.startsWith('-') && !isAbsolute(arg) && existsSync(join(expDir, arg)))
    .map((arg) => posix.normalize(arg))
    .filter((arg) => !arg.startsWith('..'))
    .map((arg) => (posix.dirname(arg) === '.' ? arg : posix.dirname(arg)));
  return [...new Set(paths)].sort();
}

/** Git object ids of `paths` at `commit` (a path absent there has none) and whether any is dirty now. */
export async function pinTrainerFiles(
  expDir: string,
  commit: string,
  paths: string[],
): Promise<{ objects: Record<string, string>; dirty: boolean }> {
  const entries = await lsTree(expDir, commit, paths);
  const objects = Object.fromEntries(entries.map((e) => [e.path, e.oid]));
  const dirty = (await dirtyPaths(expDir, paths)).length > 0 || paths.some((p) => !(p in objects));
  return { objects, dirty };
}
