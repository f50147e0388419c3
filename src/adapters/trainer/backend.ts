import * as tf from '@tensorflow/tfjs-core';
import { version_cpu } from '@tensorflow/tfjs-backend-cpu';
import { badInput } from '../../core/errors.js';
import type { BackendPreference } from './types.js';
import { initWasmBackend } from './wasm-setup.js';

export interface ActiveBackend {
  backend: string;
  device: string;
}

// Registers the cpu backend. A named import that is used, not `import '…'`: ncc bundles the package's CommonJS
// build, which its package.json `sideEffects` list does not name, so a bare import is dropped from the Action bundle
// ("Backend name 'cpu' not found in registry").
void version_cpu;

// A variable specifier keeps tsc from requiring the (optional, native) package at build time.
const TFJS_NODE = '@tensorflow/tfjs-node';

async function tryTensorflow(): Promise<ActiveBackend | undefined> {
  try {
    await import(TFJS_NODE);
    if (!(await tf.setBackend('tensorflow'))) return undefined;
    return { backend: 'tensorflow', device: 'cpu (libtensorflow)' };
  } catch {
    return undefined;
  }
}

async function tryWasm(): Promise<ActiveBackend | undefined> {
  try {
    const { threads } = await initWasmBackend();
    return { backend: 'wasm', device: `wasm simd, ${threads} thread${threads === 1 ? '' : 's'}` };
  } catch {
    return undefined;
  }
}

async function useCpu(): Promise<ActiveBackend> {
  if (!(await tf.setBackend('cpu'))) throw new Error('the tfjs cpu backend failed to start');
  return { backend: 'cpu', device: 'cpu (plain JavaScript)' };
}

/** Activates the preferred TensorFlow.js backend; `auto` picks tensorflow (tfjs-node) > wasm > cpu. */
export async function activateBackend(preference: BackendPreference): Promise<ActiveBackend> {
  if (preference === 'cpu') return useCpu();
  if (preference === 'tensorflow' || preference === 'auto') {
    const active = await tryTensorflow();
    if (active) return active;
    if (preference === 'tensorflow') {
      throw badInput(
        "backend 'tensorflow': @tensorflow/tfjs-node is not installed or failed to load.",
        "run 'npm install @tensorflow/tfjs-node' and allow its install script (it downloads libtensorflow), or use --backend wasm.",
      );
    }
  }
  const wasm = await tryWasm();
  if (wasm) return wasm;
  if (preference === 'wasm') throw badInput("backend 'wasm': @tensorflow/tfjs-backend-wasm failed to start.");
  return useCpu();
}
