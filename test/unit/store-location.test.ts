import { s3Uri, storeLocation } from '../../src/adapters/store/store-location.js';

test('a relative local store root is recorded as written in mtrack.yaml', () => {
  expect(storeLocation({ type: 'local_fs', root: '../ml-data-store' })).toBe('../ml-data-store');
});

test('an absolute local store root is never recorded, only a reference to the setting', () => {
  expect(storeLocation({ type: 'local_fs', root: '/home/ada/ml-data-store' })).toBe('mtrack.yaml#dataset_store.root');
  expect(storeLocation({ type: 'local_fs', root: 'C:\\data\\store' })).toBe('mtrack.yaml#dataset_store.root');
});

test('an s3 store is recorded as s3://bucket/prefix, with no stray slashes', () => {
  expect(storeLocation({ type: 's3', bucket: 'team-data', prefix: '/mtrack/datasets/' })).toBe(
    's3://team-data/mtrack/datasets',
  );
  expect(storeLocation({ type: 's3', bucket: 'team-data', prefix: '' })).toBe('s3://team-data');
  expect(s3Uri('b', 'k/x')).toBe('s3://b/k/x');
});
