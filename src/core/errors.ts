/** Stable error codes: the edges map them to exit codes and one-line messages. */
export type ErrorCode =
  | 'BAD_INPUT' // malformed or missing user input (file, field, flag): exit 2
  | 'CHECK_FAILED' // a rule or integrity check found a violation: exit 1
  | 'NOT_FOUND' // a named thing (revision, run, file) does not exist: exit 2
  | 'NETWORK' // a remote could not be reached or answered badly: exit 4
  | 'GIT' // a git command failed (corrupt repo, rejected push, lock held): exit 4, with the command
  | 'INTERNAL'; // a bug in mtrack: exit 3

/** The one error type mtrack throws; `message` is the whole user-facing line. */
export class MtrackError extends Error {
  readonly code: ErrorCode;
  readonly hint?: string;
  readonly data?: unknown;

  constructor(code: ErrorCode, message: string, options: { hint?: string; cause?: unknown; data?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'MtrackError';
    this.code = code;
    this.hint = options.hint;
    this.data = options.data;
  }
}

export function badInput(message: string, hint?: string): MtrackError {
  return new MtrackError('BAD_INPUT', message, { hint });
}

export function checkFailed(message: string, data?: unknown): MtrackError {
  return new MtrackError('CHECK_FAILED', message, { data });
}

export function notFound(message: string, hint?: string): MtrackError {
  return new MtrackError('NOT_FOUND', message, { hint });
}

/**
 * Exit code for an error reaching an entry point: 1 failed check, 2 bad input or usage, 4 git or the network
 * failed (the environment, not mtrack), 3 anything else (a bug in mtrack).
 */
export function exitCodeFor(error: unknown): number {
  if (!(error instanceof MtrackError)) return 3;
  if (error.code === 'CHECK_FAILED') return 1;
  if (error.code === 'BAD_INPUT' || error.code === 'NOT_FOUND') return 2;
  if (error.code === 'GIT' || error.code === 'NETWORK') return 4;
  return 3;
}
