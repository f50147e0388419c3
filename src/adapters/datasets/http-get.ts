import { get as httpGet, type IncomingMessage } from 'node:http';
import { get as httpsGet } from 'node:https';
import { MtrackError } from '../../core/errors.js';

const MAX_REDIRECTS = 5;

export interface RawResponse {
  /** The body exactly as it came over the wire: never inflated, whatever Content-Encoding says. */
  bytes: Uint8Array;
  /** The response's Content-Encoding (lower case), when it named one. */
  contentEncoding?: string;
}

/**
 * GET with `Accept-Encoding: identity`, following redirects, without decoding the body. fetch() cannot do this: it
 * always inflates a `Content-Encoding: gzip` body, and servers send stored `.gz` files with exactly that header,
 * so the bytes a sha256 pin was taken from would be lost. Failures are NETWORK errors naming the URL.
 */
export async function getRawBytes(url: string, timeoutMs: number): Promise<RawResponse> {
  const signal = AbortSignal.timeout(timeoutMs);
  let current = url;
  for (let hop = 0; ; hop++) {
    const response = await request(current, signal, url);
    const status = response.statusCode ?? 0;
    const location = response.headers.location;
    if (status >= 300 && status < 400 && location) {
      response.resume();
      if (hop === MAX_REDIRECTS) throw networkError(url, `more than ${MAX_REDIRECTS} redirects`);
      current = new URL(location, current).href;
      continue;
    }
    if (status < 200 || status >= 300) {
      response.resume();
      throw networkError(url, `HTTP ${status} ${response.statusMessage ?? ''}`.trimEnd());
    }
    const encoding = response.headers['content-encoding']?.trim().toLowerCase();
    return { bytes: await readBody(response, url, signal), ...(encoding ? { contentEncoding: encoding } : {}) };
  }
}

function request(url: string, signal: AbortSignal, original: string): Promise<IncomingMessage> {
  const get = new URL(url).protocol === 'https:' ? httpsGet : httpGet;
  return new Promise((resolve, reject) => {
    // agent: false: a connection per file, never a pooled keep-alive socket the server closed meanwhile (ECONNRESET).
    get(url, { headers: { 'accept-encoding': 'identity' }, signal, agent: false }, resolve).on('error', (error) =>
      reject(networkError(original, describe(error, signal), error)),
    );
  });
}

async function readBody(response: IncomingMessage, url: string, signal: AbortSignal): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of response) chunks.push(chunk as Buffer);
  } catch (error) {
    throw networkError(url, `body read failed: ${describe(error as Error, signal)}`, error);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

function describe(error: Error, signal?: AbortSignal): string {
  if (signal?.aborted) return 'timed out';
  return (error as NodeJS.ErrnoException).code ?? error.message;
}

function networkError(url: string, what: string, cause?: unknown): MtrackError {
  return new MtrackError('NETWORK', `GET ${url}: ${what}.`, { cause });
}
