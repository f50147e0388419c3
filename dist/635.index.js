export const id = 635;
export const ids = [635];
export const modules = {

/***/ 8635:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dataCacheKey: () => (/* binding */ dataCacheKey),
  resolveMatrix: () => (/* binding */ resolveMatrix)
});

// UNUSED EXPORTS: MAX_MATRIX_BYTES, MAX_MATRIX_JOBS

// EXTERNAL MODULE: ./lib/src/core/errors.js
var errors = __webpack_require__(7657);
// EXTERNAL MODULE: ./lib/src/app/data/dataset-meta.js
var dataset_meta = __webpack_require__(1025);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./lib/src/core/hash.js
var hash = __webpack_require__(3442);
;// CONCATENATED MODULE: ./lib/src/core/canonical-yaml.js


/**
 * The canonical text of a config: keys sorted at every depth, numbers in JavaScript's shortest round-trip form,
 * block style, `\n` line ends. Equal configs give equal bytes, so config_hash compares meaning, not layout.
 */
function canonicalYaml(value) {
    return (0,yaml_dist/* stringify */.As)(sortKeys(value), {
        indent: 2,
        lineWidth: 0,
        minContentWidth: 0,
        sortMapEntries: false,
        defaultStringType: 'PLAIN',
        defaultKeyType: 'PLAIN',
        nullStr: 'null',
        trueStr: 'true',
        falseStr: 'false',
    });
}
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (value && typeof value === 'object') {
        const out = {};
        for (const key of Object.keys(value).sort()) {
            const v = value[key];
            if (v !== undefined)
                out[key] = sortKeys(v);
        }
        return out;
    }
    return value;
}
/** config_hash: sha256 of the exact bytes of the canonical config_resolved.yaml. */
function configHash(canonicalText) {
    return (0,hash/* sha256 */.sc)(canonicalText);
}
//# sourceMappingURL=canonical-yaml.js.map
// EXTERNAL MODULE: ./lib/src/core/unsafe-keys.js
var unsafe_keys = __webpack_require__(2469);
;// CONCATENATED MODULE: ./lib/src/core/dotted.js


/** The keys of a dotted path; empty and prototype keys are refused so no setter can reach a prototype. */
function pathKeys(path) {
    const keys = path.split('.');
    if (keys.some((k) => k === ''))
        throw (0,errors/* badInput */.AN)(`Invalid parameter path '${path}'. Expected dotted keys like 'architecture.width'.`);
    const unsafe = keys.find(unsafe_keys/* isUnsafeKey */.ez);
    if (unsafe)
        throw (0,errors/* badInput */.AN)(`Invalid parameter path '${path}': ${(0,unsafe_keys/* unsafeKeyMessage */.pu)(unsafe)}.`);
    return keys;
}
/** A copy of `target` with `value` set at dotted `path`, creating intermediate objects. */
function setDotted(target, path, value) {
    const keys = pathKeys(path);
    const copy = { ...target };
    let node = copy;
    for (const key of keys.slice(0, -1)) {
        const child = Object.hasOwn(node, key) ? node[key] : undefined;
        if (child !== undefined && (typeof child !== 'object' || child === null || Array.isArray(child))) {
            throw (0,errors/* badInput */.AN)(`Cannot set '${path}': '${key}' holds a ${Array.isArray(child) ? 'list' : typeof child}, not a mapping.`);
        }
        node[key] = { ...(child ?? {}) };
        node = node[key];
    }
    node[keys[keys.length - 1]] = value;
    return copy;
}
//# sourceMappingURL=dotted.js.map
;// CONCATENATED MODULE: ./lib/src/core/run-config.js


/** Each architecture's knobs when a config leaves them out (the trainer reads them; resnet's are also resolved). */
const RESNET_DEFAULTS = { width: 16, blocks: 1 };
const MLP_DEFAULTS = { hidden: 256, blocks: 1 };
const CONFIG_DEFAULTS = {
    seed: 1337,
    epochs: 2,
    batch_size: 64,
    learning_rate: 0.001,
    weight_decay: 0,
    dropout: 0.1,
    optimizer: 'adam',
    architecture: { type: 'resnet', ...RESNET_DEFAULTS },
    trainer: { type: 'builtin', backend: 'auto' },
    eval: { latency_samples: 100 },
};
/**
 * Defaults, then the config file, then parameter overrides (scan trial values, then --set), then the dataset
 * revision actually used. The caller validates the result against config_resolved's schema. For a command trainer
 * every override is a flat key of `params` (W&B passes `optimizer.lr` as `--optimizer.lr=…`, and a parameter named
 * `learning_rate` belongs to the script, not to mtrack's built-in model); for the built-in trainer it is a dotted
 * path into the config.
 */
function run_config_resolveRunConfig(base, overrides, dataset) {
    const { dataset: _requested, ...rest } = base;
    let config = {
        ...structuredClone(CONFIG_DEFAULTS),
        ...structuredClone(rest),
    };
    if (base.architecture)
        config.architecture = { ...CONFIG_DEFAULTS.architecture, ...base.architecture };
    if (config.trainer.type === 'command') {
        const params = { ...structuredClone(base.params ?? {}) };
        for (const [name, value] of Object.entries(overrides))
            params[name] = value;
        if (Object.keys(params).length > 0)
            config.params = params;
    }
    else
        for (const [path, value] of Object.entries(overrides))
            config = setDotted(config, path, value);
    config.dataset = dataset;
    return config;
}
function run_config_canonicalConfig(config) {
    const text = canonicalYaml(config);
    return { text, hash: configHash(text) };
}
/** The built-in MLP's hidden width when the config names none (the trainer builds from this too). */
const MLP_HIDDEN_DEFAULT = 256;
/**
 * What a run trains, as its folder names it: the built-in architecture with its size (`resnet16x1` = width x
 * blocks, `mlp512x2` = hidden x blocks), or a command trainer's `model`, else its program file's name.
 */
function run_config_trainedModelName(config) {
    const trainer = config.trainer;
    if (trainer.type === 'command') {
        if (trainer.model)
            return trainer.model;
        const words = run_config_commandWords(trainer);
        const program = words.slice(1).find((arg) => /^[^-].*\.[A-Za-z0-9]+$/.test(arg)) ?? words[0] ?? 'command';
        const base = program.split('/').pop();
        return base.includes('.') ? base.slice(0, base.lastIndexOf('.')) : base;
    }
    const a = config.architecture;
    return a.type === 'mlp'
        ? `mlp${a.hidden ?? MLP_HIDDEN_DEFAULT}x${a.blocks ?? 1}`
        : `resnet${a.width ?? 16}x${a.blocks ?? 1}`;
}
/**
 * The words that name a command trainer's program: `run`, else W&B's `command`, else W&B's default for `program`
 * (`${interpreter} ${program}`). Macros stay as written; what matters here is which files the program is.
 */
function run_config_commandWords(trainer) {
    if (trainer.run)
        return trainer.run;
    if (trainer.command)
        return trainer.command.map((w) => (w === '${program}' && trainer.program ? trainer.program : w));
    return trainer.program ? [trainer.interpreter ?? 'python', trainer.program] : [];
}
//# sourceMappingURL=run-config.js.map
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
;// CONCATENATED MODULE: ./lib/src/core/prng.js
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
    return seededRandom(state);
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

/** bayes: trials history.length..max_trials-1 from TPE warm-started on the committed history. */
const bayes = {
    description: 'TPE suggestions warm-started on the committed trials, one at a time',
    sampled: true,
    adaptive: true,
    resolve(spec, { history, hash, existing }) {
        const count = Math.max(0, (spec.max_trials ?? 0) - history.length);
        const suggestions = suggestBayes(spec, history, count, (params) => existing.has(hash(params)));
        return {
            trials: suggestions.filter((s) => s.params).map((s) => ({ index: s.index, params: s.params })),
            skipped: suggestions.filter((s) => !s.params).map((s) => ({ index: s.index, params: {}, reason: s.reason })),
        };
    },
};
//# sourceMappingURL=bayes.js.map
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
        yaml_nodes_fail(source, extra.keyNode, yaml_nodes_join(path, extra.key), `unknown key; expected one of ${allowed.join(', ')}.`);
}
function yaml_nodes_join(path, key) {
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
const methods_SCAN_METHODS = { grid: grid, random: random, bayes: bayes };
function isScanMethod(name) {
    return Object.hasOwn(methods_SCAN_METHODS, name);
}
/** The method names as prose: `grid, random or bayes`. */
function scanMethodList() {
    const names = Object.keys(methods_SCAN_METHODS);
    return names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : names.join('');
}
//# sourceMappingURL=index.js.map
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






const parse_scan_yaml_DEFAULT_METRIC = { name: 'primary_metric', goal: 'maximize' };
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
    const { sampled, checkParameters } = methods_SCAN_METHODS[method];
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
        metric: get('metric') ? metricOf(source, get('metric')) : { ...parse_scan_yaml_DEFAULT_METRIC },
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
    return methods_SCAN_METHODS[spec.method].resolve(spec, {
        history,
        hash: options.hashParams ?? stableKey,
        existing: options.existingConfigHashes ?? new Set(),
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
function hyperband_hyperbandBrackets(et, maxEpoch) {
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
            throw badInput(`early_terminate: max_iter ${et.max_iter} with s ${et.s} and eta ${et.eta} gives no bracket of at least 1 epoch; raise max_iter or lower eta.`);
        }
    }
    else if (et.min_iter !== undefined) {
        for (let band = et.min_iter; Math.trunc(band) <= maxEpoch; band *= et.eta)
            out.add(Math.trunc(band));
    }
    else {
        throw badInput('early_terminate: expected min_iter, or both max_iter and s.');
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
function hyperband_decideHyperband(input) {
    const { earlyTerminate, goal, peers, current } = input;
    const epoch = current.length;
    const bracket = hyperband_hyperbandBrackets(earlyTerminate, Math.max(epoch, 1))
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
;// CONCATENATED MODULE: ./lib/src/core/scan/index.js










//# sourceMappingURL=index.js.map
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./lib/src/adapters/schemas.js
var schemas = __webpack_require__(7819);
;// CONCATENATED MODULE: ./lib/src/app/scan/builtin-parameters.js



let paths;
/** The dotted paths a scan may set on the built-in trainer: config_resolved's keys, read from its schema. */
function builtinParameterPaths() {
    if (paths)
        return paths;
    const schema = JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)((0,schemas/* schemasDir */.uH)(), 'config_resolved.schema.json'), 'utf8'));
    paths = [];
    for (const [key, node] of Object.entries(schema.properties ?? {})) {
        if (key === 'dataset' || key === 'trainer' || key === 'params')
            continue;
        if (node.type === 'object' && node.properties)
            for (const inner of Object.keys(node.properties))
                paths.push(`${key}.${inner}`);
        else
            paths.push(key);
    }
    return paths;
}
/** The base config a scan's trials run with: W&B's program / command in the scan make the trainer a command. */
function scanBaseConfig(spec, base) {
    if (spec.program === undefined && spec.command === undefined)
        return base;
    const previous = base.trainer?.type === 'command' ? base.trainer : undefined;
    return {
        ...base,
        trainer: {
            type: 'command',
            ...(previous?.interpreter ? { interpreter: previous.interpreter } : {}),
            ...(previous?.timeout_s ? { timeout_s: previous.timeout_s } : {}),
            ...(previous?.grace_s !== undefined ? { grace_s: previous.grace_s } : {}),
            ...(spec.program !== undefined ? { program: spec.program } : {}),
            ...(spec.command !== undefined ? { command: spec.command } : {}),
            // The generated type spells the schema's anyOf (run | command | program) as a loose union; one is set above.
        },
    };
}
//# sourceMappingURL=builtin-parameters.js.map
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./lib/src/core/command-metrics.js
// Python's json.dumps writes NaN / Infinity, which JSON.parse refuses; a NaN metric must fail the run, not the parse.
const NON_FINITE = /(?<=[:,[]\s*)(-?Infinity|NaN)(?=\s*[,}\]])/g;
const MARK = '@mtrack-non-finite:';
/** Parses one JSON line; undefined when it is not a JSON object. */
function parseMetricLine(line) {
    try {
        const v = JSON.parse(line.replace(NON_FINITE, `"${MARK}$1"`), (_k, x) => typeof x === 'string' && x.startsWith(MARK) ? Number(x.slice(MARK.length)) : x);
        return v !== null && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
    }
    catch {
        return undefined;
    }
}
/** Every line of the metrics file, in order. */
function readReported(text) {
    const out = { history: [], summary: {}, extra: {} };
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        if (!lines[i].trim())
            continue;
        const row = parseMetricLine(lines[i]);
        if (!row) {
            out.badLine ??= i + 1;
            continue;
        }
        if ('primary_metric' in row && 'profiling' in row) {
            out.legacy = row;
            continue;
        }
        addRow(out, row);
    }
    return out;
}
function addRow(out, row) {
    const numbers = Object.fromEntries(Object.entries(row).filter((e) => typeof e[1] === 'number'));
    if (typeof row.epoch === 'number' && Number.isInteger(row.epoch) && row.epoch >= 1)
        out.history.push(numbers);
    else
        Object.assign(out.summary, numbers);
    for (const [k, v] of Object.entries(row))
        if (typeof v !== 'number')
            out.extra[k] = v;
}
/** The primary metric and final values; an absent or non-finite metric is a failure naming what was reported. */
function judgeReported(r, metric) {
    if (r.badLine !== undefined)
        return { ok: false, reason: `metrics file line ${r.badLine} is not a JSON object` };
    const last = r.history.at(-1) ?? {};
    const finals = { ...last, ...r.summary };
    delete finals.epoch;
    const names = [...new Set([...r.history.flatMap((h) => Object.keys(h)), ...Object.keys(r.summary)])].filter((n) => n !== 'epoch');
    if (names.length === 0)
        return { ok: false, reason: 'the script reported no metrics' };
    const value = finals[metric];
    if (value === undefined)
        return {
            ok: false,
            reason: `metric '${metric}' was not reported; the script reported: ${names.sort().join(', ')}`,
        };
    if (!Number.isFinite(value))
        return { ok: false, reason: `metric '${metric}' is ${value}` };
    return { ok: true, primary: value, finals };
}
//# sourceMappingURL=command-metrics.js.map
;// CONCATENATED MODULE: ./lib/src/core/wandb-command.js
/**
 * The command line W&B's agent builds for a sweep run (wandb/wandb_agent.py `_command_run` and
 * sdk/launch/sweeps/utils.py `create_sweep_command_args`), so a script receives exactly what W&B would hand it.
 * A command element that is exactly a macro (`${args}`) is replaced by its list; an unknown macro disappears; any
 * other element stays as written, except `${envvar:NAME}`, replaced inside it.
 */
const DEFAULT_COMMAND = ['${env}', '${interpreter}', '${program}', '${args}'];
const ENVVAR = /\$\{envvar:([A-Z0-9_]*)\}/g;
/** The argv W&B's agent would run, macros expanded. */
function buildWandbCommand(input) {
    const floats = new Set(input.types?.floats);
    const entries = wandbOrder(input.params, input.types?.nestedLast ?? []);
    const str = (name, v) => wandb_command_pythonStr(v, floats.has(name));
    const macros = {
        env: ['/usr/bin/env'],
        interpreter: [input.interpreter],
        program: input.program === undefined ? [] : [input.program],
        args: entries.map(([k, v]) => `--${k}=${str(k, v)}`),
        args_no_hyphens: entries.map(([k, v]) => `${k}=${str(k, v)}`),
        args_no_boolean_flags: entries.flatMap(([k, v]) => typeof v === 'boolean' ? (v ? [`--${k}`] : []) : [`--${k}=${str(k, v)}`]),
        args_json: [argsJson(input.params, input.types)],
        args_json_file: [input.argsJsonFile],
    };
    const out = [];
    for (const raw of input.command ?? DEFAULT_COMMAND) {
        const chunk = raw.replace(ENVVAR, (_m, name) => input.envVars[name] ?? name);
        if (chunk.startsWith('${') && chunk.endsWith('}'))
            out.push(...(macros[chunk.slice(2, -1)] ?? []));
        else
            out.push(chunk);
    }
    return out;
}
// W&B's controller builds a run's parameters sorted by name (code point order) and re-nests nested ones after them;
// the agent keeps that order.
function wandbOrder(params, nestedLast) {
    const byName = ([a], [b]) => (a < b ? -1 : a > b ? 1 : 0);
    const entries = Object.entries(params).sort(byName);
    return [...entries.filter(([k]) => !nestedLast.includes(k)), ...entries.filter(([k]) => nestedLast.includes(k))];
}
/** `json.dumps(dict)` with Python's default separators (`, ` and `: `); a float keeps its `.0`. */
function argsJson(params, types) {
    const floats = new Set(types?.floats);
    return `{${wandbOrder(params, types?.nestedLast ?? [])
        .map(([k, v]) => `${JSON.stringify(k)}: ${floats.has(k) && typeof v === 'number' ? pythonFloat(v, true) : pyJson(v)}`)
        .join(', ')}}`;
}
function pyJson(v) {
    if (Array.isArray(v))
        return `[${v.map(pyJson).join(', ')}]`;
    if (v !== null && typeof v === 'object')
        return `{${Object.entries(v)
            .map(([k, x]) => `${JSON.stringify(k)}: ${pyJson(x)}`)
            .join(', ')}}`;
    if (typeof v === 'number' && !Number.isFinite(v))
        return Number.isNaN(v) ? 'NaN' : v > 0 ? 'Infinity' : '-Infinity';
    if (typeof v === 'number')
        return pythonFloat(v, !Number.isInteger(v));
    return JSON.stringify(v) ?? 'null';
}
/** Python's `str(value)` for YAML-shaped values: `1e-05`, `True`, `None`, `[1, 'a']`, `{'k': 1}`. */
function wandb_command_pythonStr(v, float = false) {
    if (typeof v === 'string')
        return v;
    return pythonRepr(v, float);
}
function pythonRepr(v, float) {
    if (v === null || v === undefined)
        return 'None';
    if (typeof v === 'boolean')
        return v ? 'True' : 'False';
    if (typeof v === 'number')
        return pythonFloat(v, float || !Number.isInteger(v));
    if (typeof v === 'string')
        return pythonStringRepr(v);
    if (Array.isArray(v))
        return `[${v.map((x) => pythonRepr(x, false)).join(', ')}]`;
    return `{${Object.entries(v)
        .map(([k, x]) => `${pythonRepr(k, false)}: ${pythonRepr(x, false)}`)
        .join(', ')}}`;
}
// Python's repr of a str: single quotes unless the text has a single quote and no double one.
function pythonStringRepr(v) {
    const quote = v.includes("'") && !v.includes('"') ? '"' : "'";
    const body = v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\t/g, '\\t').replace(/\r/g, '\\r');
    return quote + (quote === "'" ? body.replace(/'/g, "\\'") : body) + quote;
}
// Python's float repr: shortest round-trip digits (as JavaScript), fixed notation for exponents -4..15, else
// scientific with a signed two-digit exponent; an integral float keeps `.0`.
function pythonFloat(n, float) {
    if (!float)
        return String(n);
    if (Number.isNaN(n))
        return 'nan';
    if (!Number.isFinite(n))
        return n > 0 ? 'inf' : '-inf';
    if (n === 0)
        return Object.is(n, -0) ? '-0.0' : '0.0';
    const [mantissa, expText] = n.toExponential().split('e');
    const exp = Number(expText);
    if (exp < -4 || exp >= 16) {
        const sign = exp < 0 ? '-' : '+';
        return `${mantissa}e${sign}${String(Math.abs(exp)).padStart(2, '0')}`;
    }
    const digits = mantissa.replace('-', '').replace('.', '');
    const neg = n < 0 ? '-' : '';
    if (exp < 0)
        return `${neg}0.${'0'.repeat(-exp - 1)}${digits}`;
    const int = digits.slice(0, exp + 1).padEnd(exp + 1, '0');
    const frac = digits.slice(exp + 1) || '0';
    return `${neg}${int}.${frac}`;
}
//# sourceMappingURL=wandb-command.js.map
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./lib/src/adapters/trainer/command/run-process.js




const TAIL_LINES = 20;
const POLL_MS = 100;
/** Runs the trainer, following its metrics file as it grows, and stops it on timeout or when asked. */
function runProcess(spec) {
    const reported = { history: [], summary: {}, extra: {} };
    const stderrTail = [];
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
    const child = (0,external_node_child_process_.spawn)(command, args, { cwd: spec.cwd, env: spec.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let killTimer;
    function terminate() {
        if (killTimer || child.exitCode !== null)
            return;
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
        if (stderrTail.length > TAIL_LINES)
            stderrTail.shift();
    });
    return new Promise((resolve, reject) => {
        child.on('error', (e) => {
            clearTimeout(timeout);
            clearInterval(poll);
            reject((0,errors/* badInput */.AN)(`trainer: cannot start '${command}': ${e.message}.`));
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
function followLines(file, onLine) {
    let offset = 0;
    let partial = '';
    let n = 0;
    const buffer = Buffer.alloc(1 << 16);
    return {
        read(final = false) {
            if (!(0,external_node_fs_.existsSync)(file))
                return;
            const fd = (0,external_node_fs_.openSync)(file, 'r');
            try {
                let got;
                const chunks = [];
                while ((got = (0,external_node_fs_.readSync)(fd, buffer, 0, buffer.length, offset)) > 0) {
                    chunks.push(Buffer.from(buffer.subarray(0, got)));
                    offset += got;
                }
                const lines = (partial + Buffer.concat(chunks).toString('utf8')).split('\n');
                partial = final ? '' : lines.pop();
                for (const line of lines) {
                    n++;
                    if (line.trim())
                        onLine(line, n);
                }
            }
            finally {
                (0,external_node_fs_.closeSync)(fd);
            }
        },
    };
}
/** Calls back per line of a child's stream: a pipe delivers chunks, and a chunk may end mid-line. */
function eachLine(stream, onLine) {
    let partial = '';
    stream.setEncoding('utf8'); // decodes a multi-byte character split across chunks whole
    stream.on('data', (chunk) => {
        const lines = (partial + chunk).split('\n');
        partial = lines.pop();
        for (const line of lines)
            if (line)
                onLine(line);
    });
    stream.on('end', () => {
        if (partial)
            onLine(partial);
    });
}
//# sourceMappingURL=run-process.js.map
;// CONCATENATED MODULE: ./lib/src/adapters/trainer/command/run-command-trainer.js





const DEFAULT_TIMEOUT_S = 3600;
const DEFAULT_GRACE_S = 10;
/** The argv of a command trainer for these params: `run` as written, or W&B's macros over `command` / `program`. */
function commandArgv(trainer, params, argsJsonFile, envVars, types) {
    return buildWandbCommand({
        command: trainer.command ?? trainer.run,
        ...(trainer.program === undefined ? {} : { program: trainer.program }),
        interpreter: trainer.interpreter ?? 'python',
        params,
        ...(types ? { types } : {}),
        argsJsonFile,
        envVars,
    });
}
/**
 * Runs a command trainer: the argv W&B's agent would build, in the experiment repo, with the contract variables;
 * follows its JSON-lines metrics; stops it (SIGTERM, then SIGKILL after grace_s) on timeout or hyperband's word.
 */
async function runCommandTrainer(input) {
    const metricsFile = (0,external_node_path_.join)(input.runDir, '.trainer-metrics.jsonl');
    const argsFile = (0,external_node_path_.join)(input.runDir, '.sweep-args.json');
    const env = {
        ...process.env,
        MTRACK_CONFIG: (0,external_node_path_.join)(input.runDir, 'config_resolved.yaml'),
        MTRACK_PARAMS: JSON.stringify(input.params),
        MTRACK_RUN_DIR: input.runDir,
        MTRACK_TRAIN_DIR: (0,external_node_path_.join)(input.storeDir, 'train'),
        MTRACK_TEST_DIR: (0,external_node_path_.join)(input.storeDir, 'test'),
        MTRACK_ARTIFACTS_DIR: (0,external_node_path_.join)(input.runDir, 'artifacts'),
        MTRACK_METRICS_OUT: metricsFile,
        MTRACK_EXPERIMENT_ID: input.experimentId,
        MTRACK_SEED: String(input.seed),
        ...(input.dataset
            ? {
                MTRACK_DATASET_REVISION: input.dataset.revision,
                MTRACK_DATASET_CHECKSUMS: input.dataset.checksums,
                MTRACK_TRAIN_HASH: input.dataset.train_hash,
                MTRACK_TEST_HASH: input.dataset.test_hash,
            }
            : {}),
    };
    const argv = commandArgv(input.trainer, input.params, argsFile, env, input.argTypes);
    await (0,promises_.writeFile)(argsFile, argsJson(input.params, input.argTypes));
    input.log(`mtrack: trainer command: ${JSON.stringify(argv)}`);
    const started = Date.now();
    const timeoutS = input.trainer.timeout_s ?? DEFAULT_TIMEOUT_S;
    try {
        const out = await runProcess({
            argv,
            cwd: input.repoDir,
            env,
            timeoutMs: timeoutS * 1000,
            graceMs: (input.trainer.grace_s ?? DEFAULT_GRACE_S) * 1000,
            metricsFile,
            ...(input.onEpochEnd ? { onRow: input.onEpochEnd } : {}),
            log: input.log,
        });
        const seconds = (Date.now() - started) / 1000;
        const base = { argv, reported: out.reported, stopped: out.stopped, seconds, finals: {} };
        const fail = (reason) => ({ ...base, failure: { reason, stderr_tail: out.stderrTail } });
        if (out.timedOut)
            return fail(`timed out after timeout_s ${timeoutS}`);
        if (out.reported.legacy && out.code === 0)
            return { ...base, finals: {} };
        // A script stopped by hyperband may die by the signal or exit non-zero: its reported epochs are its result.
        if (!out.stopped && out.code !== 0)
            return fail(out.signal ? `killed by ${out.signal}` : `exited with code ${out.code}`);
        const judged = judgeReported(out.reported, input.metric.name);
        if (!judged.ok)
            return fail(judged.reason);
        return { ...base, primary: judged.primary, finals: judged.finals };
    }
    finally {
        await (0,promises_.rm)(metricsFile, { force: true });
        await (0,promises_.rm)(argsFile, { force: true });
    }
}
//# sourceMappingURL=run-command-trainer.js.map
;// CONCATENATED MODULE: ./lib/src/app/scan/trial-command.js


/** The Python types of a trial's values, so its command line prints them as W&B's agent does. */
function trial_command_argTypes(python, params) {
    return {
        floats: [...floatNames(python, params)],
        nestedLast: [...new Set(Object.values(python.nested).map((path) => path[0]))],
    };
}
/** A trial's values as the run receives them: for a command trainer, W&B's nested parameters as one mapping. */
function trial_command_trialOverrides(base, python, params) {
    return base.trainer?.type === 'command' ? renestParams(params, python.nested) : params;
}
/**
 * A command-trainer trial's argv for `scan resolve --json`. The variables a command names (${envvar:NAME}) are the
 * planning machine's: the same ones the run will see.
 */
function trialArgv(base, python, params, overrides) {
    const trainer = base.trainer;
    if (trainer?.type !== 'command')
        return {};
    const all = { ...(base.params ?? {}), ...trial_command_trialOverrides(base, python, params), ...overrides };
    return { argv: commandArgv(trainer, all, '<run folder>/.sweep-args.json', process.env, trial_command_argTypes(python, params)) };
}
//# sourceMappingURL=trial-command.js.map
// EXTERNAL MODULE: ./lib/src/adapters/documents.js
var documents = __webpack_require__(1901);
// EXTERNAL MODULE: ./lib/src/app/run/run-records.js
var run_records = __webpack_require__(7074);
// EXTERNAL MODULE: ./lib/src/adapters/fs/staging.js
var staging = __webpack_require__(6442);
// EXTERNAL MODULE: ./lib/src/core/ids.js
var ids = __webpack_require__(1306);
// EXTERNAL MODULE: ./lib/src/core/rules/commit-message.js
var commit_message = __webpack_require__(8501);
// EXTERNAL MODULE: ./lib/src/core/rules/paths.js
var rules_paths = __webpack_require__(8268);
// EXTERNAL MODULE: ./lib/src/adapters/git/index.js + 8 modules
var git = __webpack_require__(8043);
// EXTERNAL MODULE: ./lib/src/app/action/restamp.js + 1 modules
var restamp = __webpack_require__(768);
// EXTERNAL MODULE: ./lib/src/app/verify/verify.js + 18 modules
var verify = __webpack_require__(642);
// EXTERNAL MODULE: ./lib/src/app/run/experiment-ids.js
var experiment_ids = __webpack_require__(4558);
// EXTERNAL MODULE: ./lib/src/app/run/folder-files.js
var folder_files = __webpack_require__(880);
// EXTERNAL MODULE: ./lib/src/app/run/run-index.js + 1 modules
var run_index = __webpack_require__(2926);
// EXTERNAL MODULE: ./lib/src/adapters/fs/owner.js
var owner = __webpack_require__(2796);
;// CONCATENATED MODULE: ./lib/src/app/run/recover-runs.js













const recover_runs_STAGING_DIR = '.mtrack/staging';
const INFLIGHT_DIR = '.mtrack/inflight';
const REJECTED_DIR = '.mtrack/rejected';
/**
 * recoverRuns under the repo lock, for commands that write runs: called before they plan, so a scan does not skip a
 * trial whose interrupted run is still only on disk, and a run starts from a repaired repository.
 */
async function recover_runs_recoverExperimentRepo(ws, log) {
    await withRepoLock(ws.expDir, () => recover_runs_recoverRuns(ws, log));
}
/** Marks `folder` as being renamed into experiments/ and committed by this process (see recoverRuns). */
async function recover_runs_markInflight(expDir, folder) {
    await mkdir(join(expDir, INFLIGHT_DIR), { recursive: true });
    await writeFile(join(expDir, INFLIGHT_DIR, folder), JSON.stringify(currentOwner()));
}
async function recover_runs_clearInflight(expDir, folder) {
    await rm(join(expDir, INFLIGHT_DIR, folder), { force: true });
}
/**
 * Repairs what a killed `mtrack run` leaves, so no retry needs a manual step. Call under the repo lock (then no
 * live process is between rename and commit, so every in-flight marker found belongs to a dead one):
 * - staging folders of dead processes are removed (the training they held is lost; nothing was recorded);
 * - git's lock files and mtrack's private index left by a killed commit are removed (repairInterruptedCommits);
 * - a run renamed into experiments/ but not committed is checked with the hook's rules and committed, or moved to
 *   .mtrack/rejected/ when it breaks them; a run already committed just gets the user's index brought up to date.
 */
async function recover_runs_recoverRuns(ws, log) {
    const swept = await sweepDeadStaging(join(ws.expDir, recover_runs_STAGING_DIR));
    if (swept.length)
        log(`mtrack: removed ${swept.length} staging folder(s) of interrupted runs.`);
    for (const line of await repairInterruptedCommits(ws.expDir))
        log(`mtrack: repaired an interrupted commit: ${line}.`);
    const markers = await readdir(join(ws.expDir, INFLIGHT_DIR)).catch(() => []);
    for (const folder of markers) {
        const path = `${EXPERIMENTS_DIR}/${folder}`;
        if (parseRunFolder(folder) && existsSync(join(ws.expDir, path)) && !(await isCommitted(ws.expDir, path))) {
            await completeRun(ws, folder, log);
        }
        await recover_runs_clearInflight(ws.expDir, folder);
    }
}
async function isCommitted(expDir, path) {
    return (await headCommit(expDir)) !== undefined && (await lsTree(expDir, 'HEAD', [path])).length > 0;
}
async function completeRun(ws, folder, log) {
    const path = `${EXPERIMENTS_DIR}/${folder}`;
    const violations = await verifyProposedCommit(ws.expDir, await readFolderFiles(ws.expDir, path));
    if (violations.length > 0) {
        await recover_runs_rejectRun(ws.expDir, folder);
        log(`mtrack: ${path} was interrupted before its commit and breaks the rules; moved to ${REJECTED_DIR}/${folder}: ${violations.map(formatViolation).join(' ')}`);
        return;
    }
    const intent = await readIntent(join(ws.expDir, path, 'manifest.json'));
    // The runs index was being regenerated for this run when the kill came: regenerate it and commit both together.
    const index = await writeRunIndex(ws.expDir, [path]);
    await commitPaths(ws.expDir, [path, index], formatRunCommitSubject([path], `${intent} (committed after an interruption)`));
    log(`mtrack: ${path} was interrupted before its commit; committed it now.`);
}
/** Moves a run folder out of experiments/ into .mtrack/rejected/ (kept for the user to inspect, never committed). */
async function recover_runs_rejectRun(expDir, folder) {
    await mkdir(join(expDir, REJECTED_DIR), { recursive: true });
    const target = join(expDir, REJECTED_DIR, `${folder}.${Date.now()}`);
    await rename(join(expDir, EXPERIMENTS_DIR, folder), target);
    return target;
}
async function readIntent(manifestPath) {
    try {
        const intent = JSON.parse(await readFile(manifestPath, 'utf8')).intent;
        return typeof intent === 'string' ? intent : 'run';
    }
    catch {
        return 'run';
    }
}
//# sourceMappingURL=recover-runs.js.map
;// CONCATENATED MODULE: ./lib/src/app/run/land-run.js













/**
 * Moves a trained run from its staging folder into experiments/ and commits it, under the repo lock: repairs what
 * killed runs left, allocates the final id (another run may have taken the provisional one while this one trained:
 * then the folder is re-stamped), checks the hook's rules on exactly these files and commits only them.
 */
async function land_run_landRun(ws, staged, options) {
    return withRepoLock(ws.expDir, async () => {
        await recoverRuns(ws, options.log);
        const id = await allocateExperimentId(ws.expDir);
        const runsDir = join(ws.expDir, EXPERIMENTS_DIR);
        const parsed = parseRunFolder(staged.folder);
        const folder = parsed ? formatRunFolder({ ...parsed, experimentId: id }) : staged.folder;
        // Marked before the rename: a kill between the two leaves a folder the next command knows how to finish.
        if (options.commit)
            await markInflight(ws.expDir, folder);
        if (folder !== staged.folder) {
            options.log(`mtrack: ${parsed?.experimentId} was taken while this run trained; it lands as ${id}.`);
            await restampRunFolder(join(staged.dir, staged.folder), runsDir, id, join(ws.expDir, STAGING_DIR));
        }
        else {
            await mkdir(runsDir, { recursive: true });
            await rename(join(staged.dir, staged.folder), join(runsDir, folder));
        }
        await rm(staged.dir, { recursive: true, force: true });
        const path = `${EXPERIMENTS_DIR}/${folder}`;
        if (!options.commit)
            return { experimentId: id, folder: path };
        const violations = await verifyProposedCommit(ws.expDir, await readFolderFiles(ws.expDir, path));
        // The index is regenerated only once the run passed: a rejected run must leave the working tree as it was.
        if (violations.length > 0) {
            const kept = await rejectRun(ws.expDir, folder);
            await clearInflight(ws.expDir, folder);
            throw checkFailed(`${path}: the new run breaks the stamping rules, not committed (kept in '${kept}'): ${violations.map(formatViolation).join(' ')}`);
        }
        const index = await writeRunIndex(ws.expDir, [path]);
        const commit = await commitPaths(ws.expDir, [path, index], formatRunCommitSubject([path], options.intent));
        await clearInflight(ws.expDir, folder);
        return { experimentId: id, folder: path, commit };
    }, { onWait: (holder) => options.log(`mtrack: waiting for another mtrack process (pid ${holder.pid}) to commit.`) });
}
//# sourceMappingURL=land-run.js.map
// EXTERNAL MODULE: ./lib/src/app/data/dataset-store.js + 14 modules
var dataset_store = __webpack_require__(8559);
// EXTERNAL MODULE: ./lib/src/adapters/store/index.js + 2 modules
var store = __webpack_require__(5558);
// EXTERNAL MODULE: ./lib/src/adapters/store/artifact-settings.js
var artifact_settings = __webpack_require__(2721);
// EXTERNAL MODULE: ./lib/src/app/setup/model-ref.js
var model_ref = __webpack_require__(2737);
;// CONCATENATED MODULE: ./lib/src/app/run/trainer-files.js




/**
 * The repo-relative files of a command trainer's program: `trainer.files` when given, else the folder of each
 * argument of `run` that is a file in the repo (`python3 src/train.py` -> `src`; a top-level `train.py` itself).
 */
function trainer_files_trainerProgramPaths(config, expDir) {
    const trainer = config.trainer;
    if (trainer.type !== 'command')
        return [];
    if (trainer.files)
        return [...trainer.files].sort();
    const paths = commandWords(trainer)
        .filter((arg) => !arg.startsWith('-') && !isAbsolute(arg) && existsSync(join(expDir, arg)))
        .map((arg) => posix.normalize(arg))
        .filter((arg) => !arg.startsWith('..'))
        .map((arg) => (posix.dirname(arg) === '.' ? arg : posix.dirname(arg)));
    return [...new Set(paths)].sort();
}
/** Git object ids of `paths` at `commit` (a path absent there has none) and whether any is dirty now. */
async function trainer_files_pinTrainerFiles(expDir, commit, paths) {
    const entries = await lsTree(expDir, commit, paths);
    const objects = Object.fromEntries(entries.map((e) => [e.path, e.oid]));
    const dirty = (await dirtyPaths(expDir, paths)).length > 0 || paths.some((p) => !(p in objects));
    return { objects, dirty };
}
//# sourceMappingURL=trainer-files.js.map
;// CONCATENATED MODULE: ./lib/src/app/run/plan-run.js
















/**
 * Resolves the config, reads the pinned model and the committed dataset revision, verifies the revision's bytes
 * and stamps the git state. The id is provisional: the final one is allocated when the run lands (landRun).
 */
async function plan_run_planRun(ws, options, now) {
    const { base: written, datasetId } = readRunConfig(ws, options.configPath);
    const base = options.trainer ? { ...written, trainer: options.trainer } : written;
    const revision = options.dataset ?? base.dataset ?? latestRevision(ws.dataDir, datasetId);
    const config = assertSchema('config_resolved', resolveRunConfig(base, options.overrides, { id: datasetId, revision }), `${options.configPath} (resolved with ${Object.keys(options.overrides).join(', ') || 'no overrides'})`);
    const resolved = canonicalConfig(config);
    const program = trainerProgramPaths(config, ws.expDir);
    const dirtyInputs = await plan_run_checkInputsCommitted(ws.expDir, [options.configPath, ...(options.scan ? [options.scan.path] : []), ...program], options.allowDirty === true);
    const model = readModelRef(ws.expDir);
    const warnings = dirtyInputs.length ? [`inputs used uncommitted (--allow-dirty): ${dirtyInputs.join(', ')}`] : [];
    const { manifest: dataset, commit: metaCommit } = await readCommittedManifest(ws.dataDir, datasetId, revision);
    await verifyRevision(ws, dataset);
    if (ws.settings.artifact_store)
        checkArtifactStore(ws.settings.artifact_store, ws.expDir);
    // Warned once every input is known good: a refused run prints its one error line and nothing else.
    if (model.resolved_commit === null) {
        warnings.push(`model pin ${model.model_id}@${model.revision} is unresolved (resolved_commit: null)`);
        options.log(`mtrack: warning: model pin ${model.model_id}@${model.revision} is unresolved (models/baseline/model_ref.json resolved_commit: null); recorded in the manifest.`);
    }
    const commit = await requireHeadCommit(ws.expDir, 'experiment repo');
    const facts = {
        experimentId: await allocateExperimentId(ws.expDir),
        createdUtc: formatUtc(now),
        intent: options.intent ?? (options.scan ? `scan trial ${options.scan.trial_index}` : `run ${options.configPath}`),
        git: {
            commit,
            branch: await branchName(ws.expDir),
            // Run folders being landed by concurrent runs are not part of what this run trains with.
            dirty: await isDirty(ws.expDir, [EXPERIMENTS_DIR]),
            ...(dirtyInputs.length ? { dirtyInputs } : {}),
        },
        model: {
            provider: model.provider,
            model_id: model.model_id,
            revision: model.revision,
            resolved_commit: model.resolved_commit,
        },
        // Neither trainer starts from the pinned weights today: the folder names what was trained.
        trained: { name: trainedModelName(config), from_pinned: false },
        ...(warnings.length ? { warnings } : {}),
        dataset: {
            dataset_id: dataset.dataset_id,
            revision_id: dataset.revision_id,
            dataset_meta_commit: metaCommit,
            store: {
                type: ws.settings.dataset_store.type,
                root: storeLocation(ws.settings.dataset_store),
                relative_path: dataset.materialization.relative_path,
            },
            hashes: { train: dataset.splits.train.hash, test: dataset.splits.test.hash },
            checksums: dataset.checksums,
        },
        config: { path: options.configPath, hash: resolved.hash, seed: config.seed },
        ...(options.scan ? { scan: options.scan } : {}),
    };
    const trainerFiles = program.length ? await pinTrainerFiles(ws.expDir, commit, program) : undefined;
    return { config, resolved, dataset, facts, ...(trainerFiles ? { trainerFiles } : {}) };
}
/**
 * Refuses inputs that are modified or untracked (a run must be reproducible from its git_commit) unless
 * `allowDirty`; returns the dirty ones to stamp.
 */
async function plan_run_checkInputsCommitted(expDir, paths, allowDirty) {
    const dirty = await dirtyPaths(expDir, paths);
    if (dirty.length > 0 && !allowDirty)
        throw badInput(`${dirty.join(', ')}: modified or not committed; a run must be reproducible from its commit.`, 'Commit the change first, or pass --allow-dirty (the run is then stamped dirty and says so in notes.md).');
    return dirty;
}
/**
 * A config file: a baseline config (configs/*.yaml), or any run's config_resolved.yaml, whose `dataset` is the
 * resolved `{id, revision}` rather than a revision id.
 */
function readRunConfig(ws, path) {
    const file = join(ws.expDir, path);
    const dataset = tryParseYaml(readText(file, path))?.dataset;
    if (typeof dataset === 'object' && dataset !== null) {
        const resolved = readYamlDocument(file, 'config_resolved', path);
        const { dataset, ...rest } = resolved;
        return { base: { ...rest, dataset: dataset.revision }, datasetId: dataset.id };
    }
    return { base: readYamlDocument(file, 'baseline_config', path), datasetId: ws.datasetId };
}
function tryParseYaml(text) {
    try {
        return parseYaml(text, { uniqueKeys: false }) ?? undefined;
    }
    catch {
        return undefined; // not YAML: readYamlDocument reports it with its line and column
    }
}
//# sourceMappingURL=plan-run.js.map
// EXTERNAL MODULE: ./lib/src/core/pointers.js
var pointers = __webpack_require__(5288);
;// CONCATENATED MODULE: ./lib/src/core/run-record.js




function run_record_runFolderName(facts) {
    return formatRunFolder({
        date: utcDate(facts.createdUtc),
        dataset: facts.dataset.dataset_id,
        model: modelSlug(facts.trained.name),
        experimentId: facts.experimentId,
    });
}
/**
 * manifest.json (schemas/manifest.schema.json): the spec's nested form plus the flat stamp of required fields, and
 * `files`: the sha256 of every fixed file of the run folder (`hashes`, taken right before the manifest is written).
 */
function run_record_buildManifest(facts, hashes) {
    const folder = `${EXPERIMENTS_DIR}/${run_record_runFolderName(facts)}`;
    return {
        schema_version: 1,
        experiment_id: facts.experimentId,
        created_utc: facts.createdUtc,
        finished_utc: facts.finishedUtc,
        intent: facts.intent,
        stamp: {
            experiment_id: facts.experimentId,
            created_utc: facts.createdUtc,
            git_commit: facts.git.commit,
            git_branch: facts.git.branch,
            dirty_worktree: facts.git.dirty,
            model_id: facts.model.model_id,
            model_revision: facts.model.resolved_commit ?? facts.model.revision,
            dataset_id: facts.dataset.dataset_id,
            dataset_version: facts.dataset.revision_id,
            seed: facts.config.seed,
            config_hash: facts.config.hash,
        },
        ...(facts.warnings?.length ? { warnings: facts.warnings } : {}),
        git: {
            commit: facts.git.commit,
            branch: facts.git.branch,
            dirty_worktree: facts.git.dirty,
            ...(facts.git.dirtyInputs?.length ? { dirty_inputs: facts.git.dirtyInputs } : {}),
        },
        inputs: {
            model: facts.model,
            trained_model: facts.trained,
            dataset: facts.dataset,
            config: {
                path: facts.config.path,
                resolved_path: `${folder}/config_resolved.yaml`,
                config_hash: facts.config.hash,
            },
            ...(facts.scan ? { scan: facts.scan } : {}),
        },
        outputs: {
            metrics_path: `${folder}/metrics.json`,
            artifacts_dir: `${folder}/artifacts`,
            exported_model_ref: `${folder}/pointers/artifact_store.txt`,
            artifacts: facts.artifacts,
            ...(facts.externalArtifacts && Object.keys(facts.externalArtifacts).length
                ? { external_artifacts: facts.externalArtifacts }
                : {}),
        },
        environment: facts.environment,
        // The schema requires the run's fixed documents in `files`; hashRunFolder lists every file it finds.
        files: runFileHashes(hashes),
    };
}
/**
 * notes.md from the spec's decision-log template: Intent, Change Summary and Results written now (Results with
 * the change against `reference`); "Observed failure modes" and "Next Decision" stay open (core/notes).
 */
function run_record_renderRunNotes(facts, metrics, changes, reference) {
    const secondary = Object.entries(metrics.eval)
        .filter(([k]) => k !== metrics.primary.name && k !== 'examples')
        .map(([k, v]) => `${k} ${formatMetric(v)}`)
        .join(', ');
    const pinned = `${facts.model.model_id} @ ${facts.model.resolved_commit ?? `${facts.model.revision} (unresolved)`}`;
    const dirty = facts.git.dirtyInputs ?? [];
    return [
        `# ${facts.experimentId} Notes`,
        '',
        '## Intent',
        facts.intent,
        '',
        '## Change Summary',
        facts.trained.from_pinned
            ? `- Model: ${facts.trained.name}, starting from the pinned ${pinned}`
            : `- Model: ${facts.trained.name}, trained from scratch; the pinned baseline ${pinned} was not used`,
        `- Data: ${facts.dataset.dataset_id} ${facts.dataset.revision_id} (dataset-meta ${facts.dataset.dataset_meta_commit.slice(0, 12)})`,
        `- Config / scan: ${facts.config.path} (${facts.config.hash.slice(0, 19)}…)${changes.length ? `; ${changes.join(', ')}` : ''}` +
            (facts.scan
                ? `; ${facts.scan.method} scan ${facts.scan.path} trial ${facts.scan.trial_index} (${facts.scan.scan_hash.slice(0, 19)}…)`
                : ''),
        `- Code: ${facts.git.commit.slice(0, 12)} on ${facts.git.branch}${facts.git.dirty ? ' (dirty worktree)' : ''}`,
        ...(dirty.length ? [`- Uncommitted inputs (--allow-dirty): ${dirty.join(', ')}`] : []),
        '',
        '## Results',
        ...(metrics.failure
            ? [`- Status: failed: ${metrics.failure}`]
            : [
                `- Primary metric: ${metrics.primary.name} ${formatMetric(metrics.primary.value)}${compareWith(metrics.primary, reference)}`,
                `- Secondary metrics: ${[...(metrics.loss !== undefined ? [`loss ${formatMetric(metrics.loss)}`] : []), ...(secondary ? [secondary] : [])].join(', ') || '(none)'}`,
            ]),
        '- Observed failure modes: (to fill in)',
        '',
        '## Next Decision',
        '(to fill in: based on results, what do we do next?)',
        '',
    ].join('\n');
}
function compareWith(primary, reference) {
    if (!reference)
        return ' (no earlier run to compare with)';
    if (reference.primary.name !== primary.name)
        return ` (${reference.experimentId} measured ${reference.primary.name})`;
    const delta = primary.value - reference.primary.value;
    return ` (${delta >= 0 ? '+' : ''}${delta.toFixed(4)} vs ${reference.experimentId}: ${formatMetric(reference.primary.value)})`;
}
function formatMetric(v) {
    return Number.isInteger(v) ? String(v) : v.toFixed(4);
}
//# sourceMappingURL=run-record.js.map
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./lib/src/adapters/package-files.js
var package_files = __webpack_require__(1965);
;// CONCATENATED MODULE: ./lib/src/app/run/environment.js






let version;
function mtrackVersion() {
    version ??= JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')).version;
    return version;
}
let source;
/**
 * What identifies the mtrack that runs beyond its version: `git:<sha>[-dirty]` when it runs from a clone, else
 * `npm:<integrity>` from the lockfile that installed it, else `unknown`.
 */
function mtrackSource() {
    source ??= (async () => {
        const root = packageRoot();
        if (existsSync(join(root, '.git'))) {
            const sha = await tryResolveCommit(root, 'HEAD');
            if (sha) {
                const dirty = await dirtyPaths(root, ['src', 'schemas', 'templates', 'package.json', 'package-lock.json']);
                return `git:${sha}${dirty.length ? '-dirty' : ''}`;
            }
        }
        // Installed as <project>/node_modules/mtrack: the project's lockfile holds the tarball's integrity.
        const lock = join(dirname(dirname(root)), 'package-lock.json');
        if (basename(dirname(root)) === 'node_modules' && existsSync(lock)) {
            const packages = JSON.parse(readFileSync(lock, 'utf8'))
                .packages;
            const integrity = packages?.['node_modules/mtrack']?.integrity;
            if (integrity)
                return `npm:${integrity}`;
        }
        return 'unknown';
    })();
    return source;
}
const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/** Python and torch versions of a command trainer run by a Python interpreter (`run[0]` named python*). */
async function pythonRuntimes(command, cwd) {
    if (!/^python[\d.]*$/.test(basename(command)))
        return {};
    const probe = [
        'import sys, importlib.util as u',
        'print(sys.version.split()[0])',
        'print(__import__("torch").__version__ if u.find_spec("torch") else "")',
    ].join('\n');
    try {
        const { stdout } = await run(command, ['-c', probe], { cwd, timeout: 20_000 });
        const [python, torch] = stdout.split('\n');
        return { python, ...(torch ? { torch } : {}) };
    }
    catch {
        return {};
    }
}
async function environment_environmentFacts(t, command) {
    return {
        mtrack_version: mtrackVersion(),
        mtrack_source: await mtrackSource(),
        node: process.version,
        platform: `${process.platform}-${process.arch}`,
        backend: t.backend,
        trainer: t.trainer,
        ...(command ? await pythonRuntimes(command.run[0], command.cwd) : {}),
        ...(command?.files ? { trainer_files: command.files } : {}),
    };
}
//# sourceMappingURL=environment.js.map
;// CONCATENATED MODULE: ./lib/src/app/run/hash-run-folder.js





/**
 * sha256 of every fixed file of a run folder being written (all but manifest.json and notes.md), for manifest
 * `files`; called right before manifest.json is written. A symbolic link or special file (a trainer command may
 * leave one) fails the run: the record holds regular files only.
 */
async function hash_run_folder_hashRunFolder(dir, label) {
    const out = {};
    const walk = async (rel) => {
        for (const name of (await readdir(join(dir, rel))).sort()) {
            const child = rel ? `${rel}/${name}` : name;
            const stat = await lstat(join(dir, child));
            if (stat.isDirectory())
                await walk(child);
            else if (!stat.isFile())
                throw checkFailed(`${label}/${child}: is a symbolic link or special file; run folders hold regular files only.`);
            else if (isHashedRunFile(child))
                out[child] = sha256(await readFile(join(dir, child)));
        }
    };
    await walk('');
    return out;
}
//# sourceMappingURL=hash-run-folder.js.map
// EXTERNAL MODULE: ./lib/src/core/artifact-uri.js
var artifact_uri = __webpack_require__(2307);
;// CONCATENATED MODULE: ./lib/src/adapters/store/artifact-store.js






/**
 * Run files too large for Git, stored once under content-addressed keys (`sha256/<hex>`) and named in committed
 * files by `s3://bucket/key` or `artifact-store:<key>`: never a path of this machine.
 */
class artifact_store_ArtifactStore {
    store;
    ref;
    constructor(store, ref) {
        this.store = store;
        this.ref = ref;
    }
    static async open(settings, expDir) {
        return new artifact_store_ArtifactStore(await openStore(settings, { expDir }), artifactStoreRef(settings, expDir));
    }
    uriOf(key) {
        return this.store.type === 's3' ? this.store.describe(key) : `${LOCAL_ARTIFACT_SCHEME}${key}`;
    }
    /** Stores `bytes` (write-once, read back) and returns the uri committed files name them by. */
    async put(bytes) {
        const hash = sha256(bytes);
        const key = artifactKey(hash);
        await this.store.writeOnce(key, bytes);
        return { uri: this.uriOf(key), sha256: hash };
    }
    /** The bytes behind `uri`, refused (CHECK_FAILED) unless they hash to `want`; `where` names the record. */
    async get(uri, want, where) {
        const target = artifactUriInStores(uri, [this.ref]);
        if ('problem' in target)
            throw badInput(`${where}: '${uri}' ${target.problem}.`);
        if (target.kind === 'file')
            throw badInput(`${where}: '${uri}' is not in the artifact store.`);
        const bytes = await this.store.read(target.key);
        const have = sha256(bytes);
        if (have !== want)
            throw checkFailed(`${this.store.describe(target.key)}: has sha256 '${have}', not the '${want}' ${where} records; nothing was written.`);
        return bytes;
    }
}
//# sourceMappingURL=artifact-store.js.map
;// CONCATENATED MODULE: ./lib/src/app/run/offload-artifacts.js




/**
 * Moves every file under `<runDir>/artifacts/` larger than `large_file_bytes` to the artifact store before the
 * run is committed (the large-file rule would refuse it in Git): each is stored write-once and read back, then
 * removed from the folder. Returns them by run-folder path; the store is only opened when there is one to move.
 */
async function offload_artifacts_offloadArtifacts(ws, runDir) {
    const out = {};
    let store;
    for (const path of await listFiles(join(runDir, 'artifacts'))) {
        const full = join(runDir, 'artifacts', path);
        const { size } = await stat(full);
        if (size <= ws.largeFileBytes)
            continue;
        store ??= await ArtifactStore.open(artifactStoreSettings(ws.settings), ws.expDir);
        const { uri, sha256 } = await store.put(await readFile(full));
        out[`artifacts/${path}`] = { uri, sha256, bytes: size };
        await rm(full);
    }
    return out;
}
//# sourceMappingURL=offload-artifacts.js.map
;// CONCATENATED MODULE: ./lib/src/app/run/trainers/builtin.js

/** `trainer: {type: builtin}`: the TensorFlow.js trainer in adapters/trainer. */
const builtin = {
    description: 'the TensorFlow.js resnet/mlp trainer shipped with mtrack (backend auto, tensorflow, wasm or cpu)',
    stopsEarly: true,
    async train(input) {
        // Lazy: keeps TensorFlow.js out of everything that does not train (hooks, the Action bundle, verify).
        // webpackIgnore: the Action bundle (ncc) must not carry TensorFlow.js; it trains through the installed package.
        const { trainAndEvaluate } = await import(/* webpackIgnore: true */ '../../../adapters/trainer/index.js');
        const out = await trainAndEvaluate({
            config: input.config,
            backend: input.backend,
            train: input.train,
            test: input.test,
            artifactsDir: (0,external_node_path_.join)(input.runDir, 'artifacts'),
            log: input.log,
            ...(input.onEpochEnd ? { onEpochEnd: input.onEpochEnd } : {}),
        });
        return { trainer: 'builtin:tfjs', ...out };
    },
};
//# sourceMappingURL=builtin.js.map
;// CONCATENATED MODULE: ./lib/src/app/run/trainers/command.js

/** `trainer: {type: command, ...}`: any program that honours the trainer contract below, W&B-style command lines. */
const command = {
    description: "runs the argv W&B's agent would build in the experiment repo; the script reports JSON lines to $MTRACK_METRICS_OUT",
    // The metrics file is followed as it grows, so hyperband can stop the process after a rung.
    stopsEarly: true,
    train: (input, trainer) => runCommand(input, trainer),
};
/**
 * The trainer contract for any stack (adapters/trainer/command): mtrack runs the argv W&B's agent would build in
 * the experiment repo; the script appends JSON lines to $MTRACK_METRICS_OUT (or writes the old full metrics object).
 * A failure (exit code, timeout, missing or NaN metric) is a result, recorded as a failed run.
 */
async function runCommand(input, trainer) {
    const metric = input.metric ?? {
        name: input.config.metric?.name ?? 'accuracy',
        goal: input.config.metric?.goal ?? 'maximize',
    };
    const out = await runCommandTrainer({
        trainer,
        params: input.config.params ?? {},
        metric,
        seed: input.config.seed,
        runDir: input.runDir,
        storeDir: input.storeDir,
        repoDir: input.repoDir,
        experimentId: input.experimentId,
        ...(input.dataset ? { dataset: input.dataset } : {}),
        ...(input.argTypes ? { argTypes: input.argTypes } : {}),
        log: input.log,
        ...(input.onEpochEnd ? { onEpochEnd: input.onEpochEnd } : {}),
    });
    const legacy = out.reported.legacy;
    if (legacy && !out.failure)
        return fromLegacy(out.argv, legacy, input);
    const { reported } = out;
    const profile = reported.extra.resource_profile;
    return {
        trainer: `command:${out.argv.join(' ')}`,
        backend: typeof reported.extra.backend === 'string' ? reported.extra.backend : 'command',
        device: typeof reported.extra.device === 'string' ? reported.extra.device : 'unknown',
        ...(out.finals.loss !== undefined ? { loss: out.finals.loss } : {}),
        eval: finiteOnly(Object.fromEntries(Object.entries(out.finals).filter(([k]) => k !== 'throughput'))),
        profiling: { train_seconds: Math.round(out.seconds * 1000) / 1000 },
        train: {
            examples: out.finals.examples ?? input.train.count,
            epochs: reported.history.length,
            ...(input.onEpochEnd ? { stopped_early: out.stopped } : {}),
        },
        // JSON has no NaN: a non-finite figure stays out of the record (the failure reason names it).
        history: reported.history.map(finiteOnly),
        ...(out.primary !== undefined ? { primary: { name: metric.name, value: out.primary } } : {}),
        ...(out.failure ? { failure: out.failure } : {}),
        ...(out.finals.throughput !== undefined ? { throughput: out.finals.throughput } : {}),
        ...(profile !== null && typeof profile === 'object'
            ? { resource_profile: profile }
            : {}),
    };
}
function finiteOnly(row) {
    return Object.fromEntries(Object.entries(row).filter(([, v]) => Number.isFinite(v)));
}
/** The first contract: the script wrote a whole metrics.json object. */
function fromLegacy(argv, written, input) {
    const profiling = written.profiling;
    return {
        trainer: `command:${argv.join(' ')}`,
        backend: profiling.backend,
        device: profiling.device,
        loss: written.loss,
        eval: written.eval,
        profiling: Object.fromEntries(Object.entries(profiling).filter(([k]) => k !== 'device' && k !== 'backend')),
        train: written.train ?? { examples: input.train.count, epochs: input.config.epochs },
        history: written.history,
    };
}
//# sourceMappingURL=command.js.map
;// CONCATENATED MODULE: ./lib/src/app/run/trainers/index.js


/**
 * Every trainer by its `trainer.type` in the config. The mapped type makes a type the schema allows but this table
 * lacks a compile error; a new type is one file here, one entry, and its branch in the config schemas.
 */
const trainers_TRAINERS = {
    builtin: builtin,
    command: command,
};
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./lib/src/app/run/trainer.js

/** Runs the config's trainer: the entry of TRAINERS for its `trainer.type`. */
async function trainer_executeTrainer(input) {
    const config = input.config.trainer;
    const trainer = TRAINERS[config.type];
    // A trainer with no per-epoch channel back to mtrack cannot be stopped by hyperband.
    if (input.onEpochEnd && !trainer.stopsEarly)
        input.log(`mtrack: early_terminate is not applied to a ${config.type} trainer; the trial runs every epoch.`);
    return trainer.train(input, config);
}
//# sourceMappingURL=trainer.js.map
;// CONCATENATED MODULE: ./lib/src/app/run/write-run-folder.js


















/** Trains and evaluates into `<stagingDir>/<run folder>/` and writes every stamped file there; returns the folder. */
async function write_run_folder_writeRunFolder(ws, plan, options, stagingDir, now) {
    const { config, resolved, dataset, facts } = plan;
    const folder = runFolderName(facts);
    const dir = join(stagingDir, folder);
    const label = `${EXPERIMENTS_DIR}/${folder}`;
    await mkdir(join(dir, 'artifacts'), { recursive: true });
    await mkdir(join(dir, 'pointers'), { recursive: true });
    await writeFile(join(dir, 'config_resolved.yaml'), resolved.text);
    const [train, test] = await Promise.all([
        loadRevisionSplit(ws, dataset, 'train'),
        loadRevisionSplit(ws, dataset, 'test'),
    ]);
    const trained = await executeTrainer({
        config,
        configText: resolved.text,
        backend: options.backend ?? (config.trainer.type === 'builtin' ? (config.trainer.backend ?? 'auto') : 'auto'),
        train,
        test,
        runDir: dir,
        storeDir: await revisionFolder(ws, dataset),
        repoDir: ws.expDir,
        experimentId: facts.experimentId,
        dataset: {
            revision: dataset.revision_id,
            checksums: dataset.checksums,
            train_hash: dataset.splits.train.hash,
            test_hash: dataset.splits.test.hash,
        },
        ...(options.metric ? { metric: options.metric } : {}),
        ...(options.argTypes ? { argTypes: options.argTypes } : {}),
        log: options.log,
        ...(options.onEpochEnd ? { onEpochEnd: options.onEpochEnd } : {}),
    });
    const metrics = buildMetrics(facts.experimentId, config, trained, options.metric);
    if (trained.failure)
        options.log(`mtrack: the trainer failed: ${trained.failure.reason}; the run is recorded as failed.`);
    const externalArtifacts = await offloadArtifacts(ws, dir);
    const artifacts = await hashArtifacts(dir);
    const command = config.trainer.type === 'command' ? config.trainer : undefined;
    const environment = await environmentFacts(trained, command && {
        run: commandWords(command),
        cwd: ws.expDir,
        ...(plan.trainerFiles ? { files: plan.trainerFiles } : {}),
    });
    const all = { ...facts, finishedUtc: formatUtc(now()), artifacts, externalArtifacts, environment };
    const pointer = formatDatasetPointer({
        dataset_id: dataset.dataset_id,
        dataset_revision: dataset.revision_id,
        store_type: ws.settings.dataset_store.type,
        data_store_root: storeLocation(ws.settings.dataset_store),
        relative_path: dataset.materialization.relative_path,
        checksums: dataset.checksums,
        dataset_meta_commit: facts.dataset.dataset_meta_commit,
    });
    await writeFile(join(dir, 'pointers/dataset_pointer.txt'), pointer);
    await writeFile(join(dir, 'pointers/artifact_store.txt'), formatArtifactPointers([
        ...Object.entries(artifacts).map(([uri, hash]) => ({ uri, sha256: hash })),
        ...Object.values(externalArtifacts).map(({ uri, sha256 }) => ({ uri, sha256 })),
    ]));
    await writeFile(join(dir, 'metrics.json'), jsonDocumentText('metrics', metrics, `${label}/metrics.json`));
    const primary = metrics.primary_metric;
    await writeFile(join(dir, 'notes.md'), renderRunNotes(all, {
        primary: primary ?? { name: options.metric?.name ?? config.metric?.name ?? 'accuracy', value: NaN },
        ...(metrics.loss !== undefined ? { loss: metrics.loss } : {}),
        eval: (metrics.eval ?? {}),
        ...(trained.failure ? { failure: trained.failure.reason } : {}),
    }, describeOverrides(options.overrides), referenceRun(ws.expDir, facts.experimentId)));
    await writeFile(join(dir, 'manifest.json'), jsonDocumentText('manifest', buildManifest(all, await hashRunFolder(dir, label)), `${label}/manifest.json`));
    return { folder, metrics };
}
function buildMetrics(experimentId, config, t, metric) {
    const name = metric?.name ?? config.metric?.name ?? 'accuracy';
    const goal = metric?.goal ?? config.metric?.goal ?? 'maximize';
    // epochs = epochs actually run; stopped_early is there (true or false) only when early termination was active.
    if (t.failure)
        return { experiment_id: experimentId, history: t.history, status: 'failed', failure: t.failure };
    return {
        experiment_id: experimentId,
        primary_metric: { name, value: t.primary?.value ?? t.eval[name] ?? t.eval.accuracy, goal },
        ...(t.loss !== undefined ? { loss: t.loss } : {}),
        eval: t.eval,
        profiling: { ...t.profiling, device: t.device, backend: t.backend },
        train: t.train,
        history: t.history,
        ...(t.confusion_matrix ? { confusion_matrix: t.confusion_matrix } : {}),
        ...(t.throughput !== undefined ? { throughput: t.throughput } : {}),
        ...(t.resource_profile ? { resource_profile: t.resource_profile } : {}),
        status: 'ok',
    };
}
async function hashArtifacts(runDir) {
    const out = {};
    for (const path of await listFiles(join(runDir, 'artifacts'))) {
        out[`artifacts/${path}`] = sha256(await readFile(join(runDir, 'artifacts', path)));
    }
    return out;
}
function describeOverrides(overrides) {
    return Object.entries(overrides).map(([k, v]) => `${k}=${JSON.stringify(v)}`);
}
/** The run Results are compared with: the latest earlier run that was not a scan trial (the parent or baseline). */
function referenceRun(expDir, id) {
    const n = parseExperimentNumber(id);
    const earlier = collectRunRecords(expDir).filter((r) => !r.scanHash && r.primaryValue !== null && parseExperimentNumber(r.experimentId) < n);
    const last = earlier
        .sort((a, b) => parseExperimentNumber(a.experimentId) - parseExperimentNumber(b.experimentId))
        .pop();
    return last && { experimentId: last.experimentId, primary: last.primary };
}
//# sourceMappingURL=write-run-folder.js.map
;// CONCATENATED MODULE: ./lib/src/app/run/run-experiment.js







/**
 * plan (resolve, stamp) -> train + evaluate into a staging folder owned by this process, with no lock held, so
 * several runs train at once -> land (under the repo lock: final id, rename into experiments/, rules, commit).
 */
async function run_experiment_runExperiment(ws, options) {
    const now = options.now ?? (() => new Date());
    if (options.commit)
        await recoverExperimentRepo(ws, options.log);
    const plan = await planRun(ws, options, now());
    options.log(`mtrack: training ${plan.facts.dataset.dataset_id} ${plan.facts.dataset.revision_id} (id ${plan.facts.experimentId} provisional)`);
    const stagingDir = await makeStagingDir(join(ws.expDir, STAGING_DIR));
    try {
        const { folder, metrics } = await writeRunFolder(ws, plan, options, stagingDir, now);
        const landed = await landRun(ws, { dir: stagingDir, folder }, {
            commit: options.commit,
            log: options.log,
            intent: plan.facts.intent,
        });
        options.log(`mtrack: ${landed.experimentId} -> ${landed.folder}`);
        return { ...landed, metrics };
    }
    finally {
        await removeStagingDir(stagingDir);
    }
}
//# sourceMappingURL=run-experiment.js.map
;// CONCATENATED MODULE: ./lib/src/app/scan/scan.js














const DEFAULT_SCAN_PATH = 'configs/scan.yaml';
const DEFAULT_CONFIG_PATH = 'configs/baseline.yaml';
function loadScanContext(ws, scanPath, configPath, datasetFlag) {
    const text = (0,documents/* readText */.yR)((0,external_node_path_.join)(ws.expDir, scanPath), scanPath);
    const spec = parse_scan_yaml_parseScanYaml(text, scanPath);
    (0,schemas/* assertSchema */.GU)('scan_config', scanYamlData(text, scanPath), scanPath);
    const base = scanBaseConfig(spec, (0,documents/* readYamlDocument */.HS)((0,external_node_path_.join)(ws.expDir, configPath), 'baseline_config', configPath));
    if (base.trainer?.type !== 'command')
        checkParameterNames(text, scanPath, builtinParameterPaths());
    const revision = datasetFlag ?? base.dataset ?? (0,dataset_meta/* latestRevision */.HA)(ws.dataDir, ws.datasetId);
    return {
        spec,
        python: scanPythonTypes(text, scanPath),
        scanHash: (0,hash/* sha256 */.sc)(canonicalYaml(spec)),
        base,
        dataset: { id: ws.datasetId, revision },
    };
}
function hashParamsFor(ctx, overrides) {
    return (params) => run_config_canonicalConfig(run_config_resolveRunConfig(ctx.base, { ...trial_command_trialOverrides(ctx.base, ctx.python, params), ...overrides }, ctx.dataset)).hash;
}
/** The scan's history: runs of the same scan (same scan_hash) with their primary metric; failed runs count as null. */
function scanHistory(ws, ctx) {
    const records = (0,run_records/* collectRunRecords */.I)(ws.expDir);
    const history = records
        .filter((r) => r.scanHash === ctx.scanHash)
        .map((r) => ({ params: r.scanParams ?? {}, value: r.primaryValue, configHash: r.configHash }));
    return { history, existing: new Set(records.map((r) => r.configHash)) };
}
function planScan(ws, options) {
    const scanPath = options.scanPath ?? DEFAULT_SCAN_PATH;
    const configPath = options.configPath ?? DEFAULT_CONFIG_PATH;
    const ctx = loadScanContext(ws, scanPath, configPath, options.dataset);
    const { history, existing } = scanHistory(ws, ctx);
    const hashParams = hashParamsFor(ctx, options.overrides ?? {});
    const { trials, skipped } = resolveScan(ctx.spec, history, { existingConfigHashes: existing, hashParams });
    // Every planned trial's config is checked before any trial trains, so a bad value never fails a scan half-way.
    for (const t of trials) {
        const config = run_config_resolveRunConfig(ctx.base, { ...t.params, ...options.overrides }, ctx.dataset);
        (0,schemas/* assertSchema */.GU)('config_resolved', config, `${scanPath} trial ${t.index} (${JSON.stringify(t.params)})`);
    }
    return {
        scan_path: scanPath,
        scan_hash: ctx.scanHash,
        method: ctx.spec.method,
        base_config: configPath,
        dataset: ctx.dataset.revision,
        trials: trials.map((t) => ({
            ...t,
            config_hash: hashParams(t.params),
            ...trialArgv(ctx.base, ctx.python, t.params, options.overrides),
        })),
        skipped,
    };
}
/** Runs every trial of the plan, one committed run folder each; bayes re-plans after each run to use its result. */
async function runScan(ws, options) {
    const results = [];
    if (options.commit)
        await recoverExperimentRepo(ws, options.log);
    let plan = planScan(ws, options);
    // Refused before the first trial starts; each trial checks again (with its trainer's files) when it plans.
    await checkInputsCommitted(ws.expDir, [plan.scan_path, plan.base_config], options.allowDirty === true);
    const ctx = loadScanContext(ws, plan.scan_path, plan.base_config, options.dataset);
    const et = ctx.spec.early_terminate;
    if (et) {
        hyperbandBrackets(et, 1); // refuses a max_iter/s/eta with no bracket before any compute is spent
        options.log(`mtrack: early_terminate hyperband (${et.max_iter !== undefined && et.s !== undefined ? `max_iter ${et.max_iter}, s ${et.s}` : `min_iter ${et.min_iter}`}, eta ${et.eta}) on per-epoch '${epochField(ctx)}'`);
    }
    const total = plan.trials.length;
    for (let done = 0; done < total; done++) {
        const adaptive = SCAN_METHODS[plan.method].adaptive;
        const trial = adaptive ? plan.trials[0] : plan.trials[done];
        if (!trial)
            break;
        if (options.onlyTrial !== undefined && trial.index !== options.onlyTrial)
            continue;
        options.log(`mtrack: scan trial ${trial.index} (${done + 1}/${total}): ${JSON.stringify(trial.params)}`);
        results.push(await runExperiment(ws, {
            configPath: plan.base_config,
            dataset: plan.dataset,
            overrides: { ...trialOverrides(ctx.base, ctx.python, trial.params), ...options.overrides },
            argTypes: argTypes(ctx.python, trial.params),
            ...(ctx.base.trainer?.type === 'command' ? { trainer: ctx.base.trainer } : {}),
            ...(ctx.spec.metric.name !== DEFAULT_METRIC.name ? { metric: ctx.spec.metric } : {}),
            intent: options.intent ?? `${plan.method} scan trial ${trial.index} of ${plan.scan_path}`,
            scan: {
                path: plan.scan_path,
                scan_hash: plan.scan_hash,
                method: plan.method,
                trial_index: trial.index,
                params: trial.params,
                ...(et ? { early_terminate: et } : {}),
            },
            ...(et ? { onEpochEnd: hyperbandHook(ws, ctx, trial.index, options.log) } : {}),
            commit: options.commit,
            allowDirty: options.allowDirty,
            log: options.log,
        }));
        if (adaptive)
            plan = planScan(ws, options);
    }
    return results;
}
/** The history field hyperband reads: the scan metric, or the config's primary metric when the scan names none. */
function epochField(ctx) {
    return ctx.spec.metric.name === DEFAULT_METRIC.name ? (ctx.base.metric?.name ?? 'accuracy') : ctx.spec.metric.name;
}
/**
 * A trial's metric per epoch (index = epoch - 1): `val_<name>` when the trainer logs a validation figure, else
 * `<name>`. The built-in trainer logs training-set loss and accuracy per epoch (it never looks at the test split
 * before the end), so hyperband ranks trials on those.
 */
function epochSeries(history, field) {
    const series = [];
    for (const row of history)
        series[row.epoch - 1] = row[`val_${field}`] ?? row[field];
    return Array.from(series);
}
/** Hyperband for one trial, judged against the per-epoch history (metrics.json) of the scan's runs so far. */
function hyperbandHook(ws, ctx, trialIndex, log) {
    const et = ctx.spec.early_terminate;
    const field = epochField(ctx);
    const peers = collectRunRecords(ws.expDir)
        .filter((r) => r.scanHash === ctx.scanHash)
        .map((r) => readJsonDocument(join(ws.expDir, r.folder, 'metrics.json'), 'metrics', `${r.folder}/metrics.json`))
        .map((m) => epochSeries(m.history ?? [], field));
    let warned = false;
    return (history) => {
        const current = epochSeries(history, field);
        if (current.every((v) => v === undefined)) {
            if (!warned)
                log(`mtrack: early_terminate: the trainer's history has no '${field}' per epoch; trial ${trialIndex} runs every epoch.`);
            warned = true;
            return 'continue';
        }
        const d = decideHyperband({ earlyTerminate: et, goal: ctx.spec.metric.goal, peers, current });
        if (!d.stop)
            return 'continue';
        log(`mtrack: scan trial ${trialIndex} stopped early after epoch ${history.length}: best ${field} ${d.value} is worse than ` +
            `${d.threshold}, the top 1/${et.eta} of ${d.runs} run(s) at hyperband bracket epoch ${d.bracket}.`);
        return 'stop';
    };
}
//# sourceMappingURL=scan.js.map
;// CONCATENATED MODULE: ./lib/src/app/action/resolve.js



/** GitHub runs at most 256 jobs from one matrix; job outputs are capped at 1 MB per job. */
const MAX_MATRIX_JOBS = 256;
const MAX_MATRIX_BYTES = 256 * 1024;
/**
 * The scan's trials as a `strategy.matrix` value (`fromJSON(needs.resolve.outputs.matrix)`), one job per trial,
 * without the trials whose config hash is in `collected` (trained and collected for this scan before).
 */
function resolveMatrix(ws, options, collected = new Set()) {
    const plan = planScan(ws, options);
    if (plan.trials.length > MAX_MATRIX_JOBS) {
        throw (0,errors/* badInput */.AN)(`${plan.scan_path}: the scan resolves to ${plan.trials.length} trials; one GitHub matrix runs at most ${MAX_MATRIX_JOBS} jobs.`, 
        // Refused rather than chunked or truncated: see docs/action.md ("More than 256 trials").
        'No job was started. Lower scan.max_trials (or narrow the grid) to 256 or fewer; run a bigger search as several smaller scans, one PR each.');
    }
    const fresh = plan.trials.filter((t) => !collected.has(t.config_hash));
    const include = fresh.map((t) => ({
        trial: t.index,
        params_json: JSON.stringify(t.params),
        config: t.config_hash.slice(7, 19),
    }));
    const json = JSON.stringify({ include });
    if (Buffer.byteLength(json) > MAX_MATRIX_BYTES) {
        throw (0,errors/* badInput */.AN)(`${plan.scan_path}: the matrix JSON is ${Buffer.byteLength(json)} bytes; the limit mtrack keeps is ${MAX_MATRIX_BYTES} (job outputs cap at 1 MB).`);
    }
    return { matrix: { include }, json, count: include.length, plan, collected: plan.trials.length - fresh.length };
}
/**
 * The `actions/cache` key of mtrack's content cache for the trials' dataset revision: the hash of its checksums.json
 * (committed in the dataset-meta repo), so a cache entry holds exactly the verified bytes of that revision.
 */
async function dataCacheKey(ws, plan) {
    const { manifest } = await (0,dataset_meta/* readCommittedManifest */.yS)(ws.dataDir, ws.datasetId, plan.dataset);
    return `mtrack-data-${ws.datasetId}-${plan.dataset}-${manifest.checksums.slice('sha256:'.length)}`;
}
//# sourceMappingURL=resolve.js.map

/***/ }),

/***/ 768:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  k: () => (/* binding */ restampRunFolder)
});

// EXTERNAL MODULE: ./lib/src/core/rules/paths.js
var rules_paths = __webpack_require__(8268);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/src/core/hash.js
var hash = __webpack_require__(3442);
// EXTERNAL MODULE: ./lib/src/core/errors.js
var errors = __webpack_require__(7657);
// EXTERNAL MODULE: ./lib/src/core/ids.js
var core_ids = __webpack_require__(1306);
;// CONCATENATED MODULE: ./lib/src/core/restamp.js



/** manifest.outputs fields that hold a repo-relative path inside the run folder. */
const OUTPUT_PATHS = ['metrics_path', 'artifacts_dir', 'exported_model_ref'];
/**
 * Re-stamps a run under a new experiment id: folder name, manifest ids and output paths, metrics id and the notes
 * heading. The config (and so config_hash), dates, metrics values and artifacts are untouched. Refuses documents
 * that disagree on the old id or point outside the folder: rewriting only some copies would hide the mismatch.
 */
function restampDocuments(docs, newId) {
    const parsed = (0,core_ids/* parseRunFolder */.h_)(docs.folder);
    if (!parsed)
        throw (0,errors/* badInput */.AN)(`Run folder '${docs.folder}': expected <date>__<dataset>__<model>__E####.`);
    if (!(0,core_ids/* isExperimentId */.VD)(newId))
        throw (0,errors/* badInput */.AN)(`Invalid experiment id '${newId}'. Expected E#### (e.g. E0007).`);
    const oldId = parsed.experimentId;
    const oldPrefix = `${rules_paths/* EXPERIMENTS_DIR */.vQ}/${docs.folder}/`;
    const { inputs, outputs } = docs.manifest;
    const ids = [
        ['manifest.json experiment_id', docs.manifest.experiment_id],
        ['manifest.json stamp.experiment_id', docs.manifest.stamp.experiment_id],
        ['metrics.json experiment_id', docs.metrics.experiment_id],
    ];
    for (const [field, value] of ids) {
        if (value !== oldId)
            throw (0,errors/* badInput */.AN)(`${docs.folder}/${field}: expected '${oldId}' (the folder's id), got '${String(value)}'.`);
    }
    const paths = [
        ['inputs.config.resolved_path', inputs.config.resolved_path],
        ...OUTPUT_PATHS.map((k) => [`outputs.${k}`, outputs[k]]),
    ];
    for (const [field, value] of paths) {
        if (typeof value !== 'string' || !value.startsWith(oldPrefix)) {
            throw (0,errors/* badInput */.AN)(`${docs.folder}/manifest.json ${field}: expected a path under '${oldPrefix}', got '${String(value)}'.`);
        }
    }
    const heading = new RegExp(`^# ${oldId}\\b`, 'm');
    if (!heading.test(docs.notes))
        throw (0,errors/* badInput */.AN)(`${docs.folder}/notes.md: expected a '# ${oldId} …' heading.`);
    const folder = (0,core_ids/* formatRunFolder */.bM)({ ...parsed, experimentId: newId });
    const newPrefix = `${rules_paths/* EXPERIMENTS_DIR */.vQ}/${folder}/`;
    const movePath = (value) => newPrefix + value.slice(oldPrefix.length);
    const manifest = structuredClone(docs.manifest);
    manifest.experiment_id = newId;
    manifest.stamp.experiment_id = newId;
    manifest.inputs.config.resolved_path = movePath(manifest.inputs.config.resolved_path);
    for (const key of OUTPUT_PATHS)
        manifest.outputs[key] = movePath(manifest.outputs[key]);
    const metrics = { ...structuredClone(docs.metrics), experiment_id: newId };
    const notes = docs.notes.replace(heading, `# ${newId}`);
    return { folder, manifest, metrics, notes };
}
//# sourceMappingURL=restamp.js.map
// EXTERNAL MODULE: ./lib/src/core/run-files.js
var run_files = __webpack_require__(7999);
// EXTERNAL MODULE: ./lib/src/adapters/documents.js
var documents = __webpack_require__(1901);
// EXTERNAL MODULE: ./lib/src/adapters/fs/staging.js
var staging = __webpack_require__(6442);
;// CONCATENATED MODULE: ./lib/src/app/action/restamp.js








/**
 * Copies the run folder `source` to `<targetRunsDir>/<folder under newId>` with its stamp rewritten for `newId`
 * (the copy is built in `stagingRoot` and renamed into place), recording `pullRequest` when given. Returns the new
 * folder name.
 */
async function restampRunFolder(source, targetRunsDir, newId, stagingRoot, pullRequest) {
    const folder = (0,external_node_path_.basename)(source);
    const label = `${rules_paths/* EXPERIMENTS_DIR */.vQ}/${folder}`;
    const docs = restampDocuments({
        folder,
        manifest: (0,documents/* readJsonDocument */.E_)((0,external_node_path_.join)(source, 'manifest.json'), 'manifest', `${label}/manifest.json`),
        metrics: (0,documents/* readJsonDocument */.E_)((0,external_node_path_.join)(source, 'metrics.json'), 'metrics', `${label}/metrics.json`),
        notes: await (0,promises_.readFile)((0,external_node_path_.join)(source, 'notes.md'), 'utf8'),
    }, newId);
    const newLabel = `${rules_paths/* EXPERIMENTS_DIR */.vQ}/${docs.folder}`;
    // metrics.json changes with the id, so its hash in manifest `files` is recomputed; the manifest and notes.md
    // are not covered by `files`, and every other file is copied byte for byte.
    const metricsText = (0,documents/* jsonDocumentText */.$3)('metrics', docs.metrics, `${newLabel}/metrics.json`);
    const restamped = (0,run_files/* withFileHash */.bk)(docs.manifest, 'metrics.json', (0,hash/* sha256 */.sc)(metricsText));
    // A squash merge drops the PR head (git_commit) from the base's history: the PR number says where it lived.
    const manifest = pullRequest === undefined ? restamped : { ...restamped, git: { ...restamped.git, pull_request: pullRequest } };
    await (0,staging/* buildFolderAtomically */.E7)((0,external_node_path_.join)(targetRunsDir, docs.folder), stagingRoot, async (staging) => {
        await (0,promises_.cp)(source, staging, { recursive: true });
        await (0,promises_.writeFile)((0,external_node_path_.join)(staging, 'manifest.json'), (0,documents/* jsonDocumentText */.$3)('manifest', manifest, `${newLabel}/manifest.json`));
        await (0,promises_.writeFile)((0,external_node_path_.join)(staging, 'metrics.json'), metricsText);
        await (0,promises_.writeFile)((0,external_node_path_.join)(staging, 'notes.md'), docs.notes);
    });
    return docs.folder;
}
//# sourceMappingURL=restamp.js.map

/***/ }),

/***/ 4558:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BU: () => (/* binding */ experimentIdsInHistory)
/* harmony export */ });
/* unused harmony exports usedExperimentIds, allocateExperimentId */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var _core_ids_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1306);
/* harmony import */ var _core_rules_paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8268);
/* harmony import */ var _adapters_git_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8043);
/* harmony import */ var _verify_verify_history_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6755);






/**
 * Every experiment id this repo has ever used or promised: run folders at HEAD and anywhere in its history (a
 * deleted run's id is never handed out again), ids reserved by the Action (`refs/mtrack/ids/*`) and folders in the
 * working tree (a run being committed, or one left by `--no-commit`). The one source of ids for local runs and collect.
 */
async function usedExperimentIds(expDir) {
    const head = await headCommit(expDir);
    const ids = new Set(head ? await experimentIdsInHistory(expDir, head) : []);
    for (const name of await listRefNames(expDir, ID_REF_PREFIX))
        ids.add(name);
    const dir = join(expDir, EXPERIMENTS_DIR);
    if (existsSync(dir))
        for (const name of readdirSync(dir))
            addId(ids, name);
    return [...ids];
}
/**
 * Ids of run folders at `rev` and of run folders deleted anywhere in its history. The deletions come from the
 * incremental index verify keeps (verify-history.ts): a full `git log --diff-filter=D` walk took seconds per run
 * at 10,000 runs of history. The index may also hold deletions from other branches: such ids are skipped too.
 */
async function experimentIdsInHistory(dir, rev) {
    const ids = new Set();
    const commit = /^[0-9a-f]{40}$/.test(rev) ? rev : await (0,_adapters_git_index_js__WEBPACK_IMPORTED_MODULE_4__/* .tryResolveCommit */ .Fl)(dir, rev);
    for (const entry of await (0,_adapters_git_index_js__WEBPACK_IMPORTED_MODULE_4__/* .lsTree */ .kb)(dir, rev, [`${_core_rules_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .EXPERIMENTS_DIR */ .vQ}/`]))
        addId(ids, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(entry.path));
    for (const path of commit ? await (0,_verify_verify_history_js__WEBPACK_IMPORTED_MODULE_5__/* .deletedRunPaths */ .H)(dir, commit, true) : [])
        if (path.startsWith(`${_core_rules_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .EXPERIMENTS_DIR */ .vQ}/`))
            addId(ids, path.split('/')[1] ?? '');
    return [...ids];
}
function addId(ids, folder) {
    const id = (0,_core_ids_js__WEBPACK_IMPORTED_MODULE_2__/* .parseRunFolder */ .h_)(folder)?.experimentId;
    if (id)
        ids.add(id);
}
async function allocateExperimentId(expDir) {
    return nextExperimentId(await usedExperimentIds(expDir));
}
//# sourceMappingURL=experiment-ids.js.map

/***/ }),

/***/ 880:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ readFolderFiles)
/* harmony export */ });
/* unused harmony export listFiles */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);



/** Files under `dir`, as sorted '/'-separated paths relative to it (none when it does not exist). */
async function listFiles(dir) {
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir))
        return [];
    const entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir, { recursive: true, withFileTypes: true });
    return entries
        .filter((e) => e.isFile())
        .map((e) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(dir, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(e.parentPath ?? e.path, e.name))
        .split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep)
        .join('/'))
        .sort();
}
/**
 * The bytes of every file under `root/path` (a folder, or a single file), keyed by repo-relative path: what a
 * commit of those paths holds.
 */
async function readFolderFiles(root, ...paths) {
    const files = new Map();
    for (const path of paths) {
        if ((await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, path))).isFile()) {
            files.set(path, await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, path)));
            continue;
        }
        for (const rel of await listFiles((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, path)))
            files.set(`${path}/${rel}`, await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, path, rel)));
    }
    return files;
}
//# sourceMappingURL=folder-files.js.map

/***/ }),

/***/ 2926:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  V: () => (/* binding */ writeRunIndex)
});

// UNUSED EXPORTS: INDEX_PATH

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/src/core/ids.js
var ids = __webpack_require__(1306);
;// CONCATENATED MODULE: ./lib/src/core/index/run-index.js
/** The line after which experiments/README.md is mtrack's: the text above it is the user's and is kept. */
const INDEX_MARKER = '<!-- mtrack: runs index, one line per run sorted by id, regenerated with each run -->';
const HEADER = [
    '| id | date | dataset | model | primary metric | intent | status |',
    '| --- | --- | --- | --- | --- | --- | --- |',
];
/**
 * experiments/README.md with its index regenerated: the existing text up to INDEX_MARKER, then one table line per
 * run sorted by id. One line per run is what lets `merge=union` (.gitattributes) merge two branches' runs.
 */
function renderRunIndex(existing, rows) {
    const at = existing.indexOf(INDEX_MARKER);
    const head = at >= 0 ? existing.slice(0, at) : `${existing.replace(/\n*$/, '')}\n\n`;
    const sorted = [...rows].sort((a, b) => idNumber(a.experimentId) - idNumber(b.experimentId));
    const lines = sorted.map((r) => `| ${[r.experimentId, r.date, r.dataset, r.model, r.primary, r.intent, r.status].map(cell).join(' | ')} |`);
    return `${head}${INDEX_MARKER}\n\n${[...HEADER, ...lines].join('\n')}\n`;
}
function cell(text) {
    return text.replace(/\s+/g, ' ').replaceAll('|', '\\|').trim() || '-';
}
function idNumber(id) {
    return Number(id.slice(1));
}
//# sourceMappingURL=run-index.js.map
// EXTERNAL MODULE: ./lib/src/core/rules/paths.js
var paths = __webpack_require__(8268);
// EXTERNAL MODULE: ./lib/src/adapters/git/index.js + 8 modules
var git = __webpack_require__(8043);
// EXTERNAL MODULE: ./lib/src/app/run/run-records.js
var run_records = __webpack_require__(7074);
;// CONCATENATED MODULE: ./lib/src/app/run/run-index.js








const INDEX_PATH = `${paths/* EXPERIMENTS_DIR */.vQ}/README.md`;
/**
 * Regenerates experiments/README.md from the runs committed at HEAD plus `landing` (folders about to be committed
 * with it); runs left in the working tree uncommitted (`--no-commit`) are not listed. Call under the repo lock.
 */
async function writeRunIndex(expDir, landing) {
    const committed = (await (0,git/* lsTree */.kb)(expDir, 'HEAD', [`${paths/* EXPERIMENTS_DIR */.vQ}/`]))
        .filter((e) => e.type === 'tree')
        .map((e) => e.path);
    const listed = new Set([...committed, ...landing]);
    const rows = (0,run_records/* collectRunRecords */.I)(expDir)
        .filter((r) => listed.has(r.folder))
        .map((r) => ({
        experimentId: r.experimentId,
        date: r.createdUtc.slice(0, 10),
        dataset: `${datasetOf(r.folder)} ${r.dataset}`,
        model: (0,ids/* parseRunFolder */.h_)(r.folder.slice(paths/* EXPERIMENTS_DIR */.vQ.length + 1))?.model ?? '-',
        primary: r.primaryValue === null ? '-' : `${r.primary.name} ${r.primary.value.toFixed(4)}`,
        intent: r.intent,
        status: r.status,
    }));
    const path = (0,external_node_path_.join)(expDir, INDEX_PATH);
    const existing = (0,external_node_fs_.existsSync)(path) ? await (0,promises_.readFile)(path, 'utf8') : '# Experiments\n';
    await (0,promises_.writeFile)(path, renderRunIndex(existing, rows));
    return INDEX_PATH;
}
function datasetOf(folder) {
    return (0,ids/* parseRunFolder */.h_)(folder.slice(paths/* EXPERIMENTS_DIR */.vQ.length + 1))?.dataset ?? '-';
}
//# sourceMappingURL=run-index.js.map

/***/ }),

/***/ 7074:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ collectRunRecords)
/* harmony export */ });
/* harmony import */ var _core_rules_paths_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8268);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _core_ids_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1306);
/* harmony import */ var _adapters_documents_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1901);





/** Reads every run folder's manifest and metrics, validated against their schemas. */
function collectRunRecords(expDir) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(expDir, _core_rules_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .EXPERIMENTS_DIR */ .vQ);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(dir))
        return [];
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(dir)
        .filter((name) => (0,_core_ids_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRunFolder */ .h_)(name))
        .sort()
        .map((name) => {
        const folder = `${_core_rules_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .EXPERIMENTS_DIR */ .vQ}/${name}`;
        const m = (0,_adapters_documents_js__WEBPACK_IMPORTED_MODULE_4__/* .readJsonDocument */ .E_)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(expDir, folder, 'manifest.json'), 'manifest', `${folder}/manifest.json`);
        const metrics = (0,_adapters_documents_js__WEBPACK_IMPORTED_MODULE_4__/* .readJsonDocument */ .E_)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(expDir, folder, 'metrics.json'), 'metrics', `${folder}/metrics.json`);
        return {
            experimentId: m.experiment_id,
            folder,
            createdUtc: m.created_utc,
            intent: m.intent,
            status: metrics.status ?? 'ok',
            dataset: m.inputs.dataset.revision_id,
            configHash: m.inputs.config.config_hash,
            scanHash: m.inputs.scan?.scan_hash,
            scanMethod: m.inputs.scan?.method,
            scanTrial: m.inputs.scan?.trial_index,
            scanParams: m.inputs.scan?.params,
            // A failed run has no value: NaN prints as such in tables; the scan engine reads primaryValue (null = worst).
            primary: metrics.primary_metric ?? { name: '(failed)', value: NaN },
            primaryValue: metrics.status === 'failed' || !metrics.primary_metric ? null : metrics.primary_metric.value,
            loss: metrics.loss ?? NaN,
            backend: m.environment.backend,
            trainExamples: metrics.train?.examples,
        };
    });
}
//# sourceMappingURL=run-records.js.map

/***/ })

};
