import { completeNotes, whyNotesEditRefused } from '../../src/core/notes/decision-log.js';
import { checkNotesEdits } from '../../src/core/rules/index.js';
import { notesTemplate } from '../helpers/run-fixture.js';

const before = notesTemplate('E0007');
const path = 'experiments/2026-02-08__mnist__resnet16x1__E0007/notes.md';
const enc = (s: string) => new TextEncoder().encode(s);

test('completing the failure-modes bullet and Next Decision is an allowed edit', () => {
  const after = completeNotes(before, { failure: 'confuses 4 and 9', next: 'Try width 32.\nThen promote D0002.' })!;
  expect(after).toContain(
    '- Observed failure modes: confuses 4 and 9\n\n## Next Decision\nTry width 32.\nThen promote D0002.\n',
  );
  expect(whyNotesEditRefused(before, after)).toBeUndefined();
  expect(checkNotesEdits([{ path, before: enc(before), after: enc(after) }])).toEqual([]);
});

test('a hand edit of Next Decision that adds paragraphs and headings below it is allowed', () => {
  const after = before.replace('(to fill in: based on results, what do we do next?)\n', 'Ship it.\n\n## Later\nmore\n');
  expect(whyNotesEditRefused(before, after)).toBeUndefined();
});

test('editing the Intent is refused with the line that changed', () => {
  const after = completeNotes(before.replace('fixture run', 'a better story'), { next: 'x' })!;
  const [v] = checkNotesEdits([{ path, before: enc(before), after: enc(after) }]);
  expect(v.rule).toBe('notes-edit');
  expect(v.message).toMatch(/^line 4 changes, which is outside "Observed failure modes" and "Next Decision"/);
});

test('editing a metric in Results is refused', () => {
  expect(whyNotesEditRefused(before, before.replace('accuracy 0.9', 'accuracy 0.99'))).toMatch(/^line 10 changes/);
});

test('removing the Next Decision heading or slipping a heading into the failure bullet is refused', () => {
  expect(whyNotesEditRefused(before, before.replace('## Next Decision\n', ''))).toMatch(/removes or reorders/);
  expect(whyNotesEditRefused(before, before.replace('(to fill in)\n', 'x\n## Intent\nnew\n'))).toMatch(
    /removes or reorders/,
  );
});

test('a committed notes.md without the template markers cannot be edited at all', () => {
  expect(whyNotesEditRefused('# E0001 Notes\n', '# E0001 Notes\nmore\n')).toMatch(/has no "- Observed failure modes:"/);
});
