/** A `fetch` for @huggingface/hub calls: per-request timeout, bearer token, and the hub's X-Error-Code per URL. */
export interface HubFetch {
  fetch: typeof fetch;
  /** The X-Error-Code header (RepoNotFound, RevisionNotFound, EntryNotFound, ...) of a failed response, by its URL. */
  errorCodeFor(url: string): string | undefined;
}

export function createHubFetch(token: string | undefined, timeoutMs: number): HubFetch {
  const errorCodes = new Map<string, string>();
  const hubFetch: typeof fetch = async (input, init) => {
    const headers = new Headers(init?.headers);
    // The token goes on here rather than through the library's `accessToken`, which throws unless it starts with
    // `hf_`; tokens for a mirror behind HF_ENDPOINT need not.
    if (token) headers.set('Authorization', `Bearer ${token}`);
    // Per request, and it also covers reading the body: an offline or silent hub must not hang `model pin`.
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    const response = await fetch(input, { ...init, headers, signal });
    const code = response.headers.get('X-Error-Code');
    if (!response.ok && code) errorCodes.set(response.url || String(input), code);
    return response;
  };
  return { fetch: hubFetch, errorCodeFor: (url) => errorCodes.get(url) };
}
