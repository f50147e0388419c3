export const id = 983;
export const ids = [983];
export const modules = {

/***/ 3103:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G: () => (/* binding */ commandArgv),
  Q: () => (/* binding */ runCommandTrainer)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
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
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(8262);
// EXTERNAL MODULE: ./lib/src/core/errors.js
var errors = __webpack_require__(7657);
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
/**
 * Rewrites every id of `ids` (old -> new) in `text` in one pass, so E0003 -> E0004 beside E0004 -> E0005 never chains.
 * Matches inside run folder names too (`…__E0003`), which `\b` would miss after an underscore.
 */
function renumberIds(text, ids) {
    if (ids.size === 0)
        return text;
    const pattern = new RegExp(`(?<![A-Za-z0-9])(${[...ids.keys()].join('|')})(?!\\d)`, 'g');
    return text.replace(pattern, (id) => ids.get(id) ?? id);
}
/** A reproduction record (schemas/reproduction.schema.json) moved to its run's new id, folder and record number. */
function restampReproduction(record, to) {
    return {
        ...record,
        experiment_id: to.experimentId,
        run_folder: to.runFolder,
        reproduction_id: to.reproductionId,
    };
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
/* harmony export */   BU: () => (/* binding */ experimentIdsInHistory),
/* harmony export */   uQ: () => (/* binding */ allocateExperimentId)
/* harmony export */ });
/* unused harmony export usedExperimentIds */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8262);
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
    const head = await (0,_adapters_git_index_js__WEBPACK_IMPORTED_MODULE_4__.headCommit)(expDir);
    const ids = new Set(head ? await experimentIdsInHistory(expDir, head) : []);
    for (const name of await (0,_adapters_git_index_js__WEBPACK_IMPORTED_MODULE_4__/* .listRefNames */ .UC)(expDir, _core_ids_js__WEBPACK_IMPORTED_MODULE_2__/* .ID_REF_PREFIX */ .VF))
        ids.add(name);
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(expDir, _core_rules_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .EXPERIMENTS_DIR */ .vQ);
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(dir))
        for (const name of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir))
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
    return (0,_core_ids_js__WEBPACK_IMPORTED_MODULE_2__/* .nextExperimentId */ .QO)(await usedExperimentIds(expDir));
}
//# sourceMappingURL=experiment-ids.js.map

/***/ }),

/***/ 880:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ listFiles),
/* harmony export */   o: () => (/* binding */ readFolderFiles)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8262);
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

/***/ 6068:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q: () => (/* binding */ checkInputsCommitted),
  n: () => (/* binding */ planRun)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/src/core/run-config.js + 1 modules
var run_config = __webpack_require__(2717);
// EXTERNAL MODULE: ./lib/src/core/time.js
var time = __webpack_require__(7579);
// EXTERNAL MODULE: ./lib/src/adapters/documents.js
var documents = __webpack_require__(1901);
// EXTERNAL MODULE: ./lib/src/core/errors.js
var errors = __webpack_require__(7657);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./lib/src/adapters/schemas.js + 1 modules
var schemas = __webpack_require__(7612);
// EXTERNAL MODULE: ./lib/src/adapters/git/index.js + 8 modules
var git = __webpack_require__(8043);
// EXTERNAL MODULE: ./lib/src/app/data/dataset-meta.js
var dataset_meta = __webpack_require__(1025);
// EXTERNAL MODULE: ./lib/src/app/data/dataset-store.js + 14 modules
var dataset_store = __webpack_require__(8559);
// EXTERNAL MODULE: ./lib/src/adapters/store/index.js + 2 modules
var store = __webpack_require__(5558);
// EXTERNAL MODULE: ./lib/src/adapters/store/artifact-settings.js
var artifact_settings = __webpack_require__(2721);
// EXTERNAL MODULE: ./lib/src/app/setup/model-ref.js
var model_ref = __webpack_require__(2737);
// EXTERNAL MODULE: ./lib/src/core/rules/paths.js
var paths = __webpack_require__(8268);
// EXTERNAL MODULE: ./lib/src/app/run/experiment-ids.js
var experiment_ids = __webpack_require__(4558);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(8262);
;// CONCATENATED MODULE: ./lib/src/app/run/trainer-files.js




/**
 * The repo-relative files of a command trainer's program: `trainer.files` when given, else the folder of each
 * argument of `run` that is a file in the repo (`python3 src/train.py` -> `src`; a top-level `train.py` itself).
 */
function trainerProgramPaths(config, expDir) {
    const trainer = config.trainer;
    if (trainer.type !== 'command')
        return [];
    if (trainer.files)
        return [...trainer.files].sort();
    const paths = (0,run_config/* commandWords */.Bl)(trainer)
        .filter((arg) => !arg.startsWith('-') && !(0,external_node_path_.isAbsolute)(arg) && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(expDir, arg)))
        .map((arg) => external_node_path_.posix.normalize(arg))
        .filter((arg) => !arg.startsWith('..'))
        .map((arg) => (external_node_path_.posix.dirname(arg) === '.' ? arg : external_node_path_.posix.dirname(arg)));
    return [...new Set(paths)].sort();
}
/** Git object ids of `paths` at `commit` (a path absent there has none) and whether any is dirty now. */
async function pinTrainerFiles(expDir, commit, paths) {
    const entries = await (0,git/* lsTree */.kb)(expDir, commit, paths);
    const objects = Object.fromEntries(entries.map((e) => [e.path, e.oid]));
    const dirty = (await (0,git/* dirtyPaths */.Xb)(expDir, paths)).length > 0 || paths.some((p) => !(p in objects));
    return { objects, dirty };
}
//# sourceMappingURL=trainer-files.js.map
;// CONCATENATED MODULE: ./lib/src/app/run/plan-run.js
















/**
 * Resolves the config, reads the pinned model and the committed dataset revision, verifies the revision's bytes
 * and stamps the git state. The id is provisional: the final one is allocated when the run lands (landRun).
 */
async function planRun(ws, options, now) {
    const { base: written, datasetId } = readRunConfig(ws, options.configPath);
    const base = options.trainer ? { ...written, trainer: options.trainer } : written;
    const revision = options.dataset ?? base.dataset ?? (0,dataset_meta/* latestRevision */.HA)(ws.dataDir, datasetId);
    const config = (0,schemas/* assertSchema */.GU)('config_resolved', (0,run_config/* resolveRunConfig */.y9)(base, options.overrides, { id: datasetId, revision }), `${options.configPath} (resolved with ${Object.keys(options.overrides).join(', ') || 'no overrides'})`);
    const resolved = (0,run_config/* canonicalConfig */.DK)(config);
    const program = trainerProgramPaths(config, ws.expDir);
    const dirtyInputs = await checkInputsCommitted(ws.expDir, [options.configPath, ...(options.scan ? [options.scan.path] : []), ...program], options.allowDirty === true);
    const model = (0,model_ref/* readModelRef */.vg)(ws.expDir);
    const warnings = dirtyInputs.length ? [`inputs used uncommitted (--allow-dirty): ${dirtyInputs.join(', ')}`] : [];
    const { manifest: dataset, commit: metaCommit } = await (0,dataset_meta/* readCommittedManifest */.yS)(ws.dataDir, datasetId, revision);
    await (0,dataset_store/* verifyRevision */.fH)(ws, dataset);
    if (ws.settings.artifact_store)
        (0,artifact_settings/* checkArtifactStore */.oC)(ws.settings.artifact_store, ws.expDir);
    // Warned once every input is known good: a refused run prints its one error line and nothing else.
    if (model.resolved_commit === null) {
        warnings.push(`model pin ${model.model_id}@${model.revision} is unresolved (resolved_commit: null)`);
        options.log(`mtrack: warning: model pin ${model.model_id}@${model.revision} is unresolved (models/baseline/model_ref.json resolved_commit: null); recorded in the manifest.`);
    }
    const commit = await (0,git/* requireHeadCommit */.zy)(ws.expDir, 'experiment repo');
    const facts = {
        experimentId: await (0,experiment_ids/* allocateExperimentId */.uQ)(ws.expDir),
        createdUtc: (0,time/* formatUtc */.a)(now),
        intent: options.intent ?? (options.scan ? `scan trial ${options.scan.trial_index}` : `run ${options.configPath}`),
        git: {
            commit,
            branch: await (0,git/* branchName */.at)(ws.expDir),
            // Run folders being landed by concurrent runs are not part of what this run trains with.
            dirty: await (0,git/* isDirty */.DM)(ws.expDir, [paths/* EXPERIMENTS_DIR */.vQ]),
            ...(dirtyInputs.length ? { dirtyInputs } : {}),
        },
        model: {
            provider: model.provider,
            model_id: model.model_id,
            revision: model.revision,
            resolved_commit: model.resolved_commit,
        },
        // Neither trainer starts from the pinned weights today: the folder names what was trained.
        trained: { name: (0,run_config/* trainedModelName */.OR)(config), from_pinned: false },
        ...(warnings.length ? { warnings } : {}),
        dataset: {
            dataset_id: dataset.dataset_id,
            revision_id: dataset.revision_id,
            dataset_meta_commit: metaCommit,
            store: {
                type: ws.settings.dataset_store.type,
                root: (0,store/* storeLocation */.Fy)(ws.settings.dataset_store),
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
async function checkInputsCommitted(expDir, paths, allowDirty) {
    const dirty = await (0,git/* dirtyPaths */.Xb)(expDir, paths);
    if (dirty.length > 0 && !allowDirty)
        throw (0,errors/* badInput */.AN)(`${dirty.join(', ')}: modified or not committed; a run must be reproducible from its commit.`, 'Commit the change first, or pass --allow-dirty (the run is then stamped dirty and says so in notes.md).');
    return dirty;
}
/**
 * A config file: a baseline config (configs/*.yaml), or any run's config_resolved.yaml, whose `dataset` is the
 * resolved `{id, revision}` rather than a revision id.
 */
function readRunConfig(ws, path) {
    const file = (0,external_node_path_.join)(ws.expDir, path);
    const dataset = tryParseYaml((0,documents/* readText */.yR)(file, path))?.dataset;
    if (typeof dataset === 'object' && dataset !== null) {
        const resolved = (0,documents/* readYamlDocument */.HS)(file, 'config_resolved', path);
        const { dataset, ...rest } = resolved;
        return { base: { ...rest, dataset: dataset.revision }, datasetId: dataset.id };
    }
    return { base: (0,documents/* readYamlDocument */.HS)(file, 'baseline_config', path), datasetId: ws.datasetId };
}
function tryParseYaml(text) {
    try {
        return (0,dist/* parse */.qg)(text, { uniqueKeys: false }) ?? undefined;
    }
    catch {
        return undefined; // not YAML: readYamlDocument reports it with its line and column
    }
}
//# sourceMappingURL=plan-run.js.map

/***/ }),

/***/ 4419:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B6: () => (/* binding */ recoverRuns),
/* harmony export */   IN: () => (/* binding */ recoverExperimentRepo),
/* harmony export */   f0: () => (/* binding */ rejectRun),
/* harmony export */   pJ: () => (/* binding */ clearInflight),
/* harmony export */   qv: () => (/* binding */ STAGING_DIR),
/* harmony export */   rT: () => (/* binding */ markInflight)
/* harmony export */ });
/* unused harmony export REJECTED_DIR */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8262);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _core_ids_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1306);
/* harmony import */ var _core_rules_commit_message_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8501);
/* harmony import */ var _core_rules_paths_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8268);
/* harmony import */ var _adapters_fs_owner_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2796);
/* harmony import */ var _adapters_fs_staging_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(6442);
/* harmony import */ var _adapters_git_index_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(8043);
/* harmony import */ var _verify_verify_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(4662);
/* harmony import */ var _folder_files_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(880);
/* harmony import */ var _run_index_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(2926);













const STAGING_DIR = '.mtrack/staging';
const INFLIGHT_DIR = '.mtrack/inflight';
const REJECTED_DIR = '.mtrack/rejected';
/**
 * recoverRuns under the repo lock, for commands that write runs: called before they plan, so a scan does not skip a
 * trial whose interrupted run is still only on disk, and a run starts from a repaired repository.
 */
async function recoverExperimentRepo(ws, log) {
    await (0,_adapters_git_index_js__WEBPACK_IMPORTED_MODULE_8__/* .withRepoLock */ .Aq)(ws.expDir, () => recoverRuns(ws, log));
}
/** Marks `folder` as being renamed into experiments/ and committed by this process (see recoverRuns). */
async function markInflight(expDir, folder) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(expDir, INFLIGHT_DIR), { recursive: true });
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(expDir, INFLIGHT_DIR, folder), JSON.stringify((0,_adapters_fs_owner_js__WEBPACK_IMPORTED_MODULE_6__/* .currentOwner */ .Hf)()));
}
async function clearInflight(expDir, folder) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(expDir, INFLIGHT_DIR, folder), { force: true });
}
/**
 * Repairs what a killed `mtrack run` leaves, so no retry needs a manual step. Call under the repo lock (then no
 * live process is between rename and commit, so every in-flight marker found belongs to a dead one):
 * - staging folders of dead processes are removed (the training they held is lost; nothing was recorded);
 * - git's lock files and mtrack's private index left by a killed commit are removed (repairInterruptedCommits);
 * - a run renamed into experiments/ but not committed is checked with the hook's rules and committed, or moved to
 *   .mtrack/rejected/ when it breaks them; a run already committed just gets the user's index brought up to date.
 */
async function recoverRuns(ws, log) {
    const swept = await (0,_adapters_fs_staging_js__WEBPACK_IMPORTED_MODULE_7__/* .sweepDeadStaging */ .aR)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(ws.expDir, STAGING_DIR));
    if (swept.length)
        log(`mtrack: removed ${swept.length} staging folder(s) of interrupted runs.`);
    for (const line of await (0,_adapters_git_index_js__WEBPACK_IMPORTED_MODULE_8__/* .repairInterruptedCommits */ .ec)(ws.expDir))
        log(`mtrack: repaired an interrupted commit: ${line}.`);
    const markers = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(ws.expDir, INFLIGHT_DIR)).catch(() => []);
    for (const folder of markers) {
        const path = `${_core_rules_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .EXPERIMENTS_DIR */ .vQ}/${folder}`;
        if ((0,_core_ids_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRunFolder */ .h_)(folder) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(ws.expDir, path)) && !(await isCommitted(ws.expDir, path))) {
            await completeRun(ws, folder, log);
        }
        await clearInflight(ws.expDir, folder);
    }
}
async function isCommitted(expDir, path) {
    return (await (0,_adapters_git_index_js__WEBPACK_IMPORTED_MODULE_8__.headCommit)(expDir)) !== undefined && (await (0,_adapters_git_index_js__WEBPACK_IMPORTED_MODULE_8__/* .lsTree */ .kb)(expDir, 'HEAD', [path])).length > 0;
}
async function completeRun(ws, folder, log) {
    const path = `${_core_rules_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .EXPERIMENTS_DIR */ .vQ}/${folder}`;
    const violations = await (0,_verify_verify_js__WEBPACK_IMPORTED_MODULE_9__/* .verifyProposedCommit */ .fA)(ws.expDir, await (0,_folder_files_js__WEBPACK_IMPORTED_MODULE_10__/* .readFolderFiles */ .o)(ws.expDir, path));
    if (violations.length > 0) {
        await rejectRun(ws.expDir, folder);
        log(`mtrack: ${path} was interrupted before its commit and breaks the rules; moved to ${REJECTED_DIR}/${folder}: ${violations.map(_verify_verify_js__WEBPACK_IMPORTED_MODULE_9__.formatViolation).join(' ')}`);
        return;
    }
    const intent = await readIntent((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(ws.expDir, path, 'manifest.json'));
    // The runs index was being regenerated for this run when the kill came: regenerate it and commit both together.
    const index = await (0,_run_index_js__WEBPACK_IMPORTED_MODULE_11__/* .writeRunIndex */ .V)(ws.expDir, [path]);
    await (0,_adapters_git_index_js__WEBPACK_IMPORTED_MODULE_8__/* .commitPaths */ .cH)(ws.expDir, [path, index], (0,_core_rules_commit_message_js__WEBPACK_IMPORTED_MODULE_4__/* .formatRunCommitSubject */ .M2)([path], `${intent} (committed after an interruption)`));
    log(`mtrack: ${path} was interrupted before its commit; committed it now.`);
}
/** Moves a run folder out of experiments/ into .mtrack/rejected/ (kept for the user to inspect, never committed). */
async function rejectRun(expDir, folder) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(expDir, REJECTED_DIR), { recursive: true });
    const target = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(expDir, REJECTED_DIR, `${folder}.${Date.now()}`);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(expDir, _core_rules_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .EXPERIMENTS_DIR */ .vQ, folder), target);
    return target;
}
async function readIntent(manifestPath) {
    try {
        const intent = JSON.parse(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(manifestPath, 'utf8')).intent;
        return typeof intent === 'string' ? intent : 'run';
    }
    catch {
        return 'run';
    }
}
//# sourceMappingURL=recover-runs.js.map

/***/ }),

/***/ 8983:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  STAGING_DIR: () => (/* reexport */ recover_runs/* STAGING_DIR */.qv),
  runExperiment: () => (/* binding */ runExperiment)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./lib/src/adapters/fs/staging.js
var staging = __webpack_require__(6442);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./lib/src/core/errors.js
var errors = __webpack_require__(7657);
// EXTERNAL MODULE: ./lib/src/core/ids.js
var ids = __webpack_require__(1306);
// EXTERNAL MODULE: ./lib/src/core/rules/commit-message.js
var commit_message = __webpack_require__(8501);
// EXTERNAL MODULE: ./lib/src/core/rules/paths.js
var paths = __webpack_require__(8268);
// EXTERNAL MODULE: ./lib/src/adapters/git/index.js + 8 modules
var git = __webpack_require__(8043);
// EXTERNAL MODULE: ./lib/src/app/action/restamp.js + 1 modules
var restamp = __webpack_require__(768);
// EXTERNAL MODULE: ./lib/src/app/verify/verify.js + 19 modules
var verify = __webpack_require__(4662);
// EXTERNAL MODULE: ./lib/src/app/run/experiment-ids.js
var experiment_ids = __webpack_require__(4558);
// EXTERNAL MODULE: ./lib/src/app/run/folder-files.js
var folder_files = __webpack_require__(880);
// EXTERNAL MODULE: ./lib/src/app/run/run-index.js + 1 modules
var run_index = __webpack_require__(2926);
// EXTERNAL MODULE: ./lib/src/app/run/recover-runs.js
var recover_runs = __webpack_require__(4419);
;// CONCATENATED MODULE: ./lib/src/app/run/land-run.js













/**
 * Moves a trained run from its staging folder into experiments/ and commits it, under the repo lock: repairs what
 * killed runs left, allocates the final id (another run may have taken the provisional one while this one trained:
 * then the folder is re-stamped), checks the hook's rules on exactly these files and commits only them.
 */
async function landRun(ws, staged, options) {
    return (0,git/* withRepoLock */.Aq)(ws.expDir, async () => {
        await (0,recover_runs/* recoverRuns */.B6)(ws, options.log);
        const id = await (0,experiment_ids/* allocateExperimentId */.uQ)(ws.expDir);
        const runsDir = (0,external_node_path_.join)(ws.expDir, paths/* EXPERIMENTS_DIR */.vQ);
        const parsed = (0,ids/* parseRunFolder */.h_)(staged.folder);
        const folder = parsed ? (0,ids/* formatRunFolder */.bM)({ ...parsed, experimentId: id }) : staged.folder;
        // Marked before the rename: a kill between the two leaves a folder the next command knows how to finish.
        if (options.commit)
            await (0,recover_runs/* markInflight */.rT)(ws.expDir, folder);
        if (folder !== staged.folder) {
            options.log(`mtrack: ${parsed?.experimentId} was taken while this run trained; it lands as ${id}.`);
            await (0,restamp/* restampRunFolder */.k)((0,external_node_path_.join)(staged.dir, staged.folder), runsDir, id, (0,external_node_path_.join)(ws.expDir, recover_runs/* STAGING_DIR */.qv));
        }
        else {
            await (0,promises_.mkdir)(runsDir, { recursive: true });
            await (0,promises_.rename)((0,external_node_path_.join)(staged.dir, staged.folder), (0,external_node_path_.join)(runsDir, folder));
        }
        await (0,promises_.rm)(staged.dir, { recursive: true, force: true });
        const path = `${paths/* EXPERIMENTS_DIR */.vQ}/${folder}`;
        if (!options.commit)
            return { experimentId: id, folder: path };
        const violations = await (0,verify/* verifyProposedCommit */.fA)(ws.expDir, await (0,folder_files/* readFolderFiles */.o)(ws.expDir, path));
        // The index is regenerated only once the run passed: a rejected run must leave the working tree as it was.
        if (violations.length > 0) {
            const kept = await (0,recover_runs/* rejectRun */.f0)(ws.expDir, folder);
            await (0,recover_runs/* clearInflight */.pJ)(ws.expDir, folder);
            throw (0,errors/* checkFailed */.s_)(`${path}: the new run breaks the stamping rules, not committed (kept in '${kept}'): ${violations.map(verify.formatViolation).join(' ')}`);
        }
        const index = await (0,run_index/* writeRunIndex */.V)(ws.expDir, [path]);
        const commit = await (0,git/* commitPaths */.cH)(ws.expDir, [path, index], (0,commit_message/* formatRunCommitSubject */.M2)([path], options.intent));
        await (0,recover_runs/* clearInflight */.pJ)(ws.expDir, folder);
        return { experimentId: id, folder: path, commit };
    }, { onWait: (holder) => options.log(`mtrack: waiting for another mtrack process (pid ${holder.pid}) to commit.`) });
}
//# sourceMappingURL=land-run.js.map
// EXTERNAL MODULE: ./lib/src/app/run/plan-run.js + 1 modules
var plan_run = __webpack_require__(6068);
// EXTERNAL MODULE: ./lib/src/core/hash.js
var core_hash = __webpack_require__(3442);
// EXTERNAL MODULE: ./lib/src/core/pointers.js
var pointers = __webpack_require__(5288);
// EXTERNAL MODULE: ./lib/src/core/run-files.js
var run_files = __webpack_require__(7999);
// EXTERNAL MODULE: ./lib/src/core/time.js
var time = __webpack_require__(7579);
;// CONCATENATED MODULE: ./lib/src/core/run-record.js




function runFolderName(facts) {
    return (0,ids/* formatRunFolder */.bM)({
        date: (0,time/* utcDate */.H)(facts.createdUtc),
        dataset: facts.dataset.dataset_id,
        model: (0,ids/* modelSlug */.RE)(facts.trained.name),
        experimentId: facts.experimentId,
    });
}
/**
 * manifest.json (schemas/manifest.schema.json): the spec's nested form plus the flat stamp of required fields, and
 * `files`: the sha256 of every fixed file of the run folder (`hashes`, taken right before the manifest is written).
 */
function buildManifest(facts, hashes) {
    const folder = `${paths/* EXPERIMENTS_DIR */.vQ}/${runFolderName(facts)}`;
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
        files: (0,run_files/* runFileHashes */.mk)(hashes),
    };
}
/**
 * notes.md from the spec's decision-log template: Intent, Change Summary and Results written now (Results with
 * the change against `reference`); "Observed failure modes" and "Next Decision" stay open (core/notes).
 */
function renderRunNotes(facts, metrics, changes, reference) {
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
// EXTERNAL MODULE: ./lib/src/core/run-config.js + 1 modules
var run_config = __webpack_require__(2717);
// EXTERNAL MODULE: ./lib/src/adapters/documents.js
var documents = __webpack_require__(1901);
// EXTERNAL MODULE: ./lib/src/app/data/dataset-store.js + 14 modules
var dataset_store = __webpack_require__(8559);
// EXTERNAL MODULE: ./lib/src/adapters/store/index.js + 2 modules
var store = __webpack_require__(5558);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(8262);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./lib/src/adapters/package-files.js



/** The mtrack package root (holds package.json, schemas/, templates/), from lib/ or from a bundle. */
function packageRoot() {
    let dir = (0,external_node_path_.dirname)((0,external_node_url_.fileURLToPath)(import.meta.url));
    for (let i = 0; i < 6; i++) {
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'templates')) && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'package.json')))
            return dir;
        dir = (0,external_node_path_.dirname)(dir);
    }
    throw new Error('mtrack: cannot find the package root (templates/ next to package.json)');
}
//# sourceMappingURL=package-files.js.map
;// CONCATENATED MODULE: ./lib/src/app/run/environment.js






let version;
function mtrackVersion() {
    version ??= JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(packageRoot(), 'package.json'), 'utf8')).version;
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
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, '.git'))) {
            const sha = await (0,git/* tryResolveCommit */.Fl)(root, 'HEAD');
            if (sha) {
                const dirty = await (0,git/* dirtyPaths */.Xb)(root, ['src', 'schemas', 'templates', 'package.json', 'package-lock.json']);
                return `git:${sha}${dirty.length ? '-dirty' : ''}`;
            }
        }
        // Installed as <project>/node_modules/mtrack: the project's lockfile holds the tarball's integrity.
        const lock = (0,external_node_path_.join)((0,external_node_path_.dirname)((0,external_node_path_.dirname)(root)), 'package-lock.json');
        if ((0,external_node_path_.basename)((0,external_node_path_.dirname)(root)) === 'node_modules' && (0,external_node_fs_.existsSync)(lock)) {
            const packages = JSON.parse((0,external_node_fs_.readFileSync)(lock, 'utf8'))
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
    if (!/^python[\d.]*$/.test((0,external_node_path_.basename)(command)))
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
async function environmentFacts(t, command) {
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
async function hashRunFolder(dir, label) {
    const out = {};
    const walk = async (rel) => {
        for (const name of (await (0,promises_.readdir)((0,external_node_path_.join)(dir, rel))).sort()) {
            const child = rel ? `${rel}/${name}` : name;
            const stat = await (0,promises_.lstat)((0,external_node_path_.join)(dir, child));
            if (stat.isDirectory())
                await walk(child);
            else if (!stat.isFile())
                throw (0,errors/* checkFailed */.s_)(`${label}/${child}: is a symbolic link or special file; run folders hold regular files only.`);
            else if ((0,run_files/* isHashedRunFile */.NN)(child))
                out[child] = (0,core_hash/* sha256 */.sc)(await (0,promises_.readFile)((0,external_node_path_.join)(dir, child)));
        }
    };
    await walk('');
    return out;
}
//# sourceMappingURL=hash-run-folder.js.map
// EXTERNAL MODULE: ./lib/src/app/run/run-records.js
var run_records = __webpack_require__(7074);
// EXTERNAL MODULE: ./lib/src/core/artifact-uri.js
var artifact_uri = __webpack_require__(2307);
// EXTERNAL MODULE: ./lib/src/adapters/store/artifact-settings.js
var artifact_settings = __webpack_require__(2721);
;// CONCATENATED MODULE: ./lib/src/adapters/store/artifact-store.js






/**
 * Run files too large for Git, stored once under content-addressed keys (`sha256/<hex>`) and named in committed
 * files by `s3://bucket/key` or `artifact-store:<key>`: never a path of this machine.
 */
class ArtifactStore {
    store;
    ref;
    constructor(store, ref) {
        this.store = store;
        this.ref = ref;
    }
    static async open(settings, expDir) {
        return new ArtifactStore(await (0,store/* openStore */.Ch)(settings, { expDir }), (0,artifact_settings/* artifactStoreRef */.nX)(settings, expDir));
    }
    uriOf(key) {
        return this.store.type === 's3' ? this.store.describe(key) : `${artifact_uri/* LOCAL_ARTIFACT_SCHEME */.VF}${key}`;
    }
    /** Stores `bytes` (write-once, read back) and returns the uri committed files name them by. */
    async put(bytes) {
        const hash = (0,core_hash/* sha256 */.sc)(bytes);
        const key = (0,artifact_uri/* artifactKey */.Wf)(hash);
        await this.store.writeOnce(key, bytes);
        return { uri: this.uriOf(key), sha256: hash };
    }
    /** The bytes behind `uri`, refused (CHECK_FAILED) unless they hash to `want`; `where` names the record. */
    async get(uri, want, where) {
        const target = (0,artifact_uri/* artifactUriInStores */.w2)(uri, [this.ref]);
        if ('problem' in target)
            throw (0,errors/* badInput */.AN)(`${where}: '${uri}' ${target.problem}.`);
        if (target.kind === 'file')
            throw (0,errors/* badInput */.AN)(`${where}: '${uri}' is not in the artifact store.`);
        const bytes = await this.store.read(target.key);
        const have = (0,core_hash/* sha256 */.sc)(bytes);
        if (have !== want)
            throw (0,errors/* checkFailed */.s_)(`${this.store.describe(target.key)}: has sha256 '${have}', not the '${want}' ${where} records; nothing was written.`);
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
async function offloadArtifacts(ws, runDir) {
    const out = {};
    let store;
    for (const path of await (0,folder_files/* listFiles */.C)((0,external_node_path_.join)(runDir, 'artifacts'))) {
        const full = (0,external_node_path_.join)(runDir, 'artifacts', path);
        const { size } = await (0,promises_.stat)(full);
        if (size <= ws.largeFileBytes)
            continue;
        store ??= await ArtifactStore.open((0,artifact_settings/* artifactStoreSettings */.Dz)(ws.settings), ws.expDir);
        const { uri, sha256 } = await store.put(await (0,promises_.readFile)(full));
        out[`artifacts/${path}`] = { uri, sha256, bytes: size };
        await (0,promises_.rm)(full);
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
        // Lazy: keeps TensorFlow.js out of everything that does not train (hooks, verify). In the Action bundle this
        // import is a lazy chunk: a trial job trains from the bundle with nothing installed (wasm files in dist/trainer/).
        const { trainAndEvaluate } = await __webpack_require__.e(/* import() */ 609).then(__webpack_require__.bind(__webpack_require__, 9609));
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
// EXTERNAL MODULE: ./lib/src/adapters/trainer/command/run-command-trainer.js + 3 modules
var run_command_trainer = __webpack_require__(3103);
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
    const out = await (0,run_command_trainer/* runCommandTrainer */.Q)({
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
const TRAINERS = {
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
async function executeTrainer(input) {
    const result = await runTrainerType(input);
    const name = input.metric?.name ?? input.config.metric?.name ?? 'accuracy';
    if (result.failure || reportedMetric(result, name) !== undefined)
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
function reportedMetric(t, name) {
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
async function writeRunFolder(ws, plan, options, stagingDir, now) {
    const { config, resolved, dataset, facts } = plan;
    const folder = runFolderName(facts);
    const dir = (0,external_node_path_.join)(stagingDir, folder);
    const label = `${paths/* EXPERIMENTS_DIR */.vQ}/${folder}`;
    await (0,promises_.mkdir)((0,external_node_path_.join)(dir, 'artifacts'), { recursive: true });
    await (0,promises_.mkdir)((0,external_node_path_.join)(dir, 'pointers'), { recursive: true });
    await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'config_resolved.yaml'), resolved.text);
    const [train, test] = await Promise.all([
        (0,dataset_store/* loadRevisionSplit */.GA)(ws, dataset, 'train'),
        (0,dataset_store/* loadRevisionSplit */.GA)(ws, dataset, 'test'),
    ]);
    const trained = await executeTrainer({
        config,
        configText: resolved.text,
        backend: options.backend ?? (config.trainer.type === 'builtin' ? (config.trainer.backend ?? 'auto') : 'auto'),
        train,
        test,
        runDir: dir,
        storeDir: await (0,dataset_store/* revisionFolder */.AV)(ws, dataset),
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
        run: (0,run_config/* commandWords */.Bl)(command),
        cwd: ws.expDir,
        ...(plan.trainerFiles ? { files: plan.trainerFiles } : {}),
    });
    const all = { ...facts, finishedUtc: (0,time/* formatUtc */.a)(now()), artifacts, externalArtifacts, environment };
    const pointer = (0,pointers/* formatDatasetPointer */.lL)({
        dataset_id: dataset.dataset_id,
        dataset_revision: dataset.revision_id,
        store_type: ws.settings.dataset_store.type,
        data_store_root: (0,store/* storeLocation */.Fy)(ws.settings.dataset_store),
        relative_path: dataset.materialization.relative_path,
        checksums: dataset.checksums,
        dataset_meta_commit: facts.dataset.dataset_meta_commit,
    });
    await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'pointers/dataset_pointer.txt'), pointer);
    await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'pointers/artifact_store.txt'), (0,pointers/* formatArtifactPointers */.Ek)([
        ...Object.entries(artifacts).map(([uri, hash]) => ({ uri, sha256: hash })),
        ...Object.values(externalArtifacts).map(({ uri, sha256 }) => ({ uri, sha256 })),
    ]));
    await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'metrics.json'), (0,documents/* jsonDocumentText */.$3)('metrics', metrics, `${label}/metrics.json`));
    const primary = metrics.primary_metric;
    await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'notes.md'), renderRunNotes(all, {
        primary: primary ?? { name: options.metric?.name ?? config.metric?.name ?? 'accuracy', value: NaN },
        ...(metrics.loss !== undefined ? { loss: metrics.loss } : {}),
        eval: (metrics.eval ?? {}),
        ...(trained.failure ? { failure: trained.failure.reason } : {}),
    }, describeOverrides(options.overrides), referenceRun(ws.expDir, facts.experimentId)));
    await (0,promises_.writeFile)((0,external_node_path_.join)(dir, 'manifest.json'), (0,documents/* jsonDocumentText */.$3)('manifest', buildManifest(all, await hashRunFolder(dir, label)), `${label}/manifest.json`));
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
    for (const path of await (0,folder_files/* listFiles */.C)((0,external_node_path_.join)(runDir, 'artifacts'))) {
        out[`artifacts/${path}`] = (0,core_hash/* sha256 */.sc)(await (0,promises_.readFile)((0,external_node_path_.join)(runDir, 'artifacts', path)));
    }
    return out;
}
function describeOverrides(overrides) {
    return Object.entries(overrides).map(([k, v]) => `${k}=${JSON.stringify(v)}`);
}
/** The run Results are compared with: the latest earlier run that was not a scan trial (the parent or baseline). */
function referenceRun(expDir, id) {
    const n = (0,ids/* parseExperimentNumber */.oo)(id);
    const earlier = (0,run_records/* collectRunRecords */.Ij)(expDir).filter((r) => !r.scanHash && r.primaryValue !== null && (0,ids/* parseExperimentNumber */.oo)(r.experimentId) < n);
    const last = earlier
        .sort((a, b) => (0,ids/* parseExperimentNumber */.oo)(a.experimentId) - (0,ids/* parseExperimentNumber */.oo)(b.experimentId))
        .pop();
    return last && { experimentId: last.experimentId, primary: last.primary };
}
//# sourceMappingURL=write-run-folder.js.map
;// CONCATENATED MODULE: ./lib/src/app/run/run-experiment.js







/**
 * plan (resolve, stamp) -> train + evaluate into a staging folder owned by this process, with no lock held, so
 * several runs train at once -> land (under the repo lock: final id, rename into experiments/, rules, commit).
 */
async function runExperiment(ws, options) {
    const now = options.now ?? (() => new Date());
    if (options.commit)
        await (0,recover_runs/* recoverExperimentRepo */.IN)(ws, options.log);
    const plan = await (0,plan_run/* planRun */.n)(ws, options, now());
    options.log(`mtrack: training ${plan.facts.dataset.dataset_id} ${plan.facts.dataset.revision_id} (id ${plan.facts.experimentId} provisional)`);
    const stagingDir = await (0,staging/* makeStagingDir */.Py)((0,external_node_path_.join)(ws.expDir, recover_runs/* STAGING_DIR */.qv));
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
        await (0,staging/* removeStagingDir */.V)(stagingDir);
    }
}
//# sourceMappingURL=run-experiment.js.map

/***/ }),

/***/ 2926:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  V: () => (/* binding */ writeRunIndex)
});

// UNUSED EXPORTS: INDEX_PATH

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(8262);
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
/* harmony export */   ei: () => (/* binding */ readRunDocuments),
/* harmony export */   oZ: () => (/* binding */ scoredValue)
/* harmony export */ });
/* unused harmony export listRunFolders */
/* harmony import */ var _core_rules_paths_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8268);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8262);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var _core_ids_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1306);
/* harmony import */ var _adapters_documents_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1901);





/** The value a run is scored by (scans, tables): its primary metric, or null for a failed run (the worst). */
function scoredValue(metrics) {
    return metrics && metrics.status !== 'failed' && metrics.primary_metric ? metrics.primary_metric.value : null;
}
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
            primaryValue: scoredValue(metrics),
            loss: metrics.loss ?? NaN,
            backend: m.environment.backend,
            trainExamples: metrics.train?.examples,
        };
    });
}
//# sourceMappingURL=run-records.js.map

/***/ }),

/***/ 2756:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o6: () => (/* binding */ canonicalYaml),
/* harmony export */   r_: () => (/* binding */ configHash)
/* harmony export */ });
/* unused harmony export sortKeys */
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3442);


/**
 * The canonical text of a config: keys sorted at every depth, numbers in JavaScript's shortest round-trip form,
 * block style, `\n` line ends. Equal configs give equal bytes, so config_hash compares meaning, not layout.
 */
function canonicalYaml(value) {
    return (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .stringify */ .As)(sortKeys(value), {
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
    return (0,_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256 */ .sc)(canonicalText);
}
//# sourceMappingURL=canonical-yaml.js.map

/***/ }),

/***/ 2717:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xd: () => (/* binding */ MLP_DEFAULTS),
  Pe: () => (/* binding */ RESNET_DEFAULTS),
  DK: () => (/* binding */ canonicalConfig),
  Bl: () => (/* binding */ commandWords),
  y9: () => (/* binding */ resolveRunConfig),
  OR: () => (/* binding */ trainedModelName)
});

// UNUSED EXPORTS: CONFIG_DEFAULTS, MLP_HIDDEN_DEFAULT

// EXTERNAL MODULE: ./lib/src/core/canonical-yaml.js
var canonical_yaml = __webpack_require__(2756);
// EXTERNAL MODULE: ./lib/src/core/errors.js
var errors = __webpack_require__(7657);
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
function resolveRunConfig(base, overrides, dataset) {
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
function canonicalConfig(config) {
    const text = (0,canonical_yaml/* canonicalYaml */.o6)(config);
    return { text, hash: (0,canonical_yaml/* configHash */.r_)(text) };
}
/** The built-in MLP's hidden width when the config names none (the trainer builds from this too). */
const MLP_HIDDEN_DEFAULT = 256;
/**
 * What a run trains, as its folder names it: the built-in architecture with its size (`resnet16x1` = width x
 * blocks, `mlp512x2` = hidden x blocks), or a command trainer's `model`, else its program file's name.
 */
function trainedModelName(config) {
    const trainer = config.trainer;
    if (trainer.type === 'command') {
        if (trainer.model)
            return trainer.model;
        const words = commandWords(trainer);
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
function commandWords(trainer) {
    if (trainer.run)
        return trainer.run;
    if (trainer.command)
        return trainer.command.map((w) => (w === '${program}' && trainer.program ? trainer.program : w));
    return trainer.program ? [trainer.interpreter ?? 'python', trainer.program] : [];
}
//# sourceMappingURL=run-config.js.map

/***/ })

};
