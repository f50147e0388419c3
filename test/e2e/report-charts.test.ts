import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { findChromium } from '../../scripts/check-charts.js';
import { mtrack } from '../helpers/cli.js';
import { removeTempDirs, tempDir } from '../helpers/git-fixture.js';
import { makeReportWorkspace } from '../helpers/report-workspace.js';

jest.setTimeout(180_000);

const chromium = findChromium();
if (!chromium) console.log('report-charts: skipped, no chromium on PATH (Debian: apt-get install -y chromium)');
const withChromium = chromium ? test : test.skip;

afterAll(removeTempDirs);

const checkCharts = (dir: string) =>
  spawnSync(process.execPath, ['lib/scripts/check-charts.js', dir], { encoding: 'utf8' });

withChromium('every SVG that report --out writes renders non-blank in headless Chromium', () => {
  const exp = makeReportWorkspace().exp.dir;
  expect(mtrack(['report', '--out', 'reports'], exp).code).toBe(0);
  const r = checkCharts(join(exp, 'reports'));
  expect(r.stderr).toBe('');
  const lines = r.stdout.trim().split('\n');
  expect(lines.length).toBeGreaterThanOrEqual(3);
  for (const line of lines) expect(line).toMatch(/^ok {4}.*\.svg \(\d+x\d+, \d+ colours\)$/);
  expect(r.status).toBe(0);
});

withChromium('the Chromium check fails on a blank SVG, so a chart that draws nothing cannot pass', () => {
  const dir = tempDir('mtrack-blank-');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'blank.svg'),
    '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100"><rect width="200" height="100" fill="white"/></svg>\n',
  );
  const r = checkCharts(dir);
  expect(r.stdout).toMatch(/^BLANK .*blank\.svg \(200x100, 1 colours\)$/m);
  expect(r.status).toBe(1);
});
