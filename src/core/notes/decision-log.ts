/**
 * The two sections of a run's notes.md (the spec's decision-log template) that stay open after the run is
 * committed. Every other byte is written at run time and is as immutable as the rest of the run folder.
 */
export const FAILURE_MARKER = '\n- Observed failure modes:';
export const NEXT_HEADING = '\n## Next Decision\n';
export const TO_FILL_IN = '(to fill in)';

export interface NotesLayout {
  /** Everything up to and including the "- Observed failure modes:" label: fixed at run time. */
  fixed: string;
  /** The text after that label, up to the Next Decision heading. */
  failure: string;
  /** Everything after the "## Next Decision" heading line. */
  next: string;
}

/** Splits notes.md into its fixed part and the two open sections; undefined when the template's markers are missing. */
export function parseNotes(text: string): NotesLayout | undefined {
  const f = text.indexOf(FAILURE_MARKER);
  if (f < 0) return undefined;
  const fixedEnd = f + FAILURE_MARKER.length;
  const n = text.indexOf(NEXT_HEADING, fixedEnd);
  if (n < 0) return undefined;
  const failure = text.slice(fixedEnd, n);
  // A heading inside the failure bullet would move a section out of the template's order.
  if (/\n#/.test(failure)) return undefined;
  return { fixed: text.slice(0, fixedEnd), failure, next: text.slice(n + NEXT_HEADING.length) };
}

export function formatNotes(layout: NotesLayout): string {
  return `${layout.fixed}${layout.failure}${NEXT_HEADING}${layout.next}`;
}

/**
 * Why `after` is not an allowed edit of `before` (only the failure-modes bullet and Next Decision may change), or
 * undefined when it is.
 */
export function whyNotesEditRefused(before: string, after: string): string | undefined {
  const old = parseNotes(before);
  if (!old) return 'the committed notes.md has no "- Observed failure modes:" bullet and "## Next Decision" section';
  const neu = parseNotes(after);
  if (!neu)
    return 'the edit removes or reorders the "- Observed failure modes:" bullet or the "## Next Decision" heading';
  if (neu.fixed !== old.fixed) {
    const line = firstDifferentLine(old.fixed, neu.fixed);
    return `line ${line} changes, which is outside "Observed failure modes" and "Next Decision"`;
  }
  return undefined;
}

/** Fills the open sections: the failure bullet's text (one line, or an indented list) and the Next Decision text. */
export function completeNotes(text: string, edit: { failure?: string; next?: string }): string | undefined {
  const layout = parseNotes(text);
  if (!layout) return undefined;
  return formatNotes({
    fixed: layout.fixed,
    failure: edit.failure === undefined ? layout.failure : ` ${oneBullet(edit.failure)}\n`,
    next: edit.next === undefined ? layout.next : `${edit.next.trim()}\n`,
  });
}

function oneBullet(text: string): string {
  return text
    .trim()
    .split('\n')
    .map((line, i) => (i === 0 ? line : `  ${line}`))
    .join('\n');
}

function firstDifferentLine(a: string, b: string): number {
  const x = a.split('\n');
  const y = b.split('\n');
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  return i + 1;
}

/**
 * `edit` (notes.md before and after a `mtrack note` commit) applied onto `onto`, the same run's notes.md elsewhere
 * (re-stamped under another id, or on the upstream): its fixed part with the edit's open sections, as `mtrack note`
 * would write it there. Undefined when the edit touches more than the open sections or `onto`'s open sections differ
 * from the edit's starting point (a teammate completed them meanwhile: two edits to reconcile by hand).
 */
export function replayNotesEdit(edit: { before: string; after: string }, onto: string): string | undefined {
  if (whyNotesEditRefused(edit.before, edit.after)) return undefined;
  const before = parseNotes(edit.before)!;
  const after = parseNotes(edit.after)!;
  const target = parseNotes(onto);
  if (!target || target.failure !== before.failure || target.next !== before.next) return undefined;
  return formatNotes({ fixed: target.fixed, failure: after.failure, next: after.next });
}
