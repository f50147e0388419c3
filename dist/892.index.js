export const id = 892;
export const ids = [892];
export const modules = {

/***/ 1901:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $3: () => (/* binding */ jsonDocumentText),
/* harmony export */   E_: () => (/* binding */ readJsonDocument),
/* harmony export */   HS: () => (/* binding */ readYamlDocument),
/* harmony export */   dH: () => (/* binding */ parseJsonDocument),
/* harmony export */   yR: () => (/* binding */ readText)
/* harmony export */ });
/* unused harmony export parseYamlDocument */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8815);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7657);
/* harmony import */ var _core_unsafe_keys_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2469);
/* harmony import */ var _core_yaml_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(989);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7819);






/** Reads a file, turning "no such file" into a one-line NOT_FOUND naming it. */
function readText(path, label = path) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .notFound */ .mX)(`${label}: file not found.`);
        throw error;
    }
}
/** Parses JSON text and validates it against schema `name`; errors name the file and field. */
function parseJsonDocument(text, name, label) {
    let data;
    let unsafe;
    try {
        data = JSON.parse(text, (key, value) => {
            unsafe ??= (0,_core_unsafe_keys_js__WEBPACK_IMPORTED_MODULE_5__/* .isUnsafeKey */ .ez)(key) ? key : undefined;
            return value;
        });
    }
    catch (error) {
        throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .badInput */ .AN)(`${label}: not valid JSON (${error.message}).`);
    }
    if (unsafe)
        throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .badInput */ .AN)(`${label} ${unsafe}: ${(0,_core_unsafe_keys_js__WEBPACK_IMPORTED_MODULE_5__/* .unsafeKeyMessage */ .pu)(unsafe)}.`);
    return (0,_schemas_js__WEBPACK_IMPORTED_MODULE_4__/* .assertSchema */ .GU)(name, data, label);
}
function readJsonDocument(path, name, label = path) {
    return parseJsonDocument(readText(path, label), name, label);
}
/** Parses YAML text and validates it; errors carry `file:line:col field: message`. */
function parseYamlDocument(text, name, label) {
    const { doc, lines: lineCounter, data: parsed } = (0,_core_yaml_text_js__WEBPACK_IMPORTED_MODULE_3__/* .parseYamlText */ .cd)(text, label);
    const data = parsed ?? {};
    const locate = (path, atKey) => {
        const node = nodeAt(doc.contents, path, atKey);
        const offset = node?.range?.[0];
        if (offset === undefined)
            return '';
        const pos = lineCounter.linePos(offset);
        return `:${pos.line}:${pos.col}`;
    };
    return (0,_schemas_js__WEBPACK_IMPORTED_MODULE_4__/* .assertSchema */ .GU)(name, data, label, locate);
}
function readYamlDocument(path, name, label = path) {
    return parseYamlDocument(readText(path, label), name, label);
}
// Walks down as far as the path exists, so a missing key points at its parent mapping.
function nodeAt(root, path, atKey) {
    let node = root;
    for (const [i, key] of path.entries()) {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(node)) {
            const pair = node.items.find((p) => p.key?.value === key);
            if (!pair)
                return node;
            const last = i === path.length - 1;
            node = last && atKey ? pair.key : (pair.value ?? pair.key);
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(node)) {
            const child = node.items[Number(key)];
            if (!child)
                return node;
            node = child;
        }
        else
            return node;
    }
    return node;
}
/** The JSON text mtrack writes (2-space indent, final newline), after validating `data` against its schema. */
function jsonDocumentText(name, data, label) {
    (0,_schemas_js__WEBPACK_IMPORTED_MODULE_4__/* .assertSchema */ .GU)(name, data, label);
    return `${JSON.stringify(data, null, 2)}\n`;
}
//# sourceMappingURL=documents.js.map

/***/ }),

/***/ 2796:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hf: () => (/* binding */ currentOwner),
/* harmony export */   Jc: () => (/* binding */ isOwnerAlive),
/* harmony export */   qE: () => (/* binding */ ownerTag)
/* harmony export */ });
/* unused harmony export parseOwnerTag */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);

/** The kernel's start time of `pid` (Linux: /proc/<pid>/stat field 22), or '' where there is no /proc. */
function startTimeOf(pid) {
    try {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(`/proc/${pid}/stat`, 'utf8');
        // The command name (field 2) may hold spaces and parentheses: count fields after the last ')'.
        return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    }
    catch {
        return process.platform === 'linux' ? undefined : '';
    }
}
function currentOwner() {
    return { pid: process.pid, start: startTimeOf(process.pid) ?? '' };
}
/** True while the owning process still runs (same pid and same start time). */
function isOwnerAlive(owner) {
    try {
        process.kill(owner.pid, 0);
    }
    catch (error) {
        if (error.code !== 'EPERM')
            return false;
    }
    const start = startTimeOf(owner.pid);
    return start === undefined ? false : start === '' || owner.start === '' || start === owner.start;
}
/** `<pid>-<start>`: a file-name-safe form of an owner, parsed back by parseOwnerTag. */
function ownerTag(owner = currentOwner()) {
    return `${owner.pid}-${owner.start || '0'}`;
}
function parseOwnerTag(tag) {
    const m = /^(\d+)-(\d+)(?:$|[.-])/.exec(tag);
    return m ? { pid: Number(m[1]), start: m[2] === '0' ? '' : m[2] } : undefined;
}
//# sourceMappingURL=owner.js.map

/***/ }),

/***/ 5116:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  l: () => (/* reexport */ addWorktree),
  IM: () => (/* reexport */ blobOid),
  vl: () => (/* reexport */ changedPaths),
  PT: () => (/* reexport */ commitChanges),
  cH: () => (/* reexport */ commitPaths),
  Qq: () => (/* reexport */ deletedPaths),
  Ix: () => (/* reexport */ exec_execGit),
  iH: () => (/* reexport */ fetchCommit),
  Qo: () => (/* reexport */ repo_headCommit),
  VE: () => (/* reexport */ listCommits),
  kb: () => (/* reexport */ lsTree),
  Et: () => (/* reexport */ objectSizes),
  uE: () => (/* reexport */ pushAtomic),
  _T: () => (/* reexport */ readFileAt),
  $I: () => (/* reexport */ readObjects),
  dM: () => (/* reexport */ remoteRefs),
  IL: () => (/* reexport */ removeWorktree),
  zy: () => (/* reexport */ requireHeadCommit),
  y3: () => (/* reexport */ resetKeepingFiles),
  Fl: () => (/* reexport */ tryResolveCommit)
});

// UNUSED EXPORTS: EMPTY_TREE, GitError, branchName, createAnnotatedTag, dirtyPaths, firstCommitAdding, gitCommonDir, gitEnv, gitText, initRepo, isDirty, listRefNames, parseRawZ, repairInterruptedCommits, spawnGit, stagedChanges, stagedDiff, tryGitIdentity, withRepoLock

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./lib/src/core/errors.js
var errors = __webpack_require__(7657);
;// CONCATENATED MODULE: ./lib/src/adapters/git/exec.js



/** A git command that failed: the command (remote URL masked), the folder and git's own message. */
class GitError extends errors/* MtrackError */.Bl {
    command;
    cwd;
    exitCode;
    stderr;
    constructor(command, cwd, exitCode, stderr) {
        super('GIT', `git ${command} failed in '${cwd}': ${lastLine(stderr) || `exit ${exitCode}`}`, {
            data: { command, exitCode },
        });
        this.command = command;
        this.cwd = cwd;
        this.exitCode = exitCode;
        this.stderr = stderr;
    }
}
function gitEnv(keep, extra = {}, remote) {
    const env = { ...process.env };
    if (!keep)
        for (const key of Object.keys(env))
            if (key.startsWith('GIT_'))
                delete env[key];
    // GIT_OPTIONAL_LOCKS=0: a read such as `git status` then never takes index.lock, so a kill in the middle of one
    // cannot leave a lock that blocks the next command (found by the fault suite).
    Object.assign(env, { GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', GIT_OPTIONAL_LOCKS: '0' }, extra, remoteEnv(remote));
    return env;
}
/**
 * An https token travels as an Authorization header through GIT_CONFIG_* variables: unlike `-c` on the command line
 * or a URL with the token in it, this keeps it out of the process list, `.git/config` and git's error messages.
 */
function remoteEnv(remote) {
    if (!remote?.token || !/^https?:\/\//.test(remote.url))
        return {};
    const origin = new URL(remote.url).origin;
    return {
        GIT_CONFIG_COUNT: '1',
        GIT_CONFIG_KEY_0: `http.${origin}/.extraheader`,
        GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${remote.token}`).toString('base64')}`,
    };
}
/** Runs git and resolves with its output whatever the exit code; only a git that cannot start rejects. */
function exec_spawnGit(args, options) {
    return new Promise((resolve, reject) => {
        const env = gitEnv(options.keepGitEnv ?? false, options.env, options.remote);
        const child = (0,external_node_child_process_.spawn)('git', args, { cwd: options.cwd, env, stdio: 'pipe' });
        const out = [];
        const err = [];
        child.stdout.on('data', (chunk) => out.push(chunk));
        child.stderr.on('data', (chunk) => err.push(chunk));
        // spawn reports a missing working folder as ENOENT of git itself: say which it is.
        child.on('error', (error) => reject((0,external_node_fs_.existsSync)(options.cwd)
            ? new errors/* MtrackError */.Bl('GIT', `git could not be started: ${error.message}`, { cause: error })
            : new errors/* MtrackError */.Bl('NOT_FOUND', `'${options.cwd}': no such folder (git was to run there).`)));
        child.on('close', (code) => resolve({ stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8'), code: code ?? 1 }));
        // A reader that exits early (bad revision) closes stdin: ignore EPIPE, the close handler reports the failure.
        child.stdin.on('error', () => undefined);
        child.stdin.end(options.input ?? '');
    });
}
/** The single place mtrack runs git: resolves with the output, rejects with a GitError naming the command. */
async function exec_execGit(args, options) {
    const result = await exec_spawnGit(args, options);
    if (result.code === 0 || options.okCodes?.includes(result.code))
        return result;
    const shown = args.map((a) => (options.remote && a === options.remote.url ? '<remote>' : a)).join(' ');
    throw new GitError(shown, options.cwd, result.code, result.stderr);
}
/** stdout of a successful git command as text, trimmed. */
async function exec_gitText(args, options) {
    return (await exec_execGit(args, options)).stdout.toString('utf8').trim();
}
function lastLine(text) {
    const lines = text
        .trim()
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
    // git prints hints after the error line; the `fatal:`/`error:` line is the one that explains.
    return lines.find((l) => /^(fatal|error):/.test(l)) ?? lines[lines.length - 1] ?? '';
}
//# sourceMappingURL=exec.js.map
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./lib/src/adapters/git/plumbing.js


const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
/** Parses NUL-separated `--raw` output; a 40-hex token on its own starts the next commit (diff-tree --stdin). */
function parseRawZ(text) {
    const tokens = text.split('\0');
    const out = [];
    let current;
    for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        if (token === '')
            continue;
        if (token.startsWith(':')) {
            const [oldMode, newMode, oldOid, newOid, status] = token.slice(1).split(' ');
            void oldMode;
            const path = tokens[++i];
            if (!current)
                out.push((current = { changes: [] }));
            // Unmerged ('U') or unknown entries are reported as modifications so they are never silently skipped.
            const s = (['A', 'M', 'D', 'T'].includes(status[0]) ? status[0] : 'M');
            current.changes.push({ status: s, path, oldOid, newOid, newMode });
        }
        else {
            out.push((current = { commit: token.trim(), changes: [] }));
        }
    }
    return out;
}
/** The commit `rev` names in the repo at `cwd`, or undefined when it names none. */
async function tryResolveCommit(cwd, rev, stripGitEnv = true) {
    try {
        const { stdout } = await exec_execGit(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], {
            cwd,
            keepGitEnv: !stripGitEnv,
        });
        return stdout.toString('utf8').trim() || undefined;
    }
    catch {
        return undefined;
    }
}
/** Staged changes (HEAD, or the empty tree before the first commit, vs the index named by GIT_INDEX_FILE). */
async function stagedChanges(cwd, pathspec = []) {
    return (await stagedDiff(cwd, pathspec)).changes;
}
/** Staged changes and the HEAD commit they are measured from (undefined before the first commit). */
async function stagedDiff(cwd, pathspec = []) {
    const head = await tryResolveCommit(cwd, 'HEAD', false);
    const args = [
        'diff',
        '--cached',
        '--raw',
        '-z',
        '--no-renames',
        '--no-ext-diff',
        '--ignore-submodules=none',
        head ?? EMPTY_TREE,
    ];
    const { stdout } = await execGit(pathspec.length ? [...args, '--', ...pathspec] : args, { cwd, keepGitEnv: true });
    return { head, changes: parseRawZ(stdout.toString('utf8'))[0]?.changes ?? [] };
}
/** Each listed commit's changes against its first parent (the empty tree for a root commit), in one git call. */
async function commitChanges(cwd, commits) {
    if (commits.length === 0)
        return [];
    const { stdout } = await exec_execGit(['diff-tree', '--stdin', '-r', '-z', '--raw', '--no-renames', '--root'], {
        cwd,
        input: commits.join('\n') + '\n',
    });
    const byCommit = new Map(parseRawZ(stdout.toString('utf8')).map((c) => [c.commit ?? '', c.changes]));
    return commits.map((commit) => ({ commit, changes: byCommit.get(commit) ?? [] }));
}
/** Non-merge commits of a rev-list range, oldest first. */
async function listCommits(cwd, range) {
    const { stdout } = await exec_execGit(['rev-list', '--reverse', '--topo-order', '--no-merges', ...range, '--'], { cwd });
    return stdout.toString('utf8').split('\n').filter(Boolean);
}
/** `git ls-tree -z [-r] [-l]` rows for `paths` at `treeish`. */
async function lsTree(cwd, treeish, paths, opts = {}) {
    const args = [
        'ls-tree',
        '-z',
        ...(opts.recursive ? ['-r'] : []),
        ...(opts.sizes ? ['-l'] : []),
        treeish,
        '--',
        ...paths,
    ];
    const { stdout } = await exec_execGit(args, { cwd, keepGitEnv: !(opts.stripGitEnv ?? true) });
    return stdout
        .toString('utf8')
        .split('\0')
        .filter(Boolean)
        .map((row) => {
        const tab = row.indexOf('\t');
        const [mode, type, oid, size] = row.slice(0, tab).split(/ +/);
        return {
            mode,
            type,
            oid,
            size: size === undefined || size === '-' ? undefined : Number(size),
            path: row.slice(tab + 1),
        };
    });
}
/** Paths deleted by any commit reachable from `rev`, limited to `pathspec` (one history walk, no blob reads). */
async function deletedPaths(cwd, rev, pathspec, stripGitEnv = true) {
    const args = ['log', '--diff-filter=D', '--no-renames', '--name-only', '-z', '--format=', rev, '--', ...pathspec];
    const { stdout } = await exec_execGit(args, { cwd, keepGitEnv: !stripGitEnv });
    return stdout
        .toString('utf8')
        .split('\0')
        .map((p) => p.trim())
        .filter(Boolean);
}
/** Objects by name (`<oid>` or `<rev>:<path>`): bytes, or undefined when git reports them missing. */
async function readObjects(cwd, names, stripGitEnv = true) {
    const out = new Map();
    const unique = [...new Set(names)];
    if (unique.length === 0)
        return out;
    const { stdout } = await exec_execGit(['cat-file', '--batch'], {
        cwd,
        input: unique.join('\n') + '\n',
        keepGitEnv: !stripGitEnv,
    });
    let at = 0;
    for (const name of unique) {
        const nl = stdout.indexOf(10, at);
        const header = stdout.subarray(at, nl).toString('utf8');
        at = nl + 1;
        if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
            out.set(name, undefined);
            continue;
        }
        const size = Number(header.split(' ')[2]);
        out.set(name, stdout.subarray(at, at + size));
        at += size + 1;
    }
    return out;
}
/** Object sizes by name, without reading their bytes (`cat-file --batch-check`). */
async function objectSizes(cwd, names, stripGitEnv = true) {
    const out = new Map();
    const unique = [...new Set(names)];
    if (unique.length === 0)
        return out;
    const { stdout } = await exec_execGit(['cat-file', '--batch-check=%(objectsize)'], {
        cwd,
        input: unique.join('\n') + '\n',
        keepGitEnv: !stripGitEnv,
    });
    const rows = stdout.toString('utf8').split('\n');
    unique.forEach((name, i) => out.set(name, rows[i]?.endsWith(' missing') ? undefined : Number(rows[i])));
    return out;
}
/** The blob id git would give these bytes (`git hash-object`), computed without a process. */
function blobOid(bytes) {
    return (0,external_node_crypto_.createHash)('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}
//# sourceMappingURL=plumbing.js.map
;// CONCATENATED MODULE: ./lib/src/adapters/git/remote.js


/** The remote's refs matching `patterns` (ls-remote patterns), as full ref name -> oid. */
async function remoteRefs(cwd, remote, patterns) {
    const text = await exec_gitText(['ls-remote', remote.url, ...patterns], { cwd, remote });
    const refs = new Map();
    for (const line of text.split('\n')) {
        const [oid, ref] = line.split('\t');
        if (oid && ref)
            refs.set(ref, oid);
    }
    return refs;
}
async function fetchCommit(cwd, remote, ref, localRef) {
    await exec_execGit(['fetch', '--no-tags', '--quiet', remote.url, `+${ref}:${localRef}`], { cwd, remote });
    return exec_gitText(['rev-parse', '--verify', `${localRef}^{commit}`], { cwd });
}
async function addWorktree(cwd, path, commit) {
    await exec_execGit(['worktree', 'add', '--detach', '--quiet', path, commit], { cwd });
}
async function removeWorktree(cwd, path) {
    await exec_spawnGit(['worktree', 'remove', '--force', path], { cwd });
    await exec_spawnGit(['worktree', 'prune'], { cwd });
}
/**
 * Pushes every update in one atomic transaction, each guarded by a lease: either all refs move or none do. Returns
 * false when a lease failed (someone else moved the branch or reserved one of the ids first).
 */
async function pushAtomic(cwd, remote, updates) {
    // --no-verify: the caller (collect) has checked every rule on these commits and holds leases on every ref; a
    // pre-push hook of the checkout (mtrack's own duplicate-id check) would see the ids this push reserves as taken.
    const args = ['push', '--atomic', '--porcelain', '--no-verify', remote.url];
    for (const u of updates)
        args.push(`--force-with-lease=${u.ref}:${u.expect}`);
    for (const u of updates)
        args.push(`${u.oid}:${u.ref}`);
    const r = await exec_spawnGit(args, { cwd, remote });
    if (r.code === 0)
        return true;
    const text = `${r.stdout.toString('utf8')}\n${r.stderr}`;
    // A lost race: a lease or an id reservation taken first, or the remote's ref lock held by a concurrent push.
    if (/stale info|\[rejected\]|already exists|fetch first|atomic push failed|cannot lock ref|failed to lock/.test(text))
        return false;
    // --porcelain puts the reason per ref on stdout ('!<tab>ref<tab>[remote rejected] (why)'): name it.
    const why = text.split('\n').find((l) => l.startsWith('!')) ?? r.stderr.trim().split('\n').pop();
    throw new errors/* MtrackError */.Bl('GIT', `git push to the remote failed: ${why ?? `exit ${r.code}`}`);
}
/** Paths with uncommitted changes (staged, unstaged or untracked and not ignored), as `git status` lists them. */
async function changedPaths(cwd) {
    const { stdout } = await exec_execGit(['status', '--porcelain=v1', '-z', '--no-renames', '--untracked-files=all'], {
        cwd,
    });
    return stdout
        .toString('utf8')
        .split('\0')
        .filter(Boolean)
        .map((entry) => entry.slice(3));
}
/** Moves the current branch (or a detached HEAD) back to `commit`, keeping the working tree's files as they are. */
async function resetKeepingFiles(cwd, commit) {
    await exec_execGit(['reset', '--quiet', '--mixed', commit], { cwd });
}
//# sourceMappingURL=remote.js.map
;// CONCATENATED MODULE: ./lib/src/adapters/git/repo.js



/** `git init -b main`, with a local identity when one is given (tests, the demo on a machine without one). */
async function initRepo(dir, identity) {
    await execGit(['init', '--quiet', '--initial-branch=main', dir], { cwd: dir });
    if (identity) {
        await execGit(['config', 'user.name', identity.name], { cwd: dir });
        await execGit(['config', 'user.email', identity.email], { cwd: dir });
    }
}
async function repo_headCommit(dir) {
    const r = await exec_spawnGit(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], { cwd: dir });
    return r.code === 0 ? r.stdout.toString('utf8').trim() : undefined;
}
async function requireHeadCommit(dir, label) {
    const sha = await repo_headCommit(dir);
    if (!sha)
        throw (0,errors/* badInput */.AN)(`${label} '${dir}' has no commits yet.`, 'Run `mtrack init` first.');
    return sha;
}
/** The checked-out branch's short name, or 'HEAD' when detached. */
async function branchName(dir) {
    const r = await spawnGit(['symbolic-ref', '--quiet', '--short', 'HEAD'], { cwd: dir });
    return r.code === 0 ? r.stdout.toString('utf8').trim() : 'HEAD';
}
/**
 * True when tracked files differ from HEAD or untracked, non-ignored files exist; untracked files under
 * `untrackedOk` (e.g. run folders other processes are landing) do not count.
 */
async function isDirty(dir, untrackedOk = []) {
    const { stdout } = await execGit(['status', '--porcelain=v1', '-z', '--no-renames', '--untracked-files=all'], {
        cwd: dir,
    });
    return stdout
        .toString('utf8')
        .split('\0')
        .filter(Boolean)
        .some((entry) => {
        const path = entry.slice(3);
        return !(entry.startsWith('??') && untrackedOk.some((p) => path.startsWith(`${p}/`)));
    });
}
/** The identity git would commit with here (`git var GIT_AUTHOR_IDENT`), or undefined when none is configured. */
async function tryGitIdentity(dir) {
    const r = await exec_spawnGit(['var', 'GIT_AUTHOR_IDENT'], { cwd: dir });
    const m = r.code === 0 ? /^(.*) <(.*)> \d+ [+-]\d{4}$/.exec(r.stdout.toString('utf8').trim()) : null;
    return m ? { name: m[1], email: m[2] } : undefined;
}
/** Reads a file's bytes as committed at `commit`, or undefined when the path is absent there. */
async function readFileAt(dir, commit, path) {
    return (await readObjects(dir, [`${commit}:${path}`])).get(`${commit}:${path}`);
}
/** Short names of the refs under `prefix` (e.g. `refs/mtrack/ids` -> ['E0005', ...]); none when absent. */
async function listRefNames(dir, prefix) {
    const base = prefix.endsWith('/') ? prefix : `${prefix}/`;
    const text = await gitText(['for-each-ref', '--format=%(refname)', base], { cwd: dir });
    return text
        .split('\n')
        .filter(Boolean)
        .map((ref) => ref.slice(base.length));
}
/**
 * Which of `paths` (files or folders, repo-relative) differ from HEAD in the index or working tree, or are
 * untracked and not ignored: the inputs a run would use uncommitted.
 */
async function dirtyPaths(dir, paths) {
    if (paths.length === 0)
        return [];
    const { stdout } = await execGit(['status', '--porcelain=v1', '-z', '--no-renames', '--untracked-files=all', '--', ...paths], { cwd: dir });
    return stdout
        .toString('utf8')
        .split('\0')
        .filter(Boolean)
        .map((entry) => entry.slice(3))
        .sort();
}
/** The oldest commit reachable from HEAD that added `path`, or undefined when none did. */
async function firstCommitAdding(dir, path) {
    const text = await gitText(['log', '--format=%H', '--diff-filter=A', 'HEAD', '--', path], { cwd: dir });
    return text.split('\n').filter(Boolean).pop();
}
/** Creates the annotated tag `name` on `commit`; false when a tag of that name already exists. */
async function createAnnotatedTag(dir, name, commit, message) {
    const exists = await spawnGit(['rev-parse', '--verify', '--quiet', `refs/tags/${name}`], { cwd: dir });
    if (exists.code === 0)
        return false;
    await execGit(['tag', '-a', name, '-m', message, commit], { cwd: dir });
    return true;
}
//# sourceMappingURL=repo.js.map
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./lib/src/adapters/fs/owner.js
var owner = __webpack_require__(2796);
;// CONCATENATED MODULE: ./lib/src/adapters/fs/lock.js





/**
 * Runs `fn` holding an exclusive lock file (created with O_EXCL, holding the owner's pid and start time). A lock
 * whose owner died (kill -9) is taken over; a live holder is waited for. Stale locks are broken under a second,
 * short-lived lock so two waiters never both remove a lock that a third process has just taken.
 */
async function withFileLock(path, fn, options = {}) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    const me = JSON.stringify((0,owner/* currentOwner */.Hf)());
    const deadline = Date.now() + (options.timeoutMs ?? 600_000);
    let told = false;
    for (let delay = 20;; delay = Math.min(delay * 2, 500)) {
        if (await tryCreate(path, me))
            break;
        const holder = await readOwner(path);
        if (holder && !(0,owner/* isOwnerAlive */.Jc)(holder)) {
            await breakStale(path, holder);
            continue;
        }
        if (Date.now() > deadline)
            throw new errors/* MtrackError */.Bl('GIT', `'${path}' is held by another mtrack process (pid ${holder?.pid ?? '?'}).`, {
                hint: 'Wait for it to finish; a lock left by a killed process is taken over automatically.',
            });
        if (holder && !told) {
            options.onWait?.(holder);
            told = true;
        }
        await (0,external_node_timers_promises_.setTimeout)(delay + Math.floor(Math.random() * delay));
    }
    try {
        return await fn();
    }
    finally {
        if ((await (0,promises_.readFile)(path, 'utf8').catch(() => '')) === me)
            await (0,promises_.unlink)(path).catch(() => undefined);
    }
}
async function tryCreate(path, content) {
    try {
        const handle = await (0,promises_.open)(path, 'wx');
        try {
            await handle.writeFile(content);
            await handle.sync();
        }
        finally {
            await handle.close();
        }
        return true;
    }
    catch (error) {
        if (error.code === 'EEXIST')
            return false;
        throw error;
    }
}
async function readOwner(path) {
    try {
        const parsed = JSON.parse(await (0,promises_.readFile)(path, 'utf8'));
        return typeof parsed.pid === 'number' ? parsed : undefined;
    }
    catch {
        // Being written this very moment (created, not yet filled) or gone: treat as alive, look again shortly.
        return undefined;
    }
}
async function breakStale(path, dead) {
    const breaker = `${path}.break`;
    if (!(await tryCreate(breaker, JSON.stringify((0,owner/* currentOwner */.Hf)())))) {
        // A breaker killed mid-way would block every later one: it only ever lives for a few file operations.
        const age = Date.now() - ((await (0,promises_.stat)(breaker).catch(() => undefined))?.mtimeMs ?? Date.now());
        if (age > 10_000)
            await (0,promises_.unlink)(breaker).catch(() => undefined);
        return;
    }
    try {
        const now = await readOwner(path);
        if (now && now.pid === dead.pid && now.start === dead.start)
            await (0,promises_.unlink)(path).catch(() => undefined);
    }
    finally {
        await (0,promises_.unlink)(breaker).catch(() => undefined);
    }
}
//# sourceMappingURL=lock.js.map
;// CONCATENATED MODULE: ./lib/src/adapters/git/repo-lock.js



/** `.git` of the repo at `dir` (the common dir, shared by its worktrees), as an absolute path. */
async function repo_lock_gitCommonDir(dir) {
    const path = await exec_gitText(['rev-parse', '--git-common-dir'], { cwd: dir });
    return (0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.join)(dir, path);
}
const held = new Set();
/**
 * Runs `fn` while this process holds mtrack's lock of the repo at `dir` (`.git/mtrack/lock`): every mtrack write
 * to a repo (id allocation, renaming a run into place, its commit, crash recovery) happens under it, so concurrent
 * mtrack processes take turns instead of colliding. Re-entrant within one process.
 */
async function withRepoLock(dir, fn, options = {}) {
    const path = (0,external_node_path_.join)(await repo_lock_gitCommonDir(dir), 'mtrack', 'lock');
    if (held.has(path))
        return fn();
    return withFileLock(path, async () => {
        held.add(path);
        try {
            return await fn();
        }
        finally {
            held.delete(path);
        }
    }, options);
}
//# sourceMappingURL=repo-lock.js.map
;// CONCATENATED MODULE: ./lib/src/adapters/git/commit.js









/**
 * Commits exactly `paths` (files or folders, as they are in the working tree) on top of HEAD and returns the new
 * commit. Built in a private index seeded from HEAD (`GIT_INDEX_FILE`), so whatever the user has staged stays
 * staged and out of the commit; objects and the ref are written by git itself (temp file + rename, `HEAD.lock`,
 * compare-and-swap on the old HEAD), so a kill at any moment leaves either the old or the new commit. The user's
 * index is then updated for `paths` only. No hooks run: callers check mtrack's rules on these files first.
 */
async function commitPaths(dir, paths, message, options = {}) {
    const identity = options.identity ?? (await tryGitIdentity(dir));
    if (!identity)
        throw (0,errors/* badInput */.AN)(`no git identity to commit with in '${dir}'.`, 'Set one: git config --global user.name "Your Name" && git config --global user.email you@example.com');
    return withRepoLock(dir, async () => {
        const journal = await openCommitJournal(dir, paths);
        try {
            // A user's own `git commit` takes no mtrack lock: when HEAD moved under us, build again on the new HEAD.
            for (let attempt = 1;; attempt++) {
                const commit = await tryCommitOnHead(dir, paths, message, identity);
                if (commit)
                    return commit;
                if (attempt === 5)
                    throw (0,errors/* badInput */.AN)(`'${dir}': HEAD kept moving while mtrack committed; try again.`);
            }
        }
        finally {
            await (0,promises_.rm)(journal, { force: true });
        }
    });
}
/**
 * Written before a commit starts and removed when it is done, so that the next mtrack command knows a killed
 * commit's leftovers (see repairInterruptedCommits) from a commit another process is making right now.
 */
async function openCommitJournal(dir, paths) {
    const folder = (0,external_node_path_.join)(await repo_lock_gitCommonDir(dir), 'mtrack');
    await (0,promises_.mkdir)(folder, { recursive: true });
    const path = (0,external_node_path_.join)(folder, `commit.${(0,owner/* ownerTag */.qE)()}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.json`);
    await (0,promises_.writeFile)(path, JSON.stringify({ paths }));
    return path;
}
/** Git's own lock files a killed git child can leave behind (it takes them with O_EXCL and never breaks them). */
const GIT_LOCKS = (/* unused pure expression or super */ null && (['index.lock', 'HEAD.lock']));
/**
 * Repairs what a commit killed part-way leaves: its private index, git lock files older than a few seconds (the
 * killed mtrack's git child may still be finishing), and the user's index for the committed paths when the commit
 * landed but the index update did not. Call under withRepoLock. Returns what was repaired, for the log.
 */
async function repairInterruptedCommits(dir) {
    const gitDir = await gitCommonDir(dir);
    const done = [];
    for (const name of await readdir(gitDir)) {
        if (!name.startsWith('mtrack-index.'))
            continue;
        const owner = parseOwnerTag(name.slice('mtrack-index.'.length));
        if (owner && isOwnerAlive(owner))
            continue;
        await rm(join(gitDir, name), { force: true });
        done.push(`removed ${name}`);
    }
    const journals = (await readdir(join(gitDir, 'mtrack')).catch(() => [])).filter((n) => {
        const owner = n.startsWith('commit.') ? parseOwnerTag(n.slice('commit.'.length)) : undefined;
        return owner !== undefined && !isOwnerAlive(owner);
    });
    if (journals.length === 0)
        return done;
    const branch = await spawnGit(['symbolic-ref', '--quiet', 'HEAD'], { cwd: dir });
    const locks = [...GIT_LOCKS, ...(branch.code === 0 ? [`${branch.stdout.toString('utf8').trim()}.lock`] : [])];
    for (const lock of locks)
        if (await removeStaleLock(join(gitDir, lock)))
            done.push(`removed stale .git/${lock}`);
    const head = await headCommit(dir);
    for (const name of journals) {
        const file = join(gitDir, 'mtrack', name);
        const { paths } = JSON.parse(await readFile(file, 'utf8').catch(() => '{"paths":[]}'));
        const committed = head ? await committedPaths(dir, head, paths) : [];
        if (committed.length > 0) {
            await execGit(['reset', '--quiet', head, '--', ...committed], { cwd: dir });
            done.push(`index updated for ${committed.join(', ')}`);
        }
        await rm(file, { force: true });
    }
    return done;
}
async function committedPaths(dir, head, paths) {
    if (paths.length === 0)
        return [];
    const text = await gitText(['ls-tree', '--name-only', head, '--', ...paths], { cwd: dir });
    const present = new Set(text.split('\n').filter(Boolean));
    return paths.filter((p) => present.has(p.replace(/\/$/, '')));
}
async function tryCommitOnHead(dir, paths, message, identity) {
    const gitDir = await repo_lock_gitCommonDir(dir);
    const index = (0,external_node_path_.join)(gitDir, `mtrack-index.${(0,owner/* ownerTag */.qE)()}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`);
    const env = { GIT_INDEX_FILE: index };
    try {
        const head = await repo_headCommit(dir);
        if (head)
            await exec_execGit(['read-tree', head], { cwd: dir, env });
        await exec_execGit(['add', '--all', '--', ...paths], { cwd: dir, env });
        const tree = await exec_gitText(['write-tree'], { cwd: dir, env });
        const parent = head ? ['-p', head] : [];
        const commit = await exec_gitText(['commit-tree', tree, ...parent, '-F', '-'], {
            cwd: dir,
            input: message.endsWith('\n') ? message : `${message}\n`,
            env: identityEnv(identity),
        });
        // The old value makes this a compare-and-swap: a commit that landed meanwhile fails this one instead of losing it.
        const moved = await exec_spawnGit(['update-ref', '-m', `commit: ${message.split('\n')[0]}`, 'HEAD', commit, head ?? ZERO_OID], { cwd: dir });
        if (moved.code !== 0) {
            if ((await repo_headCommit(dir)) !== head)
                return undefined;
            throw new GitError('update-ref HEAD', dir, moved.code, moved.stderr);
        }
        await exec_execGit(['reset', '--quiet', commit, '--', ...paths], { cwd: dir });
        return commit;
    }
    finally {
        await (0,promises_.rm)(index, { force: true });
    }
}
const ZERO_OID = '0'.repeat(40);
function identityEnv(identity) {
    return {
        GIT_AUTHOR_NAME: identity.name,
        GIT_AUTHOR_EMAIL: identity.email,
        GIT_COMMITTER_NAME: identity.name,
        GIT_COMMITTER_EMAIL: identity.email,
    };
}
/**
 * Removes a git lock file left by a killed commit. A git child of the killed mtrack may outlive it by a moment and
 * still hold the lock legitimately: a lock younger than LOCK_GRACE_MS is waited for (it vanishes when that git
 * finishes), and removed only once it is older.
 */
async function removeStaleLock(path) {
    for (;;) {
        const info = await stat(path).catch(() => undefined);
        if (!info)
            return false;
        if (Date.now() - info.mtimeMs >= LOCK_GRACE_MS)
            break;
        await sleep(100);
    }
    await rm(path, { force: true });
    return true;
}
const LOCK_GRACE_MS = 2_000;
//# sourceMappingURL=commit.js.map
;// CONCATENATED MODULE: ./lib/src/adapters/git/index.js
// The one git boundary: use cases import git from here and nowhere else. Every write goes through the git CLI
// (locks, temp-file-and-rename objects, compare-and-swap refs), so a killed process cannot corrupt a repository.






//# sourceMappingURL=index.js.map

/***/ }),

/***/ 7819:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GU: () => (/* binding */ assertSchema),
/* harmony export */   mv: () => (/* binding */ validateDocument)
/* harmony export */ });
/* unused harmony exports schemasDir, schemaErrors, describeSchemaError */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8995);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6760);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3136);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7657);







const require = (0,node_module__WEBPACK_IMPORTED_MODULE_2__.createRequire)(import.meta.url);
/** schemas/ at the package root, found from this file whether it runs from lib/ or from the ncc bundle. */
function schemasDir() {
    let dir = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_5__.fileURLToPath)(import.meta.url));
    for (let i = 0; i < 6; i++, dir = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(dir)) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, 'schemas', 'manifest.schema.json')))
            return (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, 'schemas');
    }
    throw new Error('mtrack: cannot find the schemas/ folder next to the package');
}
// Hooks start a fresh Node for every commit, and importing ajv and compiling the schemas costs ~250 ms of CPU.
// So the first use compiles every schema once with ajv's standalone code generator into a per-user cache keyed
// by the schema bytes and ajv's version; later processes load that plain module in a few ms without ajv.
const GENERATOR = 1;
let validators;
function loadValidators() {
    if (validators)
        return validators;
    const dir = schemasDir();
    const files = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(dir)
        .filter((f) => f.endsWith('.schema.json'))
        .sort();
    const schemas = files.map((f) => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, f), 'utf8'));
    const ajvVersion = require('ajv/package.json').version;
    const key = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256')
        .update(JSON.stringify([GENERATOR, ajvVersion, files, schemas]))
        .digest('hex')
        .slice(0, 16);
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(process.env.XDG_CACHE_HOME || (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_3__.homedir)(), '.cache'), 'mtrack', `validators-${key}.cjs`);
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(file)) {
        try {
            return (validators = require(file));
        }
        catch {
            // A truncated or foreign cache file: regenerate below.
        }
    }
    return (validators = generateValidators(files, schemas, file));
}
function generateValidators(files, schemas, file) {
    const Ajv2020 = require('ajv/dist/2020').default;
    const standaloneCode = require('ajv/dist/standalone').default;
    const ajv = new Ajv2020({ allErrors: false, strict: true, code: { source: true } });
    const refs = {};
    files.forEach((f, i) => {
        const schema = JSON.parse(schemas[i]);
        ajv.addSchema(schema);
        refs[f.replace(/\.schema\.json$/, '')] = schema.$id;
    });
    // The generated module requires ajv's runtime helpers by package name: point them at this ajv's files.
    const ajvDir = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(require.resolve('ajv/package.json'));
    const code = standaloneCode(ajv, refs).replace(/require\("ajv\/dist\/runtime\//g, `require(${JSON.stringify(`${ajvDir}/dist/runtime/`).slice(0, -1)}`);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(file), { recursive: true });
        const temp = `${file}.${process.pid}.tmp`;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(temp, code);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(temp, file);
        return require(file);
    }
    catch {
        // No writable cache (read-only home, bundle): validate with the in-process compiled functions.
        return Object.fromEntries(Object.entries(refs).map(([name, id]) => [name, ajv.getSchema(id)]));
    }
}
function schemaErrors(name, data) {
    const validate = loadValidators()[name];
    return validate(data) ? [] : [...(validate.errors ?? [{ instancePath: '', keyword: 'invalid', params: {} }])];
}
/** `<field>: <problem>` for the first error, or undefined when `data` fits schema `name`. */
function validateDocument(name, data) {
    const errors = schemaErrors(name, data);
    return errors.length === 0 ? undefined : describeSchemaError(errors[0]).text;
}
/** Throws a one-line BAD_INPUT error naming the file and the field when `data` does not fit schema `name`. */
function assertSchema(name, data, file, locate) {
    const errors = schemaErrors(name, data);
    if (errors.length === 0)
        return data;
    const error = relevantError(name, errors, data);
    const { field, text } = describeSchemaError(error);
    const where = locate ? locate(field ? field.split('.') : [], error.keyword === 'additionalProperties') : '';
    throw (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_6__/* .badInput */ .AN)(`${file}${where} ${text}`);
}
/** The field an error is about (dotted) and `<field>: <problem>` in words a person can act on. */
function describeSchemaError(error) {
    const path = error.instancePath
        .split('/')
        .slice(1)
        .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    let field = path.join('.');
    let message = error.message ?? 'is invalid';
    if (error.keyword === 'additionalProperties') {
        field = [...path, String(error.params.additionalProperty)].join('.');
        message = 'unknown key';
    }
    else if (error.keyword === 'required') {
        field = [...path, String(error.params.missingProperty)].join('.');
        message = 'is required but missing';
    }
    else if (error.keyword === 'enum') {
        message = `expected one of ${JSON.stringify(error.params.allowedValues)}`;
    }
    else if (error.keyword === 'minItems') {
        message = `expected at least ${String(error.params.limit)} element(s)`;
    }
    return { field, text: `${field || '(document)'}: ${message}` };
}
/**
 * The error to report. ajv reports a failed `oneOf` with each branch's first error, the first branch first, so a
 * `trainer: {type: command, run: []}` would read "trainer.run: unknown key" (the builtin branch). The branch meant is
 * the one whose `type` const matches the document's `type`: report that branch's error, or the `type` itself.
 */
function relevantError(name, errors, data) {
    const oneOf = errors.find((e) => e.keyword === 'oneOf' && e.schemaPath);
    if (!oneOf)
        return errors[0];
    const branches = schemaNodeAt(name, oneOf.schemaPath);
    const consts = (branches ?? []).map((b) => b.properties?.type?.const).filter((c) => c !== undefined);
    if (!branches || consts.length !== branches.length)
        return errors[0];
    const instance = pointerGet(data, oneOf.instancePath);
    const index = consts.indexOf(instance?.type);
    if (index < 0)
        return { instancePath: `${oneOf.instancePath}/type`, keyword: 'enum', params: { allowedValues: consts } };
    return errors.find((e) => e.schemaPath?.startsWith(`${oneOf.schemaPath}/${index}/`)) ?? errors[0];
}
function schemaNodeAt(name, schemaPath) {
    const schema = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(schemasDir(), `${name}.schema.json`), 'utf8'));
    return pointerGet(schema, schemaPath.replace(/^#/, ''));
}
function pointerGet(root, pointer) {
    let node = root;
    for (const raw of pointer.split('/').slice(1)) {
        const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
        if (!node || typeof node !== 'object' || !Object.hasOwn(node, key))
            return undefined;
        node = node[key];
    }
    return node;
}
//# sourceMappingURL=schemas.js.map

/***/ }),

/***/ 7753:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ dataPaths)
/* harmony export */ });
/* unused harmony export storePaths */
/** Paths inside the dataset-meta repo, relative to its root. */
const dataPaths = {
    revisionDir: (datasetId, rev) => `datasets/${datasetId}/revisions/${rev}`,
    manifest: (datasetId, rev) => `datasets/${datasetId}/revisions/${rev}/dataset_manifest.json`,
    notes: (datasetId, rev) => `datasets/${datasetId}/revisions/${rev}/notes.md`,
    latest: (datasetId) => `datasets/${datasetId}/latest.txt`,
};
/** Paths inside a revision of the dataset store, relative to the store root. */
const storePaths = {
    revision: (datasetId, rev) => `${datasetId}/${rev}`,
    checksums: (datasetId, rev) => `${datasetId}/${rev}/checksums.json`,
};
//# sourceMappingURL=dataset-paths.js.map

/***/ }),

/***/ 3442:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sc: () => (/* binding */ sha256)
/* harmony export */ });
/* unused harmony exports hexOf, listingHash, sha256sumListing, compareCodeUnits */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);

/** `sha256:<hex>` of bytes: the one hash format mtrack writes. */
function sha256(bytes) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex')}`;
}
function hexOf(hash) {
    return hash.slice('sha256:'.length);
}
/**
 * The hash of a folder of files: sha256 of its `sha256sum` listing (`<hex>  <relative path>\n` per file, no `./`
 * prefix, sorted by path by code unit, which is byte order for ASCII names; `sort` needs LC_ALL=C for that), so
 * `cd DIR && find . -type f -printf '%P\0' | LC_ALL=C sort -z | xargs -0 sha256sum | sha256sum` prints it
 * (test/unit/core-ids-hash.test.ts runs this line).
 */
function listingHash(files) {
    return sha256(sha256sumListing(files));
}
function sha256sumListing(files) {
    return Object.keys(files)
        .sort(compareCodeUnits)
        .map((path) => `${hexOf(files[path])}  ${path}\n`)
        .join('');
}
function compareCodeUnits(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
//# sourceMappingURL=hash.js.map

/***/ }),

/***/ 1306:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N0: () => (/* binding */ isRevisionId),
/* harmony export */   RE: () => (/* binding */ modelSlug),
/* harmony export */   VD: () => (/* binding */ isExperimentId),
/* harmony export */   VF: () => (/* binding */ ID_REF_PREFIX),
/* harmony export */   bM: () => (/* binding */ formatRunFolder),
/* harmony export */   fI: () => (/* binding */ assignExperimentIds),
/* harmony export */   h_: () => (/* binding */ parseRunFolder)
/* harmony export */ });
/* unused harmony exports formatExperimentId, formatRevisionId, parseExperimentNumber, parseRevisionNumber, nextExperimentId, nextRevisionId, isCalendarDate */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7657);

// Canonical ids only: at least 4 digits and no extra leading zero, so one number has one spelling (E00001 is refused
// beside E0001, which would otherwise be two folders for one id).
const EXPERIMENT_ID = /^E(\d{4}|[1-9]\d{4,})$/;
const REVISION_ID = /^D(\d{4}|[1-9]\d{4,})$/;
function isExperimentId(value) {
    return EXPERIMENT_ID.test(value);
}
function isRevisionId(value) {
    return REVISION_ID.test(value);
}
function formatExperimentId(n) {
    return `E${String(n).padStart(4, '0')}`;
}
function formatRevisionId(n) {
    return `D${String(n).padStart(4, '0')}`;
}
function parseExperimentNumber(id) {
    const m = EXPERIMENT_ID.exec(id);
    if (!m)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .badInput */ .AN)(`Invalid experiment id '${id}'. Expected E#### (e.g. E0007).`);
    return Number(m[1]);
}
function parseRevisionNumber(id) {
    const m = REVISION_ID.exec(id);
    if (!m)
        throw badInput(`Invalid dataset revision '${id}'. Expected D#### (e.g. D0002).`);
    return Number(m[1]);
}
/** The next id after the highest one in use (monotonic per repo: gaps are never refilled). */
function nextExperimentId(used) {
    return assignExperimentIds(used, 1)[0];
}
/** `count` consecutive ids after the highest one in `used` (ids already handed out elsewhere are in `used` too). */
function assignExperimentIds(used, count) {
    let max = 0;
    for (const id of used)
        if (isExperimentId(id))
            max = Math.max(max, parseExperimentNumber(id));
    return Array.from({ length: count }, (_, i) => formatExperimentId(max + 1 + i));
}
function nextRevisionId(used) {
    let max = 0;
    for (const id of used)
        if (isRevisionId(id))
            max = Math.max(max, parseRevisionNumber(id));
    return formatRevisionId(max + 1);
}
const RUN_FOLDER = /^(\d{4}-\d{2}-\d{2})__([a-z0-9][a-z0-9._-]*)__([a-z0-9][a-z0-9._-]*)__(E(?:\d{4}|[1-9]\d{4,}))$/;
/** Folder-safe short name of a model id: `lane99/resnet_mnist_digits` -> `resnet_mnist_digits`. */
function modelSlug(modelId) {
    const base = modelId.split('/').pop() ?? modelId;
    return base.toLowerCase().replace(/[^a-z0-9._-]+/g, '-');
}
function formatRunFolder(name) {
    return `${name.date}__${name.dataset}__${name.model}__${name.experimentId}`;
}
function parseRunFolder(folder) {
    const m = RUN_FOLDER.exec(folder);
    if (!m || !isCalendarDate(m[1]))
        return undefined;
    return { date: m[1], dataset: m[2], model: m[3], experimentId: m[4] };
}
/**
 * Experiment ids reserved for runs still in bot pull requests: refs `refs/mtrack/ids/E####` that the Action's
 * collect step pushes atomically with its branch, so concurrent scans (and local runs that fetched the refs with
 * `git fetch origin 'refs/mtrack/ids/*:refs/mtrack/ids/*'`) never take the same id.
 */
const ID_REF_PREFIX = 'refs/mtrack/ids/';
/** `YYYY-MM-DD` naming a real day (2026-02-30 is not one). */
function isCalendarDate(date) {
    const d = new Date(`${date}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === date;
}
//# sourceMappingURL=ids.js.map

/***/ }),

/***/ 9895:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AG: () => (/* binding */ fileUriInStores),
/* harmony export */   BE: () => (/* binding */ relativePathProblem),
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   LI: () => (/* binding */ resolveInside)
/* harmony export */ });
/* unused harmony export SAFE_RELATIVE_PATH */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7657);


/**
 * The relative-path form every committed or configured document may use for a path inside a root (run folder,
 * store revision, artifact key): `/`-separated segments of letters, digits, `._-`, none of them `.` or `..`.
 * The same expression is the `pattern` of those fields in schemas/ (a test holds them equal).
 */
const SAFE_RELATIVE_PATH = '^(?!\\.{1,2}(/|$))(?!.*/\\.{1,2}(/|$))[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$';
const SAFE = new RegExp(SAFE_RELATIVE_PATH);
/** Why `path` is not a safe relative path (absolute, `..`, empty segment, odd character), or undefined when it is. */
function relativePathProblem(path) {
    if (path === '')
        return 'is empty';
    if (path.startsWith('/') || path.startsWith('\\') || /^[A-Za-z]:/.test(path))
        return 'is absolute';
    if (path.split(/[/\\]/).some((s) => s === '..'))
        return "climbs out of its root with '..'";
    if (!SAFE.test(path))
        return "is not a plain relative path (segments of A-Z a-z 0-9 . _ -, no '.' or empty ones)";
    return undefined;
}
/**
 * `<root>/<rel>` for a `rel` read from a file, refused (BAD_INPUT naming `label`) unless it is a safe relative path
 * that stays inside `root`: a committed path must never make mtrack read or write outside the folder it names.
 */
function resolveInside(root, rel, label) {
    const problem = relativePathProblem(rel);
    if (problem)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .badInput */ .AN)(`${label}: '${rel}' ${problem}; expected a path inside '${root}'.`);
    const full = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(root.replace(/\\/g, '/'), rel);
    if (!isInside(root, full))
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .badInput */ .AN)(`${label}: '${rel}' leaves '${root}'.`);
    return full;
}
/** Whether absolute `path` is `root` itself or below it, after normalising both (no file system access). */
function isInside(root, path) {
    const r = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(root.replace(/\\/g, '/')).replace(/\/+$/, '');
    const p = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(path.replace(/\\/g, '/'));
    return p === r || p.startsWith(`${r}/`);
}
/**
 * The absolute path a `file://` URI names, if it lies inside one of `roots` (the configured stores) and has no
 * `..`; otherwise why not. Other schemes name no configured store.
 */
function fileUriInStores(uri, roots) {
    if (!uri.startsWith('file://'))
        return { problem: 'is not a file:// URI of a configured store' };
    let path;
    try {
        path = decodeURIComponent(uri.slice('file://'.length));
    }
    catch {
        return { problem: 'is not a valid URI' };
    }
    if (!path.startsWith('/') || path.includes('\0'))
        return { problem: 'must name an absolute path (file:///…)' };
    if (path.split('/').some((s) => s === '..' || s === '.'))
        return { problem: "climbs with '..'" };
    const root = roots.find((r) => isInside(r, path) && node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(path) !== node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(r));
    if (!root)
        return {
            problem: `is outside every configured store (${roots.length ? roots.map((r) => `'${r}'`).join(', ') : 'none configured'})`,
        };
    return { path };
}
//# sourceMappingURL=safe-path.js.map

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
