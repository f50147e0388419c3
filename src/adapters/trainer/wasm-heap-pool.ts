import { Worker } from 'node:worker_threads';
import { HeapJob, routeTwoByTwoRows, sumLeadingColumns, transposeReversedSlices } from './wasm-heap-loops.js';

// A second JavaScript thread for mtrack's JavaScript kernels. XNNPACK's pthreads sleep while a JavaScript kernel runs
// (measured: process CPU time = wall time then), so one worker on the wasm heap's shared memory halves those kernels
// on 2 cores. Each call splits its output into two disjoint ranges computed by the same loops, so results are
// identical with or without the worker. The worker waits on an Atomics word (no event loop, no messages per job).

const MIN_ELEMENTS = 1 << 16; // below this the wake-up (~20-50 us) costs more than it saves
const TIMEOUT_MS = 10_000;

interface Pool {
  memory: WebAssembly.Memory;
  ctl: Int32Array; // [0] job number, [1] job done, [2] failed, [3] worker ready
  args: Float64Array;
  worker: Worker;
}

let pool: Pool | undefined;

/** Starts the worker (`workerFile`: wasm-heap-worker.js) on the wasm backend's shared memory, once the threaded backend runs. */
export function startHeapWorker(memory: WebAssembly.Memory, workerFile: string): void {
  if (pool || !(memory.buffer instanceof SharedArrayBuffer)) return;
  const ctl = new Int32Array(new SharedArrayBuffer(4 * Int32Array.BYTES_PER_ELEMENT));
  const args = new Float64Array(new SharedArrayBuffer(16 * Float64Array.BYTES_PER_ELEMENT));
  let worker: Worker;
  try {
    worker = new Worker(workerFile, { workerData: { memory, ctl, args } });
  } catch {
    return; // e.g. the worker file is missing: the kernels run on the main thread alone
  }
  worker.unref(); // it waits forever; the process must still exit
  worker.on('error', () => (pool = undefined)); // a worker that fails to load never reports ready, so is never used
  pool = { memory, ctl, args, worker };
}

/** Whether the worker has started and waits for jobs. */
export function heapWorkerReady(): boolean {
  return pool !== undefined && Atomics.load(pool.ctl, 3) === 1;
}

/** The running pool when every array lives on its current heap, so the worker can address them by offset. */
function poolFor(...arrays: Float32Array[]): Pool | undefined {
  if (!pool || Atomics.load(pool.ctl, 3) !== 1) return undefined; // until the worker waits for jobs, run here
  const heap = pool.memory.buffer;
  return arrays.every((a) => a.buffer === heap) ? pool : undefined;
}

/** Hands the worker `op` with `params` (byte offsets of the arrays first), runs `mine` here, then waits for the worker. */
function split(p: Pool, op: HeapJob, params: number[], mine: () => void): void {
  p.args[0] = op;
  params.forEach((v, i) => (p.args[i + 1] = v));
  const job = Atomics.add(p.ctl, 0, 1) + 1;
  Atomics.notify(p.ctl, 0);
  mine();
  for (let done = Atomics.load(p.ctl, 1); done !== job; done = Atomics.load(p.ctl, 1)) {
    if (Atomics.wait(p.ctl, 1, done, TIMEOUT_MS) === 'timed-out')
      throw new Error('mtrack wasm heap worker did not answer');
  }
  if (Atomics.load(p.ctl, 2) !== 0) throw new Error('mtrack wasm heap worker failed');
}

/** 2x2 stride-2 max-pool gradient over `rows` = batch x output rows (see routeTwoByTwoRows). */
export function routeTwoByTwo(
  x: Float32Array,
  dy: Float32Array,
  dx: Float32Array,
  rows: number,
  wo: number,
  rowStride: number,
  c: number,
): void {
  const p = dx.length >= MIN_ELEMENTS ? poolFor(x, dy, dx) : undefined;
  if (!p || rows < 2) return routeTwoByTwoRows(x, dy, dx, wo, rowStride, c, 0, rows);
  const half = rows >> 1;
  split(
    p,
    HeapJob.TwoByTwo,
    [x.byteOffset, x.length, dy.byteOffset, dy.length, dx.byteOffset, dx.length, wo, rowStride, c, half, rows],
    () => routeTwoByTwoRows(x, dy, dx, wo, rowStride, c, 0, half),
  );
}

/** Sums float32 `x` viewed as [outer, inner] over `outer` (see sumLeadingColumns). */
export function sumLeading(x: Float32Array, outer: number, inner: number, out: Float32Array): void {
  const p = x.length >= MIN_ELEMENTS && inner >= 8 ? poolFor(x, out) : undefined;
  if (!p) return sumLeadingColumns(x, outer, inner, out, 0, inner);
  const half = inner >> 1;
  split(p, HeapJob.SumColumns, [x.byteOffset, x.length, out.byteOffset, out.length, outer, inner, half, inner], () =>
    sumLeadingColumns(x, outer, inner, out, 0, half),
  );
}

/** [A, B, C] -> [C, B, A] (see transposeReversedSlices). */
export function transposeReversed(x: Float32Array, out: Float32Array, [a, b, c]: [number, number, number]): void {
  const p = x.length >= MIN_ELEMENTS && b >= 2 ? poolFor(x, out) : undefined;
  if (!p) return transposeReversedSlices(x, out, a, b, c, 0, b);
  const half = b >> 1;
  split(p, HeapJob.Transpose, [x.byteOffset, x.length, out.byteOffset, out.length, a, b, c, half, b], () =>
    transposeReversedSlices(x, out, a, b, c, 0, half),
  );
}
