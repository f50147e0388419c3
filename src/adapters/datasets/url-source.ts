import { gunzipSync } from 'node:zlib';
import { badInput, checkFailed } from '../../core/errors.js';
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
import { getRawBytes, type RawResponse } from './http-get.js';

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
      const bytes = pinnedBytes(url, await getRawBytes(url, DOWNLOAD_TIMEOUT_MS), expected[names[role]]);
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

/**
 * The bytes the pin was taken from. Servers label a stored `.gz` file `Content-Encoding: gzip` (the pin covers the
 * bytes as sent), and some compress a stored plain file on the fly although we asked for identity (the pin covers
 * the inflated bytes); a sha256 match on either identifies the file.
 */
function pinnedBytes(url: string, response: RawResponse, pin: Sha256): Uint8Array {
  const sent = sha256(response.bytes);
  if (sent === pin) return response.bytes;
  const inflated = /^(x-)?gzip$/.test(response.contentEncoding ?? '') ? tryGunzip(response.bytes) : undefined;
  if (inflated && sha256(inflated) === pin) return inflated;
  const also = inflated ? ` (${sha256(inflated)} after Content-Encoding: gzip)` : '';
  throw checkFailed(`${url}: sha256 mismatch: expected ${pin} (pinned), got ${sent}${also}.`);
}

function tryGunzip(bytes: Uint8Array): Uint8Array | undefined {
  try {
    return new Uint8Array(gunzipSync(bytes));
  } catch {
    return undefined;
  }
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
