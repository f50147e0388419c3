import { MtrackError } from '../errors.js';
import { parseRunFolder } from '../ids.js';
import type { Violation } from './types.js';

const SUBJECT = /^mtrack: ((?:E\d{4,} )+)(\S+) (\S+) (?:—|--) (\S.*)$/;

/**
 * The subject of a commit adding these run folders (names or paths): `mtrack: <ids, sorted> <dataset> <model> —
 * <intent>`, the first run's dataset and model. `checkCommitMessage` accepts it and so does the commit-msg hook's
 * `acceptedSubjectPattern`; the intent is kept to one line, and an empty one is named as such.
 */
export function formatRunCommitSubject(runFolders: readonly string[], intent: string): string {
  const names = runFolders.map((f) => {
    const name = parseRunFolder(f.slice(f.lastIndexOf('/') + 1));
    if (!name) throw new MtrackError('INTERNAL', `formatRunCommitSubject: '${f}' is not a run folder name.`);
    return name;
  });
  if (names.length === 0) throw new MtrackError('INTERNAL', 'formatRunCommitSubject: no run folder given.');
  const ids = names.map((n) => n.experimentId).sort();
  const oneLine = intent.replace(/\s+/g, ' ').trim() || '(no intent given)';
  return `mtrack: ${ids.join(' ')} ${names[0].dataset} ${names[0].model} — ${oneLine}`;
}

/** The subject line git will record: comment lines and everything below a scissors line dropped. */
export function commitSubject(message: string, commentChar = '#'): string {
  const lines: string[] = [];
  for (const line of message.split('\n')) {
    if (line.startsWith(`${commentChar} ------------------------ >8 ------------------------`)) break;
    if (!line.startsWith(commentChar)) lines.push(line);
  }
  return lines.find((l) => l.trim() !== '')?.trim() ?? '';
}

/** The commit-msg rule: a commit adding run folders says `mtrack: E#### <dataset> <model> — <intent>` naming them all. */
export function checkCommitMessage(message: string, addedRunFolders: string[]): Violation[] {
  const runs = addedRunFolders.map((f) => ({ folder: f, name: parseRunFolder(f) })).filter((r) => r.name);
  if (runs.length === 0) return [];
  const ids = runs.map((r) => r.name!.experimentId).sort();
  const datasets = new Set(runs.map((r) => r.name!.dataset));
  const models = new Set(runs.map((r) => r.name!.model));
  const example = formatRunCommitSubject(
    runs.map((r) => r.folder),
    '<intent>',
  );
  const subject = commitSubject(message);
  const fail = (why: string): Violation[] => [
    {
      rule: 'commit-message',
      path: '(commit message)',
      message: `${why} This commit adds run${ids.length > 1 ? 's' : ''} ${ids.join(', ')}.`,
      fix: `use the subject line '${example}'.`,
    },
  ];
  const m = SUBJECT.exec(subject);
  if (!m) return fail(`subject '${subject}' does not follow 'mtrack: E#### <dataset> <model> — <intent>'.`);
  const named = m[1].trim().split(' ').sort();
  const missing = ids.filter((id) => !named.includes(id));
  const extra = named.filter((id) => !ids.includes(id));
  if (missing.length > 0) return fail(`subject does not name ${missing.join(', ')}.`);
  if (extra.length > 0) return fail(`subject names ${extra.join(', ')}, which this commit does not add.`);
  if (!datasets.has(m[2]))
    return fail(`subject names dataset '${m[2]}', expected ${[...datasets].map((d) => `'${d}'`).join(' or ')}.`);
  if (!models.has(m[3]))
    return fail(`subject names model '${m[3]}', expected ${[...models].map((d) => `'${d}'`).join(' or ')}.`);
  return [];
}

const ereEscape = (s: string) => s.replace(/[.[\]()*+?{}|^$\\]/g, '\\$&');

/**
 * A POSIX ERE matching only subjects `checkCommitMessage` accepts for these folders (ids in sorted order), so the
 * commit-msg hook can accept the usual message with `grep -E` and start Node only to explain a mismatch.
 */
export function acceptedSubjectPattern(addedRunFolders: string[]): string | undefined {
  const names = addedRunFolders.map((f) => parseRunFolder(f)).filter((n) => n !== undefined);
  if (names.length === 0) return undefined;
  const ids = names.map((n) => n.experimentId).sort();
  const alt = (xs: string[]) => `(${[...new Set(xs)].map(ereEscape).join('|')})`;
  return `^[[:space:]]*mtrack: ${ids.join(' ')} ${alt(names.map((n) => n.dataset))} ${alt(names.map((n) => n.model))} (—|--) [^[:space:]]`;
}
