import { randomBytes } from 'node:crypto';
import { jest } from '@jest/globals';
import { exitCodeFor, MtrackError } from '../../src/core/errors.js';
import { sha256 } from '../../src/core/hash.js';
import { S3Store } from '../../src/adapters/store/s3-store.js';
import { S3_CREDENTIALS, s3ErrorXml, startS3, startS3Proxy, type LoopbackS3 } from '../helpers/s3-server.js';

jest.setTimeout(60_000);

const BUCKET = 'mtrack-store';
let s3: LoopbackS3;
const saved = { ...process.env };

beforeAll(async () => {
  // The SDK's default chain reads these; no profile or instance metadata is consulted once they are set.
  Object.assign(process.env, S3_CREDENTIALS, { AWS_EC2_METADATA_DISABLED: 'true' });
  s3 = await startS3([BUCKET]);
});
afterAll(async () => {
  await s3.close();
  process.env = saved;
});

const store = (endpoint = s3.endpoint, bucket = BUCKET, prefix = 'team/datasets', options = {}) =>
  new S3Store({ type: 's3', bucket, prefix, endpoint, force_path_style: true }, { maxAttempts: 3, ...options });

async function failure(promise: Promise<unknown>): Promise<MtrackError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(MtrackError);
  return error as MtrackError;
}

test('writes a revision (a multipart object among them), lists it, reads back the same bytes, checksums.json last', async () => {
  const seen: string[] = [];
  const proxy = await startS3Proxy(s3.endpoint, (req) => {
    if (req.method === 'PUT' || req.method === 'POST') seen.push(`${req.method} ${req.url}`);
    return undefined;
  });
  const big = randomBytes(300_000);
  const files = new Map<string, Uint8Array | string>([
    ['checksums.json', '{"ok":true}\n'],
    ['train/images', big],
    ['test/labels', Buffer.from('labels')],
  ]);
  await store(proxy.endpoint, BUCKET, 'team/datasets', { multipartBytes: 100_000, partBytes: 64 * 1024 }).writeRevision(
    'mnist/D0001',
    files,
  );
  await proxy.close();

  const s = store();
  expect(await s.list('mnist/D0001')).toEqual(['checksums.json', 'test/labels', 'train/images']);
  expect(sha256(await s.read('mnist/D0001/train/images'))).toBe(sha256(big));
  expect(seen.filter((r) => r.includes('partNumber=')).length).toBe(5); // 300,000 bytes in 64 KiB parts
  expect(seen[seen.length - 1]).toMatch(/^PUT \/mtrack-store\/team\/datasets\/mnist\/D0001\/checksums\.json/);
  expect(s.describe('mnist/D0001/test/labels')).toBe('s3://mtrack-store/team/datasets/mnist/D0001/test/labels');
});

// s3rver ignores If-None-Match on PUT, so this exercises the fallback: HEAD before, compare on conflict.
test('never replaces an object: same bytes are accepted as already present, different bytes are refused', async () => {
  const s = store();
  expect(await s.writeOnce('mnist/D0009/a', Buffer.from('one'))).toBe('written');
  expect(await s.writeOnce('mnist/D0009/a', Buffer.from('one'))).toBe('present');
  const error = await failure(s.writeOnce('mnist/D0009/a', Buffer.from('two')));
  expect(error.message).toMatch(
    /s3:\/\/mtrack-store\/team\/datasets\/mnist\/D0009\/a: already exists with different bytes/,
  );
  expect(Buffer.from(await s.read('mnist/D0009/a')).toString()).toBe('one');
});

test('a 503 SlowDown is retried with backoff and the read completes', async () => {
  await store().writeOnce('mnist/D0010/x', Buffer.from('after retry'));
  let first = true;
  const proxy = await startS3Proxy(s3.endpoint, (req) => {
    if (req.method !== 'GET' || !first) return undefined;
    first = false;
    return { status: 503, body: s3ErrorXml('SlowDown', 'Please reduce your request rate.') };
  });
  const bytes = await store(proxy.endpoint).read('mnist/D0010/x');
  expect(Buffer.from(bytes).toString()).toBe('after retry');
  expect(proxy.faults).toBe(1);
  expect(proxy.requests).toBe(2);
  await proxy.close();
});

test('a missing bucket is one configuration line, exit 2', async () => {
  const error = await failure(store(s3.endpoint, 'no-such-bucket').list('mnist/D0001'));
  expect(error.message).toBe(
    `s3://no-such-bucket: bucket not found (mtrack.yaml dataset_store.bucket 'no-such-bucket' at ${s3.endpoint}).`,
  );
  expect(exitCodeFor(error)).toBe(2);
  expect(await failure(store(s3.endpoint, 'no-such-bucket').exists('mnist/D0001/a'))).toMatchObject({
    code: 'BAD_INPUT',
  });
});

test('an unknown access key (checked by s3rver itself) is one line naming the credentials, exit 2', async () => {
  process.env.AWS_ACCESS_KEY_ID = 'NOT-A-KEY';
  try {
    const error = await failure(store().read('mnist/D0010/x'));
    expect(error.message).toMatch(
      /^s3:\/\/mtrack-store\/team\/datasets\/mnist\/D0010\/x: S3 credentials rejected \(InvalidAccessKeyId\)/,
    );
    expect(error.message).not.toContain('\n');
    expect(exitCodeFor(error)).toBe(2);
  } finally {
    process.env.AWS_ACCESS_KEY_ID = S3_CREDENTIALS.AWS_ACCESS_KEY_ID;
  }
});

// s3rver does not check SigV4 signatures, so a wrong secret is answered by a proxy with AWS's error document.
test('a wrong secret (SignatureDoesNotMatch) is one line naming the credentials, exit 2', async () => {
  const proxy = await startS3Proxy(s3.endpoint, () => ({
    status: 403,
    body: s3ErrorXml('SignatureDoesNotMatch', 'The request signature we calculated does not match.'),
  }));
  const error = await failure(store(proxy.endpoint).read('mnist/D0010/x'));
  expect(error.message).toMatch(/S3 credentials rejected \(SignatureDoesNotMatch\)/);
  expect(exitCodeFor(error)).toBe(2);
  await proxy.close();
});

test('a missing object is NOT_FOUND naming its s3:// URI, exit 2', async () => {
  const error = await failure(store().read('mnist/D0001/nothing'));
  expect(error.message).toBe(
    's3://mtrack-store/team/datasets/mnist/D0001/nothing: object not found in the dataset store.',
  );
  expect(exitCodeFor(error)).toBe(2);
  expect(await store().exists('mnist/D0001/nothing')).toBe(false);
});

test('an endpoint that refuses connections is a network error, exit 4', async () => {
  const error = await failure(store('http://127.0.0.1:1').read('mnist/D0001/a'));
  expect(error.message).toMatch(/S3 endpoint http:\/\/127\.0\.0\.1:1 unreachable \(ECONNREFUSED\)/);
  expect(exitCodeFor(error)).toBe(4);
});
