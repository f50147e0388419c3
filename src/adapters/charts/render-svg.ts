import type { VegaLiteSpec } from '../../core/report/index.js';

/**
 * A Vega-Lite spec as a standalone SVG string, rendered in Node by vega's headless view (`renderer: 'none'` +
 * `toSVG()`: no browser, no canvas). Lazy imports keep vega out of every command that draws nothing.
 */
export async function renderSvg(spec: VegaLiteSpec): Promise<string> {
  const [vega, vegaLite] = await Promise.all([import('vega'), import('vega-lite')]);
  const compiled = vegaLite.compile(spec as unknown as Parameters<typeof vegaLite.compile>[0]).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  try {
    const svg = await view.toSVG();
    return svg.endsWith('\n') ? svg : `${svg}\n`;
  } finally {
    view.finalize();
  }
}
