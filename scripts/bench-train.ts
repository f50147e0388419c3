// npm run bench:train — training speed of the issue-6 reference model per TensorFlow.js backend (and PyTorch when
// Debian's python3-torch is importable), each in a fresh process; `--full=N` also trains the default model N epochs on
// 54,000 MNIST images and scores it on the 10,000 test images; `--profile` only prints wasm's per-kernel time per step.
// Writes bench/train.json and bench/train.md (not with --profile).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { activateBackend } from '../src/adapters/trainer/backend.js';
import { measureLatency } from '../src/adapters/trainer/evaluate.js';
import { mnistDataDir, readMnist } from './mnist-idx.js';
import { sparseCrossEntropy } from '../src/adapters/trainer/model.js';
import { fillBatch } from '../src/adapters/trainer/train-loop.js';
import { trainAndEvaluate } from '../src/adapters/trainer/train-and-evaluate.js';
import { profileKernels, type KernelTime } from './wasm-kernel-profile.js';
import type { TrainConfig } from '../src/adapters/trainer/types.js';

const BATCH = 64;
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

interface SpeedResult {
  stack: string;
  backend: string;
  device: string;
  threads: number;
  steps: number;
  img_s: number;
  ms_per_step: number;
  peak_rss_mb: number;
  latency_ms_p50?: number;
}

/** The reference model: conv3x3·16 → residual block of two conv3x3·16 → maxpool → conv3x3·32 → GAP → dense 10. */
function referenceModel(): tfl.LayersModel {
  let seed = 1;
  const conv = (filters: number, activation: 'relu' | 'linear') =>
    tfl.layers.conv2d({
      filters,
      kernelSize: 3,
      padding: 'same',
      activation,
      kernelInitializer: tfl.initializers.heNormal({ seed: seed++ }),
    });
  const input = tfl.input({ shape: [28, 28, 1] });
  const h1 = conv(16, 'relu').apply(input) as tfl.SymbolicTensor;
  const r = conv(16, 'linear').apply(conv(16, 'relu').apply(h1)) as tfl.SymbolicTensor;
  let h = tfl.layers.activation({ activation: 'relu' }).apply(tfl.layers.add().apply([h1, r])) as tfl.SymbolicTensor;
  h = tfl.layers.maxPooling2d({ poolSize: 2 }).apply(h) as tfl.SymbolicTensor;
  h = conv(32, 'relu').apply(h) as tfl.SymbolicTensor;
  h = tfl.layers.globalAveragePooling2d({}).apply(h) as tfl.SymbolicTensor;
  const out = tfl.layers
    .dense({ units: 10, kernelInitializer: tfl.initializers.glorotUniform({ seed: seed++ }) })
    .apply(h) as tfl.SymbolicTensor;
  return tfl.model({ inputs: input, outputs: out });
}

/** Child process: time `steps` Adam steps (after `warmup`) of the reference model on one backend. */
async function speedChild(
  backend: 'wasm' | 'cpu' | 'tensorflow',
  steps: number,
  warmup: number,
  profile = false,
): Promise<SpeedResult & { kernels?: KernelTime[] }> {
  const active = await activateBackend(backend);
  const readProfile = profile ? profileKernels(active.backend) : undefined;
  const train = readMnist('train', (steps + warmup) * BATCH);
  const model = referenceModel();
  const optimizer = tf.train.adam(1e-3);
  const order = Uint32Array.from({ length: train.count }, (_, i) => i);
  const x = new Float32Array(BATCH * 784);
  const y = new Int32Array(BATCH);
  let t0 = 0;
  let readBefore: KernelTime[] = [];
  for (let s = 0; s < steps + warmup; s++) {
    if (s === warmup) {
      t0 = performance.now();
      readBefore = readProfile?.() ?? [];
    }
    fillBatch(train, order, s * BATCH, (s + 1) * BATCH, x, y);
    const xs = tf.tensor4d(x, [BATCH, 28, 28, 1]);
    const ys = tf.tensor1d(y, 'int32');
    const loss = optimizer.minimize(
      () => sparseCrossEntropy(model.apply(xs, { training: true }) as tf.Tensor2D, ys),
      true,
    );
    loss!.dataSync();
    tf.dispose([xs, ys, loss!]);
  }
  const seconds = (performance.now() - t0) / 1000;
  const kernels = readProfile?.().map((k) => {
    const before = readBefore.find((b) => b.kernel === k.kernel);
    return {
      kernel: k.kernel,
      calls: (k.calls - (before?.calls ?? 0)) / steps,
      selfMs: (k.selfMs - (before?.selfMs ?? 0)) / steps,
    };
  });
  const latency = backend === 'cpu' ? undefined : measureLatency(model, readMnist('test', 200), 100).p50;
  const threads = /(\d+) thread/.exec(active.device)?.[1];
  return {
    stack: 'tfjs',
    backend: active.backend,
    device: active.device,
    threads: threads ? Number(threads) : 1,
    steps,
    img_s: (steps * BATCH) / seconds,
    ms_per_step: (seconds * 1000) / steps,
    peak_rss_mb: process.resourceUsage().maxRSS / 1024,
    latency_ms_p50: latency,
    kernels,
  };
}

/** Child process: the default model on 54,000 training images, scored on the 10,000 test images. */
async function fullChild(epochs: number) {
  const config: TrainConfig = {
    seed: 1,
    epochs,
    batch_size: 64,
    learning_rate: 1e-3,
    weight_decay: 0,
    dropout: 0.1,
    optimizer: 'adam',
    architecture: { type: 'resnet', width: 16, blocks: 1 },
    eval: {},
  };
  const out = await trainAndEvaluate({
    config,
    backend: 'wasm',
    train: readMnist('train', 54_000),
    test: readMnist('test'),
    artifactsDir: mkdtempSync(join(tmpdir(), 'mtrack-bench-')),
    log: (l) => process.stderr.write(`${l}\n`),
  });
  if ('failure' in out) throw new Error(out.failure.reason);
  return {
    config,
    backend: out.backend,
    device: out.device,
    accuracy: out.eval.accuracy,
    loss: out.loss,
    train_seconds: out.profiling.train_seconds,
    img_s: (54_000 * epochs) / out.profiling.train_seconds,
    latency_ms_p50: out.profiling.latency_ms_p50,
    history: out.history,
  };
}

const PYTORCH_SCRIPT = String.raw`
import json, resource, sys, time
import numpy as np, torch, torch.nn as nn, torch.nn.functional as F
data_dir, steps, warmup, threads, channels_last = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5] == '1'
torch.set_num_threads(threads); torch.manual_seed(0)
n = (steps + warmup) * 64
x = torch.from_numpy(np.frombuffer(open(data_dir + '/train-images-idx3-ubyte', 'rb').read(), np.uint8, offset=16)[: n * 784].reshape(n, 1, 28, 28).astype(np.float32) / 255)
y = torch.from_numpy(np.frombuffer(open(data_dir + '/train-labels-idx1-ubyte', 'rb').read(), np.uint8, offset=8)[:n].astype(np.int64))
class Ref(nn.Module):
    def __init__(self):
        super().__init__()
        self.c1 = nn.Conv2d(1, 16, 3, padding=1); self.a = nn.Conv2d(16, 16, 3, padding=1); self.b = nn.Conv2d(16, 16, 3, padding=1)
        self.c3 = nn.Conv2d(16, 32, 3, padding=1); self.fc = nn.Linear(32, 10)
    def forward(self, x):
        h = F.relu(self.c1(x)); h = F.relu(h + self.b(F.relu(self.a(h)))); h = F.max_pool2d(h, 2)
        return self.fc(F.relu(self.c3(h)).mean((2, 3)))
m = Ref(); fmt = torch.channels_last if channels_last else torch.contiguous_format
m = m.to(memory_format=fmt); opt = torch.optim.Adam(m.parameters(), 1e-3)
for s in range(steps + warmup):
    if s == warmup: t0 = time.perf_counter()
    xb = x[s * 64:(s + 1) * 64].contiguous(memory_format=fmt); yb = y[s * 64:(s + 1) * 64]
    opt.zero_grad(); loss = F.cross_entropy(m(xb), yb); loss.backward(); opt.step()
sec = time.perf_counter() - t0
print(json.dumps({'stack': 'pytorch ' + torch.__version__ + (' channels_last' if channels_last else ''), 'backend': 'torch', 'device': 'cpu', 'threads': threads, 'steps': steps,
  'img_s': steps * 64 / sec, 'ms_per_step': sec * 1000 / steps, 'peak_rss_mb': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
`;

function runChild(args: string[]): unknown {
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env },
  });
  if (r.status !== 0) throw new Error(`bench child ${args.join(' ')} exited with ${r.status}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!);
}

function hasTorch(): boolean {
  try {
    execFileSync('/usr/bin/python3', ['-c', 'import torch'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function hasTfjsNode(): boolean {
  return (
    spawnSync(process.execPath, ['-e', "require('@tensorflow/tfjs-node')"], { cwd: ROOT, stdio: 'ignore' }).status === 0
  );
}

function table(rows: SpeedResult[]): string {
  const lines = [
    '| stack | backend | threads | steps | img/s | ms/step | peak RSS MB | predict p50 ms |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.stack} | ${r.backend} | ${r.threads} | ${r.steps} | ${r.img_s.toFixed(1)} | ${r.ms_per_step.toFixed(1)} | ${r.peak_rss_mb.toFixed(0)} | ${r.latency_ms_p50?.toFixed(2) ?? ''} |`,
    );
  }
  return lines.join('\n');
}

/** `--profile`: per-kernel self time per training step on wasm (timers add a little overhead; nothing is written). */
function printProfile(r: SpeedResult & { kernels: KernelTime[] }): void {
  const inKernels = r.kernels.reduce((a, k) => a + k.selfMs, 0);
  console.log(
    `wasm, ${r.threads} threads: ${r.img_s.toFixed(1)} img/s, ${r.ms_per_step.toFixed(1)} ms/step, ${inKernels.toFixed(1)} ms in kernels`,
  );
  for (const k of r.kernels)
    console.log(
      `${k.kernel.padEnd(24)} ${k.calls.toFixed(0).padStart(4)} calls ${k.selfMs.toFixed(2).padStart(8)} ms/step`,
    );
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv[0] === '--child') {
    const [, kind, a, b] = argv;
    if (kind === 'wasm1') process.env.MTRACK_WASM_THREADS = '1';
    const backend = kind === 'wasm1' || kind === 'profile' ? 'wasm' : (kind as 'wasm');
    const result =
      kind === 'full'
        ? await fullChild(Number(a))
        : await speedChild(backend, Number(a), Number(b), kind === 'profile');
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  const opt = (name: string, d: number) => Number(argv.find((x) => x.startsWith(`--${name}=`))?.split('=')[1] ?? d);
  const steps = opt('steps', 100);
  const cpuSteps = opt('cpu-steps', 1);
  if (argv.includes('--profile')) {
    printProfile(runChild(['profile', String(steps), '5']) as SpeedResult & { kernels: KernelTime[] });
    return;
  }
  const loadBefore = loadavg()[0];
  const rows: SpeedResult[] = [];
  const say = (r: SpeedResult) => {
    rows.push(r);
    console.log(
      `${r.stack.padEnd(28)} ${r.backend.padEnd(10)} threads ${r.threads}  ${r.img_s.toFixed(1).padStart(7)} img/s  ${r.ms_per_step.toFixed(1).padStart(8)} ms/step  peak RSS ${r.peak_rss_mb.toFixed(0)} MB`,
    );
  };
  if (hasTfjsNode()) say(runChild(['tensorflow', String(steps), '5']) as SpeedResult);
  say(runChild(['wasm', String(steps), '5']) as SpeedResult);
  say(runChild(['wasm1', String(steps), '5']) as SpeedResult);
  if (cpuSteps > 0) say(runChild(['cpu', String(cpuSteps), '1']) as SpeedResult);
  let ratio: number | undefined;
  if (hasTorch()) {
    const script = join(mkdtempSync(join(tmpdir(), 'mtrack-bench-')), 'bench_torch.py');
    writeFileSync(script, PYTORCH_SCRIPT);
    const threads = (rows.find((r) => r.backend === 'wasm')?.threads ?? 2).toString();
    for (const cl of ['0', '1']) {
      const out = execFileSync('/usr/bin/python3', [script, mnistDataDir(), String(steps), '5', threads, cl], {
        encoding: 'utf8',
      });
      say(JSON.parse(out.trim().split('\n').pop()!) as SpeedResult);
    }
    const wasm = rows.find((r) => r.backend === 'wasm')!;
    const best = Math.max(...rows.filter((r) => r.backend === 'torch').map((r) => r.img_s));
    ratio = wasm.img_s / best;
    console.log(`wasm / PyTorch (best layout) = ${ratio.toFixed(2)}`);
  } else {
    console.log('PyTorch: /usr/bin/python3 cannot import torch (apt-get install python3-torch), no ratio.');
  }
  const fullEpochs = opt('full', 0);
  const full =
    fullEpochs > 0 ? (runChild(['full', String(fullEpochs)]) as Awaited<ReturnType<typeof fullChild>>) : undefined;
  if (full)
    console.log(
      `default model, ${fullEpochs} epoch(s) on 54,000 images: test accuracy ${full.accuracy.toFixed(4)}, training ${full.train_seconds.toFixed(0)} s`,
    );

  const load = { before: loadBefore, after: loadavg()[0] }; // 1-minute load average; the bench itself adds up to ~2
  const report = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: (await import('node:os')).availableParallelism(),
    batch: BATCH,
    load_average_1m: load,
    speed: rows,
    wasm_vs_pytorch: ratio,
    default_model_full_mnist: full,
  };
  writeFileSync(join(ROOT, 'bench', 'train.json'), `${JSON.stringify(report, null, 2)}\n`);
  const md = [
    '# Training speed (npm run bench:train)',
    '',
    `Reference model of issue 6 (conv3x3·16 → residual block of two conv3x3·16 → maxpool → conv3x3·32 → GAP → dense 10), Adam, batch ${BATCH}, real MNIST; each row a fresh process. ${report.cpus} cores, Node ${process.version}, ${report.date.slice(0, 10)}.`,
    '',
    table(rows),
    '',
    ratio === undefined
      ? 'PyTorch not importable: no ratio.'
      : `wasm (threaded) / PyTorch (best memory layout): **${ratio.toFixed(2)}×**.`,
    '',
    full
      ? `Default model (resnet width 16, blocks 1; ${fullEpochs} epochs, batch 64, Adam 1e-3, dropout 0.1) on 54,000 MNIST training images, wasm (${full.device}): **test accuracy ${(full.accuracy * 100).toFixed(2)}%** on 10,000 test images, **${full.train_seconds.toFixed(0)} s** of training (${full.img_s.toFixed(0)} img/s), predict p50 ${full.latency_ms_p50.toFixed(2)} ms.`
      : 'Default model: run with --full=2 to measure accuracy and training time on full MNIST.',
    '',
    '## Notes',
    '',
    "- wasm trains because mtrack registers Conv2DBackpropFilter (missing in tfjs-backend-wasm) and replaces its slow Conv2DBackpropInput, both as one forward XNNPACK convolution each; the filter gradient makes the smaller of x and dy the convolution's filter, which XNNPACK repacks on every call (src/adapters/trainer/wasm-conv-grads.ts).",
    "- wasm threads: tfjs-backend-wasm turns its threaded build off in Node (tensorflow/tfjs#3830); src/adapters/trainer/wasm-setup.ts starts it anyway (pthread worker script written to a temp file, pool sized for MTRACK_WASM_THREADS or all cores, workers unref'd). MTRACK_WASM_THREADS=1 gives the single-threaded row.",
    '- mtrack also replaces tfjs-backend-wasm kernels that a training step does not need to be slow (src/adapters/trainer/wasm-fast-kernels.ts): Identity and same-dtype Cast share data instead of copying it (the engine clones every tensor a gradient saves); Sum over leading axes (bias gradients), Transpose with reversed axes and MaxPoolGrad run as JavaScript loops on the wasm heap, split between the main thread and one worker thread. Each is checked against the cpu backend (test/unit/trainer-wasm-kernels.test.ts).',
    "- Per-kernel time per step: `node lib/scripts/bench-train.js --profile`. Largest remaining costs on wasm: the two 16->16 filter gradients (~9.5 ms each, about half of it repacking a fresh 28x28x64x16 filter) and the forward and input-gradient convolutions (XNNPACK, near its peak on 2 cores), then small single-threaded elementwise kernels and the engine's per-kernel overhead (Adam: ~140 kernel calls per step).",
    `- 1-minute load average: ${load.before.toFixed(2)} before the run, ${load.after.toFixed(2)} after it.`,
    '- Figures depend on machine load: other processes sharing the cores lower every row.',
    '',
  ].join('\n');
  writeFileSync(join(ROOT, 'bench', 'train.md'), md);
}

await main();
