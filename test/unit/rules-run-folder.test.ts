import { sha256 } from '../../src/core/hash.js';
import { checkRunFolder, type RunFolderFiles } from '../../src/core/rules/index.js';
import { validateDocument } from '../../src/adapters/schemas.js';
import { makeRunFolder, type RunSpec } from '../helpers/run-fixture.js';

const META = 'b'.repeat(40);
const bytes = (c: string | Uint8Array) => (typeof c === 'string' ? new TextEncoder().encode(c) : c);

function runOf(
  spec: Partial<RunSpec> = {},
  edit?: (files: Record<string, string | Uint8Array>) => void,
  rename?: string,
): RunFolderFiles {
  const run = makeRunFolder({ n: 7, metaCommit: META, ...spec });
  edit?.(run.files);
  const entries = Object.entries(run.files).map(([rel, c]) => [rel, bytes(c)] as const);
  return {
    folder: rename ?? run.folder,
    sizes: new Map(entries.map(([rel, b]) => [rel, b.length])),
    documents: new Map(entries),
  };
}

const check = (run: RunFolderFiles, largeFileBytes = 5 * 1024 * 1024) =>
  checkRunFolder(run, { largeFileBytes, validate: validateDocument });
const rules = (run: RunFolderFiles, limit?: number) => check(run, limit).violations.map((v) => v.rule);

test('a complete run folder from the fixture passes and yields its dataset reference', () => {
  const report = check(runOf());
  expect(report.violations).toEqual([]);
  expect(report.datasetRef).toMatchObject({ datasetId: 'mnist', revision: 'D0001', metaCommit: META });
});

test('config-hash: a config_resolved.yaml edited after stamping breaks both hash fields', () => {
  const run = runOf(
    {},
    (f) => (f['config_resolved.yaml'] = String(f['config_resolved.yaml']).replace('epochs: 1', 'epochs: 2')),
  );
  const violations = check(run).violations.filter((v) => v.rule === 'config-hash');
  expect(violations.map((v) => v.message.split(' ')[0])).toEqual(['stamp.config_hash', 'inputs.config.config_hash']);
  expect(violations[0].message).toContain(sha256(run.documents.get('config_resolved.yaml')!));
});

test('schema: a manifest missing a stamp field names the field', () => {
  const [v] = check(runOf({ editManifest: (m) => delete m.stamp.seed })).violations;
  expect(v).toMatchObject({
    rule: 'schema',
    path: 'experiments/2026-02-08__mnist__resnet_mnist_digits__E0007/manifest.json',
  });
  expect(v.message).toContain('stamp.seed');
});

test('schema: invalid metrics, unparseable pointer, bad artifact line and missing files are each reported', () => {
  expect(rules(runOf({ editMetrics: (m) => (m.loss = 'low') }))).toEqual(['schema']);
  expect(rules(runOf({}, (f) => (f['pointers/dataset_pointer.txt'] = 'no equals sign\n')))).toEqual(['schema']);
  expect(rules(runOf({}, (f) => (f['pointers/artifact_store.txt'] = 'weights.bin  md5:abc\n')))).toEqual(['schema']);
  expect(rules(runOf({}, (f) => delete f['metrics.json']))).toEqual(['schema']);
});

test('schema: a bad artifact pointer line is named by its line in the file, counting comments and blank lines', () => {
  const text = `# artifacts kept outside git\n\nweights.bin  sha256:${'a'.repeat(64)}\nmodel.json  md5:abc\n`;
  const [v] = check(runOf({}, (f) => (f['pointers/artifact_store.txt'] = text))).violations;
  expect(v).toMatchObject({ rule: 'schema', path: expect.stringMatching(/pointers\/artifact_store\.txt$/) });
  expect(v.message).toMatch(/^line 4: /);
});

test('schema: a stamp field that disagrees with its nested copy', () => {
  const [v] = check(runOf({ editManifest: (m) => (m.stamp.git_branch = 'other') })).violations;
  expect(v.message).toBe("stamp.git_branch 'other' differs from git.branch 'main'.");
});

test('folder-name: id, date, dataset and model slug must match the manifest', () => {
  const wrongModel = runOf({}, undefined, '2026-02-08__mnist__other-model__E0007');
  expect(check(wrongModel).violations).toEqual([expect.objectContaining({ rule: 'folder-name' })]);
  expect(check(wrongModel).violations[0].message).toContain("model slug ('other-model' vs 'resnet_mnist_digits')");
  expect(rules(runOf({}, undefined, '2026-02-09__mnist__resnet_mnist_digits__E0007'))).toEqual(['folder-name']);
  expect(rules(runOf({}, undefined, 'my-run'))).toEqual(['folder-name']);
  expect(rules(runOf({ editMetrics: (m) => (m.experiment_id = 'E0008') }))).toEqual(['folder-name']);
});

test('large-file: a file over the threshold is refused, one at the threshold is not', () => {
  const run = runOf({ extra: { 'artifacts/big.bin': new Uint8Array(100_000) } });
  expect(rules(run, 99_999)).toEqual(['large-file']);
  expect(rules(run, 100_000)).toEqual([]);
});

test('dataset-pointer: the pointer must agree with the manifest', () => {
  const run = runOf(
    {},
    (f) =>
      (f['pointers/dataset_pointer.txt'] = String(f['pointers/dataset_pointer.txt']).replace(
        'dataset_revision=D0001',
        'dataset_revision=D0002',
      )),
  );
  expect(check(run).violations).toEqual([
    expect.objectContaining({ rule: 'dataset-pointer', message: expect.stringContaining("dataset_revision 'D0002'") }),
  ]);
});
