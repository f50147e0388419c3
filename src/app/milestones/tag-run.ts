import { badInput } from '../../core/errors.js';
import { createAnnotatedTag, firstCommitAdding, tryGitIdentity } from '../../adapters/git/index.js';
import type { Workspace } from '../setup/workspace.js';
import { findCommittedRun } from '../run/find-run.js';

/**
 * Spec step 7: an annotated tag `mtrack-E####` (a milestone) or `mtrack-candidate-E####` (a transition candidate)
 * on the commit that added the run, so the tag names the exact tree the run was committed in.
 */
export async function tagRun(
  ws: Workspace,
  id: string,
  options: { candidate: boolean; message?: string },
): Promise<{ tag: string; commit: string }> {
  const { folder } = await findCommittedRun(ws.expDir, id);
  const commit = await firstCommitAdding(ws.expDir, `${folder}/manifest.json`);
  if (!commit) throw badInput(`${folder}: no commit on HEAD's history adds its manifest.json.`);
  if (!(await tryGitIdentity(ws.expDir)))
    throw badInput(
      `no git identity to tag with in '${ws.expDir}'.`,
      'Set one: git config --global user.name "Your Name" && git config --global user.email you@example.com',
    );
  const tag = `mtrack-${options.candidate ? 'candidate-' : ''}${id}`;
  const message = options.message ?? `${id}: ${options.candidate ? 'transition candidate' : 'milestone'} (${folder})`;
  if (!(await createAnnotatedTag(ws.expDir, tag, commit, message)))
    throw badInput(`tag '${tag}' already exists.`, `Inspect it with \`git show ${tag}\`; tags are never moved.`);
  return { tag, commit };
}
