import {
  GITHUB_COMMENT_LIMIT,
  mermaidLearningCurves,
  mermaidMetricByRun,
  renderPrComment,
} from '../../src/core/report/index.js';
import { mermaidBlocks, parseMermaid } from '../helpers/mermaid-parse.js';
import { reportRun, scanTrials } from '../helpers/report-runs.js';

const baseline = reportRun(1, { metrics: { accuracy: 0.9, loss: 0.3 } });

test('the scan comment holds the summary, the table with the best trial marked, a chart and the failed trials', () => {
  const trials = scanTrials(12, 5);
  const text = renderPrComment({ title: 'Scan results', runs: trials, baseline, marker: 'mtrack-scan-report' });
  expect(text.startsWith('<!-- mtrack-scan-report -->\n### Scan results')).toBe(true);
  expect(text).toMatch(
    /12 trial\(s\), 10 ok, 2 failed\. Best: \*\*E\d{4}\*\* accuracy 0\.\d+ \(\+0\.\d+ against baseline E0001\)\./,
  );
  expect(text).toMatch(/^\| run \| dataset \| batch_size \| learning_rate \| accuracy \| loss \|/m);
  expect(text).toMatch(/\*\*0\.\d+\*\* ★/);
  expect(mermaidBlocks(text)).toHaveLength(1);
  expect(text).toMatch(/\*\*Failed trials\*\*\n\n- E0006: trainer exited with code 1 \(trial 4\)\n- E0011/);
});

test('with 256 trials the comment lists every trial and stays under the 65,536-character limit of GitHub', () => {
  const text = renderPrComment({ title: 'Scan results', runs: scanTrials(256, 7), baseline });
  expect(text.length).toBeLessThan(GITHUB_COMMENT_LIMIT);
  expect(text).toMatch(/256 trial\(s\), 220 ok, 36 failed/);
  expect(text.match(/^\| E\d{4} \|/gm)).toHaveLength(257); // the trials and the baseline
});

test('256 wide trials with long errors degrade under the cap: best rows kept, the rest counted, failed list shortened', () => {
  const wide = scanTrials(256, 3).map((r, i) => ({
    ...r,
    params: {
      ...r.params,
      dropout: (i % 10) / 20,
      weight_decay: (i % 13) / 1e4,
      'architecture.width': 8 + (i % 5) * 8,
    },
    ...(r.error ? { error: `${r.error}: ${'stack line '.repeat(40)}` } : {}),
  }));
  expect(renderPrComment({ title: 'Scan results', runs: wide, baseline }).length).toBeLessThanOrEqual(60000);
  const text = renderPrComment({ title: 'Scan results', runs: wide, baseline, maxChars: 30000 });
  expect(text.length).toBeLessThanOrEqual(30000);
  expect(text).toMatch(/_\d+ more run\(s\) not shown: `mtrack report` lists every one\._/);
  expect(text).toMatch(/- … and \d+ more/);
  expect(text).toMatch(/Best: \*\*E\d{4}\*\*/);
  expect(mermaidBlocks(text)).toHaveLength(1);
});

test('a comment cap smaller than the content trims rows rather than cutting the text mid-table', () => {
  const trials = scanTrials(40);
  const text = renderPrComment({ title: 'Scan', runs: trials, maxChars: 4000 });
  expect(text.length).toBeLessThanOrEqual(4000);
  expect(text.trimEnd().endsWith('```')).toBe(true);
});

test('every Mermaid block the PR comment writes parses with the mermaid parser as an xychart', async () => {
  for (const text of [
    renderPrComment({ title: 'Scan', runs: scanTrials(256, 7), baseline }),
    renderPrComment({
      title: 'Scan',
      runs: scanTrials(5).map((r) => ({ ...r, params: { learning_rate: r.params.learning_rate } })),
    }),
  ]) {
    const blocks = mermaidBlocks(text);
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) await expect(parseMermaid(block)).resolves.toBe('xychart');
  }
  const curves = mermaidLearningCurves([baseline, reportRun(2)])!;
  await expect(parseMermaid(mermaidBlocks(curves)[0])).resolves.toBe('xychart');
});

test('the Mermaid parse check rejects a malformed chart (so the test above can fail)', async () => {
  const broken = mermaidMetricByRun([{ label: 'E0001', value: 0.9 }], 'accuracy', 'x').replace('bar [', 'bar [oops, ');
  await expect(parseMermaid(mermaidBlocks(broken)[0])).rejects.toThrow(/Parse error/);
});
