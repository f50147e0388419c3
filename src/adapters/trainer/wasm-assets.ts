import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What the wasm backend reads from disk at run time; the Action bundle ships exactly these in dist/trainer/. */
export interface WasmAssets {
  wasmDir: string; // holds the .wasm binaries; ends with a separator (setWasmPaths takes a prefix)
  threadedJs: string; // emscripten's main script, loaded by each pthread worker
  threadedWorker: string; // CommonJS module exporting the pthread worker's source (wasmWorkerContents)
  heapWorker: string; // mtrack's own worker for the JavaScript kernels (wasm-heap-pool.ts)
}

/** The files' names: Node always has SIMD, so the plain (non-SIMD) binary is never loaded and not shipped. */
export const WASM_FILES = {
  simd: 'tfjs-backend-wasm-simd.wasm',
  threadedSimd: 'tfjs-backend-wasm-threaded-simd.wasm',
  threadedJs: 'tfjs-backend-wasm-threaded-simd.js',
  threadedWorker: 'tfjs-backend-wasm-threaded-simd.worker.js',
  heapWorker: 'wasm-heap-worker.js',
} as const;

/** The pthread worker source is a CommonJS module we require(): in the bundle (dist/ is "type": "module") it is .cjs. */
export const BUNDLED_THREADED_WORKER = 'tfjs-backend-wasm-threaded-simd.worker.cjs';

/** The folder next to the Action bundle's chunks that holds the trainer's files (dist/trainer/). */
export const BUNDLED_ASSETS_DIR = 'trainer';

// Built from a variable so ncc's asset relocator leaves it alone: the bundle script puts these files there itself.
const here = dirname(fileURLToPath(import.meta.url));

/** The bundled files when this code runs from the Action bundle, else those of the installed packages. */
export function wasmAssets(): WasmAssets {
  const bundled = join(here, BUNDLED_ASSETS_DIR);
  if (!existsSync(join(bundled, WASM_FILES.simd))) return packageWasmAssets(here);
  const at = (name: string) => join(bundled, name);
  return {
    wasmDir: bundled + sep,
    threadedJs: at(WASM_FILES.threadedJs),
    threadedWorker: at(BUNDLED_THREADED_WORKER),
    heapWorker: at(WASM_FILES.heapWorker),
  };
}

/** The files in node_modules/@tensorflow/tfjs-backend-wasm, resolved from `compiledTrainerDir` (lib/src/adapters/trainer). */
export function packageWasmAssets(compiledTrainerDir: string): WasmAssets {
  const require = createRequire(join(compiledTrainerDir, 'wasm-assets.js'));
  const wasmDir = dirname(require.resolve('@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm'));
  const out = join(wasmDir, '..', 'wasm-out');
  return {
    wasmDir: wasmDir + sep,
    threadedJs: join(out, WASM_FILES.threadedJs),
    threadedWorker: join(out, WASM_FILES.threadedWorker),
    heapWorker: join(compiledTrainerDir, WASM_FILES.heapWorker),
  };
}
