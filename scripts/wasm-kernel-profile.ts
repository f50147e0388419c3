import {
  getKernelsForBackend,
  registerKernel,
  unregisterKernel,
  type KernelConfig,
  type KernelFunc,
} from '@tensorflow/tfjs-core';

export interface KernelTime {
  kernel: string;
  calls: number;
  /** Milliseconds spent in the kernel itself, without the kernels it runs internally. */
  selfMs: number;
}

/**
 * Wraps every kernel registered for `backendName` with a wall-clock timer (tf.profile() only sees kernels the engine
 * dispatches, not those a kernel runs internally, and reports no time for synchronous wasm kernels). Wasm kernels
 * run synchronously (XNNPACK's thread pool joins before returning), so wall-clock time is the kernel's cost.
 * Call before the backend's first use of a kernel; returns a reader of the totals so far.
 */
export function profileKernels(backendName = 'wasm'): () => KernelTime[] {
  const totals = new Map<string, KernelTime>();
  const stack: number[] = []; // child time accumulated per open call
  for (const config of getKernelsForBackend(backendName)) {
    const inner = config.kernelFunc;
    const entry: KernelTime = { kernel: config.kernelName, calls: 0, selfMs: 0 };
    totals.set(config.kernelName, entry);
    const timed = ((args) => {
      const t0 = performance.now();
      stack.push(0);
      try {
        return inner(args);
      } finally {
        const total = performance.now() - t0;
        const children = stack.pop()!;
        entry.calls++;
        entry.selfMs += total - children;
        if (stack.length > 0) stack[stack.length - 1] += total;
      }
    }) as KernelFunc;
    const wrapped: KernelConfig = { ...config, kernelFunc: timed };
    unregisterKernel(config.kernelName, backendName);
    registerKernel(wrapped);
  }
  return () =>
    [...totals.values()]
      .filter((t) => t.calls > 0)
      .map((t) => ({ ...t }))
      .sort((a, b) => b.selfMs - a.selfMs);
}
