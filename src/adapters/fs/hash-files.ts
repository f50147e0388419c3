import { createHash } from 'node:crypto';
import { open, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Sha256 } from '../../core/hash.js';

const CHUNK = 4 << 20;
/** Below this many bytes in all, starting worker threads costs more than it saves. */
const PARALLEL_FROM_BYTES = 64 << 20;

/** sha256 of one file, read in large chunks into one reused buffer (no whole-file allocation). */
export async function hashFile(path: string): Promise<Sha256> {
  const hash = createHash('sha256');
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(CHUNK);
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, CHUNK, null);
      if (bytesRead === 0) break;
      hash.update(buffer.subarray(0, bytesRead));
    }
  } finally {
    await handle.close();
  }
  return `sha256:${hash.digest('hex')}`;
}

/**
 * sha256 of many files, in the given order. Large sets are spread over worker threads (one per core, each file
 * whole on one thread, biggest first), so a multi-file revision hashes at the speed of all cores together.
 */
export async function hashFiles(paths: string[]): Promise<Sha256[]> {
  const sizes = await Promise.all(paths.map(async (p) => (await stat(p)).size));
  const total = sizes.reduce((a, b) => a + b, 0);
  const threads = Math.min(availableParallelism(), paths.length);
  if (threads < 2 || total < PARALLEL_FROM_BYTES) {
    const out: Sha256[] = [];
    for (const path of paths) out.push(await hashFile(path));
    return out;
  }
  const order = paths.map((_, i) => i).sort((a, b) => sizes[b] - sizes[a]);
  const out = new Array<Sha256>(paths.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: threads }, async () => {
      const worker = new Worker(WORKER_SOURCE, { eval: true });
      try {
        while (next < order.length) {
          const i = order[next++];
          out[i] = await ask(worker, paths[i]);
        }
      } finally {
        await worker.terminate();
      }
    }),
  );
  return out;
}

function ask(worker: Worker, path: string): Promise<Sha256> {
  return new Promise((resolve, reject) => {
    const onMessage = (m: { hex?: string; error?: string }) => {
      worker.off('error', reject);
      if (m.error !== undefined) reject(new Error(m.error));
      else resolve(`sha256:${m.hex}`);
    };
    worker.once('message', onMessage);
    worker.once('error', reject);
    worker.postMessage(path);
  });
}

// An eval'd worker: no separate file to locate, so it survives bundling (the Action's ncc bundle, the hook bundle).
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const { openSync, readSync, closeSync } = require('node:fs');
const buffer = Buffer.allocUnsafe(${CHUNK});
parentPort.on('message', (path) => {
  try {
    const hash = createHash('sha256');
    const fd = openSync(path, 'r');
    try {
      for (;;) {
        const n = readSync(fd, buffer, 0, buffer.length, null);
        if (n === 0) break;
        hash.update(n === buffer.length ? buffer : buffer.subarray(0, n));
      }
    } finally {
      closeSync(fd);
    }
    parentPort.postMessage({ hex: hash.digest('hex') });
  } catch (error) {
    parentPort.postMessage({ error: String(error && error.message || error) });
  }
});
`;
