import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import { getThreadsCount, setThreadsCount, setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { registerWasmConvGradients } from './wasm-conv-grads.js';
import { registerWasmFastKernels } from './wasm-fast-kernels.js';
import { startHeapWorker } from './wasm-heap-pool.js';
import { wasmAssets, type WasmAssets } from './wasm-assets.js';

const require = createRequire(import.meta.url);

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
  const assets = wasmAssets();
  setWasmPaths(assets.wasmDir);
  if (initialized) {
    if (!(await startWasm(assets))) throw new Error('the wasm backend failed to start');
    return initialized;
  }
  if (threads > 1 && (await tryStartThreaded(threads, assets))) {
    const { wasmMemory } = (tf.backend() as unknown as { wasm: { wasmMemory: WebAssembly.Memory } }).wasm;
    startHeapWorker(wasmMemory, assets.heapWorker);
    initialized = { threads: getThreadsCount() };
    return initialized;
  }
  tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
  setThreadsCount(1);
  if (!(await startWasm(assets))) throw new Error('the wasm backend failed to start');
  initialized = { threads: getThreadsCount() };
  return initialized;
}

/**
 * `tf.setBackend('wasm')`. emscripten's Node start-up reads `__dirname`, which an ESM bundle (the Action's dist/)
 * does not define ("__dirname is not defined"): lend it the assets folder for the call (it only locates files,
 * and setWasmPaths already names them); where a CommonJS build runs, its own module-scoped __dirname wins.
 */
async function startWasm(assets: WasmAssets): Promise<boolean> {
  const global = globalThis as { __dirname?: string };
  const lent = !('__dirname' in global);
  if (lent) global.__dirname = assets.wasmDir.slice(0, -1);
  try {
    return await tf.setBackend('wasm');
  } finally {
    if (lent) delete global.__dirname;
  }
}

/**
 * tfjs-backend-wasm disables its threaded build in Node (tensorflow/tfjs#3830) for three reasons we work around here:
 * the pthread worker script is handed over as a blob: URL, which Node's Worker cannot load (we write it to a temp file
 * and, inside the worker, point the main-script blob at the real file: wasm-out/ or the bundle's dist/trainer/); the C++ side sizes its pool as
 * os.cpus().length / 2 (assuming hyper-threading), so we report twice the wanted count while it starts; and the
 * emscripten workers keep the event loop alive, so we unref them.
 */
async function tryStartThreaded(threads: number, assets: WasmAssets): Promise<boolean> {
  const mainJs = assets.threadedJs;
  const { wasmWorkerContents } = require(assets.threadedWorker) as {
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
    ok = await startWasm(assets);
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
