import { existsSync } from 'node:fs';
import { lstat, readFile, realpath } from 'node:fs/promises';
import { sha256 } from '../../core/hash.js';
import { artifactUriInStores } from '../../core/artifact-uri.js';
import { isInside } from '../../core/safe-path.js';
import { join } from 'node:path';
import {
  artifactLinesOf,
  isExternalUri,
  runPath,
  type RunFolderFiles,
  type Violation,
} from '../../core/rules/index.js';

/**
 * Re-hashes the external artifacts in local folders (file:// and artifact-store: lines of
 * pointers/artifact_store.txt inside a configured store) of new run folders where the store is reachable: a store
 * folder that does not exist here (another machine's) is skipped, a missing, linked or changed file inside a
 * present store is a violation. s3:// objects are not fetched here (hooks stay offline and fast): they were read
 * back when written, and `mtrack artifacts pull` re-hashes them before use.
 */
export async function checkStoredArtifacts(runs: RunFolderFiles[], stores: readonly string[]): Promise<Violation[]> {
  const out: Violation[] = [];
  for (const run of runs) {
    const file = runPath(run.folder, 'pointers/artifact_store.txt');
    for (const { uri, sha256: want, line } of artifactLinesOf(run)) {
      if (!isExternalUri(uri)) continue;
      const where = artifactUriInStores(uri, stores);
      if ('problem' in where || where.kind === 's3') continue; // the artifact-store rule reports problems
      const [root, path] =
        where.kind === 'local'
          ? [where.folder, join(where.folder, where.key)]
          : [stores.find((r) => isInside(r, where.path))!, where.path];
      if (!existsSync(root)) continue;
      const problem = await whyNotMatching(root, path, want);
      if (problem)
        out.push({
          rule: problem.rule,
          path: file,
          message: `line ${line}: '${uri}' ${problem.message}`,
          fix: 'store artifacts once and never change them; a different artifact is a new run.',
        });
    }
  }
  return out;
}

async function whyNotMatching(
  root: string,
  path: string,
  want: string,
): Promise<{ rule: 'file-hash' | 'symlink'; message: string } | undefined> {
  let stat;
  try {
    stat = await lstat(path);
  } catch {
    return { rule: 'file-hash', message: 'is missing from the store.' };
  }
  if (stat.isSymbolicLink()) return { rule: 'symlink', message: 'is a symbolic link; stores hold regular files only.' };
  if (!stat.isFile()) return { rule: 'file-hash', message: 'is not a regular file.' };
  // A linked folder on the way would still lead outside the store.
  if (!isInside(await realpath(root), await realpath(path)))
    return { rule: 'symlink', message: 'leads outside the store through a symbolic link.' };
  const have = sha256(await readFile(path));
  return have === want
    ? undefined
    : { rule: 'file-hash', message: `has sha256 '${have}', not the '${want}' recorded.` };
}
