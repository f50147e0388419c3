import { HubApiError } from '@huggingface/hub';

export interface HubErrorContext {
  endpoint: string;
  modelId: string;
  revision: string;
  hasToken: boolean;
  timeoutMs: number;
  errorCodeFor(url: string): string | undefined;
}

/** One honest line saying why the hub gave no answer we can pin: the status or socket error, and where. */
export function describeHubError(error: unknown, context: HubErrorContext): string {
  const where = `(${context.endpoint})`;
  if (error instanceof HubApiError) return oneLine(`${describeStatus(error, context)} ${where}`);
  if (isTimeout(error)) return `no answer within ${context.timeoutMs} ms ${where}`;
  const socket = socketCause(error);
  if (socket) return oneLine(`${socket} ${where}`);
  // e.g. `fetch failed: bad port` (fetch refuses ports like 9 or 6000 before connecting).
  const messages = causes(error)
    .map((e) => textOf(e.message))
    .filter(Boolean);
  const message = messages.length > 0 ? [...new Set(messages)].join(': ') : String(error);
  return oneLine(`${message} ${where}`);
}

function describeStatus(error: HubApiError, context: HubErrorContext): string {
  const status = error.statusCode;
  const code = context.errorCodeFor(error.url);
  if (status === 401 || status === 403) {
    return context.hasToken
      ? `authentication failed (${status}): the hub refused HF_TOKEN for '${context.modelId}'`
      : `access denied (${status}): '${context.modelId}' is private, gated or missing; set HF_TOKEN if you have access`;
  }
  if (status === 404 && code === 'RevisionNotFound') return `revision '${context.revision}' not found (404)`;
  if (status === 404 && code === 'EntryNotFound') return `file not found (404): ${pathOf(error.url)}`;
  if (status === 404) return `model '${context.modelId}' not found (404)`;
  if (status === 429) return 'rate limited by the hub (429)';
  return `hub answered HTTP ${status} for ${pathOf(error.url)}`;
}

function isTimeout(error: unknown): boolean {
  return causes(error).some((e) => e.name === 'TimeoutError' || e.code === 'UND_ERR_CONNECT_TIMEOUT');
}

/** Node's fetch throws `TypeError: fetch failed` and keeps the useful part (`connect ECONNREFUSED ...`) in `cause`. */
function socketCause(error: unknown): string | undefined {
  const socket = causes(error).find((e) => typeof e.code === 'string');
  if (!socket) return undefined;
  // Several addresses tried (localhost -> ::1 and 127.0.0.1) arrive as an AggregateError with an empty message.
  const first = Array.isArray(socket.errors) ? (socket.errors[0] as ErrorLike | undefined) : undefined;
  return textOf(socket.message) || textOf(first?.message) || String(socket.code);
}

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  code?: unknown;
  cause?: unknown;
  errors?: unknown;
}

/**
 * The error and its `cause` chain. Duck-typed, not `instanceof Error`: errors made inside Node's fetch come from
 * another realm under Jest's VM modules, where `instanceof` is false.
 */
function causes(error: unknown): ErrorLike[] {
  const chain: ErrorLike[] = [];
  for (let e = error; typeof e === 'object' && e !== null && chain.length < 10; e = (e as ErrorLike).cause) {
    chain.push(e as ErrorLike);
  }
  return chain;
}

function textOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function pathOf(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname);
  } catch {
    return url;
  }
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
