// npm run bench:hash — mtrack's file hashing against `openssl dgst -sha256` and `sha256sum` over the same files in
// the same run (issue 16 "Hashing at disk speed"). A revision of BENCH_HASH_MB (default 1,024 MB) of generated
// IDX-like data in 8 files; every tool reads from the page cache (one warm-up pass first), so the figures compare
// hashing, not the disk. Start-up cost (a Node process that hashes nothing) is measured separately.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashFiles } from '../src/adapters/fs/hash-files.js';

const TOTAL_MB = Number(process.env.BENCH_HASH_MB ?? 1024);
const FILES = 8;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

function makeRevision(dir: string): string[] {
  const per = Math.floor((TOTAL_MB << 20) / FILES);
  return Array.from({ length: FILES }, (_, i) => {
    const path = join(dir, `split-${i}-images-idx3-ubyte`);
    const bytes = Buffer.allocUnsafe(per);
    let x = 0x9e3779b9 ^ i;
    for (let j = 0; j < per; j += 4) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      bytes.writeUInt32LE(x >>> 0, j);
    }
    writeFileSync(path, bytes);
    return path;
  });
}

function timeCommand(cmd: string, args: string[]): number {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status !== 0) throw new Error(`${cmd}: ${r.stderr}`);
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

async function timeMtrack(paths: string[]): Promise<number> {
  const t0 = process.hrtime.bigint();
  await hashFiles(paths);
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

const best = (xs: number[]) => Math.min(...xs);
const round = (x: number) => Math.round(x * 10) / 10;

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'mtrack-bench-hash-'));
  try {
    const paths = makeRevision(dir);
    timeCommand('cat', paths); // warm the page cache
    const openssl: number[] = [];
    const sha256sum: number[] = [];
    const mtrack: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      openssl.push(timeCommand('openssl', ['dgst', '-sha256', ...paths]));
      sha256sum.push(timeCommand('sha256sum', paths));
      mtrack.push(await timeMtrack(paths));
    }
    const startup = Array.from({ length: 5 }, () => timeCommand(process.execPath, ['-e', '0']));
    const mb = TOTAL_MB;
    const rows = [
      { tool: 'openssl dgst -sha256 (anchor, 1 process)', ms: best(openssl) },
      { tool: 'sha256sum', ms: best(sha256sum) },
      { tool: `mtrack hashFiles (${Math.min(cpus().length, FILES)} worker threads)`, ms: best(mtrack) },
    ].map((row) => ({ ...row, ms: round(row.ms), mb_per_s: round((mb / row.ms) * 1000) }));
    const ratio = Math.round((best(openssl) / best(mtrack)) * 100) / 100;
    const result = {
      machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version },
      revision_mb: mb,
      files: FILES,
      rounds: ROUNDS,
      rows,
      node_startup_ms: round(best(startup)),
      throughput_vs_openssl: ratio,
      target: '>= 0.8x openssl',
      met: ratio >= 0.8,
    };
    mkdirSync('bench', { recursive: true });
    writeFileSync('bench/hash.json', `${JSON.stringify(result, null, 2)}\n`);
    const md = [
      `# bench:hash — ${mb} MB in ${FILES} files, best of ${ROUNDS}, page cache warm`,
      '',
      `Machine: ${result.machine.cpus} × ${result.machine.model}, Node ${result.machine.node}.`,
      '',
      '| tool | ms | MB/s |',
      '| --- | ---: | ---: |',
      ...rows.map((r) => `| ${r.tool} | ${r.ms} | ${r.mb_per_s} |`),
      '',
      `mtrack / openssl throughput: **${ratio}×** (target ≥ 0.8×). Node start-up alone (\`node -e 0\`): ${result.node_startup_ms} ms.`,
      '',
    ].join('\n');
    writeFileSync('bench/hash.md', md);
    process.stdout.write(md);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
