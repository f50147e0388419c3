import { badInput, checkFailed, MtrackError } from '../../core/errors.js';
import { sha256, type Sha256 } from '../../core/hash.js';
import { optionalString, type DatasetSource } from './dataset-source.js';
import {
  assembleSourceData,
  candidateNames,
  guessSourceName,
  IDX_ROLES,
  pickRoleFiles,
  type InputFile,
  type IdxRole,
  type SourceData,
} from './idx-source-files.js';

const DOWNLOAD_TIMEOUT_MS = 10 * 60_000;

/**
 * Downloads the four IDX files named by the keys of `pins` from `baseUrl` and checks each against its pinned
 * sha256 before parsing anything; a mismatch is a CHECK_FAILED naming the URL and both hashes.
 */
export async function loadUrlSource(baseUrl: string, pins: Record<string, string>, name?: string): Promise<SourceData> {
  const base = parseBaseUrl(baseUrl);
  const expected = normalizePins(pins);
  const names = pickRoleFiles(Object.keys(expected), `url source sha256 pins`);
  const files = {} as Record<IdxRole, InputFile>;
  await Promise.all(
    IDX_ROLES.map(async (role) => {
      const url = new URL(names[role], base).href;
      const bytes = await download(url);
      const actual = sha256(bytes);
      if (actual !== expected[names[role]]) {
        throw checkFailed(`${url}: sha256 mismatch: expected ${expected[names[role]]} (pinned), got ${actual}.`);
      }
      files[role] = { name: names[role], label: url, bytes };
    }),
  );
  return assembleSourceData(files, {
    source: name ?? guessSourceName(base.pathname),
    provider: `url:${base.href}`,
    source_uri: base.href,
  });
}

function parseBaseUrl(baseUrl: string): URL {
  let url: URL;
  try {
    url = new URL(baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
  } catch {
    throw badInput(`url source: invalid base URL '${baseUrl}', expected an http(s) URL such as https://host/path/.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw badInput(`url source: unsupported protocol in '${baseUrl}', expected http: or https:.`);
  }
  return url;
}

function normalizePins(pins: Record<string, string>): Record<string, Sha256> {
  const accepted = new Set(IDX_ROLES.flatMap(candidateNames));
  const out: Record<string, Sha256> = {};
  for (const [file, value] of Object.entries(pins)) {
    if (!accepted.has(file)) {
      throw badInput(
        `url source sha256 pins: '${file}' is not an MNIST-style file name, expected e.g. train-images-idx3-ubyte.gz.`,
      );
    }
    const match = /^(?:sha256:)?([0-9a-fA-F]{64})$/.exec(value);
    if (!match)
      throw badInput(`url source sha256['${file}']: expected 64 hex digits (optionally 'sha256:'), got '${value}'.`);
    out[file] = `sha256:${match[1].toLowerCase()}`;
  }
  return out;
}

async function download(url: string): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS), redirect: 'follow' });
  } catch (error) {
    throw new MtrackError('NETWORK', `GET ${url}: ${describeFetchError(error)}.`, { cause: error });
  }
  if (!response.ok) {
    throw new MtrackError('NETWORK', `GET ${url}: HTTP ${response.status} ${response.statusText}`.trimEnd() + '.');
  }
  try {
    return new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    throw new MtrackError('NETWORK', `GET ${url}: body read failed: ${describeFetchError(error)}.`, { cause: error });
  }
}

// undici reports every network failure as TypeError('fetch failed') with the useful part in `cause`.
function describeFetchError(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  if (cause?.code) return cause.code;
  if (cause?.message) return cause.message;
  return (error as Error).message;
}

/** `--url BASE --sha256 FILE=HEX...`: four IDX files downloaded and checked against their pins. */
export const urlSource: DatasetSource<{ baseUrl: string; sha256: Record<string, string>; name?: string }> = {
  description: 'four IDX files under a base URL, each checked against its pinned sha256 before use',
  selectedBy: 'url',
  flags: { url: { type: 'string' }, sha256: { type: 'string', multiple: true }, name: { type: 'string' } },
  usage: '--url BASE --sha256 FILE=HEX... [--name NAME]',
  parseOptions(flags) {
    const sha256: Record<string, string> = {};
    for (const pair of (flags.sha256 as string[] | undefined) ?? []) {
      const eq = pair.indexOf('=');
      if (eq <= 0) throw badInput(`--sha256 '${pair}': expected <file>=<hex>.`);
      sha256[pair.slice(0, eq)] = pair.slice(eq + 1);
    }
    return { baseUrl: String(flags.url), sha256, name: optionalString(flags.name) };
  },
  load: (options) => loadUrlSource(options.baseUrl, options.sha256, options.name),
};
