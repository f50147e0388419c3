import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { badInput } from '../../../core/errors.js';
import { addRow, parseMetricLine, type MetricRow, type Reported } from '../../../core/command-metrics.js';

export interface ProcessSpec {
  argv: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  timeoutMs: number;
  /** Between SIGTERM and SIGKILL: time for the script to save a checkpoint and flush its metrics. */
  graceMs: number;
  metricsFile: string;
  /** Asked after each new history row; 'stop' ends the process (hyperband). */
  onRow?: (history: readonly MetricRow[]) => 'continue' | 'stop';
  log: (line: string) => void;
}

export interface ProcessOutcome {
  code: number | null;
  signal: string | null;
  timedOut: boolean;
  stopped: boolean;
  stderrTail: string[];
  reported: Reported;
}

const TAIL_LINES = 20;
const POLL_MS = 100;

/** Runs the trainer, following its metrics file as it grows, and stops it on timeout or when asked. */
export function runProcess(spec: ProcessSpec): Promise<ProcessOutcome> {
  const reported: Reported = { history: [], summary: {}, extra: {} };
  const stderrTail: string[] = [];
  const follower = followLines(spec.metricsFile, (line, n) => {
    const row = parseMetricLine(line);
    if (!row) {
      reported.badLine ??= n;
      return;
    }
    if ('primary_metric' in row && 'profiling' in row) {
      reported.legacy = row;
      return;
    }
    const before = reported.history.length;
    addRow(reported, row);
    if (reported.history.length > before && !state.stopped && spec.onRow?.(reported.history) === 'stop') {
      state.stopped = true;
      terminate();
    }
  });
  const state = { stopped: false, timedOut: false };
  const [command, ...args] = spec.argv;
  const child = spawn(command, args, { cwd: spec.cwd, env: spec.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let killTimer: NodeJS.Timeout | undefined;
  function terminate(): void {
    if (killTimer || child.exitCode !== null) return;
    child.kill('SIGTERM');
    killTimer = setTimeout(() => child.kill('SIGKILL'), spec.graceMs);
  }
  const timeout = setTimeout(() => {
    state.timedOut = true;
    terminate();
  }, spec.timeoutMs);
  const poll = setInterval(() => follower.read(), POLL_MS);
  eachLine(child.stdout, (l) => spec.log(`  ${l}`));
  eachLine(child.stderr, (l) => {
    spec.log(`  ${l}`);
    stderrTail.push(l);
    if (stderrTail.length > TAIL_LINES) stderrTail.shift();
  });
  return new Promise((resolve, reject) => {
    child.on('error', (e) => {
      clearTimeout(timeout);
      clearInterval(poll);
      reject(badInput(`trainer: cannot start '${command}': ${e.message}.`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timeout);
      clearTimeout(killTimer);
      clearInterval(poll);
      follower.read(true);
      resolve({ code, signal, ...state, stderrTail, reported });
    });
  });
}

/** Reads whole lines appended to a file since the last call (the file may appear late, lines arrive in pieces). */
function followLines(file: string, onLine: (line: string, n: number) => void): { read: (final?: boolean) => void } {
  let offset = 0;
  let partial = '';
  let n = 0;
  const buffer = Buffer.alloc(1 << 16);
  return {
    read(final = false) {
      if (!existsSync(file)) return;
      const fd = openSync(file, 'r');
      try {
        let got: number;
        const chunks: Buffer[] = [];
        while ((got = readSync(fd, buffer, 0, buffer.length, offset)) > 0) {
          chunks.push(Buffer.from(buffer.subarray(0, got)));
          offset += got;
        }
        const lines = (partial + Buffer.concat(chunks).toString('utf8')).split('\n');
        partial = final ? '' : lines.pop()!;
        for (const line of lines) {
          n++;
          if (line.trim()) onLine(line, n);
        }
      } finally {
        closeSync(fd);
      }
    },
  };
}

/** Calls back per line of a child's stream: a pipe delivers chunks, and a chunk may end mid-line. */
export function eachLine(stream: Readable, onLine: (line: string) => void): void {
  let partial = '';
  stream.setEncoding('utf8'); // decodes a multi-byte character split across chunks whole
  stream.on('data', (chunk: string) => {
    const lines = (partial + chunk).split('\n');
    partial = lines.pop()!;
    for (const line of lines) if (line) onLine(line);
  });
  stream.on('end', () => {
    if (partial) onLine(partial);
  });
}
