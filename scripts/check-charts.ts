// npm run check:charts -- DIR: screenshots every SVG in DIR (default reports/) with Debian's headless Chromium and
// fails when a screenshot is blank (a single colour). Exit 0 all drawn, 1 a blank chart, 2 no Chromium or no SVGs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { pngColors } from './png-colors.js';

const CANDIDATES = ['chromium', 'chromium-browser', 'google-chrome'];

/** The first Chromium on PATH (or $CHROMIUM), or undefined. */
export function findChromium(): string | undefined {
  const names = process.env.CHROMIUM ? [process.env.CHROMIUM] : CANDIDATES;
  return names.find((name) => spawnSync(name, ['--version'], { encoding: 'utf8' }).status === 0);
}

export interface ChartCheck {
  file: string;
  width: number;
  height: number;
  colors: number;
}

/** Screenshots one SVG at its own size and counts the colours of the PNG. */
export function screenshotSvg(chromium: string, svgPath: string, workDir: string): ChartCheck {
  const svg = readFileSync(svgPath, 'utf8');
  const size = (attr: string) => Math.ceil(Number(new RegExp(`<svg[^>]*\\s${attr}="([\\d.]+)"`).exec(svg)?.[1] ?? 600));
  const png = join(workDir, 'shot.png');
  const r = spawnSync(
    chromium,
    [
      '--headless',
      '--no-sandbox', // running as root in CI containers
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--hide-scrollbars',
      `--user-data-dir=${join(workDir, 'profile')}`,
      `--window-size=${size('width')},${size('height')}`,
      `--screenshot=${png}`,
      pathToFileURL(svgPath).href,
    ],
    { encoding: 'utf8', timeout: 60_000 },
  );
  if (r.status !== 0) throw new Error(`${chromium} failed on ${svgPath}: ${r.stderr.split('\n').slice(-3).join(' ')}`);
  return { file: svgPath, ...pngColors(readFileSync(png)) };
}

/** Every SVG in `dir`, screenshotted; blank ones have colors === 1. */
export function checkCharts(chromium: string, dir: string): ChartCheck[] {
  const work = mkdtempSync(join(tmpdir(), 'mtrack-charts-'));
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith('.svg'))
      .sort()
      .map((f) => screenshotSvg(chromium, join(dir, f), work));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = resolve(process.argv[2] ?? 'reports');
  const chromium = findChromium();
  if (!chromium) {
    process.stderr.write('check:charts: no chromium on PATH (Debian: apt-get install -y chromium).\n');
    process.exit(2);
  }
  const results = checkCharts(chromium, dir);
  if (results.length === 0) {
    process.stderr.write(`check:charts: no .svg files in ${dir} (make them with mtrack report --out ${dir}).\n`);
    process.exit(2);
  }
  for (const c of results)
    process.stdout.write(
      `${c.colors > 1 ? 'ok   ' : 'BLANK'} ${c.file} (${c.width}x${c.height}, ${c.colors} colours)\n`,
    );
  process.exit(results.every((c) => c.colors > 1) ? 0 : 1);
}
