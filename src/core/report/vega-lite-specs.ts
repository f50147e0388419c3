import type { ReportRun } from './report-run.js';

/** A Vega-Lite v5 spec as plain data; the charts adapter renders it to SVG. */
export type VegaLiteSpec = Record<string, unknown>;

const SCHEMA = 'https://vega.github.io/schema/vega-lite/v5.json';
const base = (title: string) => ({ $schema: SCHEMA, title, background: 'white', config: { view: { stroke: null } } });

/** Loss and accuracy per epoch, one line per run, side by side (undefined when no run has a history). */
export function learningCurvesSpec(runs: ReportRun[]): VegaLiteSpec | undefined {
  const values = runs.flatMap((r) =>
    r.history.flatMap((h) =>
      ['loss', 'accuracy', 'val_loss', 'val_accuracy']
        .filter((k) => Number.isFinite(h[k]))
        .map((k) => ({ run: r.id, epoch: h.epoch, series: k, value: h[k] })),
    ),
  );
  if (values.length === 0) return undefined;
  const panel = (filter: string, title: string) => ({
    transform: [{ filter }],
    mark: { type: 'line', point: true },
    width: 280,
    height: 200,
    title,
    encoding: {
      x: { field: 'epoch', type: 'quantitative', axis: { tickMinStep: 1 } },
      y: { field: 'value', type: 'quantitative', scale: { zero: false }, title },
      color: { field: 'run', type: 'nominal' },
      strokeDash: { field: 'series', type: 'nominal' },
    },
  });
  return {
    ...base('Learning curves (training history per epoch)'),
    data: { values },
    hconcat: [
      panel("indexof(datum.series, 'loss') >= 0", 'loss'),
      panel("indexof(datum.series, 'accuracy') >= 0", 'accuracy'),
    ],
  };
}

/** Field names without dots: Vega-Lite reads `a.b` as a nested path. */
const field = (param: string) => param.replaceAll('.', '_');

/** The metric against each numeric parameter that varies, one panel each (log scale for wide positive ranges). */
export function metricVsParamsSpec(runs: ReportRun[], metric: string, params: string[]): VegaLiteSpec | undefined {
  const ok = runs.filter((r) => r.status === 'ok' && Number.isFinite(r.metrics[metric]));
  const numeric = params.filter((p) => ok.every((r) => typeof r.params[p] === 'number'));
  if (ok.length < 2 || numeric.length === 0) return undefined;
  const values = ok.map((r) => ({
    run: r.id,
    [metric]: r.metrics[metric],
    ...Object.fromEntries(numeric.map((p) => [field(p), r.params[p]])),
  }));
  return {
    ...base(`${metric} against each hyperparameter`),
    data: { values },
    hconcat: numeric.map((p) => {
      const xs = ok.map((r) => r.params[p] as number);
      const log = Math.min(...xs) > 0 && Math.max(...xs) / Math.min(...xs) >= 20;
      return {
        mark: { type: 'point', filled: true, size: 80 },
        width: 220,
        height: 200,
        encoding: {
          x: { field: field(p), type: 'quantitative', title: p, scale: { type: log ? 'log' : 'linear', zero: false } },
          y: { field: metric, type: 'quantitative', scale: { zero: false } },
          tooltip: [{ field: 'run' }, { field: field(p), title: p }, { field: metric }],
        },
      };
    }),
  };
}

/** Parallel coordinates: one line per run across its numeric parameters and the metric, each axis scaled to 0..1. */
export function parallelCoordinatesSpec(runs: ReportRun[], metric: string, params: string[]): VegaLiteSpec | undefined {
  const ok = runs.filter((r) => r.status === 'ok' && Number.isFinite(r.metrics[metric]));
  const numeric = params.filter((p) => ok.every((r) => typeof r.params[p] === 'number'));
  if (ok.length < 2 || numeric.length < 2) return undefined;
  const axes = [...numeric, metric];
  const values = ok.flatMap((r) =>
    axes.map((axis) => ({
      run: r.id,
      axis,
      value: axis === metric ? r.metrics[metric] : (r.params[axis] as number),
      score: r.metrics[metric],
    })),
  );
  return {
    ...base(`Parallel coordinates: ${numeric.join(', ')} -> ${metric}`),
    width: 120 * axes.length,
    height: 240,
    data: { values },
    transform: [
      {
        joinaggregate: [
          { op: 'min', field: 'value', as: 'lo' },
          { op: 'max', field: 'value', as: 'hi' },
        ],
        groupby: ['axis'],
      },
      { calculate: 'datum.hi > datum.lo ? (datum.value - datum.lo) / (datum.hi - datum.lo) : 0.5', as: 'norm' },
    ],
    layer: [
      {
        mark: { type: 'line', opacity: 0.7 },
        encoding: {
          x: { field: 'axis', type: 'nominal', sort: axes, title: null, axis: { labelAngle: 0 } },
          y: { field: 'norm', type: 'quantitative', axis: null },
          color: { field: 'score', type: 'quantitative', title: metric, scale: { scheme: 'viridis' } },
          detail: { field: 'run', type: 'nominal' },
        },
      },
      { mark: { type: 'rule', color: '#999' }, encoding: { x: { field: 'axis', type: 'nominal', sort: axes } } },
    ],
  };
}

/** The confusion matrix of one run (rows = true label, columns = predicted), counts written in the cells. */
export function confusionMatrixSpec(run: ReportRun): VegaLiteSpec | undefined {
  if (!run.confusion) return undefined;
  const { labels, counts } = run.confusion;
  const values = counts.flatMap((row, t) => row.map((n, p) => ({ truth: labels[t], predicted: labels[p], count: n })));
  const dark = Math.max(1, ...counts.flat()) / 8; // cells above this are drawn dark enough to need white text
  const enc = {
    x: { field: 'predicted', type: 'ordinal', sort: labels },
    y: { field: 'truth', type: 'ordinal', sort: labels, title: 'true label' },
  };
  return {
    ...base(`Confusion matrix of ${run.id} (${run.dataset.revision} test split)`),
    data: { values },
    width: 28 * labels.length,
    height: 28 * labels.length,
    layer: [
      {
        mark: 'rect',
        encoding: { ...enc, color: { field: 'count', type: 'quantitative', scale: { type: 'symlog' } } },
      },
      {
        mark: { type: 'text', fontSize: 9 },
        encoding: {
          ...enc,
          text: { field: 'count', type: 'quantitative' },
          color: { condition: { test: `datum.count > ${dark}`, value: 'white' }, value: 'black' },
        },
      },
    ],
  };
}
