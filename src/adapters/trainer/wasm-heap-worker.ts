import { workerData } from 'node:worker_threads';
import { HeapJob, routeTwoByTwoRows, sumLeadingColumns, transposeReversedSlices } from './wasm-heap-loops.js';

// The second thread of wasm-heap-pool.ts: waits for a job number, runs its half of the job on the wasm heap, reports.

const { memory, ctl, args } = workerData as { memory: WebAssembly.Memory; ctl: Int32Array; args: Float64Array };

function run(a: Float64Array): void {
  const heap = memory.buffer;
  const f32 = (offset: number, length: number) => new Float32Array(heap, offset, length);
  switch (a[0]) {
    case HeapJob.TwoByTwo:
      routeTwoByTwoRows(f32(a[1], a[2]), f32(a[3], a[4]), f32(a[5], a[6]), a[7], a[8], a[9], a[10], a[11]);
      break;
    case HeapJob.SumColumns:
      sumLeadingColumns(f32(a[1], a[2]), a[5], a[6], f32(a[3], a[4]), a[7], a[8]);
      break;
    case HeapJob.Transpose:
      transposeReversedSlices(f32(a[1], a[2]), f32(a[3], a[4]), a[5], a[6], a[7], a[8], a[9]);
      break;
    default:
      throw new Error(`unknown job ${a[0]}`);
  }
}

let seen = Atomics.load(ctl, 0);
Atomics.store(ctl, 3, 1);
for (;;) {
  Atomics.wait(ctl, 0, seen);
  seen = Atomics.load(ctl, 0);
  try {
    run(args);
  } catch {
    Atomics.store(ctl, 2, 1);
  }
  Atomics.store(ctl, 1, seen);
  Atomics.notify(ctl, 1);
}
