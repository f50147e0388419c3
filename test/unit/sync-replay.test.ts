import { completeNotes, replayNotesEdit, whyNotesEditRefused } from '../../src/core/notes/decision-log.js';
import { renumberIds, restampDocuments } from '../../src/core/restamp.js';
import { makeRunFolder, notesTemplate } from '../helpers/run-fixture.js';

describe('renumberIds', () => {
  test('rewrites each id once, so a chain of renumberings does not cascade', () => {
    const ids = new Map([
      ['E0003', 'E0004'],
      ['E0004', 'E0005'],
    ]);
    expect(renumberIds('mtrack: E0003 and E0004', ids)).toBe('mtrack: E0004 and E0005');
  });

  test('rewrites an id inside a run folder name but not a longer id that starts with it', () => {
    const ids = new Map([['E0003', 'E0007']]);
    expect(renumberIds('E0003: milestone (experiments/2026-02-08__mnist__resnet__E0003) E00031', ids)).toBe(
      'E0007: milestone (experiments/2026-02-08__mnist__resnet__E0007) E00031',
    );
  });
});

describe('replayNotesEdit', () => {
  const before = notesTemplate('E0003');
  const after = completeNotes(before, { failure: 'confuses 4 and 9', next: 'widen it' })!;

  test('applied to the re-stamped notes it equals `mtrack note` on the new id, and the notes rule accepts it', () => {
    const run = makeRunFolder({ n: 3, metaCommit: 'b'.repeat(40) });
    const docs = {
      folder: run.folder,
      manifest: JSON.parse(run.files['manifest.json'] as string),
      metrics: JSON.parse(run.files['metrics.json'] as string),
      notes: before,
    };
    const restamped = restampDocuments(docs, 'E0008').notes;

    const replayed = replayNotesEdit({ before, after }, restamped);

    expect(replayed).toBe(completeNotes(restamped, { failure: 'confuses 4 and 9', next: 'widen it' }));
    expect(replayed).toMatch(/^# E0008\b/m);
    expect(whyNotesEditRefused(restamped, replayed!)).toBeUndefined();
  });

  test('refuses when the target completed its open sections meanwhile, or the edit touches the fixed part', () => {
    const theirs = completeNotes(before, { next: 'ship it' })!;
    expect(replayNotesEdit({ before, after }, theirs)).toBeUndefined();
    expect(replayNotesEdit({ before, after: after.replace('# E0003', '# E0004') }, before)).toBeUndefined();
  });
});
