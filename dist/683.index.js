export const id = 683;
export const ids = [683,989];
export const modules = {

/***/ 8115:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Is: () => (/* binding */ seededRandom),
/* harmony export */   k5: () => (/* binding */ shuffleInPlace)
/* harmony export */ });
/* unused harmony export seededPermutation */
/**
 * mulberry32: a small seeded PRNG with the same sequence on every machine (Math.random is unseeded).
 * Returns floats in [0, 1).
 */
function seededRandom(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
/** Fisher–Yates shuffle of `order` in place, driven by `random`. */
function shuffleInPlace(order, random) {
    for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        const t = order[i];
        order[i] = order[j];
        order[j] = t;
    }
}
/** Fisher–Yates permutation of 0..n-1 driven by `seed`. */
function seededPermutation(n, seed) {
    const order = Array.from({ length: n }, (_, i) => i);
    shuffleInPlace(order, seededRandom(seed));
    return order;
}
//# sourceMappingURL=prng.js.map

/***/ }),

/***/ 9683:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bA: () => (/* reexport */ DEFAULT_METRIC),
  Zm: () => (/* reexport */ SCAN_METHODS),
  mF: () => (/* reexport */ checkParameterNames),
  Ox: () => (/* reexport */ decideHyperband),
  zo: () => (/* reexport */ floatNames),
  tb: () => (/* reexport */ hyperbandBrackets),
  c4: () => (/* reexport */ parse_scan_yaml_parseScanYaml),
  mI: () => (/* reexport */ renestParams),
  Ch: () => (/* reexport */ resolveScan),
  l1: () => (/* reexport */ scanPythonTypes),
  HY: () => (/* reexport */ scanYamlData),
  uo: () => (/* reexport */ trialOutsideSpace)
});

// UNUSED EXPORTS: convertWandbSweep, gridPoints, gridValues, lossOf

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./lib/src/core/scan/limits.js
/**
 * The trials cap (schemas/scan_config.schema.json max_trials): checked when the scan file is read, before any
 * trial or grid point is computed, so a huge number is one line instead of a hang or an out-of-memory crash.
 */
const MAX_TRIALS = 10_000;
/**
 * A grid's cartesian product is counted before it is built and capped at 100,000 points: real W&B grid sweeps reach
 * ~12,000 (test/fixtures/wandb-sweeps), and W&B itself sets no cap; enumerating 100,000 small points takes well
 * under a second. max_trials still caps how many of them run.
 */
const MAX_GRID_POINTS = 100_000;
//# sourceMappingURL=limits.js.map
;// CONCATENATED MODULE: ./lib/src/core/scan/normal-math.js
/**
 * Normal-distribution helpers written out in plain arithmetic (no library): the same double results on every
 * machine running the same engine, which the plan's reproducibility rests on.
 */
/** erfc with relative error < 1.2e-7 everywhere (Numerical Recipes' Chebyshev fit). */
function erfc(x) {
    const z = Math.abs(x);
    const t = 1 / (1 + 0.5 * z);
    const r = t *
        Math.exp(-z * z -
            1.26551223 +
            t *
                (1.00002368 +
                    t *
                        (0.37409196 +
                            t *
                                (0.09678418 +
                                    t *
                                        (-0.18628806 +
                                            t *
                                                (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
    return x >= 0 ? r : 2 - r;
}
/** Standard normal CDF. */
function normalCdf(x) {
    return 0.5 * erfc(-x / Math.SQRT2);
}
/** Standard normal quantile (Acklam's rational approximation, relative error < 1.2e-9), p in (0, 1). */
function normalQuantile(p) {
    const a = [
        -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239,
    ];
    const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
    const c = [
        -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
        2.938163982698783,
    ];
    const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
    const low = 0.02425;
    if (p <= 0)
        return -Infinity;
    if (p >= 1)
        return Infinity;
    if (p < low) {
        const q = Math.sqrt(-2 * Math.log(p));
        return ((((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
            ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1));
    }
    if (p > 1 - low) {
        const q = Math.sqrt(-2 * Math.log(1 - p));
        return (-(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
            ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1));
    }
    const q = p - 0.5;
    const r = q * q;
    return (((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) /
        (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1));
}
const LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
/** The x-independent part of logTruncatedNormal: -log(sigma * sqrt(2 pi) * mass inside [0, 1]). */
function logTruncatedNormalConstant(mu, sigma) {
    const mass = normalCdf((1 - mu) / sigma) - normalCdf(-mu / sigma);
    return -Math.log(sigma) - LOG_SQRT_2PI - Math.log(Math.max(mass, 1e-300));
}
/** log density of N(mu, sigma) truncated to [0, 1], at x in [0, 1]. */
function logTruncatedNormal(x, mu, sigma, constant = logTruncatedNormalConstant(mu, sigma)) {
    const z = (x - mu) / sigma;
    return -0.5 * z * z + constant;
}
/** A draw from N(mu, sigma) truncated to [0, 1], by inverting the CDF on the allowed interval. */
function sampleTruncatedNormal(u, mu, sigma) {
    const lo = normalCdf(-mu / sigma);
    const hi = normalCdf((1 - mu) / sigma);
    const p = lo + u * (hi - lo);
    const x = mu + sigma * normalQuantile(Math.min(Math.max(p, 1e-12), 1 - 1e-12));
    return Math.min(Math.max(x, 0), 1);
}
//# sourceMappingURL=normal-math.js.map
// EXTERNAL MODULE: ./lib/src/core/prng.js
var prng = __webpack_require__(8115);
;// CONCATENATED MODULE: ./lib/src/core/scan/rng.js
/**
 * Seeded randomness for scans. Every trial gets its own stream derived from (seed, stream, index), so trial 7 of
 * a plan is the same whether or not trials 0..6 were planned in the same call. Integer-only mixing (Math.imul,
 * >>>) keeps the sequence identical on every machine; Math.random is never used.
 */

/** splitmix32-style finalizer: spreads nearby inputs (seed 1, seed 2) to unrelated states. */
function mix32(x) {
    let z = (x + 0x9e3779b9) >>> 0;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
}
/** A stream of floats in [0, 1) from a seed and any number of integer stream keys. */
function seededStream(seed, ...keys) {
    let state = mix32(seed >>> 0);
    for (const key of keys)
        state = mix32((state ^ mix32(key >>> 0)) >>> 0);
    return (0,prng/* seededRandom */.Is)(state);
}
/** Index drawn from `weights` (not necessarily normalized). */
function drawIndex(random, weights) {
    const total = weights.reduce((a, b) => a + b, 0);
    let r = random() * total;
    for (let i = 0; i < weights.length; i++) {
        r -= weights[i];
        if (r < 0)
            return i;
    }
    return weights.length - 1;
}
/** Stream keys, so streams used for different purposes never collide. */
const STREAM = { random: 1, startup: 2, tpe: 3 };
//# sourceMappingURL=rng.js.map
;// CONCATENATED MODULE: ./lib/src/core/scan/parzen.js


/**
 * A multivariate Parzen estimator (mixture of product kernels, one per observation, plus one broad prior kernel),
 * as in Optuna's multivariate TPE: numeric dimensions use Gaussians truncated to [0, 1] with a Scott-style bandwidth
 * shared by all kernels; categorical dimensions use a kernel that puts most mass on the observed value and smooths
 * towards the prior.
 */
class ParzenEstimator {
    dims;
    weights;
    logWeights;
    centers;
    sigma;
    catProbs; // kernel -> dim -> value probabilities (unused for numeric dims)
    logCatProbs;
    constants; // kernel -> dim -> truncated-normal log normalizer
    constructor(dims, points, options) {
        this.dims = dims;
        const n = points.length;
        const numericCount = dims.filter((d) => d.kind === 'numeric').length;
        // Scott's rule in d dimensions scales as n^(-1/(d+4)). n is the number of observations of the whole history,
        // not of this group: the good group holds ~15% of the trials, so sizing by it keeps kernels wide and the search
        // never refines (bench: Branin regret at 60 trials 0.16 -> 0.03). The clip stops few points making spikes.
        const count = Math.max(options.observationCount, 1);
        const s = Math.min(Math.max(options.bandwidth * Math.pow(count, -1 / (numericCount + 4)), 1 / Math.min(100, count + 1)), 1);
        this.sigma = dims.map(() => s);
        this.centers = [...points, dims.map((d) => (d.kind === 'numeric' ? 0.5 : -1))];
        this.weights = [...points.map(() => 1), options.priorWeight];
        const total = this.weights.reduce((a, b) => a + b, 0);
        this.logWeights = this.weights.map((w) => Math.log(w / total));
        const kernels = n + 1;
        this.catProbs = this.centers.map((center, c) => dims.map((dim, d) => {
            if (dim.kind !== 'categorical')
                return [];
            if (c === n)
                return dim.prior.slice();
            const row = dim.prior.map((p) => (options.priorWeight * p) / kernels);
            row[center[d]] += 1;
            const sum = row.reduce((a, b) => a + b, 0);
            return row.map((p) => p / sum);
        }));
        this.logCatProbs = this.catProbs.map((rows) => rows.map((row) => row.map((p) => Math.log(p))));
        this.constants = this.centers.map((center, c) => dims.map((dim, d) => (dim.kind === 'numeric' ? logTruncatedNormalConstant(center[d], this.sigmaOf(c, d)) : 0)));
    }
    sigmaOf(kernel, d) {
        return kernel === this.centers.length - 1 ? 1 : this.sigma[d];
    }
    /** One draw: pick a kernel by weight, then each coordinate from that kernel. */
    sample(random) {
        const c = drawIndex(random, this.weights);
        return this.dims.map((dim, d) => {
            if (dim.kind === 'categorical')
                return drawIndex(random, this.catProbs[c][d]);
            return sampleTruncatedNormal(random(), this.centers[c][d], this.sigmaOf(c, d));
        });
    }
    logDensity(x) {
        const terms = this.centers.map((center, c) => {
            let sum = this.logWeights[c];
            for (let d = 0; d < this.dims.length; d++) {
                if (this.dims[d].kind === 'categorical')
                    sum += this.logCatProbs[c][d][x[d]];
                else
                    sum += logTruncatedNormal(x[d], center[d], this.sigmaOf(c, d), this.constants[c][d]);
            }
            return sum;
        });
        const max = Math.max(...terms);
        return max + Math.log(terms.reduce((a, t) => a + Math.exp(t - max), 0));
    }
}
//# sourceMappingURL=parzen.js.map
;// CONCATENATED MODULE: ./lib/src/core/scan/space.js


/** The searchable parameters in sorted (byte-order) name order, the order every sampler draws them in. */
function dimensionsOf(parameters) {
    const dims = [];
    for (const name of sortedNames(parameters)) {
        const spec = parameters[name];
        if (spec.distribution === 'constant')
            continue;
        if (spec.distribution === 'categorical') {
            const k = spec.values.length;
            dims.push({
                kind: 'categorical',
                name,
                values: spec.values,
                prior: spec.probabilities ?? spec.values.map(() => 1 / k),
            });
        }
        else {
            dims.push({ kind: 'numeric', name, spec });
        }
    }
    return dims;
}
function sortedNames(parameters) {
    return Object.keys(parameters).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
/** The constants of a scan, by name. */
function constantsOf(parameters) {
    const out = {};
    for (const name of sortedNames(parameters)) {
        const spec = parameters[name];
        if (spec.distribution === 'constant')
            out[name] = spec.value;
    }
    return out;
}
const EDGE = 1e-12;
/** Value of a numeric parameter at unit coordinate u in [0, 1] (never -0: it would change the config hash). */
function fromUnit(spec, u) {
    return valueAt(spec, u) || 0;
}
function valueAt(spec, u) {
    const v = clampUnit(u);
    switch (spec.distribution) {
        case 'uniform':
            return Math.min(spec.min + v * (spec.max - spec.min), spec.max);
        case 'int_uniform':
            return Math.min(spec.min + Math.floor(v * (spec.max - spec.min + 1)), spec.max);
        case 'log_uniform_values':
            return Math.min(Math.max(Math.exp(Math.log(spec.min) + v * (Math.log(spec.max) - Math.log(spec.min))), spec.min), spec.max);
        case 'q_uniform':
            return snapToStep(spec.min + v * (spec.max - spec.min), spec);
        case 'q_log_uniform_values':
            return snapToStep(Math.exp(Math.log(spec.min) + v * (Math.log(spec.max) - Math.log(spec.min))), spec);
        case 'normal':
            return spec.mu + spec.sigma * normalQuantile(Math.min(Math.max(v, EDGE), 1 - EDGE));
        case 'log_normal':
            return Math.exp(spec.mu + spec.sigma * normalQuantile(Math.min(Math.max(v, EDGE), 1 - EDGE)));
    }
}
/** Unit coordinate of a value (the inverse of fromUnit; integers map to the middle of their cell). */
function toUnit(spec, value) {
    let u;
    switch (spec.distribution) {
        case 'uniform':
        case 'q_uniform':
            u = (value - spec.min) / (spec.max - spec.min);
            break;
        case 'int_uniform':
            u = (value - spec.min + 0.5) / (spec.max - spec.min + 1);
            break;
        case 'log_uniform_values':
        case 'q_log_uniform_values':
            u = value > 0 ? (Math.log(value) - Math.log(spec.min)) / (Math.log(spec.max) - Math.log(spec.min)) : 0;
            break;
        case 'normal':
            u = normalCdf((value - spec.mu) / spec.sigma);
            break;
        case 'log_normal':
            u = value > 0 ? normalCdf((Math.log(value) - spec.mu) / spec.sigma) : 0;
            break;
    }
    return clampUnit(u);
}
/**
 * u into [0, 1]. A range whose bounds collapse to one value in log space (min and max a few ulps apart) makes u
 * 0/0 = NaN: every point of such a range is the same, so it is its middle, never NaN (which fromUnit read as 0, a
 * value outside a log range's support).
 */
function clampUnit(u) {
    return Number.isNaN(u) ? 0.5 : Math.min(Math.max(u, 0), 1);
}
/** Multiples of q inside [min, max]: the support of q_uniform / q_log_uniform_values (empty when none fits). */
function stepRange(spec) {
    return { first: Math.ceil(spec.min / spec.q - 1e-9), last: Math.floor(spec.max / spec.q + 1e-9) };
}
/**
 * round(x / q) * q as W&B does, kept inside [min, max] (W&B's rounding can step outside the bounds; we clamp to the
 * nearest multiple inside), printed without binary noise (0.30000000000000004 -> 0.3).
 */
function snapToStep(x, spec) {
    const { first, last } = stepRange(spec);
    const k = Math.min(Math.max(Math.round(x / spec.q), first), last);
    return space_cleanFloat(k * spec.q);
}
/** Drops binary noise (12 significant digits) and -0, which canonical YAML would print as `-0`. */
function space_cleanFloat(x) {
    if (x === 0)
        return 0;
    return Number.isInteger(x) ? x : Number(x.toPrecision(12));
}
/** One value of a dimension drawn from its prior. */
function sampleDimension(dim, random) {
    if (dim.kind === 'categorical')
        return dim.values[drawIndex(random, dim.prior)];
    return fromUnit(dim.spec, random());
}
/** Categorical index of `value` among `values` (structural equality), or -1. */
function indexOfValue(values, value) {
    const key = stableKey(value);
    return values.findIndex((v) => stableKey(v) === key);
}
/** JSON with object keys sorted: equal values give equal keys whatever their key order. */
function stableKey(value) {
    return JSON.stringify(value, (_k, v) => v && typeof v === 'object' && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        : v);
}
//# sourceMappingURL=space.js.map
;// CONCATENATED MODULE: ./lib/src/core/scan/sample-random.js


/** Trial `index` of a random scan: each trial has its own stream, so it does not depend on the others. */
function sampleRandomTrial(spec, index) {
    const random = seededStream(spec.seed, STREAM.random, index);
    const params = { ...constantsOf(spec.parameters) };
    for (const dim of dimensionsOf(spec.parameters))
        params[dim.name] = sampleDimension(dim, random);
    return sortParams(params);
}
function sortParams(params) {
    const out = {};
    for (const key of Object.keys(params).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)))
        out[key] = params[key];
    return out;
}
//# sourceMappingURL=sample-random.js.map
;// CONCATENATED MODULE: ./lib/src/core/scan/tpe.js




const TPE_DEFAULTS = {
    startupTrials: 6,
    candidates: 24,
    bandwidth: 0.2,
    priorWeight: 1,
    goodCount: (n) => Math.min(Math.ceil(0.15 * n), 25),
};
/**
 * Suggests trials history.length .. history.length+count-1. Later trials of the same batch treat earlier pending
 * ones as failed ("constant liar" with the worst value), which pushes the batch apart instead of repeating itself.
 */
function suggestBayes(spec, history, count, isTaken, settings = TPE_DEFAULTS) {
    const dims = dimensionsOf(spec.parameters);
    const constants = constantsOf(spec.parameters);
    const points = [];
    for (const obs of history) {
        const x = encode(dims, obs.params);
        if (x)
            points.push({ x, loss: lossOf(obs.value, spec.metric.goal) });
    }
    const out = [];
    const planned = new Set();
    const taken = (params) => planned.has(stableKey(params)) || isTaken(params);
    for (let k = 0; k < count; k++) {
        const index = history.length + k;
        const random = seededStream(spec.seed, STREAM.tpe, index);
        const useModel = index >= settings.startupTrials && points.some((p) => Number.isFinite(p.loss)) && dims.length > 0;
        const ranked = useModel
            ? rankByModel(dims, points, random, settings)
            : [startupPoint(dims, spec.seed, index, settings.startupTrials)];
        let chosen;
        for (const x of ranked) {
            const params = decode(dims, constants, x);
            if (!taken(params)) {
                chosen = params;
                break;
            }
        }
        // Every ranked point is already committed or planned (small discrete spaces): fall back to prior draws.
        for (let attempt = 0; !chosen && attempt < 64; attempt++) {
            const params = sortParams({
                ...constants,
                ...Object.fromEntries(dims.map((d) => [d.name, sampleDimension(d, random)])),
            });
            if (!taken(params))
                chosen = params;
        }
        if (!chosen) {
            out.push({ index, reason: 'no untried point found: every sampled point is already committed or planned' });
            continue;
        }
        out.push({ index, params: chosen });
        points.push({ x: encode(dims, chosen), loss: Infinity });
        planned.add(stableKey(chosen));
    }
    return out;
}
/** Loss to minimize: failed runs (null, NaN) are the worst possible. */
function lossOf(value, goal) {
    if (value === null || !Number.isFinite(value))
        return Infinity;
    return goal === 'minimize' ? value : -value;
}
/** The optimizer's coordinates of a run's params, or undefined when a param is missing or outside the space. */
function encode(dims, params) {
    const x = [];
    for (const dim of dims) {
        const value = params[dim.name];
        if (dim.kind === 'categorical') {
            const i = indexOfValue(dim.values, value);
            if (i < 0)
                return undefined;
            x.push(i);
        }
        else {
            if (typeof value !== 'number' || !Number.isFinite(value))
                return undefined;
            x.push(toUnit(dim.spec, value));
        }
    }
    return x;
}
function decode(dims, constants, x) {
    const params = { ...constants };
    dims.forEach((dim, d) => {
        params[dim.name] = dim.kind === 'categorical' ? dim.values[x[d]] : fromUnit(dim.spec, x[d]);
    });
    return sortParams(params);
}
/** Candidates from l(x) (the good group's density), best l(x)/g(x) first. */
function rankByModel(dims, points, random, settings) {
    const order = points.map((p, i) => ({ p, i })).sort((a, b) => a.p.loss - b.p.loss || a.i - b.i);
    const finite = points.filter((p) => Number.isFinite(p.loss)).length;
    const nGood = Math.max(1, Math.min(settings.goodCount(points.length), finite));
    const good = new ParzenEstimator(dims, order.slice(0, nGood).map((o) => o.p.x), { ...settings, observationCount: points.length });
    const bad = new ParzenEstimator(dims, order.slice(nGood).map((o) => o.p.x), { ...settings, observationCount: points.length });
    const scored = [];
    for (let i = 0; i < settings.candidates; i++) {
        const x = good.sample(random);
        scored.push({ x, score: good.logDensity(x) - bad.logDensity(x), i });
    }
    scored.sort((a, b) => b.score - a.score || a.i - b.i);
    return scored.map((s) => s.x);
}
/**
 * Start-up point `index` of a Latin hypercube of `size` points: every dimension's prior quantiles are covered once
 * per stratum, which spreads the first few trials better than independent draws.
 */
function startupPoint(dims, seed, index, size) {
    const random = seededStream(seed, STREAM.startup, index);
    if (index >= size)
        return dims.map((dim) => (dim.kind === 'numeric' ? random() : drawIndex(random, dim.prior)));
    return dims.map((dim, d) => {
        const stratum = permutation(size, seededStream(seed, STREAM.startup, 1_000_003 + d))[index];
        const u = (stratum + random()) / size;
        if (dim.kind === 'numeric')
            return u;
        let acc = 0;
        for (let i = 0; i < dim.prior.length; i++) {
            acc += dim.prior[i];
            if (u < acc)
                return i;
        }
        return dim.prior.length - 1;
    });
}
function permutation(n, random) {
    const order = Array.from({ length: n }, (_, i) => i);
    for (let i = n - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [order[i], order[j]] = [order[j], order[i]];
    }
    return order;
}
//# sourceMappingURL=tpe.js.map
;// CONCATENATED MODULE: ./lib/src/core/scan/methods/bayes.js

/**
 * bayes: trials history.length..max_trials-1 from TPE warm-started on the committed history; with a wave size, only
 * the next wave. In waves the first wave is the start-up design (a Latin hypercube, at least 2 and at most 6 points),
 * so the second wave already uses the model fitted on the first wave's results.
 */
const bayes = {
    description: 'TPE suggestions warm-started on the committed trials, one at a time (or one wave at a time)',
    sampled: true,
    adaptive: true,
    resolve(spec, { history, hash, existing, waveSize }) {
        const left = Math.max(0, (spec.max_trials ?? 0) - history.length);
        const count = waveSize === undefined ? left : Math.min(left, waveSize);
        const settings = waveSize === undefined
            ? TPE_DEFAULTS
            : { ...TPE_DEFAULTS, startupTrials: Math.min(TPE_DEFAULTS.startupTrials, Math.max(2, waveSize)) };
        const suggestions = suggestBayes(spec, history, count, (params) => existing.has(hash(params)), settings);
        return {
            trials: suggestions.filter((s) => s.params).map((s) => ({ index: s.index, params: s.params })),
            skipped: suggestions.filter((s) => !s.params).map((s) => ({ index: s.index, params: {}, reason: s.reason })),
        };
    },
};
//# sourceMappingURL=bayes.js.map
// EXTERNAL MODULE: ./lib/src/core/errors.js
var errors = __webpack_require__(7657);
;// CONCATENATED MODULE: ./lib/src/core/scan/resolve-grid.js



/** How many values gridValues would list, computed without listing them. */
function gridLength(spec) {
    switch (spec.distribution) {
        case 'constant':
            return 1;
        case 'categorical':
            return spec.values.length;
        case 'int_uniform':
            return Math.max(0, spec.max - spec.min + 1);
        case 'q_uniform': {
            const { first, last } = stepRange(spec);
            return Math.max(0, last - first + 1);
        }
        default:
            return gridValues(spec).length;
    }
}
/** The number of grid points, without building them. */
function gridSize(parameters) {
    return Object.values(parameters).reduce((a, p) => a * gridLength(p), 1);
}
/** The finite value list of a grid parameter: written order for values, ascending for int_uniform/q_uniform. */
function gridValues(spec) {
    switch (spec.distribution) {
        case 'constant':
            return [spec.value];
        case 'categorical':
            return spec.values;
        case 'int_uniform':
            return range(spec.min, spec.max, (k) => k || 0);
        case 'q_uniform': {
            const { first, last } = stepRange(spec);
            return range(first, last, (k) => space_cleanFloat(k * spec.q));
        }
        default:
            throw (0,errors/* badInput */.AN)(`Grid cannot enumerate distribution '${spec.distribution}'. Expected values, value, int_uniform or q_uniform.`);
    }
}
function range(first, last, map) {
    if (last - first + 1 > MAX_GRID_POINTS)
        throw (0,errors/* badInput */.AN)(`Grid parameter range ${first}..${last} is too large. Expected at most ${MAX_GRID_POINTS} values.`);
    const out = [];
    for (let k = first; k <= last; k++)
        out.push(map(k));
    return out;
}
/**
 * Every grid point in a stable order: parameters sorted by dotted name (byte order), the cartesian product taken
 * like nested loops with the LAST name varying fastest, each parameter's values in gridValues order. This is
 * W&B's order too (itertools.product over sorted names).
 */
function gridPoints(spec) {
    const names = sortedNames(spec.parameters);
    const size = gridSize(spec.parameters);
    if (size > MAX_GRID_POINTS)
        throw (0,errors/* badInput */.AN)(`Grid of ${size} points is too large. Expected at most ${MAX_GRID_POINTS}; use method random or bayes.`);
    const lists = names.map((n) => gridValues(spec.parameters[n]));
    const points = [];
    for (let i = 0; i < size; i++) {
        const point = {};
        let rest = i;
        for (let d = names.length - 1; d >= 0; d--) {
            point[names[d]] = lists[d][rest % lists[d].length];
            rest = Math.floor(rest / lists[d].length);
        }
        points.push(sortedCopy(point, names));
    }
    return points;
}
function sortedCopy(point, names) {
    const out = {};
    for (const n of names)
        out[n] = point[n];
    return out;
}
//# sourceMappingURL=resolve-grid.js.map
// EXTERNAL MODULE: ./lib/src/core/yaml-text.js
var yaml_text = __webpack_require__(989);
;// CONCATENATED MODULE: ./lib/src/core/scan/yaml-nodes.js



// yaml leaves `!!float 4` unresolved (its float tags only match a dot or an exponent); PyYAML, and so W&B files,
// read it as 4.0. This fallback tag resolves any explicitly tagged float; untagged scalars never reach it.
const explicitFloat = {
    tag: 'tag:yaml.org,2002:float',
    resolve: (text) => Number(text.replace(/_/g, '')),
};
const parseOptions = (version) => ({
    version,
    customTags: (tags) => [...tags, explicitFloat],
});
/** Plain data of a scan YAML text as the parser reads it (same tags), for schema validation at the adapter. */
function scanYamlData(text, file = 'scan.yaml') {
    return (0,yaml_text/* parseYamlText */.cd)(text, file, parseOptions('1.2')).data;
}
/** Parses `text`; YAML syntax errors become one BAD_INPUT line with the position yaml reports. */
function yaml_nodes_parseYamlSource(text, file, version = '1.2') {
    const { doc, lines } = (0,yaml_text/* parseYamlText */.cd)(text, file, parseOptions(version), ' (yaml):');
    const source = { file, text, lines };
    return { source, root: doc.contents ?? null };
}
/** Throws the one-line message: `file:line:col path: message`. */
function yaml_nodes_fail(source, node, path, message) {
    const offset = node?.range?.[0] ?? 0;
    const { line, col } = source.lines.linePos(offset);
    throw (0,errors/* badInput */.AN)(`${source.file}:${line}:${col} ${path || '(document)'}: ${message}`);
}
/** How a node was written, for `got '...'` in messages. */
function yaml_nodes_written(source, node) {
    if (!node)
        return 'nothing';
    if ((0,yaml_dist/* isMap */.jh)(node))
        return 'a mapping';
    if ((0,yaml_dist/* isSeq */.oP)(node))
        return 'a list';
    const range = node.range;
    return range ? `'${source.text.slice(range[0], range[1]).trim()}'` : `'${String(node.value)}'`;
}
/** The entries of a mapping node, keys as strings; anything else is refused at `path`. */
function yaml_nodes_entriesOf(source, node, path, expected = 'a mapping') {
    if (!(0,yaml_dist/* isMap */.jh)(node))
        yaml_nodes_fail(source, node, path, `expected ${expected}, got ${yaml_nodes_written(source, node)}.`);
    return node.items.map((pair) => {
        const keyNode = pair.key;
        if (!(0,yaml_dist/* isScalar */.jn)(keyNode) || typeof keyNode.value !== 'string')
            yaml_nodes_fail(source, keyNode, path, `expected string keys, got ${yaml_nodes_written(source, keyNode)}.`);
        return { key: keyNode.value, keyNode, value: pair.value ?? null };
    });
}
/** Refuses keys outside `allowed`, naming the first unknown one. */
function yaml_nodes_onlyKeys(source, entries, path, allowed) {
    const extra = entries.find((e) => !allowed.includes(e.key));
    if (extra)
        yaml_nodes_fail(source, extra.keyNode, join(path, extra.key), `unknown key; expected one of ${allowed.join(', ')}.`);
}
function join(path, key) {
    return path ? `${path}.${key}` : key;
}
/** A number scalar (a quoted '1e-5' or `.inf` is refused); `what` completes "expected ...". */
function yaml_nodes_numberAt(source, node, path, what = 'a number') {
    if (!(0,yaml_dist/* isScalar */.jn)(node) || typeof node.value !== 'number' || !Number.isFinite(node.value)) {
        const got = (0,yaml_dist/* isScalar */.jn)(node) && typeof node.value === 'string' ? `the string '${node.value}'` : yaml_nodes_written(source, node);
        yaml_nodes_fail(source, node, path, `expected ${what}, got ${got}.`);
    }
    const text = node.range ? source.text.slice(node.range[0], node.range[1]).trim() : String(node.value);
    const tag = node.tag;
    const integerTag = tag === undefined || tag === 'tag:yaml.org,2002:int';
    return {
        value: node.value,
        writtenAsInteger: integerTag && /^[-+]?[0-9]+$/.test(text) && Number.isSafeInteger(node.value),
    };
}
function yaml_nodes_stringAt(source, node, path, what = 'a string') {
    if (!(0,yaml_dist/* isScalar */.jn)(node) || typeof node.value !== 'string' || node.value === '')
        yaml_nodes_fail(source, node, path, `expected ${what}, got ${yaml_nodes_written(source, node)}.`);
    return node.value;
}
function booleanAt(source, node, path) {
    if (!(0,yaml_dist/* isScalar */.jn)(node) || typeof node.value !== 'boolean')
        yaml_nodes_fail(source, node, path, `expected true or false, got ${yaml_nodes_written(source, node)}.`);
    return node.value;
}
/** Plain JS value of any node (categorical values and constants may be lists or mappings). */
function plainValue(node) {
    return node ? node.toJSON() : null;
}
//# sourceMappingURL=yaml-nodes.js.map
;// CONCATENATED MODULE: ./lib/src/core/scan/methods/scan-method.js
/** Plans a fixed list of points: a point already committed, or equal to an earlier one, is skipped with the reason. */
function planPoints(points, context) {
    const trials = [];
    const skipped = [];
    const seen = new Map();
    points.forEach((params, index) => {
        const h = context.hash(params);
        if (context.existing.has(h))
            skipped.push({ index, params, reason: `already committed (config hash ${h})` });
        else if (seen.has(h))
            skipped.push({ index, params, reason: `same config as trial ${seen.get(h)}` });
        else
            trials.push({ index, params });
        if (!seen.has(h))
            seen.set(h, index);
    });
    return { trials, skipped };
}
//# sourceMappingURL=scan-method.js.map
;// CONCATENATED MODULE: ./lib/src/core/scan/methods/grid.js




/** grid: every point in gridPoints order, minus committed points (reported), capped so committed + planned <= max_trials. */
const grid = {
    description: 'every combination of the parameter values, in a fixed order',
    sampled: false,
    adaptive: false,
    checkParameters: (source, spec, where) => {
        refuseContinuousInGrid(source, spec, where);
        refuseHugeGrid(source, spec, where);
    },
    resolve(spec, context) {
        const { trials, skipped } = planPoints(gridPoints(spec), context);
        if (spec.max_trials === undefined)
            return { trials, skipped };
        const committed = skipped.filter((s) => s.reason.startsWith('already committed')).length;
        return { trials: trials.slice(0, Math.max(0, spec.max_trials - committed)), skipped };
    },
};
// Grid needs a finite list per parameter: int_uniform and q_uniform enumerate, as in W&B; the rest cannot.
function refuseContinuousInGrid(source, spec, where) {
    for (const [name, p] of Object.entries(spec.parameters)) {
        const finite = p.distribution === 'constant' ||
            p.distribution === 'int_uniform' ||
            p.distribution === 'q_uniform' ||
            p.distribution === 'categorical';
        if (!finite) {
            yaml_nodes_fail(source, where.get(name), `parameters.${name}`, `expected values, value, int_uniform or q_uniform for method grid, got continuous distribution '${p.distribution}'.`);
        }
        if (p.distribution === 'categorical' && p.probabilities) {
            yaml_nodes_fail(source, where.get(name), `parameters.${name}.probabilities`, 'expected no probabilities for method grid (every value is visited once).');
        }
    }
}
// Counted without building the product, so a grid of 10^12 points is refused at once instead of hanging.
function refuseHugeGrid(source, spec, where) {
    const size = gridSize(spec.parameters);
    if (size > MAX_GRID_POINTS)
        yaml_nodes_fail(source, where.values().next().value, 'parameters', `a grid of ${size} points is too large; expected at most ${MAX_GRID_POINTS} (use method random or bayes).`);
}
//# sourceMappingURL=grid.js.map
;// CONCATENATED MODULE: ./lib/src/core/scan/methods/random.js


/** random: trials 0..max_trials-1, each from its own seeded stream, minus committed ones and in-plan duplicates. */
const random = {
    description: 'max_trials independent draws, each from its own seeded stream',
    sampled: true,
    adaptive: false,
    resolve: (spec, context) => planPoints(Array.from({ length: spec.max_trials ?? 0 }, (_, i) => sampleRandomTrial(spec, i)), context),
};
//# sourceMappingURL=random.js.map
;// CONCATENATED MODULE: ./lib/src/core/scan/methods/index.js



/** Every scan method by its name in configs/scan.yaml; a new method is one file here and one entry (see docs/design.md). */
const SCAN_METHODS = { grid: grid, random: random, bayes: bayes };
function isScanMethod(name) {
    return Object.hasOwn(SCAN_METHODS, name);
}
/** The method names as prose: `grid, random or bayes`. */
function scanMethodList() {
    const names = Object.keys(SCAN_METHODS);
    return names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : names.join('');
}
//# sourceMappingURL=index.js.map
// EXTERNAL MODULE: ./lib/src/core/unsafe-keys.js
var unsafe_keys = __webpack_require__(2469);
;// CONCATENATED MODULE: ./lib/src/core/scan/parse-parameters.js




const DISTRIBUTIONS = [
    'constant',
    'categorical',
    'categorical_w_probabilities',
    'uniform',
    'int_uniform',
    'log_uniform',
    'log_uniform_values',
    'q_uniform',
    'q_log_uniform_values',
    'normal',
    'log_normal',
];
// W&B distributions mtrack does not sample. q_log_uniform is listed apart: like W&B's log_uniform it takes exponents.
const WANDB_ONLY = [
    'q_log_uniform',
    'inv_log_uniform',
    'inv_log_uniform_values',
    'q_normal',
    'q_log_normal',
    'beta',
    'q_beta',
];
const SEGMENT = /^[A-Za-z_][A-Za-z0-9_-]*$/;
/**
 * Reads `parameters:`: dotted keys (`architecture.width`) and W&B's nested form (`architecture: {parameters:
 * {width: ...}}`) both name the dotted path into config_resolved.
 */
function parseParameters(source, node, path = 'parameters', 
/** The script's own names (a command trainer): any name, `optimizer` and `optimizer.lr` both flat keys, as W&B. */
flat = false) {
    const out = {};
    const where = new Map();
    parse_parameters_walkParameters(source, node, path, '', {
        defined: (name) => Object.hasOwn(out, name),
        checkLevel: (entries, level, at) => {
            if (entries.length === 0)
                yaml_nodes_fail(source, level, at, 'expected at least one parameter, got an empty mapping.');
        },
        checkName: (entry, at) => {
            if (flat)
                return;
            if (!entry.key.split('.').every((s) => SEGMENT.test(s))) {
                yaml_nodes_fail(source, entry.keyNode, at, `expected a dotted name like 'architecture.width', got '${entry.key}'.`);
            }
        },
        leaf: (name, entry, inner, at) => {
            out[name] = parse_parameters_parseParameter(source, entry.value, inner, at);
            where.set(name, entry.keyNode);
        },
    });
    const names = flat ? [] : Object.keys(out).sort();
    for (let i = 0; i + 1 < names.length; i++) {
        if (names[i + 1].startsWith(`${names[i]}.`)) {
            yaml_nodes_fail(source, where.get(names[i + 1]), `parameters.${names[i + 1]}`, `conflicts with parameter '${names[i]}': a path cannot be both a value and a mapping.`);
        }
    }
    return { parameters: out, where };
}
/**
 * Walks `parameters:` in both forms, dotted keys and W&B's nested `{parameters: ...}` mappings, calling `leaf`
 * with each parameter's dotted name; refuses a name given twice.
 */
function parse_parameters_walkParameters(source, node, path, prefix, walk) {
    const entries = yaml_nodes_entriesOf(source, node, path, 'a mapping of parameter names');
    walk.checkLevel?.(entries, node, path);
    for (const entry of entries) {
        const name = prefix ? `${prefix}.${entry.key}` : entry.key;
        const at = `parameters.${name}`;
        // A parameter name becomes a path into the config: a prototype key there would set an unrecorded value.
        const unsafe = entry.key.split('.').find(unsafe_keys/* isUnsafeKey */.ez);
        if (unsafe)
            yaml_nodes_fail(source, entry.keyNode, at, `${(0,unsafe_keys/* unsafeKeyMessage */.pu)(unsafe)}.`);
        walk.checkName?.(entry, at);
        if (walk.defined(name))
            yaml_nodes_fail(source, entry.keyNode, at, 'is defined twice (once nested, once dotted).');
        const inner = yaml_nodes_entriesOf(source, entry.value, at, 'a mapping with value, values, min/max, distribution or parameters');
        if (inner.some((e) => e.key === 'parameters')) {
            yaml_nodes_onlyKeys(source, inner, at, ['parameters']);
            parse_parameters_walkParameters(source, inner[0].value, `${at}.parameters`, name, walk);
            continue;
        }
        walk.leaf(name, entry, inner, at);
    }
}
/** One leaf parameter (a mapping without `parameters:`), validated. */
function parse_parameters_parseParameter(source, node, entries, at) {
    const get = (key) => entries.find((e) => e.key === key);
    const distNode = get('distribution');
    const written_ = distNode ? yaml_nodes_stringAt(source, distNode.value, `${at}.distribution`, 'a distribution name') : undefined;
    if (written_ !== undefined && !DISTRIBUTIONS.includes(written_))
        refuseDistribution(source, distNode.value, at, written_);
    if (get('value') || written_ === 'constant') {
        yaml_nodes_onlyKeys(source, entries, at, ['value', 'distribution']);
        if (!get('value'))
            yaml_nodes_fail(source, node, `${at}.value`, 'is required for a constant but missing.');
        return { distribution: 'constant', value: plainValue(get('value').value) };
    }
    if (get('values') || written_ === 'categorical' || written_ === 'categorical_w_probabilities') {
        yaml_nodes_onlyKeys(source, entries, at, ['values', 'probabilities', 'distribution']);
        return categorical(source, node, at, get('values'), get('probabilities'));
    }
    const dist = written_ ?? inferDistribution(source, node, at, get('min'), get('max'));
    if (dist === 'normal' || dist === 'log_normal') {
        yaml_nodes_onlyKeys(source, entries, at, ['distribution', 'mu', 'sigma']);
        const mu = get('mu') ? yaml_nodes_numberAt(source, get('mu').value, `${at}.mu`).value : 0;
        const sigma = get('sigma') ? yaml_nodes_numberAt(source, get('sigma').value, `${at}.sigma`).value : 1;
        if (sigma <= 0)
            yaml_nodes_fail(source, get('sigma').value, `${at}.sigma`, `expected a number > 0, got ${yaml_nodes_written(source, get('sigma').value)}.`);
        return { distribution: dist, mu, sigma };
    }
    const quantized = dist === 'q_uniform' || dist === 'q_log_uniform_values';
    yaml_nodes_onlyKeys(source, entries, at, quantized ? ['distribution', 'min', 'max', 'q'] : ['distribution', 'min', 'max']);
    const { min, max } = bounds(source, node, at, dist, get('min'), get('max'));
    const canonical = dist === 'log_uniform' ? 'log_uniform_values' : dist;
    if (!quantized)
        return { distribution: canonical, min, max };
    const qEntry = get('q');
    const q = qEntry ? yaml_nodes_numberAt(source, qEntry.value, `${at}.q`, 'a number > 0').value : 1;
    if (q <= 0)
        yaml_nodes_fail(source, qEntry.value, `${at}.q`, `expected a number > 0, got ${yaml_nodes_written(source, qEntry.value)}.`);
    const steps = stepRange({ min, max, q });
    if (steps.first > steps.last)
        yaml_nodes_fail(source, qEntry?.value ?? node, `${at}.q`, `expected a step with a multiple inside [${min}, ${max}], got ${q}.`);
    return { distribution: dist, min, max, q };
}
function inferDistribution(source, node, at, min, max) {
    if (!min || !max)
        yaml_nodes_fail(source, node, at, 'expected value, values, min and max, or distribution.');
    const lo = yaml_nodes_numberAt(source, min.value, `${at}.min`);
    const hi = yaml_nodes_numberAt(source, max.value, `${at}.max`);
    // The spec: both written as integers (`1`, not `1.0`) means int_uniform, as W&B reads Python ints.
    return lo.writtenAsInteger && hi.writtenAsInteger ? 'int_uniform' : 'uniform';
}
function bounds(source, node, at, dist, minE, maxE) {
    if (!minE)
        yaml_nodes_fail(source, node, `${at}.min`, `is required for ${dist} but missing.`);
    if (!maxE)
        yaml_nodes_fail(source, node, `${at}.max`, `is required for ${dist} but missing.`);
    const min = yaml_nodes_numberAt(source, minE.value, `${at}.min`).value;
    const max = yaml_nodes_numberAt(source, maxE.value, `${at}.max`).value;
    const positive = dist === 'log_uniform' || dist === 'log_uniform_values' || dist === 'q_log_uniform_values';
    for (const [key, entry, v] of [
        ['min', minE, min],
        ['max', maxE, max],
    ]) {
        if (dist === 'int_uniform' && !Number.isInteger(v))
            yaml_nodes_fail(source, entry.value, `${at}.${key}`, `expected an integer for int_uniform, got ${yaml_nodes_written(source, entry.value)}.`);
        if (positive && v <= 0) {
            const hint = dist === 'log_uniform'
                ? ` mtrack's log_uniform takes the values themselves (like log_uniform_values); W&B's log_uniform takes natural-log exponents, so a W&B bound of ${v} means e^${v} = ${Number(Math.exp(v).toPrecision(6))}: write distribution: log_uniform_values with min/max as values, or convert the file with 'mtrack scan import-wandb'.`
                : '';
            yaml_nodes_fail(source, entry.value, `${at}.${key}`, `expected a number > 0 for ${dist}, got ${yaml_nodes_written(source, entry.value)}.${hint}`);
        }
    }
    if (!(min < max))
        yaml_nodes_fail(source, maxE.value, `${at}.max`, `expected a number > min (${min}), got ${yaml_nodes_written(source, maxE.value)}.`);
    return { min, max };
}
function categorical(source, node, at, valuesE, probsE) {
    if (!valuesE)
        yaml_nodes_fail(source, node, `${at}.values`, 'is required for a categorical parameter but missing.');
    if (!(0,yaml_dist/* isSeq */.oP)(valuesE.value) || valuesE.value.items.length === 0) {
        yaml_nodes_fail(source, valuesE.value, `${at}.values`, `expected a non-empty list, got ${yaml_nodes_written(source, valuesE.value)}.`);
    }
    const items = valuesE.value.items;
    const values = items.map((n) => plainValue(n));
    const seen = new Set();
    values.forEach((v, i) => {
        const key = stableKey(v);
        if (seen.has(key))
            yaml_nodes_fail(source, items[i], `${at}.values[${i}]`, `expected distinct values, got ${yaml_nodes_written(source, items[i])} twice.`);
        seen.add(key);
    });
    if (!probsE)
        return { distribution: 'categorical', values };
    if (!(0,yaml_dist/* isSeq */.oP)(probsE.value) || probsE.value.items.length !== values.length) {
        yaml_nodes_fail(source, probsE.value, `${at}.probabilities`, `expected a list of ${values.length} numbers (one per value), got ${yaml_nodes_written(source, probsE.value)}.`);
    }
    const probabilities = probsE.value.items.map((n, i) => {
        const p = yaml_nodes_numberAt(source, n, `${at}.probabilities[${i}]`, 'a number >= 0').value;
        if (p < 0)
            yaml_nodes_fail(source, n, `${at}.probabilities[${i}]`, `expected a number >= 0, got ${yaml_nodes_written(source, n)}.`);
        return p;
    });
    const sum = probabilities.reduce((a, b) => a + b, 0);
    if (Math.abs(sum - 1) > 1e-6)
        yaml_nodes_fail(source, probsE.value, `${at}.probabilities`, `expected numbers summing to 1, got a sum of ${Number(sum.toPrecision(10))}.`);
    return { distribution: 'categorical', values, probabilities };
}
function refuseDistribution(source, node, at, name) {
    const supported = DISTRIBUTIONS.filter((d) => !d.startsWith('categorical')).join(', ');
    if (name === 'q_log_uniform') {
        yaml_nodes_fail(source, node, `${at}.distribution`, `expected one of ${supported}, got 'q_log_uniform'. W&B's q_log_uniform takes natural-log exponent bounds; write q_log_uniform_values with the values themselves, or convert the file with 'mtrack scan import-wandb'.`);
    }
    const extra = WANDB_ONLY.includes(name) ? ` ('${name}' is a W&B distribution mtrack does not sample)` : '';
    yaml_nodes_fail(source, node, `${at}.distribution`, `expected one of ${supported}, got '${name}'${extra}.`);
}
//# sourceMappingURL=parse-parameters.js.map
;// CONCATENATED MODULE: ./lib/src/core/scan/python-types.js


const CONTINUOUS = ['uniform', 'log_uniform', 'log_uniform_values', 'normal', 'log_normal'];
const QUANTIZED = ['q_uniform', 'q_log_uniform', 'q_log_uniform_values', 'q_normal', 'q_log_normal'];
/** A number scalar written as a float: with a dot, an exponent, or a float tag. */
function python_types_writtenAsFloat(source, node) {
    if (!(0,yaml_dist/* isScalar */.jn)(node) || typeof node.value !== 'number')
        return false;
    if (node.tag === 'tag:yaml.org,2002:float')
        return true;
    const text = node.range ? source.text.slice(node.range[0], node.range[1]).trim() : '';
    return /[.eE]|inf|nan/i.test(text);
}
/** Reads the Python type of each parameter's values from `parameters:` as written. */
function python_types_pythonTypes(source, node) {
    const out = { floats: {}, nested: {} };
    parse_parameters_walkParameters(source, node, 'parameters', '', {
        defined: () => false,
        leaf: (name, entry, inner) => {
            if (name !== entry.key)
                out.nested[name] = name.split('.');
            const get = (key) => inner.find((e) => e.key === key)?.value;
            const dist = get('distribution');
            const distName = (0,yaml_dist/* isScalar */.jn)(dist) ? String(dist.value) : undefined;
            if (distName && CONTINUOUS.includes(distName))
                out.floats[name] = true;
            else if (distName && QUANTIZED.includes(distName)) {
                // W&B returns an int when q is a Python int (sweeps' params.py: `if isinstance(q, int)`), else a float.
                const q = get('q');
                if (q && python_types_writtenAsFloat(source, q))
                    out.floats[name] = true;
            }
            else if (!distName && !get('values') && !get('value') && (get('min') || get('max'))) {
                if (python_types_writtenAsFloat(source, get('min')) || python_types_writtenAsFloat(source, get('max')))
                    out.floats[name] = true;
            }
            else {
                const values = get('values');
                const items = (0,yaml_dist/* isSeq */.oP)(values) ? values.items : [get('value')];
                const floats = items
                    .filter((n) => python_types_writtenAsFloat(source, n))
                    .map((n) => n.value);
                if (floats.length)
                    out.floats[name] = floats;
            }
        },
    });
    return out;
}
/** The names among `params` whose value is a Python float. */
function floatNames(types, params) {
    const out = new Set();
    for (const [name, v] of Object.entries(params)) {
        const f = types?.floats[name];
        if (typeof v === 'number' && (f === true || (Array.isArray(f) && f.includes(v))))
            out.add(name);
    }
    return out;
}
/** W&B hands a nested parameter to the script as one mapping (`--deq={'max_iter': 40}`): the trial's params so. */
function renestParams(params, nested) {
    const out = {};
    for (const [name, value] of Object.entries(params)) {
        const path = nested[name];
        if (!path) {
            out[name] = value;
            continue;
        }
        let at = out;
        for (const segment of path.slice(0, -1)) {
            if (at[segment] === null || typeof at[segment] !== 'object')
                at[segment] = {};
            at = at[segment];
        }
        at[path[path.length - 1]] = value;
    }
    return out;
}
//# sourceMappingURL=python-types.js.map
;// CONCATENATED MODULE: ./lib/src/core/scan/parse-scan-yaml.js






const DEFAULT_METRIC = { name: 'primary_metric', goal: 'maximize' };
const SCAN_KEYS = [
    'method',
    'max_trials',
    'seed',
    'metric',
    'parameters',
    'early_terminate',
    'name',
    'description',
    'program',
    'command',
];
/**
 * Parses and validates `configs/scan.yaml` (mtrack syntax: everything under a top-level `scan:`). The core does all
 * checking itself because the rules need the YAML source: positions for `file:line:col`, and the written form of
 * scalars (`1` vs `1.0` decides int_uniform vs uniform), which JSON Schema cannot see. The adapter may also run
 * ajv with schemas/scan_config.schema.json on the plain data; both accept the same structure.
 */
function parse_scan_yaml_parseScanYaml(text, file) {
    const { source, root } = yaml_nodes_parseYamlSource(text, file);
    const top = yaml_nodes_entriesOf(source, root, '', "a mapping with a top-level 'scan:' key");
    const scan = top.find((e) => e.key === 'scan');
    if (!scan) {
        const wandb = top.some((e) => e.key === 'method' || e.key === 'parameters');
        const hint = wandb ? " This looks like a W&B sweep file: convert it with 'mtrack scan import-wandb <file>'." : '';
        yaml_nodes_fail(source, root, 'scan', `expected a top-level 'scan:' mapping, got keys '${top.map((e) => e.key).join(', ')}'.${hint}`);
    }
    yaml_nodes_onlyKeys(source, top, '', ['scan']);
    return parseScanBody(source, scan.value);
}
/** The Python types of a scan file's parameter values (it parses; call after parseScanYaml accepted the text). */
function scanPythonTypes(text, file) {
    const { source, root } = yaml_nodes_parseYamlSource(text, file);
    const scan = yaml_nodes_entriesOf(source, root, '').find((e) => e.key === 'scan');
    return python_types_pythonTypes(source, yaml_nodes_entriesOf(source, scan.value, 'scan').find((e) => e.key === 'parameters').value);
}
function parseScanBody(source, node) {
    const entries = yaml_nodes_entriesOf(source, node, 'scan');
    yaml_nodes_onlyKeys(source, entries, '', SCAN_KEYS);
    const get = (key) => entries.find((e) => e.key === key);
    const methodE = get('method');
    if (!methodE)
        yaml_nodes_fail(source, node, 'method', `is required but missing; expected ${scanMethodList()}.`);
    const method = yaml_nodes_stringAt(source, methodE.value, 'method', scanMethodList());
    if (!isScanMethod(method)) {
        const custom = method === 'custom' ? " (W&B's custom method delegates to an outside engine)" : '';
        yaml_nodes_fail(source, methodE.value, 'method', `expected ${scanMethodList()}, got '${method}'${custom}.`);
    }
    const { sampled, checkParameters } = SCAN_METHODS[method];
    const maxTrials = get('max_trials')
        ? positiveInteger(source, get('max_trials'), 'max_trials', 1, MAX_TRIALS)
        : undefined;
    if (maxTrials === undefined && sampled) {
        yaml_nodes_fail(source, node, 'max_trials', `is required for method ${method} but missing; expected an integer >= 1.`);
    }
    const seedE = get('seed');
    if (!seedE && sampled)
        yaml_nodes_fail(source, node, 'seed', `is required for method ${method} but missing, so the plan can be replayed; expected an integer >= 0.`);
    const seed = seedE ? seedOf(source, seedE) : 0;
    if (!get('parameters'))
        yaml_nodes_fail(source, node, 'parameters', 'is required but missing.');
    for (const key of ['name', 'description'])
        if (get(key))
            yaml_nodes_stringAt(source, get(key).value, key);
    const spec = {
        method,
        seed,
        metric: get('metric') ? metricOf(source, get('metric')) : { ...DEFAULT_METRIC },
        parameters: {},
    };
    const flat = get('program') !== undefined || get('command') !== undefined;
    const { parameters, where } = parseParameters(source, get('parameters').value, 'parameters', flat);
    spec.parameters = parameters;
    if (maxTrials !== undefined)
        spec.max_trials = maxTrials;
    if (get('early_terminate'))
        spec.early_terminate = parse_scan_yaml_earlyTerminateOf(source, get('early_terminate'));
    if (get('program'))
        spec.program = yaml_nodes_stringAt(source, get('program').value, 'program', 'a script path');
    if (get('command'))
        spec.command = commandOf(source, get('command'));
    checkParameters?.(source, spec, where);
    return spec;
}
function commandOf(source, entry) {
    const node = entry.value;
    if (!(0,yaml_dist/* isSeq */.oP)(node) || node.items.length === 0)
        yaml_nodes_fail(source, node, 'command', `expected a list of strings like [python, train.py, '\${args}'].`);
    // PyYAML hands W&B `str(x)` of a non-string element; the same here (`- 1` is '1').
    return node.items.map((item) => ((0,yaml_dist/* isScalar */.jn)(item) ? String(item.value) : yaml_nodes_written(source, item)));
}
function positiveInteger(source, entry, path, min = 1, max) {
    const expected = max === undefined ? `an integer >= ${min}` : `an integer from ${min} to ${max}`;
    const n = yaml_nodes_numberAt(source, entry.value, path, expected);
    if (!Number.isInteger(n.value) || n.value < min || (max !== undefined && n.value > max))
        yaml_nodes_fail(source, entry.value, path, `expected ${expected}, got ${yaml_nodes_written(source, entry.value)}.`);
    return n.value;
}
function seedOf(source, entry) {
    const seed = positiveInteger(source, entry, 'seed', 0);
    if (seed > 0xffffffff)
        yaml_nodes_fail(source, entry.value, 'seed', `expected an integer from 0 to 4294967295, got ${yaml_nodes_written(source, entry.value)}.`);
    return seed;
}
function metricOf(source, entry) {
    const entries = yaml_nodes_entriesOf(source, entry.value, 'metric');
    yaml_nodes_onlyKeys(source, entries, 'metric', ['name', 'goal']);
    const name = entries.find((e) => e.key === 'name');
    const goal = entries.find((e) => e.key === 'goal');
    if (!name)
        yaml_nodes_fail(source, entry.value, 'metric.name', 'is required but missing (leave metric out to use primary_metric).');
    if (!goal)
        yaml_nodes_fail(source, entry.value, 'metric.goal', 'is required but missing; expected maximize or minimize.');
    const goalText = yaml_nodes_stringAt(source, goal.value, 'metric.goal', 'maximize or minimize');
    if (goalText !== 'maximize' && goalText !== 'minimize')
        yaml_nodes_fail(source, goal.value, 'metric.goal', `expected maximize or minimize, got '${goalText}'.`);
    return { name: yaml_nodes_stringAt(source, name.value, 'metric.name', 'a metric name'), goal: goalText };
}
function parse_scan_yaml_earlyTerminateOf(source, entry) {
    const entries = yaml_nodes_entriesOf(source, entry.value, 'early_terminate');
    yaml_nodes_onlyKeys(source, entries, 'early_terminate', ['type', 'min_iter', 'max_iter', 's', 'eta', 'strict']);
    const get = (key) => entries.find((e) => e.key === key);
    const type = get('type');
    if (!type)
        yaml_nodes_fail(source, entry.value, 'early_terminate.type', 'is required but missing; expected hyperband.');
    const typeText = yaml_nodes_stringAt(source, type.value, 'early_terminate.type', 'hyperband');
    if (typeText !== 'hyperband')
        yaml_nodes_fail(source, type.value, 'early_terminate.type', `expected hyperband, got '${typeText}'.`);
    const out = { type: 'hyperband', eta: 3, strict: true };
    if (get('min_iter'))
        out.min_iter = positiveInteger(source, get('min_iter'), 'early_terminate.min_iter');
    if (get('max_iter'))
        out.max_iter = positiveInteger(source, get('max_iter'), 'early_terminate.max_iter');
    if (get('s'))
        out.s = positiveInteger(source, get('s'), 'early_terminate.s');
    if (get('eta')) {
        const eta = get('eta');
        out.eta = yaml_nodes_numberAt(source, eta.value, 'early_terminate.eta', 'a number > 1').value;
        if (out.eta <= 1)
            yaml_nodes_fail(source, eta.value, 'early_terminate.eta', `expected a number > 1, got ${yaml_nodes_written(source, eta.value)}.`);
    }
    if (get('strict'))
        out.strict = booleanAt(source, get('strict').value, 'early_terminate.strict');
    if (out.min_iter === undefined && (out.max_iter === undefined || out.s === undefined)) {
        yaml_nodes_fail(source, entry.value, 'early_terminate.min_iter', 'is required (or both max_iter and s) but missing.');
    }
    return out;
}
//# sourceMappingURL=parse-scan-yaml.js.map
;// CONCATENATED MODULE: ./lib/src/core/scan/resolve-scan.js


/**
 * The trials a scan asks for next, from the spec, the committed history and the seed alone (no I/O, no clock):
 * the spec's method (SCAN_METHODS) plans them; what each method does is documented in its file.
 */
function resolveScan(spec, history = [], options = {}) {
    return SCAN_METHODS[spec.method].resolve(spec, {
        history,
        hash: options.hashParams ?? stableKey,
        existing: options.existingConfigHashes ?? new Set(),
        ...(options.waveSize !== undefined ? { waveSize: options.waveSize } : {}),
    });
}
//# sourceMappingURL=resolve-scan.js.map
;// CONCATENATED MODULE: ./lib/src/core/scan/wandb-values.js


/**
 * Values as W&B's agent hands them to a script: `1e-4` (a string to PyYAML) stays that string for a script, and a
 * whole number written as a float (`0.0`) keeps its `.0` in the converted file, so the command line shows `0.0`.
 */
function wandb_values_asWritten(source, entries, at, spec, forScript, notes) {
    if (spec.distribution !== 'categorical' && spec.distribution !== 'constant')
        return spec;
    const node = entries.find((e) => e.key === (spec.distribution === 'categorical' ? 'values' : 'value'))?.value;
    const nodes = spec.distribution === 'categorical' ? (isSeq(node) ? node.items : []) : [node];
    const values = nodes.map((n, i) => {
        const v = spec.distribution === 'categorical' ? spec.values[i] : spec.value;
        const text = isScalar(n) && n.tag === undefined && n.range ? source.text.slice(n.range[0], n.range[1]).trim() : '';
        if (STRING_NUMBER.test(text)) {
            notes.push(`${at}: '${text}' is a string to W&B's YAML 1.1 loader; ` +
                (forScript ? "kept as the string W&B's agent passes" : `read as the number ${Number(text)}`));
            if (forScript)
                return text;
        }
        if (typeof v === 'number' && Number.isInteger(v) && writtenAsFloat(source, n)) {
            const scalar = new Scalar(v);
            scalar.minFractionDigits = 1;
            return scalar;
        }
        return v;
    });
    if (spec.distribution === 'constant')
        return { distribution: 'constant', value: values[0] };
    return { ...spec, values };
}
const STRING_NUMBER = /^[-+]?[0-9]+[eE][-+]?[0-9]+$/;
// PyYAML (YAML 1.1) reads `1e-5` (no dot) as a string, so W&B would refuse the file; mtrack reads the number.
function wandb_values_noteStringNumbers(source, entries, at, notes) {
    for (const e of entries) {
        const tagged = isScalar(e.value) && e.value.tag !== undefined;
        const text = e.value?.range && !tagged ? source.text.slice(e.value.range[0], e.value.range[1]).trim() : '';
        if (STRING_NUMBER.test(text) && e.key !== 'values' && e.key !== 'value')
            notes.push(`${at}.${e.key}: '${text}' is a string to W&B's YAML 1.1 loader; read as the number ${Number(text)}`);
    }
}
// W&B's nested form stays nested: its agent hands the script one mapping per top-level name (`--deq={...}`).
function wandb_values_nestAsWritten(flat, nested) {
    const out = {};
    for (const [name, spec] of Object.entries(flat)) {
        const path = nested[name] ?? [name];
        let at = out;
        for (const segment of path.slice(0, -1)) {
            at[segment] ??= { parameters: {} };
            at = at[segment].parameters;
        }
        at[path[path.length - 1]] = spec;
    }
    return out;
}
//# sourceMappingURL=wandb-values.js.map
;// CONCATENATED MODULE: ./lib/src/core/scan/convert-wandb-sweep.js








const DEFAULT_BUDGET = 20;
const TOP_KEYS = (/* unused pure expression or super */ null && ([
    'method',
    'metric',
    'parameters',
    'run_cap',
    'early_terminate',
    'name',
    'description',
    'program',
    'command',
]));
const IGNORED_TOP = (/* unused pure expression or super */ null && ([
    'entity',
    'project',
    'apiVersion',
    'kind',
    'controller',
    'job',
    'image_uri',
    'scheduler',
    'metrics',
]));
const UNSUPPORTED = (/* unused pure expression or super */ null && (['inv_log_uniform', 'inv_log_uniform_values', 'q_normal', 'q_log_normal', 'beta', 'q_beta']));
/**
 * Converts a W&B sweep file to mtrack's syntax with W&B's meaning: the file is read as YAML 1.1 (W&B loads it with
 * PyYAML, so `yes` is true), exponent-bounded `log_uniform`/`q_log_uniform` become `*_values` with e^min, e^max,
 * `min`/`max` without a distribution get the distribution W&B infers, and grid `q_uniform` becomes the explicit list
 * W&B's grid walks (numpy.arange(min, max, q), max excluded).
 */
function convertWandbSweep(text, file) {
    const { source, root } = parseYamlSource(text, file, '1.1');
    const top = entriesOf(source, root, '', 'a W&B sweep mapping');
    if (top.some((e) => e.key === 'scan'))
        fail(source, root, 'scan', 'expected a W&B sweep file (method, parameters at the top), got mtrack syntax: use it as configs/scan.yaml directly.');
    onlyKeys(source, top, '', [...TOP_KEYS, ...IGNORED_TOP]);
    const get = (key) => top.find((e) => e.key === key);
    const dropped = [];
    const notes = [];
    for (const e of top)
        if (IGNORED_TOP.includes(e.key))
            dropped.push(`${e.key}: W&B launch/hosting setting, not part of an mtrack scan`);
    const methodE = get('method');
    if (!methodE)
        fail(source, root, 'method', 'is required but missing; expected grid, random or bayes.');
    const method = stringAt(source, methodE.value, 'method', 'grid, random or bayes');
    if (!['grid', 'random', 'bayes'].includes(method))
        fail(source, methodE.value, 'method', `expected grid, random or bayes, got '${method}'.`);
    const out = { method };
    const cap = get('run_cap');
    if (cap) {
        const n = numberAt(source, cap.value, 'run_cap', 'an integer >= 1').value;
        if (!Number.isInteger(n) || n < 1)
            fail(source, cap.value, 'run_cap', `expected an integer >= 1, got ${written(source, cap.value)}.`);
        out.max_trials = n;
    }
    else if (method !== 'grid') {
        out.max_trials = DEFAULT_BUDGET;
        notes.push(`max_trials: ${DEFAULT_BUDGET} (W&B runs a ${method} sweep until stopped; set run_cap or edit max_trials)`);
    }
    out.seed = 0;
    notes.push('seed: 0 (W&B sweeps have no seed; change it for a different sequence)');
    for (const key of ['name', 'description'])
        if (get(key))
            out[key] = stringAt(source, get(key).value, key);
    out.metric = convert_wandb_sweep_metricOf(source, get('metric'), dropped, notes);
    if (!get('parameters'))
        fail(source, root, 'parameters', 'is required but missing.');
    const parameters = {};
    // A sweep that names its program runs the user's script: values reach it exactly as W&B's agent passes them.
    const forScript = get('program') !== undefined || get('command') !== undefined;
    collect(source, get('parameters').value, method, parameters, dropped, notes, forScript);
    if (Object.keys(parameters).length === 0)
        fail(source, get('parameters').value, 'parameters', 'expected at least one parameter mtrack can sample, got none after dropping.');
    out.parameters = nestAsWritten(parameters, pythonTypes(source, get('parameters').value).nested);
    if (get('early_terminate'))
        out.early_terminate = earlyTerminateOf(source, get('early_terminate'));
    // What runs the parameters: the trials use the command trainer with W&B's program and command.
    if (get('program'))
        out.program = stringAt(source, get('program').value, 'program', 'a script path');
    if (get('command'))
        out.command = convert_wandb_sweep_commandOf(source, get('command').value);
    const yaml = render(file, out, dropped, notes);
    // A failure here is in the generated text: name it so, or its line:col would point into the user's file.
    return { yaml, spec: parseScanYaml(yaml, `${file} (converted)`), dropped, notes };
}
// PyYAML hands W&B `str(x)` of each element; a null element (`- `) is 'None' there.
function convert_wandb_sweep_commandOf(source, node) {
    if (!isSeq(node) || node.items.length === 0)
        fail(source, node, 'command', `expected a list of strings like [python, train.py, '\${args}'].`);
    return node.items.map((item) => isScalar(item) ? (item.value === null ? 'None' : pythonStr(item.value)) : written(source, item));
}
function convert_wandb_sweep_metricOf(source, entry, dropped, notes) {
    if (!entry) {
        notes.push('metric: primary_metric, maximize (the W&B file names no metric)');
        return { name: 'primary_metric', goal: 'maximize' };
    }
    const entries = entriesOf(source, entry.value, 'metric');
    onlyKeys(source, entries, 'metric', ['name', 'goal', 'target', 'impute', 'impute_while_running']);
    const get = (key) => entries.find((e) => e.key === key);
    if (!get('name'))
        fail(source, entry.value, 'metric.name', 'is required but missing.');
    const name = stringAt(source, get('name').value, 'metric.name');
    const goal = get('goal') ? stringAt(source, get('goal').value, 'metric.goal') : 'minimize';
    if (goal !== 'minimize' && goal !== 'maximize')
        fail(source, get('goal').value, 'metric.goal', `expected maximize or minimize, got '${goal}'.`);
    if (!get('goal'))
        notes.push('metric.goal: minimize (W&B default)');
    if (get('target'))
        dropped.push('metric.target: mtrack runs max_trials trials; it does not stop at a target value');
    const impute = get('impute') ? stringAt(source, get('impute').value, 'metric.impute') : 'worst';
    if (impute !== 'worst')
        dropped.push(`metric.impute: '${impute}' (mtrack always counts failed runs as worst)`);
    if (get('impute_while_running'))
        dropped.push('metric.impute_while_running: mtrack only reads finished runs');
    return { name, goal };
}
/** The W&B parameters as mtrack specs: exponent bounds converted, grid walks made explicit, the rest reported. */
function collect(source, node, method, out, dropped, notes, forScript) {
    walkParameters(source, node, 'parameters', '', {
        defined: (name) => Object.hasOwn(out, name),
        leaf: (name, entry, inner, at) => {
            const distE = inner.find((e) => e.key === 'distribution');
            const dist = distE ? stringAt(source, distE.value, `${at}.distribution`) : undefined;
            if (dist && UNSUPPORTED.includes(dist)) {
                dropped.push(`${at}: distribution '${dist}' has no mtrack equivalent; the parameter keeps its baseline value`);
                return;
            }
            noteStringNumbers(source, inner, at, notes);
            const chosen = inner.find((e) => e.key === 'values' || e.key === 'value')?.key;
            if (dist && chosen && !['categorical', 'constant', 'categorical_w_probabilities'].includes(dist))
                notes.push(`${at}: distribution '${dist}' contradicts ${chosen}; the ${chosen} decide (${dist} ignored)`);
            const parsed = dist === 'log_uniform' || dist === 'q_log_uniform'
                ? fromExponents(source, entry.value, inner, at, dist, notes)
                : parseParameter(source, entry.value, inner, at);
            const spec = asWritten(source, inner, at, parsed, forScript, notes);
            if (method === 'grid')
                out[name] = forGrid(source, entry.keyNode, at, spec, notes);
            else
                out[name] = spec.distribution === 'categorical' && !spec.probabilities ? { values: spec.values } : spec;
        },
    });
}
/** W&B's log_uniform and q_log_uniform sample exp(uniform(min, max)): the bounds are natural-log exponents. */
function fromExponents(source, node, entries, at, dist, notes) {
    const quantized = dist === 'q_log_uniform';
    onlyKeys(source, entries, at, quantized ? ['distribution', 'min', 'max', 'q'] : ['distribution', 'min', 'max']);
    const get = (key) => entries.find((e) => e.key === key);
    if (!get('min') || !get('max'))
        fail(source, node, `${at}.${get('min') ? 'max' : 'min'}`, `is required for ${dist} but missing.`);
    const lo = numberAt(source, get('min').value, `${at}.min`).value;
    const hi = numberAt(source, get('max').value, `${at}.max`).value;
    if (!(lo < hi))
        fail(source, get('max').value, `${at}.max`, `expected a number > min (${lo}), got ${written(source, get('max').value)}.`);
    // exp(log(256)) is 255.99999999999994 in binary floating point: round to 12 significant digits so bounds written
    // as logs of round numbers come back round (and a q grid keeps its last step). The change is < 1e-12 relative.
    const min = Number(Math.exp(lo).toPrecision(12));
    const max = Number(Math.exp(hi).toPrecision(12));
    notes.push(`${at}: W&B ${dist} exponents [${lo}, ${hi}] -> ${quantized ? 'q_log_uniform_values' : 'log_uniform_values'} [${min}, ${max}]`);
    if (!quantized)
        return { distribution: 'log_uniform_values', min, max };
    const q = get('q') ? numberAt(source, get('q').value, `${at}.q`, 'a number > 0').value : 1;
    if (q <= 0)
        fail(source, get('q').value, `${at}.q`, `expected a number > 0, got ${written(source, get('q').value)}.`);
    return { distribution: 'q_log_uniform_values', min, max, q };
}
// W&B's grid enumerates int_uniform as range(min, max + 1) and q_uniform as numpy.arange(min, max, q).
function forGrid(source, keyNode, at, spec, notes) {
    if (spec.distribution === 'q_uniform') {
        const values = [];
        for (let k = 0; spec.min + k * spec.q < spec.max; k++)
            values.push(cleanFloat(spec.min + k * spec.q));
        notes.push(`${at}: W&B grid q_uniform -> values ${JSON.stringify(values)} (numpy.arange(min, max, q), max excluded)`);
        return { values };
    }
    if (spec.distribution === 'categorical' && spec.probabilities)
        fail(source, keyNode, `${at}.probabilities`, 'expected no probabilities for method grid (W&B refuses them too).');
    if (spec.distribution === 'categorical')
        return { values: spec.values };
    if (spec.distribution === 'constant' || spec.distribution === 'int_uniform')
        return spec;
    fail(source, keyNode, at, `expected values, value, int_uniform or q_uniform for method grid, got continuous distribution '${spec.distribution}'.`);
}
function render(file, scan, dropped, notes) {
    const doc = new Document({ scan });
    visit(doc, {
        Seq(_key, node) {
            node.flow = true;
        },
    });
    doc.commentBefore = [
        ` Converted from ${file} by 'mtrack scan import-wandb'.`,
        ...dropped.map((d) => ` dropped: ${d}`),
        ...notes.map((n) => ` note: ${n}`),
    ].join('\n');
    return doc.toString({ lineWidth: 0 });
}
//# sourceMappingURL=convert-wandb-sweep.js.map
;// CONCATENATED MODULE: ./lib/src/core/scan/hyperband.js

/** The epochs at which hyperband judges trials, ascending, up to `maxEpoch`. */
function hyperbandBrackets(et, maxEpoch) {
    const out = new Set();
    if (et.max_iter !== undefined && et.s !== undefined) {
        let band = et.max_iter;
        for (let i = 0; i < et.s; i++) {
            band /= et.eta;
            if (band < 1)
                break;
            out.add(Math.trunc(band));
        }
        if (out.size === 0) {
            throw (0,errors/* badInput */.AN)(`early_terminate: max_iter ${et.max_iter} with s ${et.s} and eta ${et.eta} gives no bracket of at least 1 epoch; raise max_iter or lower eta.`);
        }
    }
    else if (et.min_iter !== undefined) {
        for (let band = et.min_iter; Math.trunc(band) <= maxEpoch; band *= et.eta)
            out.add(Math.trunc(band));
    }
    else {
        throw (0,errors/* badInput */.AN)('early_terminate: expected min_iter, or both max_iter and s.');
    }
    return [...out].filter((b) => b <= maxEpoch).sort((a, b) => a - b);
}
/** Lower is better after this: maximized metrics are negated and non-finite values become the worst. */
function signed(value, goal) {
    if (value === undefined || !Number.isFinite(value))
        return Infinity;
    return goal === 'maximize' ? -value : value;
}
function unsigned(value, goal) {
    return goal === 'maximize' ? -value : value;
}
/**
 * Decides whether a trial stops after its latest epoch. `current[i]` is the trial's metric after epoch i + 1;
 * `peers` are the same per-epoch series of the scan's other runs (stopped ones are simply shorter).
 */
function decideHyperband(input) {
    const { earlyTerminate, goal, peers, current } = input;
    const epoch = current.length;
    const bracket = hyperbandBrackets(earlyTerminate, Math.max(epoch, 1))
        .filter((b) => b <= epoch)
        .pop();
    if (bracket === undefined)
        return { stop: false };
    const pool = [...peers.filter((p) => p.length >= bracket), current]
        .map((series) => signed(series[bracket - 1], goal))
        .sort((a, b) => a - b);
    // W&B: sorted(band_values)[int(r * len(band_values))] with r = 1 / eta.
    const threshold = pool[Math.floor((1 / earlyTerminate.eta) * pool.length)];
    const best = Math.min(...current.map((v) => signed(v, goal)));
    return {
        stop: best > threshold,
        bracket,
        value: unsigned(best, goal),
        threshold: unsigned(threshold, goal),
        runs: pool.length,
    };
}
//# sourceMappingURL=hyperband.js.map
;// CONCATENATED MODULE: ./lib/src/core/scan/check-parameter-names.js



/**
 * Refuses, with file:line:col, a scan parameter the built-in trainer has no key for: it would otherwise be accepted
 * by `scan resolve` and `scan plan` and fail at trial 0 (or, worse, retarget a sweep meant for the user's script).
 */
function checkParameterNames(text, file, known) {
    const { source, root } = yaml_nodes_parseYamlSource(text, file);
    const scan = yaml_nodes_entriesOf(source, root, '').find((e) => e.key === 'scan');
    const parameters = scan && yaml_nodes_entriesOf(source, scan.value, 'scan').find((e) => e.key === 'parameters');
    if (!parameters)
        return;
    parse_parameters_walkParameters(source, parameters.value, 'parameters', '', {
        defined: () => false,
        leaf: (name, entry, _inner, at) => {
            if (known.includes(name))
                return;
            yaml_nodes_fail(source, entry.keyNode, at, `'${name}' is not a key of the built-in trainer's config (expected one of ${known.join(', ')}); ` +
                'for your own script use trainer type command (or program: in the scan), whose params take any name.');
        },
    });
}
//# sourceMappingURL=check-parameter-names.js.map
;// CONCATENATED MODULE: ./lib/src/core/scan/trial-in-space.js

/**
 * Why `params` cannot be a trial of `spec`, or undefined when it can. The Action's trial jobs train the parameters
 * their matrix entry names (a bayes wave was suggested from results the job's checkout does not hold), so the job
 * checks that they are a point of the scan's space rather than re-resolving the scan.
 */
function trialOutsideSpace(spec, params) {
    const expected = sortedNames(spec.parameters);
    const given = sortedNames(params);
    if (stableKey(expected) !== stableKey(given))
        return `the parameters are ${given.join(', ') || '(none)'}; the scan has ${expected.join(', ')}`;
    for (const [name, value] of Object.entries(constantsOf(spec.parameters)))
        if (stableKey(value) !== stableKey(params[name]))
            return `${name} is ${JSON.stringify(params[name])}, not the scan's constant ${JSON.stringify(value)}`;
    for (const dim of dimensionsOf(spec.parameters)) {
        const value = params[dim.name];
        if (dim.kind === 'categorical') {
            if (indexOfValue(dim.values, value) < 0)
                return `${dim.name} is ${JSON.stringify(value)}, not one of its values`;
            continue;
        }
        if (typeof value !== 'number' || !Number.isFinite(value))
            return `${dim.name} is ${JSON.stringify(value)}, not a number`;
        const s = dim.spec;
        if ('min' in s && (value < s.min || value > s.max))
            return `${dim.name} is ${value}, outside [${s.min}, ${s.max}]`;
        if (s.distribution === 'int_uniform' && !Number.isInteger(value))
            return `${dim.name} is ${value}, not a whole number`;
        if (s.distribution === 'log_normal' && value <= 0)
            return `${dim.name} is ${value}, not positive`;
    }
    return undefined;
}
//# sourceMappingURL=trial-in-space.js.map
;// CONCATENATED MODULE: ./lib/src/core/scan/index.js











//# sourceMappingURL=index.js.map

/***/ }),

/***/ 2469:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ez: () => (/* binding */ isUnsafeKey),
/* harmony export */   pu: () => (/* binding */ unsafeKeyMessage)
/* harmony export */ });
/* unused harmony export UNSAFE_KEYS */
/**
 * Keys that would reach an object's prototype when used as a property name (`obj['__proto__'] = {...}` replaces
 * the prototype, so a value set there is read by every lookup but never serialized: a run could train on a value
 * its config_resolved.yaml does not record). Refused as keys in every document, flag and parameter path.
 */
const UNSAFE_KEYS = ['__proto__', 'constructor', 'prototype'];
function isUnsafeKey(key) {
    return UNSAFE_KEYS.includes(key);
}
/** The one-line reason shared by every place that refuses such a key. */
function unsafeKeyMessage(key) {
    return `key '${key}' is not allowed (${UNSAFE_KEYS.join(', ')} are reserved)`;
}
//# sourceMappingURL=unsafe-keys.js.map

/***/ }),

/***/ 989:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cd: () => (/* binding */ parseYamlText)
/* harmony export */ });
/* unused harmony exports MAX_YAML_CHARS, MAX_YAML_ALIASES */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7657);
/* harmony import */ var _unsafe_keys_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2469);



/** Larger YAML is not a config a person wrote; the cap also bounds what any expansion can cost. */
const MAX_YAML_CHARS = 1024 * 1024;
/** yaml's own default: enough for hand-written anchors, far below a "billion laughs" expansion. */
const MAX_YAML_ALIASES = 100;
/**
 * Parses a YAML document mtrack reads, or throws one BAD_INPUT line naming `file:line:col`: size capped, the first
 * syntax error (a duplicate key named with its path), no prototype keys, alias expansion bounded.
 */
function parseYamlText(text, file, options = {}, syntaxTag = '') {
    if (text.length > MAX_YAML_CHARS)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .badInput */ .AN)(`${file}: ${text.length} characters is too large; expected a YAML document of at most ${MAX_YAML_CHARS}.`);
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { ...options, lineCounter: lines, prettyErrors: false, uniqueKeys: true });
    const at = (offset) => {
        const { line, col } = lines.linePos(offset);
        return `${file}:${line}:${col}`;
    };
    const error = doc.errors[0];
    if (error) {
        const duplicate = error.code === 'DUPLICATE_KEY' ? findKey(doc.contents, error.pos[0], []) : undefined;
        if (duplicate) {
            const first = lines.linePos(duplicate.firstOffset).line;
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .badInput */ .AN)(`${at(error.pos[0])} ${duplicate.path}: duplicate key (first written on line ${first}).`);
        }
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .badInput */ .AN)(`${at(error.pos[0])}${syntaxTag} ${error.message.split('\n')[0]}`);
    }
    const unsafe = findKey(doc.contents, -1, []);
    if (unsafe)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .badInput */ .AN)(`${at(unsafe.offset)} ${unsafe.path}: ${(0,_unsafe_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .unsafeKeyMessage */ .pu)(unsafe.key)}.`);
    let data;
    try {
        data = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
    }
    catch (cause) {
        // yaml throws a ReferenceError ("Excessive alias count") when aliases expand too far: a billion-laughs bomb.
        if (!(cause instanceof ReferenceError))
            throw cause;
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .badInput */ .AN)(`${file}: YAML aliases expand too far; expected at most ${MAX_YAML_ALIASES} alias expansions (write the values out).`);
    }
    return { doc, lines, data };
}
/** The key starting at `offset` (a duplicate), or with offset -1 the first prototype key, with its dotted path. */
function findKey(node, offset, path) {
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node)) {
        for (const [i, item] of node.items.entries()) {
            const found = findKey(item, offset, [...path, String(i)]);
            if (found)
                return found;
        }
    }
    else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
        for (const pair of node.items) {
            const key = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) ? String(pair.key.value) : undefined;
            const start = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) ? (pair.key.range?.[0] ?? 0) : -2;
            if (key !== undefined && (offset === -1 ? (0,_unsafe_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .isUnsafeKey */ .ez)(key) : start === offset)) {
                const first = node.items.find((p) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(p.key) && String(p.key.value) === key);
                const firstOffset = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(first?.key) ? (first.key.range?.[0] ?? start) : start;
                return { path: [...path, key].join('.'), key, offset: start, firstOffset };
            }
            const found = findKey(pair.value, offset, key === undefined ? path : [...path, key]);
            if (found)
                return found;
        }
    }
    return undefined;
}
//# sourceMappingURL=yaml-text.js.map

/***/ })

};
