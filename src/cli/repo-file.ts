import { existsSync, realpathSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { badInput } from '../core/errors.js';
import { repoRelativePath } from '../core/repo-path.js';

/**
 * The repo-relative path of a file flag (`--config`, `--scan`): relative to the experiment repo, or an absolute
 * path inside it. Anything outside the repo, through `..`, an absolute path or a symlink, is refused.
 */
export function repoFileFlag(expDir: string, flag: string, value: string): string {
  const fromRoot = isAbsolute(value) ? relative(expDir, value) : value;
  const inside = isAbsolute(value) && fromRoot !== '' && !fromRoot.startsWith('..') && !isAbsolute(fromRoot);
  const path = repoRelativePath(flag, inside ? fromRoot.split('\\').join('/') : value);
  const full = join(expDir, path);
  if (existsSync(full)) {
    const fromReal = relative(realpathSync(expDir), realpathSync(full));
    if (fromReal.startsWith('..') || isAbsolute(fromReal))
      throw badInput(`${flag} '${value}': resolves outside the experiment repo (through a symlink).`);
  }
  return path;
}
