import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { hexOf, sha256 } from '../../src/core/hash.js';
import { encodeIdxImages, encodeIdxLabels, type ImageSplit } from '../../src/adapters/datasets/index.js';

export interface ServeOptions {
  /** Extra response headers, e.g. a `.gz` file sent as `content-encoding: gzip`. */
  headers?: Record<string, string>;
  /** Compress each body on the fly and say so (`content-encoding: gzip`), whatever the client asked for. */
  gzipOnTheFly?: boolean;
}

/** A loopback server answering GET /<path> from `files` and 404 otherwise; records the paths and headers requested. */
export async function serve(
  files: Record<string, Uint8Array>,
  options: ServeOptions = {},
): Promise<{ base: string; requested: string[]; requestHeaders: IncomingHttpHeaders[]; server: Server }> {
  const requested: string[] = [];
  const requestHeaders: IncomingHttpHeaders[] = [];
  const server = createServer((req, res) => {
    requested.push(req.url ?? '');
    requestHeaders.push(req.headers);
    const stored = files[req.url ?? ''];
    if (!stored) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not here');
      return;
    }
    const body = options.gzipOnTheFly ? gzipSync(stored) : stored;
    res
      .writeHead(200, {
        'content-type': 'application/gzip',
        'content-length': body.length,
        ...(options.gzipOnTheFly ? { 'content-encoding': 'gzip' } : {}),
        ...options.headers,
      })
      .end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requested, requestHeaders, server };
}

// fetch keeps connections alive, and server.close() alone waits for them to end.
export function close(server: Server): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeAllConnections();
  return closed;
}

/** The four MNIST-style files of a tiny dataset (6 train, 2 test images of 2x2 pixels), uncompressed. */
export function tinyIdxFiles(): Record<string, Uint8Array> {
  const split = (count: number): ImageSplit => ({
    images: Uint8Array.from({ length: count * 4 }, (_, i) => i % 256),
    labels: Uint8Array.from({ length: count }, (_, i) => i % 10),
    count,
    rows: 2,
    cols: 2,
  });
  const train = split(6);
  const test = split(2);
  return {
    'train-images-idx3-ubyte': encodeIdxImages(train),
    'train-labels-idx1-ubyte': encodeIdxLabels(train.labels),
    't10k-images-idx3-ubyte': encodeIdxImages(test),
    't10k-labels-idx1-ubyte': encodeIdxLabels(test.labels),
  };
}

/** The same tiny dataset as `.gz` files, as yann.lecun.com served MNIST. */
export function tinyGzFiles(): Record<string, Uint8Array> {
  return Object.fromEntries(Object.entries(tinyIdxFiles()).map(([name, bytes]) => [`${name}.gz`, gzipSync(bytes)]));
}

export function pinsOf(files: Record<string, Uint8Array>): Record<string, string> {
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, hexOf(sha256(bytes))]));
}

export function underPrefix(prefix: string, files: Record<string, Uint8Array>): Record<string, Uint8Array> {
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [`${prefix}/${name}`, bytes]));
}
