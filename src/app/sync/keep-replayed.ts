import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execGit } from '../../adapters/git/index.js';
import { keepRef, KEEP_REF_PREFIX } from '../../core/keep-refs.js';

/**
 * Local keep-refs for the replayed runs stamped with a commit the replay rewrites: a second `mtrack run` before a
 * push is stamped with the first run's commit, which sync replaces by a copy on the upstream. The copy has other
 * code (the upstream's), so the stamp keeps the original and a keep-ref keeps it reachable; verify accepts it, and
 * the push of the keep-refs (logged) takes it to the remote. Returns the refs created.
 */
export async function keepReplayedStamps(
  expDir: string,
  replaced: readonly string[],
  folders: readonly string[],
  log: (line: string) => void,
): Promise<string[]> {
  const rewritten = new Set(replaced);
  const kept = new Set<string>();
  for (const folder of folders) {
    const commit = stampedCommit(join(expDir, folder, 'manifest.json'));
    if (commit && rewritten.has(commit) && !kept.has(commit)) {
      await execGit(['update-ref', keepRef(commit), commit], { cwd: expDir });
      kept.add(commit);
    }
  }
  if (kept.size > 0)
    log(
      `mtrack: sync: ${kept.size} run(s) were trained on local commits the replay rewrote; they stay reachable through ${KEEP_REF_PREFIX}<sha>: push them with \`git push origin '${KEEP_REF_PREFIX}*:${KEEP_REF_PREFIX}*'\`.`,
    );
  return [...kept].map(keepRef);
}

function stampedCommit(file: string): string | undefined {
  try {
    const commit = (JSON.parse(readFileSync(file, 'utf8')) as { git?: { commit?: unknown } }).git?.commit;
    return typeof commit === 'string' ? commit : undefined;
  } catch {
    return undefined; // the replay itself already read and checked the run; an odd manifest keeps nothing
  }
}
