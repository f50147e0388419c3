export const id = 422;
export const ids = [422];
export const modules = {

/***/ 4422:
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
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./lib/src/core/hash.js
var hash = __webpack_require__(3442);
;// CONCATENATED MODULE: ./lib/src/core/canonical-yaml.js


/**
 * The canonical text of a config: keys sorted at every depth, numbers in JavaScript's shortest round-trip form,
 * block style, `\n` line ends. Equal configs give equal bytes, so config_hash compares meaning, not layout.
 */
function canonicalYaml(value) {
    return (0,dist/* stringify */.As)(sortKeys(value), {
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
// EXTERNAL MODULE: ./lib/src/core/scan/index.js + 24 modules
var scan = __webpack_require__(3768);
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
    const str = (name, v) => pythonStr(v, floats.has(name));
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
function pythonStr(v, float = false) {
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
        floats: [...(0,scan/* floatNames */.zo)(python, params)],
        nestedLast: [...new Set(Object.values(python.nested).map((path) => path[0]))],
    };
}
/** A trial's values as the run receives them: for a command trainer, W&B's nested parameters as one mapping. */
function trial_command_trialOverrides(base, python, params) {
    return base.trainer?.type === 'command' ? (0,scan/* renestParams */.mI)(params, python.nested) : params;
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
        // A diverged run is a failed result like a command trainer's: recorded, with no evaluation.
        return 'failure' in out ? { trainer: 'builtin:tfjs', eval: {}, ...out } : { trainer: 'builtin:tfjs', ...out };
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

/**
 * Runs the config's trainer: the entry of TRAINERS for its `trainer.type`. A trainer that reports no figure under
 * the metric the run is judged on has failed: recording another figure (accuracy) under that name would make a scan
 * optimize the wrong thing.
 */
async function trainer_executeTrainer(input) {
    const result = await runTrainerType(input);
    const name = input.metric?.name ?? input.config.metric?.name ?? 'accuracy';
    if (result.failure || trainer_reportedMetric(result, name) !== undefined)
        return result;
    const reported = [...Object.keys(result.eval), ...(result.loss !== undefined ? ['loss'] : [])].sort().join(', ');
    return {
        ...result,
        failure: {
            reason: `the trainer reported no metric '${name}' (it reported: ${reported || 'none'})`,
            stderr_tail: [],
        },
    };
}
/** The figure a run is judged on: a command trainer's primary metric, else the evaluation's (test loss included). */
function trainer_reportedMetric(t, name) {
    return t.primary?.value ?? t.eval[name] ?? (name === 'loss' ? t.loss : undefined);
}
async function runTrainerType(input) {
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
        primary_metric: { name, value: reportedMetric(t, name), goal },
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
    const spec = (0,scan/* parseScanYaml */.c4)(text, scanPath);
    (0,schemas/* assertSchema */.GU)('scan_config', (0,scan/* scanYamlData */.HY)(text, scanPath), scanPath);
    const base = scanBaseConfig(spec, (0,documents/* readYamlDocument */.HS)((0,external_node_path_.join)(ws.expDir, configPath), 'baseline_config', configPath));
    if (base.trainer?.type !== 'command')
        (0,scan/* checkParameterNames */.mF)(text, scanPath, builtinParameterPaths());
    const revision = datasetFlag ?? base.dataset ?? (0,dataset_meta/* latestRevision */.HA)(ws.dataDir, ws.datasetId);
    return {
        spec,
        python: (0,scan/* scanPythonTypes */.l1)(text, scanPath),
        scanHash: (0,hash/* sha256 */.sc)(canonicalYaml(spec)),
        base,
        dataset: { id: ws.datasetId, revision },
    };
}
function hashParamsFor(ctx, overrides) {
    return (params) => run_config_canonicalConfig(run_config_resolveRunConfig(ctx.base, { ...trial_command_trialOverrides(ctx.base, ctx.python, params), ...overrides }, ctx.dataset)).hash;
}
/**
 * The scan's history: runs of the same scan (same scan_hash) with their primary metric, from the checkout and from
 * `collected`; failed runs count as null. `existing` holds every known config hash, of any scan.
 */
function scanHistory(ws, ctx, collected) {
    const local = (0,run_records/* collectRunRecords */.Ij)(ws.expDir).map((r) => ({
        scanHash: r.scanHash,
        params: r.scanParams ?? {},
        value: r.primaryValue,
        configHash: r.configHash,
    }));
    const existing = new Set();
    const history = [];
    for (const r of [...local, ...collected]) {
        if (existing.has(r.configHash))
            continue; // a merged bot PR's run is both in the checkout and collected
        existing.add(r.configHash);
        if (r.scanHash === ctx.scanHash)
            history.push({ params: r.params, value: r.value, configHash: r.configHash });
    }
    return { history, existing };
}
function planScan(ws, options) {
    const scanPath = options.scanPath ?? DEFAULT_SCAN_PATH;
    const configPath = options.configPath ?? DEFAULT_CONFIG_PATH;
    const ctx = loadScanContext(ws, scanPath, configPath, options.dataset);
    const { history, existing } = scanHistory(ws, ctx, options.collected ?? []);
    const hashParams = hashParamsFor(ctx, options.overrides ?? {});
    const { trials, skipped } = (0,scan/* resolveScan */.Ch)(ctx.spec, history, {
        existingConfigHashes: existing,
        hashParams,
        ...(options.waveSize !== undefined ? { waveSize: options.waveSize } : {}),
    });
    const inWaves = scan/* SCAN_METHODS */.Zm[ctx.spec.method].adaptive && options.waveSize !== undefined;
    // Every planned trial's config is checked before any trial trains, so a bad value never fails a scan half-way.
    for (const t of trials) {
        const config = run_config_resolveRunConfig(ctx.base, { ...t.params, ...options.overrides }, ctx.dataset);
        (0,schemas/* assertSchema */.GU)('config_resolved', config, `${scanPath} trial ${t.index} (${JSON.stringify(t.params)})`);
    }
    return {
        scan_path: scanPath,
        // A skipped bayes suggestion means no untried point is left: the scan ends with this wave.
        remaining: inWaves && skipped.length === 0 ? Math.max(0, (ctx.spec.max_trials ?? 0) - history.length - trials.length) : 0,
        scan_hash: ctx.scanHash,
        method: ctx.spec.method,
        ...(ctx.spec.early_terminate ? { early_terminate: ctx.spec.early_terminate } : {}),
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
        results.push(await trainTrial(ws, ctx, plan, trial, options));
        if (adaptive)
            plan = planScan(ws, options);
    }
    return results;
}
/**
 * Trains one given trial of the scan without re-resolving it: the Action's trial job trains its matrix entry, which
 * for bayes was suggested from results the job's checkout does not hold. The parameters must be a point of the
 * scan's space (grid and random entries are also checked against the plan by the caller).
 */
async function runScanTrial(ws, options, trial) {
    const scanPath = options.scanPath ?? DEFAULT_SCAN_PATH;
    const configPath = options.configPath ?? DEFAULT_CONFIG_PATH;
    const ctx = loadScanContext(ws, scanPath, configPath, options.dataset);
    const outside = trialOutsideSpace(ctx.spec, trial.params);
    if (outside)
        throw badInput(`trial ${trial.index} of ${scanPath}: ${outside}.`);
    const config = resolveRunConfig(ctx.base, { ...trial.params, ...options.overrides }, ctx.dataset);
    assertSchema('config_resolved', config, `${scanPath} trial ${trial.index} (${JSON.stringify(trial.params)})`);
    const scan = {
        scan_path: scanPath,
        scan_hash: ctx.scanHash,
        method: ctx.spec.method,
        base_config: configPath,
        dataset: ctx.dataset.revision,
    };
    options.log(`mtrack: scan trial ${trial.index}: ${JSON.stringify(trial.params)}`);
    return trainTrial(ws, ctx, scan, trial, options);
}
async function trainTrial(ws, ctx, plan, trial, options) {
    const et = ctx.spec.early_terminate;
    return runExperiment(ws, {
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
        ...(et ? { onEpochEnd: hyperbandHook(ws, ctx, trial.index, options.log, options.collected ?? []) } : {}),
        commit: options.commit,
        allowDirty: options.allowDirty,
        log: options.log,
    });
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
/**
 * Hyperband for one trial, judged against the per-epoch history (metrics.json) of the scan's runs so far: those in
 * the checkout and those collected elsewhere (the Action's earlier waves, read from the bot branch).
 */
function hyperbandHook(ws, ctx, trialIndex, log, collected) {
    const et = ctx.spec.early_terminate;
    const field = epochField(ctx);
    const local = collectRunRecords(ws.expDir).filter((r) => r.scanHash === ctx.scanHash);
    const seen = new Set(local.map((r) => r.configHash));
    const histories = [
        ...local.map((r) => readJsonDocument(join(ws.expDir, r.folder, 'metrics.json'), 'metrics', `${r.folder}/metrics.json`).history ?? []),
        ...collected.filter((c) => c.scanHash === ctx.scanHash && !seen.has(c.configHash)).map((c) => c.history ?? []),
    ];
    const peers = histories.map((h) => epochSeries(h, field));
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
 * without the trials whose config is committed in the checkout or in `options.collected` (trained and collected for
 * this scan before). A bayes scan resolves one wave of `options.waveSize` trials from the results collected so far;
 * `plan.remaining` says how many trials later waves still owe.
 */
function resolveMatrix(ws, options) {
    const plan = planScan(ws, options);
    if (plan.trials.length > MAX_MATRIX_JOBS) {
        throw (0,errors/* badInput */.AN)(`${plan.scan_path}: the scan resolves to ${plan.trials.length} trials; one GitHub matrix runs at most ${MAX_MATRIX_JOBS} jobs.`, 
        // Refused rather than chunked or truncated: see docs/action.md ("More than 256 trials").
        'No job was started. Lower scan.max_trials (or narrow the grid) to 256 or fewer; run a bigger search as several smaller scans, one PR each.');
    }
    const include = plan.trials.map((t) => ({
        trial: t.index,
        params_json: JSON.stringify(t.params),
        config: t.config_hash.slice(7, 19),
    }));
    const json = JSON.stringify({ include });
    if (Buffer.byteLength(json) > MAX_MATRIX_BYTES) {
        throw (0,errors/* badInput */.AN)(`${plan.scan_path}: the matrix JSON is ${Buffer.byteLength(json)} bytes; the limit mtrack keeps is ${MAX_MATRIX_BYTES} (job outputs cap at 1 MB).`);
    }
    const collected = plan.skipped.filter((t) => t.reason.startsWith('already committed')).length;
    return { matrix: { include }, json, count: include.length, plan, collected };
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
    const rows = (0,run_records/* collectRunRecords */.Ij)(expDir)
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
/* harmony export */   Ij: () => (/* binding */ collectRunRecords),
/* harmony export */   ei: () => (/* binding */ readRunDocuments)
/* harmony export */ });
/* unused harmony export listRunFolders */
/* harmony import */ var _core_rules_paths_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8268);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _core_ids_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1306);
/* harmony import */ var _adapters_documents_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1901);





/** The run folders under experiments/, as `experiments/<run>`, ascending by name. */
function listRunFolders(expDir) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(expDir, _core_rules_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .EXPERIMENTS_DIR */ .vQ);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(dir))
        return [];
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(dir)
        .filter((name) => (0,_core_ids_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRunFolder */ .h_)(name))
        .sort()
        .map((name) => `${_core_rules_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .EXPERIMENTS_DIR */ .vQ}/${name}`);
}
/** A run folder's manifest and metrics, validated against their schemas (`label` names the folder in errors). */
function readRunDocuments(dir, label) {
    return {
        manifest: (0,_adapters_documents_js__WEBPACK_IMPORTED_MODULE_4__/* .readJsonDocument */ .E_)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'manifest.json'), 'manifest', `${label}/manifest.json`),
        metrics: (0,_adapters_documents_js__WEBPACK_IMPORTED_MODULE_4__/* .readJsonDocument */ .E_)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'metrics.json'), 'metrics', `${label}/metrics.json`),
    };
}
/** Reads every run folder's manifest and metrics, validated against their schemas. */
function collectRunRecords(expDir) {
    return listRunFolders(expDir).map((folder) => {
        const { manifest: m, metrics } = readRunDocuments((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(expDir, folder), folder);
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
