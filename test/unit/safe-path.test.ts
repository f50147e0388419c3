import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { schemasDir } from '../../src/adapters/schemas.js';
import { isExperimentId, isRevisionId, parseRunFolder } from '../../src/core/ids.js';
import { fileUriInStores, relativePathProblem, resolveInside, SAFE_RELATIVE_PATH } from '../../src/core/safe-path.js';
import { artifactStoreRef, artifactStoreSettings } from '../../src/adapters/store/artifact-store.js';

describe('relative paths read from files', () => {
  test.each(['mnist/D0001', 'artifacts/model/weights.bin', 'a', '.hidden/x', 'v1.2/x_y-z'])("accepts '%s'", (path) =>
    expect(relativePathProblem(path)).toBeUndefined(),
  );

  test.each([
    ['../../../../etc', 'climbs'],
    ['mnist/../../etc', 'climbs'],
    ['..', 'climbs'],
    ['/etc/passwd', 'absolute'],
    ['\\\\server\\share', 'absolute'],
    ['C:/Windows', 'absolute'],
    ['a//b', 'not a plain relative path'],
    ['./a', 'not a plain relative path'],
    ['a/./b', 'not a plain relative path'],
    ['a/', 'not a plain relative path'],
    ['a\0b', 'not a plain relative path'],
    ['', 'empty'],
  ])("refuses '%s' (%s)", (path, why) => expect(relativePathProblem(path)).toContain(why));

  test('resolveInside joins a safe path and throws a one-line BAD_INPUT naming the field for an escaping one', () => {
    expect(resolveInside('/store', 'mnist/D0001', 'f')).toBe('/store/mnist/D0001');
    expect(() => resolveInside('/store', '../etc', 'dataset_manifest.json materialization.relative_path')).toThrow(
      "dataset_manifest.json materialization.relative_path: '../etc' climbs out of its root with '..'; expected a path inside '/store'.",
    );
  });

  test('file:// URIs are accepted only strictly inside a configured store', () => {
    expect(fileUriInStores('file:///data/store/models/w.bin', ['/data/store'])).toEqual({
      path: '/data/store/models/w.bin',
    });
    for (const uri of [
      'file:///etc/passwd',
      'file:///data/store/../../etc/passwd',
      'file:///data/store%2F..%2F..%2Fetc/passwd',
      'file:///data/storefront/x',
      'file:///data/store',
      's3://bucket/key',
      'http://example.com/w.bin',
    ])
      expect(fileUriInStores(uri, ['/data/store'])).toHaveProperty('problem');
    expect(fileUriInStores('file:///data/store/x', [])).toEqual({
      problem: 'is outside every configured store (none configured)',
    });
  });

  test('the schemas use the same relative-path pattern as the code', () => {
    const schema = (name: string) => readFileSync(join(schemasDir(), `${name}.schema.json`), 'utf8');
    for (const name of ['manifest', 'dataset_pointer', 'dataset_manifest'])
      expect(schema(name)).toContain(JSON.stringify(SAFE_RELATIVE_PATH));
  });
});

describe('ids and run folder names', () => {
  test('ids have one spelling per number: at least 4 digits, no extra leading zero', () => {
    for (const id of ['E0001', 'E9999', 'E10000', 'E123456']) expect(isExperimentId(id)).toBe(true);
    for (const id of ['E00001', 'E001', 'E012345', 'e0001', 'E0001 ']) expect(isExperimentId(id)).toBe(false);
    expect(isRevisionId('D0002')).toBe(true);
    expect(isRevisionId('D00002')).toBe(false);
  });

  test('a run folder name needs a real date and a canonical id', () => {
    expect(parseRunFolder('2024-02-29__mnist__m__E0001')).toBeDefined();
    for (const name of [
      '2026-02-30__mnist__m__E0001',
      '2026-13-01__mnist__m__E0001',
      '2026-02-08__mnist__m__E00001',
      '2026-02-08__mnist__m__E0001/',
    ])
      expect(parseRunFolder(name)).toBeUndefined();
  });
});

describe('the artifact store mtrack.yaml names', () => {
  test('defaults to the dataset store with an artifacts/ key prefix, and is named without a machine path', () => {
    const s3 = { type: 's3' as const, bucket: 'team', prefix: 'exp/', endpoint: 'http://127.0.0.1:9' };
    expect(artifactStoreSettings({ dataset_store: s3 })).toEqual({ ...s3, prefix: 'exp/artifacts' });
    expect(artifactStoreSettings({ dataset_store: { ...s3, prefix: '' } })).toMatchObject({ prefix: 'artifacts' });
    expect(artifactStoreSettings({ dataset_store: { type: 'local_fs', root: '../ml-data-store' } })).toEqual({
      type: 'local_fs',
      root: '../ml-data-store/artifacts',
    });
    const own = { type: 'local_fs' as const, root: '../ml-artifacts' };
    expect(artifactStoreSettings({ dataset_store: s3, artifact_store: own })).toBe(own);
    expect(artifactStoreRef(artifactStoreSettings({ dataset_store: s3 }), '/x')).toBe('s3://team/exp/artifacts');
    expect(artifactStoreRef(own, '/work/exp')).toBe('artifact-store:/work/ml-artifacts');
  });
});
