export const id = 43;
export const ids = [43];
export const modules = {

/***/ 2796:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D9: () => (/* binding */ parseOwnerTag),
/* harmony export */   Hf: () => (/* binding */ currentOwner),
/* harmony export */   Jc: () => (/* binding */ isOwnerAlive),
/* harmony export */   qE: () => (/* binding */ ownerTag)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8262);

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

/***/ 8043:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  l: () => (/* reexport */ addWorktree),
  IM: () => (/* reexport */ blobOid),
  at: () => (/* reexport */ branchName),
  vl: () => (/* reexport */ changedPaths),
  PT: () => (/* reexport */ commitChanges),
  cH: () => (/* reexport */ commitPaths),
  Qq: () => (/* reexport */ deletedPaths),
  Xb: () => (/* reexport */ dirtyPaths),
  iH: () => (/* reexport */ fetchCommit),
  zp: () => (/* reexport */ gitCommonDir),
  q_: () => (/* reexport */ exec_gitText),
  headCommit: () => (/* reexport */ headCommit),
  QX: () => (/* reexport */ isAncestor),
  DM: () => (/* reexport */ isDirty),
  VE: () => (/* reexport */ listCommits),
  UC: () => (/* reexport */ listRefNames),
  kb: () => (/* reexport */ lsTree),
  kg: () => (/* reexport */ nameDetachedHead),
  Et: () => (/* reexport */ objectSizes),
  cZ: () => (/* reexport */ parseTree),
  uE: () => (/* reexport */ pushAtomic),
  _T: () => (/* reexport */ readFileAt),
  $I: () => (/* reexport */ readObjects),
  dM: () => (/* reexport */ remoteRefs),
  IL: () => (/* reexport */ removeWorktree),
  ec: () => (/* reexport */ repairInterruptedCommits),
  zy: () => (/* reexport */ requireHeadCommit),
  y3: () => (/* reexport */ resetKeepingFiles),
  Bb: () => (/* reexport */ restorePaths),
  Iz: () => (/* reexport */ exec_spawnGit),
  Fl: () => (/* reexport */ tryResolveCommit),
  Aq: () => (/* reexport */ withRepoLock)
});

// UNUSED EXPORTS: EMPTY_TREE, GitError, ObjectReader, createAnnotatedTag, execGit, firstCommitAdding, gitEnv, indexChanges, initRepo, parseRawZ, stagedChanges, stagedDiff, tryGitIdentity

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(8262);
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
function exec_gitEnv(keep, extra = {}, remote) {
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
        const env = exec_gitEnv(options.keepGitEnv ?? false, options.env, options.remote);
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
;// CONCATENATED MODULE: ./lib/src/adapters/git/object-reader.js



/**
 * Every object read of one command through one long-lived `git cat-file --batch-command` (git ≥ 2.36): a hook that
 * spawned a git process per question paid ~10–20 ms each. Questions are answered in the order asked, so callers can
 * pipeline them. Git older than 2.36 refuses the option: the reader then falls back to a `--batch-check` and a
 * `--batch` process. The processes hold no event-loop reference while nothing is asked, so Node exits as usual.
 */
class ObjectReader {
    cwd;
    keepGitEnv;
    channels;
    constructor(cwd, keepGitEnv = false) {
        this.cwd = cwd;
        this.keepGitEnv = keepGitEnv;
    }
    /** Type and size of the object `name` names (`<oid>`, `<rev>`, `<rev>:<path>`), or undefined when missing. */
    info(name) {
        return this.ask('info', name);
    }
    /** The object's bytes, or undefined when missing. */
    contents(name) {
        return this.ask('contents', name);
    }
    close() {
        for (const channel of new Set(Object.values(this.channels ?? {})))
            channel.close();
    }
    ask(kind, name) {
        if (/[\n\r]/.test(name))
            return Promise.reject(new MtrackError('INTERNAL', `object name with a newline: '${name}'`));
        if (!this.channels) {
            const one = new Channel(this.cwd, this.keepGitEnv, ['--batch-command'], () => this.fallBack(one));
            this.channels = { info: one, contents: one };
        }
        const channel = this.channels[kind];
        return channel.ask(kind, channel.prefixed ? `${kind} ${name}` : name);
    }
    // git < 2.36: the questions already sent are asked again of one process per kind.
    fallBack(failed) {
        const info = new Channel(this.cwd, this.keepGitEnv, ['--batch-check'], undefined, false);
        const contents = new Channel(this.cwd, this.keepGitEnv, ['--batch'], undefined, false);
        this.channels = { info, contents };
        for (const request of failed.takePending()) {
            const channel = this.channels[request.kind];
            channel.ask(request.kind, request.line.slice(request.kind.length + 1)).then(request.resolve, request.reject);
        }
    }
}
class Channel {
    cwd;
    onUnsupported;
    prefixed;
    child;
    queue = [];
    chunks = [];
    length = 0;
    need = 0;
    answered = false;
    stderr = '';
    constructor(cwd, keepGitEnv, mode, onUnsupported, prefixed = true) {
        this.cwd = cwd;
        this.onUnsupported = onUnsupported;
        this.prefixed = prefixed;
        this.child = spawn('git', ['cat-file', ...mode], { cwd, env: gitEnv(keepGitEnv), stdio: 'pipe' });
        this.child.stdout.on('data', (chunk) => this.receive(chunk));
        this.child.stderr.on('data', (chunk) => (this.stderr += chunk.toString('utf8')));
        this.child.stdin.on('error', () => undefined); // a git that exited: 'close' reports it
        this.child.on('error', (error) => this.fail(new MtrackError('GIT', `git could not be started: ${error.message}`)));
        this.child.on('close', (code) => {
            // 129 is git's usage error: an option this git does not know.
            if (code === 129 && !this.answered && this.onUnsupported)
                return this.onUnsupported();
            this.fail(new MtrackError('GIT', `git cat-file stopped in '${this.cwd}': ${this.stderr.trim() || `exit ${code}`}`));
        });
        this.hold(false);
    }
    ask(kind, line) {
        return new Promise((resolve, reject) => {
            this.queue.push({ kind, line, resolve, reject });
            this.hold(true);
            this.child.stdin.write(`${line}\n`);
        });
    }
    takePending() {
        const pending = this.queue;
        this.queue = [];
        return pending;
    }
    close() {
        this.child.stdin.end();
    }
    receive(chunk) {
        this.chunks.push(chunk);
        this.length += chunk.length;
        if (this.length < this.need)
            return; // a large blob still arriving: join the chunks once, not per chunk
        let buf = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks);
        let at = 0;
        this.need = 0;
        while (this.queue.length > 0) {
            const nl = buf.indexOf(10, at);
            if (nl < 0)
                break;
            const header = buf.subarray(at, nl).toString('utf8');
            const request = this.queue[0];
            if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
                this.answer(undefined);
                at = nl + 1;
                continue;
            }
            const [oid, type, size] = header.split(' ');
            const info = { oid, type, size: Number(size) };
            if (request.kind === 'info') {
                this.answer(info); // info() callers see an ObjectInfo
                at = nl + 1;
                continue;
            }
            const end = nl + 1 + info.size;
            if (buf.length < end + 1) {
                this.need = end + 1 - at;
                break;
            }
            this.answer({ ...info, bytes: Buffer.from(buf.subarray(nl + 1, end)) });
            at = end + 1;
        }
        buf = buf.subarray(at);
        this.chunks = buf.length ? [buf] : [];
        this.length = buf.length;
    }
    answer(value) {
        this.answered = true;
        this.queue.shift().resolve(value);
        if (this.queue.length === 0)
            this.hold(false);
    }
    fail(error) {
        for (const request of this.takePending())
            request.reject(error);
    }
    // Referenced only while a question is open: an idle reader never keeps the process alive.
    hold(on) {
        const handles = [this.child, this.child.stdin, this.child.stdout, this.child.stderr];
        for (const h of handles)
            (on ? h.ref : h.unref)?.call(h);
    }
}
//# sourceMappingURL=object-reader.js.map
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
    return { head, changes: await indexChanges(cwd, head ?? EMPTY_TREE, pathspec) };
}
/**
 * The index (GIT_INDEX_FILE when set) against `base`; without `base`, against HEAD as git resolves it (the empty
 * tree before the first commit), so a hook need not resolve HEAD first.
 */
async function indexChanges(cwd, base, pathspec = []) {
    const args = [
        'diff',
        '--cached',
        '--raw',
        '-z',
        '--no-renames',
        '--no-ext-diff',
        '--ignore-submodules=none',
        ...(base ? [base] : []),
        '--',
        ...pathspec,
    ];
    const { stdout } = await execGit(args, { cwd, keepGitEnv: true });
    return parseRawZ(stdout.toString('utf8'))[0]?.changes ?? [];
}
/** The entries of a raw tree object (`<mode> <name>\0<20-byte id>`, as `cat-file` returns it). */
function parseTree(bytes) {
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const out = [];
    for (let at = 0; at < buf.length;) {
        const space = buf.indexOf(32, at);
        const nul = buf.indexOf(0, space);
        out.push({
            mode: buf.toString('latin1', at, space),
            name: buf.toString('utf8', space + 1, nul),
            oid: buf.toString('hex', nul + 1, nul + 21),
        });
        at = nul + 21;
    }
    return out;
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
    // --no-verify: only collect pushes this way, after checking the same rules itself (verifyProposedCommit); the
    // pre-push hook judges human pushes and would take the runs a rebuilt bot branch keeps for someone else's.
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
/** Writes `paths` as they are at `commit` into the working tree of `cwd` (the index is left alone). */
async function restorePaths(cwd, commit, paths) {
    if (paths.length > 0)
        await exec_execGit(['restore', `--source=${commit}`, '--worktree', '--', ...paths], { cwd });
}
//# sourceMappingURL=remote.js.map
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./lib/src/adapters/git/repo.js





/** `git init -b main`, with a local identity when one is given (tests, the demo on a machine without one). */
async function initRepo(dir, identity) {
    await execGit(['init', '--quiet', '--initial-branch=main', dir], { cwd: dir });
    if (identity) {
        await execGit(['config', 'user.name', identity.name], { cwd: dir });
        await execGit(['config', 'user.email', identity.email], { cwd: dir });
    }
}
async function headCommit(dir) {
    const r = await exec_spawnGit(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'], { cwd: dir });
    return r.code === 0 ? r.stdout.toString('utf8').trim() : undefined;
}
async function requireHeadCommit(dir, label) {
    const sha = await headCommit(dir);
    if (!sha)
        throw (0,errors/* badInput */.AN)(`${label} '${dir}' has no commits yet.`, 'Run `mtrack init` first.');
    return sha;
}
/** The checked-out branch's short name, or 'HEAD' when detached. */
async function branchName(dir) {
    const r = await exec_spawnGit(['symbolic-ref', '--quiet', '--short', 'HEAD'], { cwd: dir });
    return r.code === 0 ? r.stdout.toString('utf8').trim() : 'HEAD';
}
/**
 * True when tracked files differ from HEAD or untracked, non-ignored files exist; untracked files under
 * `untrackedOk` (e.g. run folders other processes are landing) do not count. When those are top-level folders of a
 * work-tree root, untracked files are looked for only in the other top-level entries: one `git status` over the
 * whole tree reads every directory of every run folder (1.5 s at 10,000 runs), tracked changes alone only stat the
 * indexed files.
 */
async function isDirty(dir, untrackedOk = []) {
    const status = async (args) => (await exec_execGit(['status', '--porcelain=v1', '-z', '--no-renames', ...args], { cwd: dir })).stdout
        .toString('utf8')
        .split('\0')
        .filter(Boolean)
        .some((entry) => {
        const path = entry.slice(3);
        return !(entry.startsWith('??') && untrackedOk.some((p) => path.startsWith(`${p}/`)));
    });
    const skipped = new Set(untrackedOk);
    if (untrackedOk.length === 0 || untrackedOk.some((p) => p.includes('/')) || !(0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, '.git')))
        return status(['--untracked-files=all']);
    const others = (0,external_node_fs_.readdirSync)(dir).filter((name) => name !== '.git' && !skipped.has(name));
    const [tracked, untracked] = await Promise.all([
        status(['--untracked-files=no']),
        others.length ? status(['--untracked-files=all', '--', ...others.map((n) => `:(literal)${n}`)]) : false,
    ]);
    return tracked || untracked;
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
    const text = await exec_gitText(['for-each-ref', '--format=%(refname)', base], { cwd: dir });
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
    const { stdout } = await exec_execGit(['status', '--porcelain=v1', '-z', '--no-renames', '--untracked-files=all', '--', ...paths], { cwd: dir });
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
/**
 * Puts a detached HEAD (a CI checkout of a PR's head sha) on a local branch `branch` at the same commit, so the
 * run's stamp names the PR's head branch instead of 'HEAD'. The working tree and index are untouched.
 */
async function nameDetachedHead(dir, branch) {
    if ((await branchName(dir)) !== 'HEAD')
        return;
    await exec_execGit(['switch', '--quiet', '--no-guess', '-C', branch], { cwd: dir });
}
/** Whether `commit` is `descendant` or one of its ancestors (false, too, when either is unknown here). */
async function isAncestor(dir, commit, descendant) {
    return (await exec_spawnGit(['merge-base', '--is-ancestor', commit, descendant], { cwd: dir })).code === 0;
}
//# sourceMappingURL=repo.js.map
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./lib/src/adapters/fs/owner.js
var fs_owner = __webpack_require__(2796);
;// CONCATENATED MODULE: ./lib/src/adapters/fs/lock.js





/**
 * Runs `fn` holding an exclusive lock file (created with O_EXCL, holding the owner's pid and start time). A lock
 * whose owner died (kill -9) is taken over; a live holder is waited for. Stale locks are broken under a second,
 * short-lived lock so two waiters never both remove a lock that a third process has just taken.
 */
async function withFileLock(path, fn, options = {}) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    const me = JSON.stringify((0,fs_owner/* currentOwner */.Hf)());
    const deadline = Date.now() + (options.timeoutMs ?? 600_000);
    let told = false;
    for (let delay = 20;; delay = Math.min(delay * 2, 500)) {
        if (await tryCreate(path, me))
            break;
        const holder = await readOwner(path);
        if (holder && !(0,fs_owner/* isOwnerAlive */.Jc)(holder)) {
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
    if (!(await tryCreate(breaker, JSON.stringify((0,fs_owner/* currentOwner */.Hf)())))) {
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




/**
 * `.git` of the repo at `dir` (the common dir, shared by its worktrees), as an absolute path. Read from the files
 * git itself reads (`.git`, a `gitdir:` file, `commondir`) when `dir` is a work-tree root: a hook asks on every
 * commit, and a git process costs 10–20 ms there. Anything else (a subfolder) asks git.
 */
async function gitCommonDir(dir, keepGitEnv = false) {
    const known = tryGitCommonDirFromFiles(dir, keepGitEnv);
    if (known)
        return known;
    const path = await exec_gitText(['rev-parse', '--git-common-dir'], { cwd: dir, keepGitEnv });
    return (0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.join)(dir, path);
}
function tryGitCommonDirFromFiles(dir, keepGitEnv) {
    try {
        if (keepGitEnv && process.env.GIT_COMMON_DIR)
            return (0,external_node_path_.resolve)(dir, process.env.GIT_COMMON_DIR);
        let gitDir = keepGitEnv && process.env.GIT_DIR ? (0,external_node_path_.resolve)(dir, process.env.GIT_DIR) : (0,external_node_path_.join)(dir, '.git');
        if (!(0,external_node_fs_.statSync)(gitDir).isDirectory()) {
            const line = /^gitdir: (.+)$/m.exec((0,external_node_fs_.readFileSync)(gitDir, 'utf8'));
            if (!line)
                return undefined;
            gitDir = (0,external_node_path_.resolve)(dir, line[1].trim());
        }
        let common;
        try {
            common = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(gitDir, 'commondir'), 'utf8').trim();
        }
        catch {
            return gitDir;
        }
        return (0,external_node_path_.resolve)(gitDir, common);
    }
    catch {
        return undefined;
    }
}
const held = new Set();
/**
 * Runs `fn` while this process holds mtrack's lock of the repo at `dir` (`.git/mtrack/lock`): every mtrack write
 * to a repo (id allocation, renaming a run into place, its commit, crash recovery) happens under it, so concurrent
 * mtrack processes take turns instead of colliding. Re-entrant within one process.
 */
async function withRepoLock(dir, fn, options = {}) {
    const path = (0,external_node_path_.join)(await gitCommonDir(dir), 'mtrack', 'lock');
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
    const folder = (0,external_node_path_.join)(await gitCommonDir(dir), 'mtrack');
    await (0,promises_.mkdir)(folder, { recursive: true });
    const path = (0,external_node_path_.join)(folder, `commit.${(0,fs_owner/* ownerTag */.qE)()}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.json`);
    await (0,promises_.writeFile)(path, JSON.stringify({ paths }));
    return path;
}
/** Git's own lock files a killed git child can leave behind (it takes them with O_EXCL and never breaks them). */
const GIT_LOCKS = ['index.lock', 'HEAD.lock'];
/**
 * Repairs what a commit killed part-way leaves: its private index, git lock files older than a few seconds (the
 * killed mtrack's git child may still be finishing), and the user's index for the committed paths when the commit
 * landed but the index update did not. Call under withRepoLock. Returns what was repaired, for the log.
 */
async function repairInterruptedCommits(dir) {
    const gitDir = await gitCommonDir(dir);
    const done = [];
    for (const name of await (0,promises_.readdir)(gitDir)) {
        if (!name.startsWith('mtrack-index.'))
            continue;
        const owner = (0,fs_owner/* parseOwnerTag */.D9)(name.slice('mtrack-index.'.length));
        if (owner && (0,fs_owner/* isOwnerAlive */.Jc)(owner))
            continue;
        await (0,promises_.rm)((0,external_node_path_.join)(gitDir, name), { force: true });
        done.push(`removed ${name}`);
    }
    const journals = (await (0,promises_.readdir)((0,external_node_path_.join)(gitDir, 'mtrack')).catch(() => [])).filter((n) => {
        const owner = n.startsWith('commit.') ? (0,fs_owner/* parseOwnerTag */.D9)(n.slice('commit.'.length)) : undefined;
        return owner !== undefined && !(0,fs_owner/* isOwnerAlive */.Jc)(owner);
    });
    if (journals.length === 0)
        return done;
    const branch = await exec_spawnGit(['symbolic-ref', '--quiet', 'HEAD'], { cwd: dir });
    const locks = [...GIT_LOCKS, ...(branch.code === 0 ? [`${branch.stdout.toString('utf8').trim()}.lock`] : [])];
    for (const lock of locks)
        if (await removeStaleLock((0,external_node_path_.join)(gitDir, lock)))
            done.push(`removed stale .git/${lock}`);
    const head = await headCommit(dir);
    for (const name of journals) {
        const file = (0,external_node_path_.join)(gitDir, 'mtrack', name);
        const { paths } = JSON.parse(await (0,promises_.readFile)(file, 'utf8').catch(() => '{"paths":[]}'));
        const committed = head ? await committedPaths(dir, head, paths) : [];
        if (committed.length > 0) {
            await exec_execGit(['reset', '--quiet', head, '--', ...committed], { cwd: dir });
            done.push(`index updated for ${committed.join(', ')}`);
        }
        await (0,promises_.rm)(file, { force: true });
    }
    return done;
}
async function committedPaths(dir, head, paths) {
    if (paths.length === 0)
        return [];
    const text = await exec_gitText(['ls-tree', '--name-only', head, '--', ...paths], { cwd: dir });
    const present = new Set(text.split('\n').filter(Boolean));
    return paths.filter((p) => present.has(p.replace(/\/$/, '')));
}
async function tryCommitOnHead(dir, paths, message, identity) {
    const gitDir = await gitCommonDir(dir);
    const index = (0,external_node_path_.join)(gitDir, `mtrack-index.${(0,fs_owner/* ownerTag */.qE)()}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`);
    const env = { GIT_INDEX_FILE: index };
    try {
        const head = await headCommit(dir);
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
            if ((await headCommit(dir)) !== head)
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
        const info = await (0,promises_.stat)(path).catch(() => undefined);
        if (!info)
            return false;
        if (Date.now() - info.mtimeMs >= LOCK_GRACE_MS)
            break;
        await (0,external_node_timers_promises_.setTimeout)(100);
    }
    await (0,promises_.rm)(path, { force: true });
    return true;
}
const LOCK_GRACE_MS = 2_000;
//# sourceMappingURL=commit.js.map
;// CONCATENATED MODULE: ./lib/src/adapters/git/index.js
// The one git boundary: use cases import git from here and nowhere else. Every write goes through the git CLI
// (locks, temp-file-and-rename objects, compare-and-swap refs), so a killed process cannot corrupt a repository.







//# sourceMappingURL=index.js.map

/***/ })

};
