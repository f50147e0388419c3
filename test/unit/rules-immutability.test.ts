import {
  addedRunFolders,
  advanceRevisionHistory,
  advanceRunHistory,
  checkDuplicateIds,
  checkRevisionImmutability,
  checkRunImmutability,
  emptyRunHistory,
  revisionHistoryFrom,
  runHistoryFrom,
  type FileChange,
} from '../../src/core/rules/index.js';

const RUN = '2026-02-08__mnist__resnet_mnist_digits__E0001';
const NEW = '2026-02-09__mnist__resnet_mnist_digits__E0002';
const committed = runHistoryFrom([RUN], []);
const change = (status: FileChange['status'], path: string): FileChange => ({ status, path });

describe('immutable-run', () => {
  test.each([
    ['M', 'modifies'],
    ['D', 'deletes or renames'],
    ['T', 'changes the type of'],
  ] as const)('refuses status %s on a file of a committed run folder', (status, verb) => {
    const [v, ...rest] = checkRunImmutability([change(status, `experiments/${RUN}/config_resolved.yaml`)], committed);
    expect(rest).toEqual([]);
    expect(v).toMatchObject({ rule: 'immutable-run', path: `experiments/${RUN}/config_resolved.yaml` });
    expect(v.message).toContain(verb);
    expect(v.fix).toContain('mtrack run');
  });

  test('defers a modified notes.md to the notes-edit rule, but refuses deleting it', () => {
    expect(checkRunImmutability([change('M', `experiments/${RUN}/notes.md`)], committed)).toEqual([]);
    expect(checkRunImmutability([change('D', `experiments/${RUN}/notes.md`)], committed).map((v) => v.rule)).toEqual([
      'immutable-run',
    ]);
  });

  test('refuses a file added to a committed run folder', () => {
    expect(checkRunImmutability([change('A', `experiments/${RUN}/extra.txt`)], committed).map((v) => v.rule)).toEqual([
      'immutable-run',
    ]);
  });

  test('refuses re-adding a run folder that an earlier commit deleted', () => {
    const history = runHistoryFrom([], [`experiments/${RUN}/manifest.json`]);
    expect(checkRunImmutability([change('A', `experiments/${RUN}/manifest.json`)], history)).toHaveLength(1);
  });

  test('accepts a new run folder and free files directly under experiments/', () => {
    const changes = [
      change('A', `experiments/${NEW}/manifest.json`),
      change('M', 'experiments/README.md'),
      change('M', 'configs/scan.yaml'),
    ];
    expect(checkRunImmutability(changes, committed)).toEqual([]);
    expect(addedRunFolders(changes, committed)).toEqual([NEW]);
  });
});

describe('metrics-overwrite', () => {
  test('refuses a modified metrics.json anywhere, reported once as metrics-overwrite', () => {
    const out = checkRunImmutability(
      [change('M', `experiments/${RUN}/metrics.json`), change('M', 'reports/metrics.json')],
      committed,
    );
    expect(out.map((v) => [v.rule, v.path])).toEqual([
      ['metrics-overwrite', `experiments/${RUN}/metrics.json`],
      ['metrics-overwrite', 'reports/metrics.json'],
    ]);
  });

  test('refuses a metrics.json re-added where one was deleted before', () => {
    const history = runHistoryFrom([], ['reports/metrics.json']);
    expect(checkRunImmutability([change('A', 'reports/metrics.json')], history)[0].rule).toBe('metrics-overwrite');
    expect(checkRunImmutability([change('A', 'reports/metrics.json')], emptyRunHistory())).toEqual([]);
  });
});

describe('duplicate-id', () => {
  test('refuses a new folder reusing an E#### from history or from the same change', () => {
    const reuse = '2026-03-01__mnist__other__E0001';
    expect(checkDuplicateIds([reuse], committed)).toEqual([
      expect.objectContaining({ rule: 'duplicate-id', path: `experiments/${reuse}/` }),
    ]);
    const twins = ['2026-03-01__mnist__a__E0005', '2026-03-01__mnist__b__E0005'];
    expect(checkDuplicateIds(twins, committed)).toHaveLength(1);
    expect(checkDuplicateIds([NEW], committed)).toEqual([]);
  });

  test('history advanced over a commit knows its folders and ids', () => {
    const next = advanceRunHistory(committed, [
      change('A', `experiments/${NEW}/manifest.json`),
      change('D', `experiments/${RUN}/metrics.json`),
    ]);
    expect(next.folders.has(NEW)).toBe(true);
    expect(next.idOwners.get('E0002')).toBe(NEW);
    expect(next.removedMetrics.has(`experiments/${RUN}/metrics.json`)).toBe(true);
    expect(committed.folders.has(NEW)).toBe(false);
  });
});

describe('immutable-revision', () => {
  const history = revisionHistoryFrom(['datasets/mnist/revisions/D0001/dataset_manifest.json']);

  test('refuses any change to a committed revision folder, including added files', () => {
    const changes = [
      change('M', 'datasets/mnist/revisions/D0001/notes.md'),
      change('D', 'datasets/mnist/revisions/D0001/dataset_manifest.json'),
      change('A', 'datasets/mnist/revisions/D0001/extra.txt'),
    ];
    expect(checkRevisionImmutability(changes, history).map((v) => v.rule)).toEqual([
      'immutable-revision',
      'immutable-revision',
      'immutable-revision',
    ]);
  });

  test('accepts a new revision and a moved latest.txt', () => {
    const changes = [
      change('A', 'datasets/mnist/revisions/D0002/dataset_manifest.json'),
      change('M', 'datasets/mnist/latest.txt'),
    ];
    expect(checkRevisionImmutability(changes, history)).toEqual([]);
    expect(advanceRevisionHistory(history, changes).revisions.has('datasets/mnist/revisions/D0002')).toBe(true);
  });
});
