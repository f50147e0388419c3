// The Action's dist/, made by one function so `npm run bundle` and the test "dist/ is what the bundle script makes"
// build the same thing. ncc bundles lib/src/action/index.js; `run` and `baseline` reach the run use case and
// TensorFlow.js only through dynamic imports, so those land in lazy chunks the other commands never load. What the
// wasm backend reads from disk at run time cannot be bundled (ncc copies no .wasm it cannot see, and the pthread
// workers load emscripten's script by path), so dist/trainer/ gets exactly those files: the SIMD and threaded SIMD
// binaries, emscripten's threaded script and worker source, and mtrack's heap worker (its own small ncc build).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import {
  BUNDLED_ASSETS_DIR,
  BUNDLED_THREADED_WORKER,
  WASM_FILES,
  packageWasmAssets,
} from '../src/adapters/trainer/wasm-assets.js';

/** Builds the Action bundle of the compiled sources in `<root>/lib` into `outDir` (emptied first). */
export function buildActionBundle(root: string, outDir: string): void {
  const ncc = (entry: string, out: string, extra: string[] = []) =>
    execFileSync(
      process.execPath,
      [join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js'), 'build', entry, '-o', out, ...extra, '--quiet'],
      { cwd: root, stdio: 'pipe' },
    );
  rmSync(outDir, { recursive: true, force: true });
  ncc('lib/src/action/index.js', outDir, ['--license', 'licenses.txt']);

  const trainerDir = join(root, 'lib', 'src', 'adapters', 'trainer');
  const assets = packageWasmAssets(trainerDir);
  const target = join(outDir, BUNDLED_ASSETS_DIR);
  mkdirSync(target, { recursive: true });
  for (const file of [
    join(assets.wasmDir, WASM_FILES.simd),
    join(assets.wasmDir, WASM_FILES.threadedSimd),
    assets.threadedJs,
  ])
    copyFileSync(file, join(target, basename(file)));
  copyFileSync(assets.threadedWorker, join(target, BUNDLED_THREADED_WORKER));

  const workerOut = mkdtempSync(join(tmpdir(), 'mtrack-heap-worker-'));
  try {
    ncc(join(trainerDir, WASM_FILES.heapWorker), workerOut);
    copyFileSync(join(workerOut, 'index.js'), join(target, WASM_FILES.heapWorker));
  } finally {
    rmSync(workerOut, { recursive: true, force: true });
  }
}
