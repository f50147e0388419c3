export const id = 270;
export const ids = [270];
export const modules = {

/***/ 7270:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  trainAndEvaluate: () => (/* binding */ trainAndEvaluate)
});

// EXTERNAL MODULE: ./lib/src/core/errors.js
var errors = __webpack_require__(7657);
// EXTERNAL MODULE: ./lib/src/adapters/trainer/backend.js + 8 modules
var backend = __webpack_require__(6131);
// EXTERNAL MODULE: ./node_modules/@tensorflow/tfjs-core/dist/tf-core.node.js
var tf_core_node = __webpack_require__(3484);
// EXTERNAL MODULE: ./node_modules/@tensorflow/tfjs-layers/dist/tf-layers.node.js
var tf_layers_node = __webpack_require__(7381);
// EXTERNAL MODULE: ./lib/src/core/run-config.js + 1 modules
var run_config = __webpack_require__(2717);
;// CONCATENATED MODULE: ./lib/src/adapters/trainer/model.js



const NUM_CLASSES = 10;
/**
 * Dropout whose mask is drawn from `seed + call count`, so a seeded run is reproducible (tfjs-layers' own Dropout
 * either draws from Math.random or, given a seed, reuses one mask for every batch). It serializes as a plain
 * `Dropout`, so the exported model loads anywhere tfjs does.
 */
class SeededDropout extends tf_layers_node/* layers */.ZF.Layer {
    rate;
    seed;
    static className = 'Dropout';
    calls = 0;
    constructor(rate, seed, name) {
        super({ name });
        this.rate = rate;
        this.seed = seed;
    }
    call(inputs, kwargs) {
        const x = Array.isArray(inputs) ? inputs[0] : inputs;
        if (!kwargs.training || this.rate === 0)
            return tf_core_node.clone(x);
        return tf_core_node.dropout(x, this.rate, undefined, this.seed + this.calls++);
    }
    computeOutputShape(shape) {
        return shape;
    }
    getConfig() {
        return { ...super.getConfig(), rate: this.rate };
    }
}
/** Hands out a distinct, reproducible initializer seed per layer. */
function seeds(base) {
    let i = 0;
    return () => base * 7919 + ++i;
}
/**
 * Builds the classifier for `rows`x`cols`x1 images with seeded initial weights.
 * resnet (default width 16, blocks 1): conv3x3·w → maxpool → conv3x3·2w → maxpool → `blocks` residual blocks of
 * two conv3x3·2w → flatten → dropout → dense 10. Pooling early keeps the residual convolutions at 7x7 (a quarter of
 * the reference model's cost per image); the flattened 7x7 map (not a global average) keeps the spatial detail that
 * digits need to pass 98% within two epochs.
 * mlp (default hidden 256, blocks 1): flatten → `blocks` × (dense·hidden relu → dropout) → dense 10.
 */
function buildModel(config, rows, cols) {
    const next = seeds(config.seed);
    const he = () => tf_layers_node/* initializers */.Wm.heNormal({ seed: next() });
    // Explicit names: tfjs's default names count layers per process (conv2d_Conv2D5 for the second model a process
    // builds), which made model.json differ between a run and its reproduction although the weights were identical.
    let layer = 0;
    const name = (kind) => `${kind}_${++layer}`;
    const input = tf_layers_node/* input */.hF({ shape: [rows, cols, 1], name: 'input' });
    let h;
    const arch = config.architecture;
    if (arch.type === 'mlp') {
        h = tf_layers_node/* layers */.ZF.flatten({ name: name('flatten') }).apply(input);
        for (let i = 0; i < (arch.blocks ?? run_config/* MLP_DEFAULTS */.xd.blocks); i++) {
            h = tf_layers_node/* layers */.ZF
                .dense({
                units: arch.hidden ?? run_config/* MLP_DEFAULTS */.xd.hidden,
                activation: 'relu',
                kernelInitializer: he(),
                name: name('dense'),
            })
                .apply(h);
            h = new SeededDropout(config.dropout, next() * 1_000_003, name('dropout')).apply(h);
        }
    }
    else {
        const w = arch.width ?? run_config/* RESNET_DEFAULTS */.Pe.width;
        const conv = (filters, activation) => tf_layers_node/* layers */.ZF.conv2d({
            filters,
            kernelSize: 3,
            padding: 'same',
            activation,
            kernelInitializer: he(),
            name: name('conv2d'),
        });
        h = conv(w, 'relu').apply(input);
        h = tf_layers_node/* layers */.ZF.maxPooling2d({ poolSize: 2, name: name('max_pooling2d') }).apply(h);
        h = conv(2 * w, 'relu').apply(h);
        h = tf_layers_node/* layers */.ZF.maxPooling2d({ poolSize: 2, name: name('max_pooling2d') }).apply(h);
        for (let i = 0; i < (arch.blocks ?? run_config/* RESNET_DEFAULTS */.Pe.blocks); i++) {
            const r = conv(2 * w, 'linear').apply(conv(2 * w, 'relu').apply(h));
            const sum = tf_layers_node/* layers */.ZF.add({ name: name('add') }).apply([h, r]);
            h = tf_layers_node/* layers */.ZF.activation({ activation: 'relu', name: name('relu') }).apply(sum);
        }
        h = tf_layers_node/* layers */.ZF.flatten({ name: name('flatten') }).apply(h);
        h = new SeededDropout(config.dropout, next() * 1_000_003, name('dropout')).apply(h);
    }
    const logits = tf_layers_node/* layers */.ZF
        .dense({
        units: NUM_CLASSES,
        kernelInitializer: tf_layers_node/* initializers */.Wm.glorotUniform({ seed: next() }),
        name: name('logits'),
    })
        .apply(h);
    return tf_layers_node/* model */.ge({ inputs: input, outputs: logits, name: 'mtrack_classifier' });
}
/** Mean sparse categorical cross-entropy of `logits` [n, classes] against int32 `labels` [n]. */
function sparseCrossEntropy(logits, labels) {
    return tf_core_node.tidy(() => {
        const logp = tf_core_node.logSoftmax(logits);
        const picked = tf_core_node.sum(tf_core_node.mul(logp, tf_core_node.oneHot(labels, logits.shape[1])), 1);
        return tf_core_node.neg(tf_core_node.mean(picked));
    });
}
//# sourceMappingURL=model.js.map
// EXTERNAL MODULE: ./lib/src/core/prng.js
var prng = __webpack_require__(8115);
;// CONCATENATED MODULE: ./lib/src/adapters/trainer/train-loop.js



function createOptimizer(config) {
    return config.optimizer === 'sgd' ? tf_core_node.train.sgd(config.learning_rate) : tf_core_node.train.adam(config.learning_rate);
}
/** Copies examples order[from..to) of `split` into x (pixels scaled to [0,1]) and y. */
function fillBatch(split, order, from, to, x, y) {
    const px = split.rows * split.cols;
    for (let k = from; k < to; k++) {
        const i = order[k];
        const src = split.images.subarray(i * px, (i + 1) * px);
        const dst = (k - from) * px;
        for (let p = 0; p < px; p++)
            x[dst + p] = src[p] / 255;
        y[k - from] = split.labels[i];
    }
}
/**
 * Minibatch training on the first `max_train_examples` images, reshuffled every epoch from one mulberry32 stream
 * seeded by `config.seed`. Weight decay is decoupled (AdamW style, Loshchilov & Hutter 2019): after each step every
 * kernel (not biases) is scaled by (1 - learning_rate * weight_decay).
 */
async function trainLoop(model, optimizer, config, train, hooks = {}) {
    const n = Math.min(train.count, config.max_train_examples ?? train.count);
    const batch = Math.min(config.batch_size, n);
    const px = train.rows * train.cols;
    const stepsPerEpoch = Math.ceil(n / batch);
    const vars = model.trainableWeights.map((w) => w.read());
    const decayed = model.trainableWeights.filter((w) => /kernel/.test(w.name)).map((w) => w.read());
    const decay = 1 - config.learning_rate * config.weight_decay;
    const random = (0,prng/* seededRandom */.Is)(config.seed);
    const order = Uint32Array.from({ length: n }, (_, i) => i);
    const xBuf = new Float32Array(batch * px);
    const yBuf = new Int32Array(batch);
    const history = [];
    const started = performance.now();
    let steps = 0;
    let stoppedEarly = false;
    let diverged;
    for (let epoch = 1; epoch <= config.epochs; epoch++) {
        (0,prng/* shuffleInPlace */.k5)(order, random);
        const epochStart = performance.now();
        let lossSum = 0;
        let correct = 0;
        for (let s = 0; s < stepsPerEpoch; s++) {
            const from = s * batch;
            const size = Math.min(batch, n - from);
            fillBatch(train, order, from, from + size, xBuf, yBuf);
            const xs = tf_core_node.tensor4d(xBuf.subarray(0, size * px), [size, train.rows, train.cols, 1]);
            const ys = tf_core_node.tensor1d(yBuf.subarray(0, size), 'int32');
            let hits;
            const loss = optimizer.minimize(() => {
                const logits = model.apply(xs, { training: true });
                hits = tf_core_node.keep(tf_core_node.sum(tf_core_node.cast(tf_core_node.equal(tf_core_node.argMax(logits, 1), ys), 'int32')));
                return sparseCrossEntropy(logits, ys);
            }, true, vars);
            if (decay !== 1)
                tf_core_node.tidy(() => decayed.forEach((v) => v.assign(tf_core_node.mul(v, decay))));
            const batchLoss = loss.dataSync()[0];
            // Stop at the first non-finite loss: every later step only spreads NaN through the weights.
            if (!Number.isFinite(batchLoss)) {
                tf_core_node.dispose([xs, ys, loss, hits]);
                diverged = { loss: batchLoss, epoch, step: s + 1 };
                hooks.progress?.epochDone(`epoch ${epoch}/${config.epochs}  loss ${batchLoss} at batch ${s + 1}: stopped`);
                break;
            }
            lossSum += batchLoss * size;
            correct += hits.dataSync()[0];
            tf_core_node.dispose([xs, ys, loss, hits]);
            steps++;
            const elapsed = (performance.now() - epochStart) / 1000;
            const ips = (from + size) / elapsed;
            const remaining = (stepsPerEpoch - s - 1 + (config.epochs - epoch) * stepsPerEpoch) * (elapsed / (s + 1));
            hooks.progress?.batch(epoch, s + 1, stepsPerEpoch, ips, remaining);
            if (s % 50 === 49)
                await new Promise((r) => setImmediate(r)); // let timers and I/O breathe on long epochs
        }
        // A partial epoch is left out: a history row is a whole epoch's figures (hyperband compares them across runs).
        if (diverged)
            break;
        const seconds = (performance.now() - epochStart) / 1000;
        history.push({ epoch, loss: lossSum / n, accuracy: correct / n, seconds });
        hooks.progress?.epochDone(`epoch ${epoch}/${config.epochs}  loss ${(lossSum / n).toFixed(4)}  acc ${(correct / n).toFixed(4)}  ` +
            `${Math.round(n / seconds)} img/s  ${seconds.toFixed(1)}s`);
        hooks.onEpochEnd?.(epoch);
        if (epoch < config.epochs && hooks.decide?.(history) === 'stop') {
            stoppedEarly = true;
            break;
        }
    }
    const seconds = (performance.now() - started) / 1000;
    return { history, steps, examples: n, seconds, stoppedEarly, ...(diverged ? { diverged } : {}) };
}
//# sourceMappingURL=train-loop.js.map
;// CONCATENATED MODULE: ./lib/src/adapters/trainer/evaluate.js



/** Macro precision and recall from a confusion matrix (rows = truth); a class never predicted has precision 0. */
function macroScores(confusion) {
    const k = confusion.length;
    let p = 0;
    let r = 0;
    for (let c = 0; c < k; c++) {
        const tp = confusion[c][c];
        const predicted = confusion.reduce((s, row) => s + row[c], 0);
        const actual = confusion[c].reduce((s, v) => s + v, 0);
        p += predicted > 0 ? tp / predicted : 0;
        r += actual > 0 ? tp / actual : 0;
    }
    return { precision: p / k, recall: r / k };
}
/** Test loss (mean sparse categorical cross-entropy), accuracy, macro precision/recall and batched throughput. */
function evaluateModel(model, test, batchSize) {
    const px = test.rows * test.cols;
    const order = Uint32Array.from({ length: test.count }, (_, i) => i);
    const x = new Float32Array(batchSize * px);
    const y = new Int32Array(batchSize);
    const confusion = Array.from({ length: NUM_CLASSES }, () => new Array(NUM_CLASSES).fill(0));
    let nll = 0;
    const started = performance.now();
    for (let from = 0; from < test.count; from += batchSize) {
        const size = Math.min(batchSize, test.count - from);
        fillBatch(test, order, from, from + size, x, y);
        const [lossSum, preds] = tf_core_node.tidy(() => {
            const xs = tf_core_node.tensor4d(x.subarray(0, size * px), [size, test.rows, test.cols, 1]);
            const ys = tf_core_node.tensor1d(y.subarray(0, size), 'int32');
            const logits = model.predict(xs);
            const picked = tf_core_node.sum(tf_core_node.mul(tf_core_node.logSoftmax(logits), tf_core_node.oneHot(ys, NUM_CLASSES)));
            return [tf_core_node.neg(picked), tf_core_node.argMax(logits, 1)];
        });
        nll += lossSum.dataSync()[0];
        const p = preds.dataSync();
        for (let i = 0; i < size; i++)
            confusion[y[i]][p[i]]++;
        tf_core_node.dispose([lossSum, preds]);
    }
    const seconds = (performance.now() - started) / 1000;
    const correct = confusion.reduce((s, row, c) => s + row[c], 0);
    const { precision, recall } = macroScores(confusion);
    return {
        loss: nll / test.count,
        accuracy: correct / test.count,
        precision_macro: precision,
        recall_macro: recall,
        examples: test.count,
        throughput_img_s: test.count / seconds,
        confusion,
    };
}
/** Nearest-rank percentile of ascending `sorted`. */
function percentile(sorted, q) {
    return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}
/** p50/p95 wall time of a single-image predict (upload, forward, read back), after a short warm-up. */
function measureLatency(model, test, samples) {
    const px = test.rows * test.cols;
    const x = new Float32Array(px);
    const y = new Int32Array(1);
    const times = [];
    for (let i = -5; i < samples; i++) {
        const idx = Uint32Array.of(((i + 5) % test.count) >>> 0);
        fillBatch(test, idx, 0, 1, x, y);
        const t0 = performance.now();
        const out = tf_core_node.tidy(() => model.predict(tf_core_node.tensor4d(x, [1, test.rows, test.cols, 1])));
        out.dataSync();
        out.dispose();
        if (i >= 0)
            times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    return { p50: percentile(times, 0.5), p95: percentile(times, 0.95) };
}
//# sourceMappingURL=evaluate.js.map
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./lib/src/adapters/trainer/export-model.js



function concatWeights(data) {
    const parts = data === undefined ? [] : Array.isArray(data) ? data : [data];
    const out = new Uint8Array(parts.reduce((s, p) => s + p.byteLength, 0));
    let at = 0;
    for (const p of parts) {
        out.set(new Uint8Array(p), at);
        at += p.byteLength;
    }
    return out;
}
/**
 * Writes `model` in the tfjs layers format to `<artifactsDir>/model/{model.json, weights.bin}` (what tfjs-node's
 * file:// handler would write; that handler is not available without tfjs-node). Returns the paths written,
 * relative to artifactsDir.
 */
async function exportModel(model, artifactsDir) {
    const dir = (0,external_node_path_.join)(artifactsDir, 'model');
    await (0,promises_.mkdir)(dir, { recursive: true });
    await model.save(tf_core_node.io.withSaveHandler(async (artifacts) => {
        const weights = concatWeights(artifacts.weightData);
        const json = {
            format: artifacts.format,
            generatedBy: artifacts.generatedBy,
            convertedBy: artifacts.convertedBy ?? null,
            modelTopology: artifacts.modelTopology,
            weightsManifest: [{ paths: ['weights.bin'], weights: artifacts.weightSpecs ?? [] }],
        };
        await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'weights.bin'), weights);
        await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'model.json'), JSON.stringify(json));
        return { modelArtifactsInfo: tf_core_node.io.getModelArtifactsInfoForJSON(artifacts) };
    }));
    return ['model/model.json', 'model/weights.bin'];
}
//# sourceMappingURL=export-model.js.map
;// CONCATENATED MODULE: ./lib/src/adapters/trainer/progress.js
function formatSeconds(s) {
    if (!Number.isFinite(s))
        return '?';
    const m = Math.floor(s / 60);
    return m > 0 ? `${m}m${String(Math.round(s % 60)).padStart(2, '0')}s` : `${Math.round(s)}s`;
}
/**
 * On a TTY one line rewritten in place (at most 5 times a second), finished with a newline per epoch; elsewhere
 * (CI, pipes) only the per-epoch line, through `log`.
 */
function createProgress(epochs, log, tty) {
    let lastDraw = 0;
    return {
        batch(epoch, step, steps, ips, eta) {
            if (!tty)
                return;
            const now = Date.now();
            if (now - lastDraw < 200 && step !== steps)
                return;
            lastDraw = now;
            tty.write(`\r\x1b[Kepoch ${epoch}/${epochs}  batch ${step}/${steps}  ${Math.round(ips)} img/s  ETA ${formatSeconds(eta)}`);
        },
        epochDone(line) {
            if (tty)
                tty.write(`\r\x1b[K${line}\n`);
            else
                log(line);
        },
    };
}
//# sourceMappingURL=progress.js.map
;// CONCATENATED MODULE: ./lib/src/adapters/trainer/train-and-evaluate.js







function checkSplit(name, s) {
    if (s.count < 1 || s.images.length !== s.count * s.rows * s.cols || s.labels.length !== s.count) {
        throw (0,errors/* badInput */.AN)(`${name} split: expected ${s.count} images of ${s.rows}x${s.cols} (${s.count * s.rows * s.cols} bytes) and ${s.count} labels, ` +
            `got ${s.images.length} bytes and ${s.labels.length} labels.`);
    }
    const bad = s.labels.findIndex((l) => l >= NUM_CLASSES);
    if (bad >= 0)
        throw (0,errors/* badInput */.AN)(`${name} split: label ${bad} is '${s.labels[bad]}', expected 0..${NUM_CLASSES - 1}.`);
}
/**
 * Trains the configured model on req.train, evaluates it on req.test and exports it under req.artifactsDir/model/;
 * a loss that turns non-finite ends training with a failure instead (nothing evaluated or exported).
 */
async function trainAndEvaluate(req) {
    checkSplit('train', req.train);
    checkSplit('test', req.test);
    if (req.train.rows !== req.test.rows || req.train.cols !== req.test.cols) {
        throw (0,errors/* badInput */.AN)(`test images are ${req.test.rows}x${req.test.cols}, expected ${req.train.rows}x${req.train.cols} like the train split.`);
    }
    const config = req.config;
    const active = await (0,backend.activateBackend)(req.backend);
    const model = buildModel(config, req.train.rows, req.train.cols);
    const optimizer = createOptimizer(config);
    try {
        const examples = Math.min(req.train.count, config.max_train_examples ?? req.train.count);
        req.log(`training ${config.architecture.type} on ${examples} images for ${config.epochs} epoch(s), backend ${active.backend} (${active.device})`);
        const progress = createProgress(config.epochs, req.log, process.stderr.isTTY ? process.stderr : undefined);
        const trained = await trainLoop(model, optimizer, config, req.train, { progress, decide: req.onEpochEnd });
        const train = { examples: trained.examples, epochs: trained.history.length, steps: trained.steps };
        // Diverged weights are all NaN: evaluating or exporting them records nothing anyone can use.
        if (trained.diverged) {
            const { loss, epoch, step } = trained.diverged;
            const reason = `training diverged: loss is ${loss} at epoch ${epoch} (step ${step}); lower learning_rate (${config.learning_rate})`;
            return {
                backend: active.backend,
                device: active.device,
                failure: { reason, stderr_tail: [] },
                profiling: { train_seconds: trained.seconds, peak_rss_mb: peakRssMb() },
                train,
                history: trained.history,
            };
        }
        if (trained.stoppedEarly)
            req.log(`stopped early after epoch ${trained.history.length}/${config.epochs}`);
        const ev = evaluateModel(model, req.test, config.eval.batch_size ?? 256);
        const latency = measureLatency(model, req.test, config.eval.latency_samples ?? 100);
        const artifacts = await exportModel(model, req.artifactsDir);
        return {
            backend: active.backend,
            device: active.device,
            loss: ev.loss,
            eval: {
                accuracy: ev.accuracy,
                precision_macro: ev.precision_macro,
                recall_macro: ev.recall_macro,
                examples: ev.examples,
            },
            profiling: {
                latency_ms_p50: latency.p50,
                latency_ms_p95: latency.p95,
                throughput_img_s: ev.throughput_img_s,
                train_seconds: trained.seconds,
                peak_rss_mb: peakRssMb(), // after evaluation and export, which allocate too
            },
            train: { ...train, ...(req.onEpochEnd ? { stopped_early: trained.stoppedEarly } : {}) },
            history: trained.history,
            confusion_matrix: { labels: ev.confusion.map((_, c) => String(c)), counts: ev.confusion },
            artifacts,
        };
    }
    finally {
        optimizer.dispose();
        model.dispose();
    }
}
const peakRssMb = () => process.resourceUsage().maxRSS / 1024;
//# sourceMappingURL=train-and-evaluate.js.map

/***/ })

};
