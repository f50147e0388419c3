export interface ProgressSink {
  batch(epoch: number, step: number, steps: number, imagesPerSecond: number, etaSeconds: number): void;
  epochDone(line: string): void;
}

function formatSeconds(s: number): string {
  if (!Number.isFinite(s)) return '?';
  const m = Math.floor(s / 60);
  return m > 0 ? `${m}m${String(Math.round(s % 60)).padStart(2, '0')}s` : `${Math.round(s)}s`;
}

/**
 * On a TTY one line rewritten in place (at most 5 times a second), finished with a newline per epoch; elsewhere
 * (CI, pipes) only the per-epoch line, through `log`.
 */
export function createProgress(epochs: number, log: (line: string) => void, tty?: NodeJS.WriteStream): ProgressSink {
  let lastDraw = 0;
  return {
    batch(epoch, step, steps, ips, eta) {
      if (!tty) return;
      const now = Date.now();
      if (now - lastDraw < 200 && step !== steps) return;
      lastDraw = now;
      tty.write(
        `\r\x1b[Kepoch ${epoch}/${epochs}  batch ${step}/${steps}  ${Math.round(ips)} img/s  ETA ${formatSeconds(eta)}`,
      );
    },
    epochDone(line) {
      if (tty) tty.write(`\r\x1b[K${line}\n`);
      else log(line);
    },
  };
}
