import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { renumberIds } from '../../core/restamp.js';
import { execGit, gitCommonDir, gitText, isAncestor, spawnGit } from '../../adapters/git/index.js';

/** One tag to recreate on a replayed commit: `from` (its current object) becomes `to` (a new object). */
export interface TagMove {
  from: string; // tag name, e.g. mtrack-E0003
  fromOid: string;
  to: string; // mtrack-E0005, or `from` when only the commit changed
  toOid: string;
}

const MILESTONE_TAG = /^mtrack-(?:candidate-)?E\d{4,}$/;
const SIGNATURE = /-----BEGIN (?:PGP|SSH) SIGNATURE-----[\s\S]*$/;

/**
 * The tags `mtrack tag` made on local commits, recreated on their replayed commits under the renumbered id (the
 * annotation's ids rewritten, tagger and date kept). The new tag objects are written now but no ref moves: see
 * `applyTagMoves`. A tag the remote already has is left where it is, with one line in `log`.
 */
export async function planTagMoves(
  dir: string,
  remote: string,
  replayed: ReadonlyMap<string, string>,
  ids: ReadonlyMap<string, string>,
  log: string[],
): Promise<TagMove[]> {
  const rows = await gitText(
    [
      'for-each-ref',
      '--format=%(refname:strip=2)%00%(objectname)%00%(objecttype)%00%(*objectname)',
      'refs/tags/mtrack-*',
    ],
    { cwd: dir },
  );
  const local = rows
    .split('\n')
    .filter(Boolean)
    .map((row) => row.split('\0'))
    .map(([name, oid, type, peeled]) => ({ name, oid, annotated: type === 'tag', commit: peeled || oid }))
    .filter((t) => MILESTONE_TAG.test(t.name) && replayed.has(t.commit));
  if (local.length === 0) return [];
  const onRemote = new Map(
    (await gitText(['ls-remote', '--tags', remote, 'refs/tags/mtrack-*'], { cwd: dir }))
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split('\t').reverse() as [string, string]),
  );
  const moves: TagMove[] = [];
  for (const tag of local) {
    const commit = replayed.get(tag.commit)!;
    const to = renumberIds(tag.name, ids);
    if (onRemote.get(`refs/tags/${tag.name}`) === tag.oid) {
      log.push(
        `mtrack: sync: tag ${tag.name} is pushed already; it stays on ${tag.commit.slice(0, 12)} (the replayed commit is ${commit.slice(0, 12)}).`,
      );
      continue;
    }
    if (
      to !== tag.name &&
      (await spawnGit(['rev-parse', '--verify', '--quiet', `refs/tags/${to}`], { cwd: dir })).code === 0
    ) {
      log.push(`mtrack: sync: tag ${to} exists already; ${tag.name} stays on ${tag.commit.slice(0, 12)}.`);
      continue;
    }
    const toOid = tag.annotated ? await retag(dir, tag.oid, to, commit, ids) : commit;
    moves.push({ from: tag.name, fromOid: tag.oid, to, toOid });
  }
  return moves;
}

/** A copy of annotated tag `oid` named `name` on `commit`, its message's ids renumbered (`git mktag`, no ref). */
async function retag(dir: string, oid: string, name: string, commit: string, ids: ReadonlyMap<string, string>) {
  const text = await gitText(['cat-file', 'tag', oid], { cwd: dir });
  const blank = text.indexOf('\n\n');
  const tagger =
    text
      .slice(0, blank)
      .split('\n')
      .find((l) => l.startsWith('tagger ')) ?? '';
  // A signature covers the old object and cannot be renewed here: the copy is left unsigned rather than invalid.
  const message = blank < 0 ? '' : renumberIds(text.slice(blank + 2), ids).replace(SIGNATURE, '');
  const body = `object ${commit}\ntype commit\ntag ${name}\n${tagger ? `${tagger}\n` : ''}\n${message}\n`;
  return gitText(['mktag'], { cwd: dir, input: body.replace(/\n+$/, '\n') });
}

/**
 * Moves the tags in one `git update-ref --stdin` transaction (all or none), each guarded by its expected old value.
 * Idempotent, so a killed sync's journal can be applied again: a move already made is skipped, an old tag is
 * deleted only while it still names its old object, and a target someone created meanwhile is left alone.
 * Returns one line per tag, for the log.
 */
export async function applyTagMoves(dir: string, moves: TagMove[]): Promise<string[]> {
  const current = new Map<string, string>();
  for (const name of new Set(moves.flatMap((m) => [m.from, m.to]))) {
    const r = await spawnGit(['rev-parse', '--verify', '--quiet', `refs/tags/${name}`], { cwd: dir });
    if (r.code === 0) current.set(name, r.stdout.toString('utf8').trim());
  }
  const lines: string[] = [];
  const done: string[] = [];
  for (const m of moves) {
    const target = current.get(m.to);
    const renamed = m.to !== m.from;
    if (target !== m.toOid) {
      const expected = renamed ? undefined : m.fromOid;
      if (target !== expected) {
        done.push(`${m.to} was changed meanwhile; ${m.from} stays on its old commit`);
        continue;
      }
      lines.push(renamed ? `create refs/tags/${m.to} ${m.toOid}` : `update refs/tags/${m.to} ${m.toOid} ${m.fromOid}`);
      done.push(renamed ? `${m.from} -> ${m.to}` : `${m.to} moved to the replayed commit`);
    }
    if (renamed && current.get(m.from) === m.fromOid) lines.push(`delete refs/tags/${m.from} ${m.fromOid}`);
  }
  if (lines.length > 0) await execGit(['update-ref', '--stdin'], { cwd: dir, input: `${lines.join('\n')}\n` });
  return done;
}

const JOURNAL = 'sync-tags.json';

/**
 * Written before the branch moves, removed once the tags followed: a sync killed between the two leaves it, and
 * the next sync finishes the tag moves if the branch did move (else the replay never landed and it is dropped).
 */
export async function writeTagJournal(dir: string, head: string, moves: TagMove[]): Promise<string> {
  const folder = join(await gitCommonDir(dir), 'mtrack');
  await mkdir(folder, { recursive: true });
  const path = join(folder, JOURNAL);
  // Renamed into place: a kill while writing leaves no half journal for the next sync to misread.
  await writeFile(`${path}.tmp`, JSON.stringify({ head, moves }));
  await rename(`${path}.tmp`, path);
  return path;
}

/** Finishes (or drops) the tag moves of a sync that was killed after writing its journal; returns what it did. */
export async function finishTagMoves(dir: string): Promise<string[]> {
  const path = join(await gitCommonDir(dir), 'mtrack', JOURNAL);
  const text = await readFile(path, 'utf8').catch(() => undefined);
  if (text === undefined) return [];
  const { head, moves } = JSON.parse(text) as { head: string; moves: TagMove[] };
  const landed = await isAncestor(dir, head, 'HEAD');
  const done = landed ? await applyTagMoves(dir, moves) : [];
  await rm(path, { force: true });
  return done;
}
