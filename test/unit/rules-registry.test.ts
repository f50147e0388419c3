import { validateDocument } from '../../src/adapters/schemas.js';
import {
  DATA_RULES,
  EXPERIMENT_RULES,
  emptyRunHistory,
  revisionHistoryFrom,
  runHistoryFrom,
  type DataChangesInput,
  type ExperimentChangesInput,
  type RuleInfo,
  type RunFolderFiles,
  type Violation,
} from '../../src/core/rules/index.js';
import { makeRunFolder, notesTemplate } from '../helpers/run-fixture.js';
import { sha256 } from '../../src/core/hash.js';

// Each rule's fixture: a commit the rule must refuse. A rule added to a table without a fixture here fails below.
const RUN = '2026-02-08__mnist__resnet_mnist_digits__E0001';
const bytes = (c: string | Uint8Array) => (typeof c === 'string' ? new TextEncoder().encode(c) : c);
const experimentInput = (edit: Partial<ExperimentChangesInput>): ExperimentChangesInput => ({
  changes: [],
  history: emptyRunHistory(),
  runs: [],
  documents: new Map(),
  largeFileBytes: 5 * 1024 * 1024,
  validate: validateDocument,
  ...edit,
});

const EXPERIMENT_FIXTURES: Record<string, () => ExperimentChangesInput> = {
  'run-immutability': () =>
    experimentInput({
      changes: [{ status: 'M', path: `experiments/${RUN}/metrics.json` }],
      history: runHistoryFrom([RUN], []),
    }),
  'duplicate-id': () =>
    experimentInput({
      changes: [{ status: 'A', path: `experiments/2026-02-09__mnist__resnet_mnist_digits__E0001/manifest.json` }],
      history: runHistoryFrom([RUN], []),
    }),
  'run-folder': () => {
    const run = makeRunFolder({ n: 1, metaCommit: 'b'.repeat(40) });
    run.files['config_resolved.yaml'] += '# edited\n';
    const entries = Object.entries(run.files).map(([rel, c]) => [rel, bytes(c)] as const);
    return experimentInput({
      runs: [
        { folder: run.folder, sizes: new Map(entries.map(([r, b]) => [r, b.length])), documents: new Map(entries) },
      ],
    });
  },
  'notes-edit': () =>
    experimentInput({
      notesEdits: [
        {
          path: `experiments/${RUN}/notes.md`,
          before: bytes(notesTemplate('E0001')),
          after: bytes(notesTemplate('E0001').replace('## Intent\n', '## Intent\nrewritten after the fact\n')),
        },
      ],
    }),
  reproductions: () => experimentInput({ changes: [{ status: 'M', path: 'reproductions/E0001/R0001.json' }] }),
  'run-symlinks': () =>
    experimentInput({
      changes: [{ status: 'A', path: `experiments/${RUN}/artifacts/weights.bin`, newMode: '120000' }],
    }),
  'file-hashes': () => {
    const run = makeRunFolder({ n: 1, metaCommit: 'b'.repeat(40) });
    run.files['metrics.json'] = String(run.files['metrics.json']).replace('"loss"', '"loss" ');
    return experimentInput({ runs: [runFiles(run)] });
  },
  'confined-paths': () => {
    const run = makeRunFolder({ n: 1, metaCommit: 'b'.repeat(40) });
    run.files['pointers/artifact_store.txt'] = `file:///etc/passwd  sha256:${'0'.repeat(64)}\n`;
    return experimentInput({ runs: [runFiles(run)] });
  },
  'model-ref-schema': () =>
    experimentInput({ documents: new Map([['models/baseline/model_ref.json', bytes('{"provider": "elsewhere"}')]]) }),
};

const DATA_FIXTURES: Record<string, () => DataChangesInput> = {
  'revision-immutability': () => ({
    changes: [{ status: 'M', path: 'datasets/mnist/revisions/D0001/notes.md' }],
    history: revisionHistoryFrom(['datasets/mnist/revisions/D0001']),
    documents: new Map(),
    validate: validateDocument,
  }),
  'revision-symlinks': () => ({
    changes: [{ status: 'A', path: 'datasets/mnist/revisions/D0002', newMode: '120000' }],
    history: revisionHistoryFrom([]),
    documents: new Map(),
    validate: validateDocument,
  }),
  'revision-store-path': () => ({
    changes: [],
    history: revisionHistoryFrom([]),
    documents: new Map([
      [
        'datasets/mnist/revisions/D0002/dataset_manifest.json',
        bytes(JSON.stringify({ materialization: { relative_path: '../../../../etc' } })),
      ],
    ]),
    validate: validateDocument,
  }),
  'dataset-manifest-schema': () => ({
    changes: [],
    history: revisionHistoryFrom([]),
    documents: new Map([['datasets/mnist/revisions/D0002/dataset_manifest.json', bytes('{}')]]),
    validate: validateDocument,
  }),
};

/** A run folder as the rules see it: every file's bytes, size and sha256. */
function runFiles(run: { folder: string; files: Record<string, string | Uint8Array> }): RunFolderFiles {
  const entries = Object.entries(run.files).map(([rel, c]) => [rel, bytes(c)] as const);
  return {
    folder: run.folder,
    sizes: new Map(entries.map(([r, b]) => [r, b.length])),
    documents: new Map(entries),
    hashes: new Map(entries.map(([r, b]) => [r, sha256(b)])),
  };
}

function describeRule(rule: RuleInfo, fire: () => Violation[]): void {
  test('has an id, a description, a fix and the names its violations carry', () => {
    expect(rule.id).toMatch(/^[a-z][a-z-]+$/);
    expect(rule.description.length).toBeGreaterThan(20);
    expect(rule.fix.length).toBeGreaterThan(10);
    expect(rule.reports.length).toBeGreaterThan(0);
  });

  test('fires on its fixture, with violations it says it reports', () => {
    const violations = fire();
    expect(violations.length).toBeGreaterThan(0);
    for (const v of violations) expect(rule.reports).toContain(v.rule);
  });
}

describe.each(EXPERIMENT_RULES.map((r) => [r.id, r] as const))('experiment rule %s', (id, rule) => {
  describeRule(rule, () => rule.check(EXPERIMENT_FIXTURES[id]()).violations);
});

describe.each(DATA_RULES.map((r) => [r.id, r] as const))('dataset-meta rule %s', (id, rule) => {
  describeRule(rule, () => rule.check(DATA_FIXTURES[id]()));
});

test('rule ids are unique, and every fixture belongs to a rule', () => {
  const ids = [...EXPERIMENT_RULES, ...DATA_RULES].map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect([...Object.keys(EXPERIMENT_FIXTURES), ...Object.keys(DATA_FIXTURES)].sort()).toEqual([...ids].sort());
});
