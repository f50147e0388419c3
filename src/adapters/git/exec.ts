import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { MtrackError } from '../../core/errors.js';

/** How a command reaches a remote: a URL (https, ssh, file) or a local path, with an optional token for https. */
export interface GitRemote {
  url: string;
  token?: string;
}

export interface RunGitOptions {
  cwd: string;
  input?: string | Uint8Array;
  /**
   * Keep the inherited GIT_* variables. A hook exports GIT_DIR/GIT_INDEX_FILE for the repo being committed: keep
   * them only when reading that repo's index; strip them when addressing any repo by directory (the dataset-meta
   * repo, a range in CI, a temp repo in a test), or git would act on the hook's repo instead. Default: strip.
   */
  keepGitEnv?: boolean;
  /** Extra variables (e.g. GIT_INDEX_FILE for a private index), set after stripping. */
  env?: Record<string, string>;
  /** Exit codes that are answers rather than failures (e.g. 1 for `git diff --quiet`). */
  okCodes?: number[];
  /** An https remote's token goes into an Authorization header through GIT_CONFIG_* (see remoteEnv). */
  remote?: GitRemote;
}

export interface GitOutput {
  stdout: Buffer;
  stderr: string;
  code: number;
}

/** A git command that failed: the command (remote URL masked), the folder and git's own message. */
export class GitError extends MtrackError {
  constructor(
    readonly command: string,
    readonly cwd: string,
    readonly exitCode: number,
    readonly stderr: string,
  ) {
    super('GIT', `git ${command} failed in '${cwd}': ${lastLine(stderr) || `exit ${exitCode}`}`, {
      data: { command, exitCode },
    });
  }
}

export function gitEnv(keep: boolean, extra: Record<string, string> = {}, remote?: GitRemote): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (!keep) for (const key of Object.keys(env)) if (key.startsWith('GIT_')) delete env[key];
  // GIT_OPTIONAL_LOCKS=0: a read such as `git status` then never takes index.lock, so a kill in the middle of one
  // cannot leave a lock that blocks the next command (found by the fault suite).
  Object.assign(env, { GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C', GIT_OPTIONAL_LOCKS: '0' }, extra, remoteEnv(remote));
  return env;
}

/**
 * An https token travels as an Authorization header through GIT_CONFIG_* variables: unlike `-c` on the command line
 * or a URL with the token in it, this keeps it out of the process list, `.git/config` and git's error messages.
 */
function remoteEnv(remote?: GitRemote): Record<string, string> {
  if (!remote?.token || !/^https?:\/\//.test(remote.url)) return {};
  const origin = new URL(remote.url).origin;
  return {
    GIT_CONFIG_COUNT: '1',
    GIT_CONFIG_KEY_0: `http.${origin}/.extraheader`,
    GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${remote.token}`).toString('base64')}`,
  };
}

/** Runs git and resolves with its output whatever the exit code; only a git that cannot start rejects. */
export function spawnGit(args: string[], options: RunGitOptions): Promise<GitOutput> {
  return new Promise((resolve, reject) => {
    const env = gitEnv(options.keepGitEnv ?? false, options.env, options.remote);
    const child = spawn('git', args, { cwd: options.cwd, env, stdio: 'pipe' });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    // spawn reports a missing working folder as ENOENT of git itself: say which it is.
    child.on('error', (error) =>
      reject(
        existsSync(options.cwd)
          ? new MtrackError('GIT', `git could not be started: ${error.message}`, { cause: error })
          : new MtrackError('NOT_FOUND', `'${options.cwd}': no such folder (git was to run there).`),
      ),
    );
    child.on('close', (code) =>
      resolve({ stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8'), code: code ?? 1 }),
    );
    // A reader that exits early (bad revision) closes stdin: ignore EPIPE, the close handler reports the failure.
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
  });
}

/** The single place mtrack runs git: resolves with the output, rejects with a GitError naming the command. */
export async function execGit(args: string[], options: RunGitOptions): Promise<GitOutput> {
  const result = await spawnGit(args, options);
  if (result.code === 0 || options.okCodes?.includes(result.code)) return result;
  const shown = args.map((a) => (options.remote && a === options.remote.url ? '<remote>' : a)).join(' ');
  throw new GitError(shown, options.cwd, result.code, result.stderr);
}

/** stdout of a successful git command as text, trimmed. */
export async function gitText(args: string[], options: RunGitOptions): Promise<string> {
  return (await execGit(args, options)).stdout.toString('utf8').trim();
}

function lastLine(text: string): string {
  const lines = text
    .trim()
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  // git prints hints after the error line; the `fatal:`/`error:` line is the one that explains.
  return lines.find((l) => /^(fatal|error):/.test(l)) ?? lines[lines.length - 1] ?? '';
}
