import { sha256 } from '../../src/core/hash.js';
import {
  checkConfinedPaths,
  checkFileHashes,
  checkRevisionStorePath,
  checkSymlinks,
  type RunFolderFiles,
} from '../../src/core/rules/index.js';
import { datasetManifest, makeRunFolder, type RunSpec } from '../helpers/run-fixture.js';

const bytes = (c: string | Uint8Array) => (typeof c === 'string' ? new TextEncoder().encode(c) : c);

/** The fixture's run E0007 as the verifier sees it, after `edit` changes its files. */
function runOf(edit: (files: Record<string, string | Uint8Array>) => void = () => {}, spec: Partial<RunSpec> = {}) {
  const run = makeRunFolder({ n: 7, metaCommit: 'b'.repeat(40), ...spec });
  edit(run.files);
  const entries = Object.entries(run.files).map(([rel, c]) => [rel, bytes(c)] as const);
  const files: RunFolderFiles = {
    folder: run.folder,
    sizes: new Map(entries.map(([rel, b]) => [rel, b.length])),
    documents: new Map(entries),
    hashes: new Map(entries.map(([rel, b]) => [rel, sha256(b)])),
  };
  return files;
}
const messages = (violations: { rule: string; path: string; message: string }[]) =>
  violations.map((v) => `${v.rule} ${v.path.split('/').slice(2).join('/')}: ${v.message.split(';')[0]}`);

describe('file-hash', () => {
  test('a run folder as written passes', () => expect(checkFileHashes(runOf())).toEqual([]));

  test('notes.md may change after the run; manifest.json is not in its own map', () => {
    expect(checkFileHashes(runOf((f) => (f['notes.md'] = '# E0007 Notes\n\ndecided: more epochs\n')))).toEqual([]);
  });

  test('a changed, an unlisted and a missing file are each named once', () => {
    const run = runOf((f) => {
      f['metrics.json'] = String(f['metrics.json']).replace('0.9', '0.99');
      f['artifacts/extra.bin'] = 'x';
      delete f['artifacts/model/weights.bin'];
    });
    expect(messages(checkFileHashes(run))).toEqual([
      'file-hash artifacts/extra.bin: is not listed in manifest.json files',
      'file-hash artifacts/model/weights.bin: is named by manifest.json files but missing from the run folder.',
      expect.stringMatching(/^file-hash metrics\.json: has sha256 'sha256:[0-9a-f]{64}', not the 'sha256:/),
    ]);
  });

  test('outputs.artifacts and artifact_store.txt lines are compared with the bytes too', () => {
    const run = runOf(() => {}, {
      editManifest: (m) => (m.outputs.artifacts['artifacts/model/model.json'] = sha256('no')),
    });
    expect(messages(checkFileHashes(run))).toEqual([
      expect.stringMatching(
        /^file-hash artifacts\/model\/model\.json: has sha256 .* that manifest.json outputs.artifacts records/,
      ),
    ]);
  });

  test('files a rule cannot read (too large, links) are left to the large-file and symlink rules', () => {
    const run = runOf();
    const hashes = new Map(run.hashes);
    hashes.delete('artifacts/model/weights.bin');
    expect(checkFileHashes({ ...run, hashes })).toEqual([]);
  });
});

describe('unsafe-path and artifact-store', () => {
  test('a run folder as written passes', () => expect(checkConfinedPaths(runOf(), ['/store'])).toEqual([]));

  test('relative paths with .. or a leading / in pointer, manifest and artifact lines are refused', () => {
    const run = runOf(
      (f) => {
        f['pointers/dataset_pointer.txt'] = String(f['pointers/dataset_pointer.txt']).replace(
          /relative_path=.*/,
          'relative_path=/etc',
        );
        f['pointers/artifact_store.txt'] += `../../x  ${sha256('x')}\n`;
      },
      { editManifest: (m) => (m.inputs.dataset.store.relative_path = 'mnist/../../etc') },
    );
    expect(messages(checkConfinedPaths(run, ['/store']))).toEqual([
      "unsafe-path pointers/dataset_pointer.txt: relative_path '/etc' is absolute",
      "unsafe-path manifest.json: inputs.dataset.store.relative_path 'mnist/../../etc' climbs out of its root with '..'",
      "unsafe-path pointers/artifact_store.txt: line 2: uri '../../x' climbs out of its root with '..'",
    ]);
  });

  test('external artifact lines must name a configured store', () => {
    const run = runOf((f) => {
      f['pointers/artifact_store.txt'] +=
        `file:///store/models/w.bin  ${sha256('w')}\nfile:///etc/passwd  ${sha256('p')}\ns3://bucket/w  ${sha256('s')}\n`;
    });
    expect(messages(checkConfinedPaths(run, ['/store']))).toEqual([
      "artifact-store pointers/artifact_store.txt: line 3: 'file:///etc/passwd' is outside every configured store ('/store').",
      "artifact-store pointers/artifact_store.txt: line 4: 's3://bucket/w' is outside the configured artifact store (no s3 store configured).",
    ]);
  });

  const STORES = ['/store', 's3://team/exp/artifacts', 'artifact-store:/work/ml-artifacts'];
  const HEX = sha256('w').slice(7);
  /** E0007 with its weights offloaded to `uri`, recorded in both the pointer file and the manifest. */
  const offloaded = (uri: string, lineUri = uri, recorded = true) =>
    runOf(
      (f) => {
        delete f['artifacts/model/weights.bin'];
        f['pointers/artifact_store.txt'] = `${lineUri}  ${sha256('w')}\n`;
      },
      {
        editManifest: (m) => {
          m.outputs.artifacts = {};
          if (recorded)
            m.outputs.external_artifacts = { 'artifacts/model/weights.bin': { uri, sha256: sha256('w'), bytes: 1 } };
          delete m.files['artifacts/model/weights.bin'];
          m.files['pointers/artifact_store.txt'] = sha256(`${lineUri}  ${sha256('w')}\n`);
        },
      },
    );

  test.each([`s3://team/exp/artifacts/sha256/${HEX}`, `artifact-store:sha256/${HEX}`])(
    'an offloaded artifact at %s of a configured store passes both rules',
    (uri) => {
      const run = offloaded(uri);
      expect(checkConfinedPaths(run, STORES)).toEqual([]);
      expect(checkFileHashes(run)).toEqual([]);
    },
  );

  test.each([
    [`s3://other/exp/artifacts/sha256/${HEX}`, "is outside the configured artifact store ('s3://team/exp/artifacts/')"],
    [`s3://team/exp/sha256/${HEX}`, "is outside the configured artifact store ('s3://team/exp/artifacts/')"],
    ['s3://team/exp/artifacts/../../x', "has a key that climbs out of its root with '..'"],
    ['artifact-store:/etc/passwd', 'has a key that is absolute'],
  ])('an offloaded artifact at %s is refused: %s', (uri, problem) => {
    expect(messages(checkConfinedPaths(offloaded(uri), STORES))).toEqual([
      `artifact-store pointers/artifact_store.txt: line 1: '${uri}' ${problem}.`,
      `artifact-store manifest.json: outputs.external_artifacts['artifacts/model/weights.bin'].uri: '${uri}' ${problem}.`,
    ]);
  });

  test('an artifact-store: line is refused when the artifact store is s3', () => {
    expect(messages(checkConfinedPaths(offloaded(`artifact-store:sha256/${HEX}`), ['s3://team/x']))[0]).toBe(
      `artifact-store pointers/artifact_store.txt: line 1: 'artifact-store:sha256/${HEX}' names a local artifact folder, but mtrack.yaml artifact_store is not local_fs.`,
    );
  });

  test('the pointer line and the manifest record of an offloaded artifact must agree', () => {
    const uri = `s3://team/exp/artifacts/sha256/${HEX}`;
    expect(messages(checkFileHashes(offloaded(uri, `${uri}x`)))).toEqual([
      `file-hash pointers/artifact_store.txt: has no line for '${uri}', which manifest.json outputs.external_artifacts records for 'artifacts/model/weights.bin'.`,
    ]);
    expect(messages(checkFileHashes(offloaded(uri, uri, false)))).toEqual([
      `file-hash pointers/artifact_store.txt: line 1: '${uri}' is not recorded in manifest.json outputs.external_artifacts.`,
    ]);
  });

  test("a dataset revision's relative_path may not leave the store", () => {
    const manifest = datasetManifest('D0002') as { materialization: { relative_path: string } };
    const path = 'datasets/mnist/revisions/D0002/dataset_manifest.json';
    expect(checkRevisionStorePath(path, bytes(JSON.stringify(manifest)))).toEqual([]);
    manifest.materialization.relative_path = '../../../../etc';
    expect(checkRevisionStorePath(path, bytes(JSON.stringify(manifest)))).toEqual([
      expect.objectContaining({ rule: 'unsafe-path', path }),
    ]);
  });
});

describe('symlink', () => {
  const link = (path: string) => ({ status: 'A' as const, path, newMode: '120000' });
  test('links and submodules in run folders, or as run folders, are refused; regular files and links elsewhere are not', () => {
    const changes = [
      link('experiments/x__E0002/artifacts/model/weights.bin'),
      link('experiments/x__E0003'),
      link('docs/latest'),
      { status: 'A' as const, path: 'experiments/x__E0004/vendor', newMode: '160000' },
      { status: 'A' as const, path: 'experiments/x__E0002/metrics.json', newMode: '100644' },
      { status: 'D' as const, path: 'experiments/x__E0001/old', newMode: '120000' },
    ];
    expect(checkSymlinks(changes, 'experiments').map((v) => v.path)).toEqual([
      'experiments/x__E0002/artifacts/model/weights.bin',
      'experiments/x__E0003',
      'experiments/x__E0004/vendor',
    ]);
  });

  test('links in dataset revisions, or as revisions, are refused', () => {
    const changes = [
      link('datasets/mnist/revisions/D0002'),
      link('datasets/mnist/revisions/D0003/notes.md'),
      link('datasets/mnist/latest.txt'),
    ];
    expect(checkSymlinks(changes, 'datasets').map((v) => v.path)).toEqual([
      'datasets/mnist/revisions/D0002',
      'datasets/mnist/revisions/D0003/notes.md',
    ]);
  });
});
