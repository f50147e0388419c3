export const id = 322;
export const ids = [322];
export const modules = {

/***/ 7322:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  postScanComment: () => (/* binding */ postScanComment)
});

// UNUSED EXPORTS: SCAN_COMMENT_MARKER, scanCommentBody

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./lib/src/core/report/report-run.js
// Scores where smaller is better, by name; every other metric is maximized unless it is the primary with a goal.
const MINIMIZED = /(^|_)(loss|error|latency|seconds|rss|time)(_|$)/;
/** The direction in which a metric improves for this run set. */
function report_run_metricGoal(name, primary) {
    if (primary && primary.name === name)
        return primary.goal;
    return MINIMIZED.test(name) ? 'minimize' : 'maximize';
}
/** An object flattened to dotted keys; arrays and scalars are leaves. */
function flattenParams(value, prefix = '') {
    const out = {};
    for (const [key, v] of Object.entries(value)) {
        const path = prefix ? `${prefix}.${key}` : key;
        if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
            Object.assign(out, flattenParams(v, path));
        }
        else if (Array.isArray(v)) {
            out[path] = JSON.stringify(v);
        }
        else {
            out[path] = v;
        }
    }
    return out;
}
/** Rounded for people: integers whole, other numbers to four significant digits (exact values stay in JSON). */
function report_run_formatNumber(value) {
    if (!Number.isFinite(value))
        return String(value);
    if (Number.isInteger(value))
        return String(value);
    return String(Number(value.toPrecision(4)));
}
/** A change with its sign: `+0.0123`, `-3`, `±0`. */
function report_run_formatDelta(value) {
    if (value === 0)
        return '±0';
    return `${value > 0 ? '+' : '-'}${report_run_formatNumber(Math.abs(value))}`;
}
function report_run_formatParam(value) {
    if (value === undefined)
        return '-';
    return typeof value === 'number' ? report_run_formatNumber(value) : String(value);
}
//# sourceMappingURL=report-run.js.map
// EXTERNAL MODULE: ./lib/src/core/errors.js
var errors = __webpack_require__(7657);
// EXTERNAL MODULE: ./lib/src/core/ids.js
var ids = __webpack_require__(1306);
;// CONCATENATED MODULE: ./lib/src/core/suggest.js
/** Edit distance with adjacent transpositions counted as one edit (optimal string alignment): `josn` -> `json` is 1. */
function editDistance(a, b) {
    const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[a.length][b.length];
}
/** The candidate closest to `word` when it is close enough to be a typo (a third of its length), else undefined. */
function closestMatch(word, candidates) {
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
        const prefix = candidate.startsWith(word) || word.startsWith(candidate);
        const score = prefix ? Math.min(d, 1) : d;
        if (score < bestDistance)
            [best, bestDistance] = [candidate, score];
    }
    return best !== undefined && bestDistance <= Math.max(1, Math.floor(word.length / 3)) ? best : undefined;
}
/** " Did you mean 'x'?" or '' : appended to an error message about an unknown name. */
function suggest_didYouMean(word, candidates, prefix = '') {
    const match = closestMatch(word, candidates);
    return match ? ` Did you mean '${prefix}${match}'?` : '';
}
//# sourceMappingURL=suggest.js.map
;// CONCATENATED MODULE: ./lib/src/core/report/runs-table.js




const FIXED_KEYS = ['dataset', 'status', 'scan', 'run'];
/** The runs table: parameters and metrics as columns, filtered, sorted, best marked, deltas against a baseline. */
function buildRunsTable(all, options = {}) {
    const primary = all.find((r) => r.status === 'ok')?.primary ?? all[0]?.primary;
    const metrics = metricColumns(all, primary?.name);
    const goals = Object.fromEntries(metrics.map((m) => [m, report_run_metricGoal(m, primary)]));
    const known = new Set([...FIXED_KEYS, ...metrics, ...all.flatMap((r) => Object.keys(r.params))]);
    const runs = all.filter((r) => (options.where ?? []).every((w) => matches(r, parseWhere(w, known))));
    const base = options.baseline ? all.find((r) => r.id === options.baseline) : undefined;
    if (options.baseline && !base)
        throw (0,errors/* badInput */.AN)(`--baseline '${options.baseline}': no such run.${suggest_didYouMean(options.baseline, all.map((r) => r.id))}`);
    const params = paramColumns(runs, options.allParams ?? false);
    const rows = runs.map((r) => ({
        id: r.id,
        folder: r.folder,
        status: r.status,
        dataset: r.dataset.revision,
        ...(r.scan ? { scan: `${r.scan.method}#${r.scan.trial}` } : {}),
        params: Object.fromEntries(params.map((p) => [p, r.params[p] ?? null])),
        metrics: r.status === 'ok' ? pick(r.metrics, metrics) : {},
        ...(base ? { delta: deltas(r, base, metrics) } : {}),
        best: [],
    }));
    for (const m of metrics) {
        const best = bestRow(rows, m, goals[m]);
        if (best)
            best.best.push(m);
    }
    sortRows(rows, options.sort, known, goals);
    return { params, metrics, goals, ...(base ? { baseline: base.id } : {}), rows };
}
function metricColumns(runs, primary) {
    const names = new Set(runs.flatMap((r) => Object.keys(r.metrics)));
    const rest = [...names].filter((n) => n !== primary && n !== 'loss').sort();
    return [...(primary && names.has(primary) ? [primary] : []), ...(names.has('loss') ? ['loss'] : []), ...rest];
}
function paramColumns(runs, all) {
    const keys = [...new Set(runs.flatMap((r) => Object.keys(r.params)))].sort();
    if (all)
        return keys;
    return keys.filter((k) => new Set(runs.map((r) => JSON.stringify(r.params[k] ?? null))).size > 1);
}
function pick(metrics, names) {
    return Object.fromEntries(names.filter((n) => metrics[n] !== undefined).map((n) => [n, metrics[n]]));
}
function deltas(run, base, names) {
    if (run.status !== 'ok' || base.status !== 'ok')
        return {};
    return Object.fromEntries(names
        .filter((n) => run.metrics[n] !== undefined && base.metrics[n] !== undefined)
        .map((n) => [n, run.metrics[n] - base.metrics[n]]));
}
/** The row with the best value; none when every value is the same (a mark on a tie says nothing). */
function bestRow(rows, metric, goal) {
    const values = new Set(rows.map((r) => r.metrics[metric]).filter((v) => v !== undefined && Number.isFinite(v)));
    if (values.size < 2 && rows.length > 1)
        return undefined;
    let best;
    for (const row of rows) {
        const v = row.metrics[metric];
        if (v === undefined || !Number.isFinite(v))
            continue;
        if (!best || (goal === 'maximize' ? v > best.metrics[metric] : v < best.metrics[metric]))
            best = row;
    }
    return best;
}
function parseWhere(text, known) {
    const eq = text.indexOf('=');
    if (eq <= 0)
        throw (0,errors/* badInput */.AN)(`--where '${text}': expected key=value (e.g. learning_rate=0.001).`);
    const key = text.slice(0, eq);
    if (!known.has(key))
        throw (0,errors/* badInput */.AN)(`--where '${text}': no column '${key}'.${suggest_didYouMean(key, known)}`);
    return { key, value: text.slice(eq + 1) };
}
function cell(run, key) {
    if (key === 'dataset')
        return run.dataset.revision;
    if (key === 'status')
        return run.status;
    if (key === 'scan')
        return run.scan?.method ?? null;
    if (key === 'run')
        return run.id;
    if (key in run.metrics)
        return run.metrics[key];
    return run.params[key];
}
function matches(run, where) {
    const v = cell(run, where.key);
    if (typeof v === 'number')
        return Number(where.value) === v;
    return String(v) === where.value;
}
function sortRows(rows, sort, known, goals) {
    const byId = (a, b) => (0,ids/* parseExperimentNumber */.oo)(a.id) - (0,ids/* parseExperimentNumber */.oo)(b.id);
    if (!sort) {
        rows.sort(byId);
        return;
    }
    const m = /^(.+?)(?::(asc|desc))?$/.exec(sort);
    const key = m[1];
    if (!known.has(key))
        throw (0,errors/* badInput */.AN)(`--sort '${sort}': no column '${key}'.${suggest_didYouMean(key, known)}`);
    const descending = m[2] ? m[2] === 'desc' : goals[key] === 'maximize';
    const value = (r) => key in goals
        ? r.metrics[key]
        : key === 'dataset' || key === 'status' || key === 'scan'
            ? (r[key] ?? null)
            : key === 'run'
                ? r.id
                : r.params[key];
    rows.sort((a, b) => {
        const [x, y] = [value(a), value(b)];
        // Failed runs and missing values go last whichever way the column is sorted.
        if (x === undefined || x === null)
            return y === undefined || y === null ? byId(a, b) : 1;
        if (y === undefined || y === null)
            return -1;
        const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
        return (descending ? -order : order) || byId(a, b);
    });
}
//# sourceMappingURL=runs-table.js.map
;// CONCATENATED MODULE: ./lib/src/core/report/compare-runs.js



/** Parameter differences and metric deltas of runs against the first of them, plus their datasets' differences. */
function compareRuns(runs, datasets = []) {
    if (runs.length < 2)
        throw badInput('mtrack compare: give at least two runs (E#### E####).');
    const [first] = runs;
    const keys = [...new Set(runs.flatMap((r) => Object.keys(r.params)))].sort();
    const params = keys
        .map((key) => ({ key, values: runs.map((r) => r.params[key] ?? null) }))
        .filter((p) => new Set(p.values.map((v) => JSON.stringify(v))).size > 1);
    const names = [...new Set(runs.flatMap((r) => Object.keys(r.metrics)))];
    names.sort((a, b) => rank(a, first) - rank(b, first) || a.localeCompare(b));
    const value = (r, n) => (r.status === 'ok' ? (r.metrics[n] ?? null) : null);
    const metrics = names.map((name) => {
        const values = runs.map((r) => value(r, name));
        return {
            name,
            goal: metricGoal(name, first.primary),
            values,
            deltas: values.map((v) => (v === null || values[0] === null ? null : v - values[0])),
        };
    });
    return {
        runs: runs.map((r) => r.id),
        params,
        metrics,
        datasets,
        failed: runs.filter((r) => r.status === 'failed').map((r) => r.id),
    };
}
function rank(name, first) {
    return name === first.primary.name ? 0 : name === 'loss' ? 1 : 2;
}
/** The comparison as rows for a terminal or Markdown table, then the dataset lines. */
function comparisonRows(c) {
    const params = c.params.map((p) => ({
        param: p.key,
        ...Object.fromEntries(c.runs.map((id, i) => [id, formatParam(p.values[i] ?? undefined)])),
    }));
    const metrics = c.metrics.map((m) => ({
        metric: `${m.name} ${m.goal === 'maximize' ? '↑' : '↓'}`,
        ...Object.fromEntries(c.runs.map((id, i) => {
            const v = m.values[i];
            const d = m.deltas[i];
            if (v === null)
                return [id, c.failed.includes(id) ? 'failed' : '-'];
            return [id, i === 0 || d === null ? formatNumber(v) : `${formatNumber(v)} (${formatDelta(d)})`];
        })),
    }));
    return { params, metrics, datasets: c.datasets.flatMap(formatDatasetDiff) };
}
//# sourceMappingURL=compare-runs.js.map
;// CONCATENATED MODULE: ./lib/src/core/report/markdown-table.js
/** A GitHub-flavoured Markdown table; cells are escaped so a `|` in a value cannot break the row. */
function markdownTable(rows) {
    if (rows.length === 0)
        return '_no runs_\n';
    const cols = Object.keys(rows[0]);
    const esc = (s) => s.replaceAll('|', '\\|').replaceAll('\n', ' ');
    return [
        `| ${cols.map(esc).join(' | ')} |`,
        `| ${cols.map(() => '---').join(' | ')} |`,
        ...rows.map((r) => `| ${cols.map((c) => esc(r[c] ?? '')).join(' | ')} |`),
        '',
    ].join('\n');
}
//# sourceMappingURL=markdown-table.js.map
;// CONCATENATED MODULE: ./lib/src/core/report/format-table.js

/** The table as rows of strings for people: rounded values, the best per metric marked, deltas in brackets. */
function humanRows(table, style = 'text') {
    return table.rows.map((row) => {
        const cells = { run: row.id, dataset: row.dataset };
        for (const p of table.params)
            cells[p] = report_run_formatParam(row.params[p]);
        for (const m of table.metrics)
            cells[m] = metricCell(row, m, style);
        cells.scan = row.scan ?? '-';
        return cells;
    });
}
function metricCell(row, metric, style) {
    if (row.status === 'failed')
        return 'failed';
    const v = row.metrics[metric];
    if (v === undefined)
        return '-';
    let text = report_run_formatNumber(v);
    if (row.best.includes(metric))
        text = style === 'markdown' ? `**${text}** ★` : `${text} *`;
    const d = row.delta?.[metric];
    return d === undefined ? text : `${text} (${report_run_formatDelta(d)})`;
}
/** A line under the table saying what the marks mean. */
function tableLegend(table, style = 'text') {
    const mark = style === 'markdown' ? '★' : '*';
    const goals = table.metrics.map((m) => `${m} ${table.goals[m] === 'maximize' ? '↑' : '↓'}`).join(', ');
    const base = table.baseline ? `; (±x) change against ${table.baseline}` : '';
    return `${mark} best per metric (${goals})${base}`;
}
/** CSV with exact values (RFC 4180 quoting): run, status, dataset, scan, params…, metrics…, delta.metric…. */
function tableCsv(table) {
    const deltaCols = table.baseline ? table.metrics.map((m) => `delta.${m}`) : [];
    const header = ['run', 'status', 'dataset', 'scan', ...table.params, ...table.metrics, ...deltaCols];
    const lines = table.rows.map((r) => [
        r.id,
        r.status,
        r.dataset,
        r.scan ?? '',
        ...table.params.map((p) => (r.params[p] === null ? '' : String(r.params[p]))),
        ...table.metrics.map((m) => (r.metrics[m] === undefined ? '' : String(r.metrics[m]))),
        ...(table.baseline ? table.metrics.map((m) => (r.delta?.[m] === undefined ? '' : String(r.delta[m]))) : []),
    ]
        .map(csvField)
        .join(','));
    return [header.map(csvField).join(','), ...lines, ''].join('\n');
}
function csvField(value) {
    return /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
/** `mtrack report --json` (schemas/report_output.schema.json): the table with exact values. */
function tableJson(table) {
    return {
        params: table.params,
        metrics: table.metrics,
        goals: table.goals,
        baseline: table.baseline ?? null,
        best: Object.fromEntries(table.metrics.map((m) => [m, table.rows.find((r) => r.best.includes(m))?.id ?? null])),
        runs: table.rows,
    };
}
//# sourceMappingURL=format-table.js.map
;// CONCATENATED MODULE: ./lib/src/core/report/mermaid-charts.js

// GitHub renders ```mermaid blocks natively, so these charts need no image hosting in a comment or job summary.
// xychart-beta has no legend: titles say what is drawn, and bars/lines stay few enough to read.
const quote = (s) => `"${s.replaceAll('"', "'").replaceAll('\n', ' ')}"`;
function yAxis(title, values) {
    const finite = values.filter(Number.isFinite);
    if (finite.length === 0)
        return `  y-axis ${quote(title)}`;
    const [lo, hi] = [Math.min(...finite), Math.max(...finite)];
    const pad = (hi - lo || Math.abs(hi) || 1) * 0.1;
    const bottom = lo >= 0 && lo - pad < 0 ? 0 : Number((lo - pad).toPrecision(3));
    return `  y-axis ${quote(title)} ${bottom} --> ${Number((hi + pad).toPrecision(3))}`;
}
const series = (values) => `[${values.map((v) => report_run_formatNumber(v)).join(', ')}]`;
function block(lines) {
    return ['```mermaid', 'xychart-beta', ...lines, '```', ''].join('\n');
}
/** A bar per run: the metric of each run, labelled by run id (failed runs are left out). */
function mermaidMetricByRun(points, metric, title) {
    return block([
        `  title ${quote(title)}`,
        `  x-axis [${points.map((p) => quote(p.label)).join(', ')}]`,
        yAxis(metric, points.map((p) => p.value)),
        `  bar ${series(points.map((p) => p.value))}`,
    ]);
}
/** The metric against one parameter's values (ascending); where several runs share a value, the best of them. */
function mermaidMetricVsParam(runs, metric, param, goal) {
    const byValue = new Map();
    for (const r of runs) {
        const p = r.params[param];
        const v = r.metrics[metric];
        if (r.status !== 'ok' || p === undefined || p === null || v === undefined)
            continue;
        const key = typeof p === 'number' ? report_run_formatNumber(p) : String(p);
        const seen = byValue.get(key);
        if (!seen || (goal === 'maximize' ? v > seen.value : v < seen.value))
            byValue.set(key, { sort: typeof p === 'number' ? p : String(p), value: v });
    }
    if (byValue.size < 2)
        return undefined;
    const points = [...byValue.entries()].sort(([, a], [, b]) => typeof a.sort === 'number' && typeof b.sort === 'number'
        ? a.sort - b.sort
        : String(a.sort).localeCompare(String(b.sort)));
    return block([
        `  title ${quote(`${metric} by ${param}`)}`,
        `  x-axis ${quote(param)} [${points.map(([k]) => quote(k)).join(', ')}]`,
        yAxis(metric, points.map(([, p]) => p.value)),
        `  line ${series(points.map(([, p]) => p.value))}`,
    ]);
}
/** Training loss per epoch, one line per run (the first `maxRuns` runs with a history). */
function mermaidLearningCurves(runs, key = 'loss', maxRuns = 6) {
    const withHistory = runs.filter((r) => r.history.some((h) => Number.isFinite(h[key]))).slice(0, maxRuns);
    const epochs = Math.max(0, ...withHistory.map((r) => r.history.length));
    if (withHistory.length === 0 || epochs < 2)
        return undefined;
    const all = withHistory.flatMap((r) => r.history.map((h) => h[key]).filter(Number.isFinite));
    return block([
        `  title ${quote(`${key} per epoch: ${withHistory.map((r) => r.id).join(', ')}`)}`,
        `  x-axis "epoch" [${Array.from({ length: epochs }, (_, i) => i + 1).join(', ')}]`,
        yAxis(key, all),
        // A shorter history (stopped early) repeats its last value so every line spans the same epochs.
        ...withHistory.map((r) => {
            const values = Array.from({ length: epochs }, (_, i) => r.history[Math.min(i, r.history.length - 1)][key]);
            return `  line ${series(values)}`;
        }),
    ]);
}
//# sourceMappingURL=mermaid-charts.js.map
;// CONCATENATED MODULE: ./lib/src/core/report/pr-comment.js





/** GitHub refuses a comment body over 65,536 characters; the default cap leaves room for what a caller wraps around. */
const GITHUB_COMMENT_LIMIT = 65536;
const DEFAULT_COMMENT_CAP = 60000;
/** The pull-request comment for a scan: table (best first), best trial, change against the baseline, a Mermaid
 * chart, the failed trials; trimmed row by row until it fits under `maxChars`. */
function renderPrComment(input) {
    const cap = Math.min(input.maxChars ?? DEFAULT_COMMENT_CAP, GITHUB_COMMENT_LIMIT - 1);
    const all = input.baseline && !input.runs.some((r) => r.id === input.baseline.id)
        ? [input.baseline, ...input.runs]
        : input.runs;
    const primary = input.runs.find((r) => r.status === 'ok')?.primary ?? input.runs[0]?.primary;
    const table = buildRunsTable(all, {
        ...(primary ? { sort: primary.name } : {}),
        ...(input.baseline ? { baseline: input.baseline.id } : {}),
    });
    // Fewer rows, then fewer chart bars, then fewer failed ids listed: the summary line and best trial always stay.
    for (let rows = table.rows.length; rows >= 1; rows = rows > 8 ? Math.floor(rows * 0.8) : rows - 1) {
        const text = compose(input, table, rows, Math.min(rows, 40), Math.min(rows, 50));
        if (text.length <= cap)
            return text;
    }
    return compose(input, table, 1, 1, 0).slice(0, cap);
}
function compose(input, table, rows, bars, failedShown) {
    const metric = table.metrics[0];
    const trials = input.runs;
    const failed = trials.filter((r) => r.status === 'failed');
    const best = table.rows.find((r) => r.best.includes(metric) && r.id !== input.baseline?.id) ??
        table.rows.find((r) => r.status === 'ok' && r.id !== input.baseline?.id);
    const parts = [];
    if (input.marker)
        parts.push(`<!-- ${input.marker} -->`);
    parts.push(`### ${input.title}`, '');
    parts.push(`${trials.length} trial(s), ${trials.length - failed.length} ok, ${failed.length} failed.` +
        (best && metric ? ` Best: **${best.id}** ${metric} ${report_run_formatNumber(best.metrics[metric])}` : '') +
        (best && input.baseline && best.delta?.[metric] !== undefined
            ? ` (${report_run_formatDelta(best.delta[metric])} against baseline ${input.baseline.id})`
            : '') +
        (best ? '.' : ''), '');
    const shown = table.rows.slice(0, rows);
    parts.push(markdownTable(humanRows({ ...table, rows: shown }, 'markdown')).trimEnd());
    parts.push('', tableLegend(table, 'markdown'));
    if (rows < table.rows.length)
        parts.push('', `_${table.rows.length - rows} more run(s) not shown: \`mtrack report\` lists every one._`);
    const chart = chartFor(input, table, bars);
    if (chart)
        parts.push('', chart.trimEnd());
    if (failed.length > 0) {
        const listed = failed.slice(0, failedShown).map((r) => `- ${r.id}${r.error ? `: ${oneLine(r.error)}` : ''}`);
        const more = failed.length - listed.length;
        parts.push('', '**Failed trials**', '', ...listed, ...(more > 0 ? [`- … and ${more} more`] : []));
    }
    return `${parts.join('\n')}\n`;
}
function chartFor(input, table, bars) {
    const metric = table.metrics[0];
    if (!metric)
        return undefined;
    const ok = input.runs.filter((r) => r.status === 'ok' && r.metrics[metric] !== undefined);
    // One varying parameter: the metric against it reads best; otherwise a bar per trial, best first.
    if (table.params.length === 1) {
        const line = mermaidMetricVsParam(ok, metric, table.params[0], table.goals[metric]);
        if (line && line.length < 6000)
            return line;
    }
    const points = table.rows
        .filter((r) => r.status === 'ok' && r.metrics[metric] !== undefined)
        .slice(0, bars)
        .map((r) => ({ label: r.id, value: r.metrics[metric] }));
    if (points.length === 0)
        return undefined;
    const more = table.rows.filter((r) => r.status === 'ok').length - points.length;
    return mermaidMetricByRun(points, metric, `${metric} by run${more > 0 ? ` (best ${points.length})` : ''}`);
}
const oneLine = (s) => (s.length > 200 ? `${s.slice(0, 200)}…` : s).replaceAll('\n', ' ');
//# sourceMappingURL=pr-comment.js.map
;// CONCATENATED MODULE: ./lib/src/core/report/run-summary.js


/**
 * The run a new run is measured against: the latest earlier successful run made from the same config file outside a
 * scan (for a scan trial: the baseline it explores around; for a plain run: its predecessor).
 */
function pickReference(run, runs) {
    const n = parseExperimentNumber(run.id);
    return runs
        .filter((r) => r.status === 'ok' && !r.scan && r.configPath === run.configPath && parseExperimentNumber(r.id) < n)
        .sort((a, b) => parseExperimentNumber(b.id) - parseExperimentNumber(a.id))[0];
}
/** Primary first, then loss and the other scores, each with its change against the reference run. */
function summarizeRun(run, reference) {
    const names = Object.keys(run.metrics).sort((a, b) => run_summary_rank(a, run) - run_summary_rank(b, run) || a.localeCompare(b));
    return names.map((name) => ({
        name,
        goal: metricGoal(name, run.primary),
        value: run.metrics[name],
        delta: reference?.metrics[name] === undefined ? null : run.metrics[name] - reference.metrics[name],
    }));
}
const run_summary_rank = (name, run) => (name === run.primary.name ? 0 : name === 'loss' ? 1 : 2);
/** What `mtrack run` prints last: the primary metric, the secondary ones, and the change against the reference. */
function formatRunSummary(run, reference) {
    if (run.status === 'failed')
        return `${run.id} failed${run.error ? `: ${run.error}` : ''}\n`;
    const metrics = summarizeRun(run, reference);
    const cell = (m) => `${m.name} ${formatNumber(m.value)}${m.delta === null ? '' : ` (${formatDelta(m.delta)})`}`;
    const [primary, ...rest] = metrics;
    const against = reference
        ? `changes against ${reference.id} (${reference.dataset.revision})`
        : 'no earlier run to compare with';
    return [
        `${run.id} on ${run.dataset.revision}: ${primary ? cell(primary) : 'no metrics'}`,
        ...(rest.length ? [`  ${rest.map(cell).join(', ')}`] : []),
        `  ${against}`,
        '',
    ].join('\n');
}
//# sourceMappingURL=run-summary.js.map
;// CONCATENATED MODULE: ./lib/src/core/report/index.js










//# sourceMappingURL=index.js.map
// EXTERNAL MODULE: ./lib/src/core/rules/paths.js
var paths = __webpack_require__(8268);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(8262);
// EXTERNAL MODULE: ./lib/src/adapters/documents.js
var documents = __webpack_require__(1901);
// EXTERNAL MODULE: ./lib/src/app/run/run-records.js
var run_records = __webpack_require__(7074);
;// CONCATENATED MODULE: ./lib/src/app/report/read-report-runs.js









/** Every run folder of the experiment repo, read and validated, as the report sees it (ascending by folder). */
function readReportRuns(expDir) {
    return listRunFolders(expDir).map((folder) => readReportRun(expDir, folder));
}
/** The runs named by id, in the order given; an unknown id is a one-line error with the closest one. */
function selectRuns(runs, ids) {
    return ids.map((id) => {
        if (!isExperimentId(id))
            throw badInput(`'${id}': expected a run id like E0001.`);
        const run = runs.find((r) => r.id === id);
        if (!run)
            throw badInput(`${id}: no such run in ${EXPERIMENTS_DIR}/.${didYouMean(id, runs.map((r) => r.id))}`);
        return run;
    });
}
/** One run folder (`folder` relative to `root`, e.g. experiments/<run>), read and validated. */
function readReportRun(expDir, folder) {
    const path = (file) => (0,external_node_path_.join)(expDir, folder, file);
    const { manifest: m, metrics: x } = (0,run_records/* readRunDocuments */.ei)((0,external_node_path_.join)(expDir, folder), folder);
    const config = (0,documents/* readYamlDocument */.HS)(path('config_resolved.yaml'), 'config_resolved', `${folder}/config_resolved.yaml`);
    const { dataset: _dataset, ...params } = config;
    void _dataset;
    const notes = (0,external_node_fs_.existsSync)(path('notes.md')) ? (0,documents/* readText */.yR)(path('notes.md')) : undefined;
    // A failed run may lack any figure (schemas/metrics.schema.json): only what it has is reported.
    const metrics = {};
    if (x.primary_metric?.value !== undefined)
        metrics[x.primary_metric.name] = x.primary_metric.value;
    if (x.loss !== undefined)
        metrics.loss = x.loss;
    for (const [k, v] of Object.entries(x.eval ?? {}))
        if (k !== 'examples' && typeof v === 'number')
            metrics[k] = v;
    if (x.profiling?.latency_ms_p50 !== undefined)
        metrics.latency_ms_p50 = x.profiling.latency_ms_p50;
    const error = x.failure?.reason ?? x.error;
    return {
        id: m.experiment_id,
        folder,
        status: x.status ?? 'ok',
        ...(error ? { error } : {}),
        dataset: { id: m.inputs.dataset.dataset_id, revision: m.inputs.dataset.revision_id },
        createdUtc: m.created_utc,
        intent: m.intent,
        configPath: m.inputs.config.path,
        configHash: m.inputs.config.config_hash,
        backend: m.environment.backend,
        params: flattenParams(params),
        metrics,
        primary: { name: x.primary_metric?.name ?? 'accuracy', goal: x.primary_metric?.goal ?? 'maximize' },
        ...(m.inputs.scan
            ? { scan: { method: m.inputs.scan.method, trial: m.inputs.scan.trial_index, hash: m.inputs.scan.scan_hash } }
            : {}),
        // Absent figures are left out of each epoch rather than set to undefined.
        history: x.history,
        ...(x.confusion_matrix ? { confusion: x.confusion_matrix } : {}),
        ...(notes ? { notes: noteSections(notes) } : {}),
        stamp: {
            gitCommit: m.stamp.git_commit,
            gitBranch: m.stamp.git_branch,
            dirty: m.stamp.dirty_worktree,
            modelId: m.stamp.model_id,
            modelRevision: m.stamp.model_revision,
            seed: m.stamp.seed,
        },
        ...(x.train ? { trainExamples: x.train.examples } : {}),
    };
}
/** The decision-log sections people fill in: `## Intent` and `## Next Decision` of notes.md. */
function noteSections(text) {
    const section = (title) => {
        const match = new RegExp(`^## ${title}\\s*\\n([\\s\\S]*?)(?=^## |(?![\\s\\S]))`, 'm').exec(text);
        const body = match?.[1].trim();
        return body ? body : undefined;
    };
    const intent = section('Intent');
    const nextDecision = section('Next Decision');
    return { ...(intent ? { intent } : {}), ...(nextDecision ? { nextDecision } : {}) };
}
//# sourceMappingURL=read-report-runs.js.map
// EXTERNAL MODULE: ./lib/src/app/action/collect.js + 2 modules
var collect = __webpack_require__(1002);
;// CONCATENATED MODULE: ./lib/src/app/action/scan-comment.js





/** The hidden first line of the results comment, so a later collect updates it in place instead of adding one. */
const SCAN_COMMENT_MARKER = 'mtrack-scan-results';
/**
 * The scan's results as one comment on the human pull request: the report's PR comment (table best first, best
 * trial, a Mermaid chart, failed trials, under GitHub's size limit) over this collect's trials under their final ids.
 */
async function scanCommentBody(trialsDir, result) {
    const finalId = new Map(result.runs.map((r) => [r.configHash, r.experimentId]));
    const runs = (await (0,collect/* findTrialRuns */.M)(trialsDir)).map((trial) => {
        const run = readReportRun((0,external_node_path_.dirname)((0,external_node_path_.dirname)(trial.dir)), `${paths/* EXPERIMENTS_DIR */.vQ}/${(0,external_node_path_.basename)(trial.dir)}`);
        const id = finalId.get(trial.configHash) ?? run.id;
        return { ...run, id, folder: run.folder.replace(run.id, id) };
    });
    return renderPrComment({
        title: `mtrack scan results: ${runs.length} trial(s) on \`${result.branch}\``,
        runs,
        marker: SCAN_COMMENT_MARKER,
    });
}
/** Creates or updates (in place) the results comment on `pullRequest`. */
async function postScanComment(api, pullRequest, trialsDir, result) {
    return api.upsertComment(pullRequest, SCAN_COMMENT_MARKER, await scanCommentBody(trialsDir, result));
}
//# sourceMappingURL=scan-comment.js.map

/***/ })

};
