import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import { getThreadsCount, setThreadsCount, setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { registerWasmConvGradients } from './wasm-conv-grads.js';
import { registerWasmFastKernels } from './wasm-fast-kernels.js';
import { startHeapWorker } from './wasm-heap-pool.js';

const require = createRequire(import.meta.url);

/** Folder holding the package's .wasm binaries (with a trailing separator), resolved from this file so a fresh clone works. */
export function wasmDistDir(): string {
  return path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm')) + path.sep;
}

/** Threads the wasm backend should use: MTRACK_WASM_THREADS, else every core (XNNPACK caps at 8). */
export function wantedWasmThreads(env: NodeJS.ProcessEnv = process.env): number {
  const fromEnv = Number(env.MTRACK_WASM_THREADS);
  const n = Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : os.availableParallelism();
  return Math.max(1, Math.min(8, n));
}

interface EmscriptenWorker {
  unref(): void;
}
interface PThreadState {
  unusedWorkers: EmscriptenWorker[];
  runningWorkers: EmscriptenWorker[];
}

let initialized: { threads: number } | undefined;

/**
 * Activates the wasm backend (SIMD, threaded when `threads` > 1 and it starts), with mtrack's fast convolution
 * gradients and faster kernels (wasm-fast-kernels.ts) registered. Returns the thread count XNNPACK really uses.
 */
export async function initWasmBackend(threads = wantedWasmThreads()): Promise<{ threads: number }> {
  registerWasmConvGradients();
  registerWasmFastKernels();
  setWasmPaths(wasmDistDir());
  if (initialized) {
    if (!(await tf.setBackend('wasm'))) throw new Error('the wasm backend failed to start');
    return initialized;
  }
  if (threads > 1 && (await tryStartThreaded(threads))) {
    startHeapWorker((tf.backend() as unknown as { wasm: { wasmMemory: WebAssembly.Memory } }).wasm.wasmMemory);
    initialized = { threads: getThreadsCount() };
    return initialized;
  }
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  setThreadsCount(1);
  if (!(await tf.setBackend('wasm'))) throw new Error('the wasm backend failed to start');
  initialized = { threads: getThreadsCount() };
  return initialized;
}

/**
 * tfjs-backend-wasm disables its threaded build in Node (tensorflow/tfjs#3830) for three reasons we work around here:
 * the pthread worker script is handed over as a blob: URL, which Node's Worker cannot load (we write it to a temp file
 * and, inside the worker, point the main-script blob at the real file in wasm-out/); the C++ side sizes its pool as
 * os.cpus().length / 2 (assuming hyper-threading), so we report twice the wanted count while it starts; and the
 * emscripten workers keep the event loop alive, so we unref them.
 */
async function tryStartThreaded(threads: number): Promise<boolean> {
  const outDir = path.join(wasmDistDir(), '..', 'wasm-out');
  const mainJs = path.join(outDir, 'tfjs-backend-wasm-threaded-simd.js');
  const { wasmWorkerContents } = require(path.join(outDir, 'tfjs-backend-wasm-threaded-simd.worker.js')) as {
    wasmWorkerContents: string;
  };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mtrack-wasm-'));
  const workerFile = path.join(dir, 'worker.cjs');
  const prelude = `URL.createObjectURL = () => ${JSON.stringify(mainJs)}; URL.revokeObjectURL = () => {};\n`;
  fs.writeFileSync(workerFile, prelude + wasmWorkerContents.replace(/\n/g, '\\n'));

  const mutableOs = require('node:os') as { cpus: typeof os.cpus };
  const realCpus = mutableOs.cpus;
  const realCreateObjectURL = URL.createObjectURL;
  const one = realCpus()[0];
  mutableOs.cpus = () => Array.from({ length: 2 * threads }, () => one);
  URL.createObjectURL = () => workerFile;
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', true);
  setThreadsCount(threads);
  let ok = false;
  try {
    ok = await tf.setBackend('wasm');
  } catch {
    ok = false;
  } finally {
    mutableOs.cpus = realCpus;
    URL.createObjectURL = realCreateObjectURL;
    // Safe once setBackend settles: emscripten waits for every pool worker to load its script before resolving.
    fs.rmSync(dir, { recursive: true, force: true });
  }
  if (!ok) return false; // the caller retries single-threaded: the backend factory stays registered
  const pthread = (tf.backend() as unknown as { wasm: { PThread?: PThreadState } }).wasm.PThread;
  for (const w of [...(pthread?.unusedWorkers ?? []), ...(pthread?.runningWorkers ?? [])]) w.unref();
  return true;
}
