import { createHash } from 'node:crypto';
import { downloadFile, listFiles, modelInfo, type ListFileEntry } from '@huggingface/hub';
import { sha256 } from '../../core/hash.js';
import { metadataFrom, readCardMetadata, type CardMetadata } from './card-metadata.js';
import { describeHubError } from './describe-hub-error.js';
import { createHubFetch } from './hub-fetch.js';

export interface HubOptions {
  /** The hub's base URL; the caller passes `HF_ENDPOINT ?? 'https://huggingface.co'`. */
  endpoint: string;
  /** HF_TOKEN, sent as `Authorization: Bearer`. */
  token?: string;
  /** Per request; default 10 s. */
  timeoutMs?: number;
}

export interface HubFile {
  path: string;
  size: number;
  sha256: `sha256:${string}` | null;
  lfs: boolean;
}

export type HubBaseline =
  | {
      status: 'resolved';
      modelId: string;
      revision: string;
      /** 40 hex, as the hub reported it for `revision`. */
      resolvedCommit: string;
      task?: string;
      /** License id from the card's front matter, the hub's cardData or its `license:` tag. */
      license?: string;
      /** `datasets` from the card's front matter. */
      datasets?: string[];
      files: HubFile[];
      /** README.md at the resolved commit. */
      modelCard?: string;
      /** The license file at the resolved commit (LICENSE, LICENSE.md, license.txt, ...). */
      licenseText?: string;
      licensePath?: string;
    }
  | { status: 'unresolved'; modelId: string; revision: string; reason: string };

export const DEFAULT_HUB_TIMEOUT_MS = 10_000;
/** Non-LFS files up to this size are downloaded to hash them; larger ones get `sha256: null`. */
export const MAX_HASHED_DOWNLOAD = 1024 * 1024;

const COMMIT_SHA = /^[0-9a-f]{40}$/;
const SHA256_HEX = /^[0-9a-f]{64}$/;
const LICENSE_FILE = /^licen[cs]e(\.(md|txt))?$/i;

/**
 * Resolves `revision` of a hub model to the commit the hub reports, and reads its files, card and license at that
 * commit. Any failure gives `unresolved` with a one-line reason: a SHA is never guessed.
 */
export async function fetchModelBaseline(modelId: string, revision: string, options: HubOptions): Promise<HubBaseline> {
  const endpoint = options.endpoint.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? DEFAULT_HUB_TIMEOUT_MS;
  const hub = createHubFetch(options.token, timeoutMs);
  const common = { hubUrl: endpoint, fetch: hub.fetch };
  let stage = '';
  try {
    const info = await modelInfo({ ...common, name: modelId, revision, additionalFields: ['sha', 'cardData', 'tags'] });
    if (typeof info.sha !== 'string' || !COMMIT_SHA.test(info.sha)) {
      return unresolved(`the hub reported no 40-hex commit for revision '${revision}' (got '${String(info.sha)}')`);
    }
    const commit = info.sha;
    stage = `resolved '${revision}' to ${commit}, then: `;
    const repo = { ...common, repo: { type: 'model' as const, name: modelId } };
    const download = async (path: string): Promise<Uint8Array> => {
      // xet: false — the xet protocol needs its own token exchange; plain resolve URLs serve the same bytes.
      const blob = await downloadFile({ ...repo, path, revision: commit, xet: false });
      if (!blob) throw new Error(`file '${path}' listed at ${commit} but not found there`);
      return new Uint8Array(await blob.arrayBuffer());
    };

    const entries: ListFileEntry[] = [];
    for await (const entry of listFiles({ ...repo, revision: commit, recursive: true })) {
      if (entry.type === 'file') entries.push(entry);
    }
    entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));

    const bytesByPath = new Map<string, Uint8Array>();
    const files: HubFile[] = [];
    // One file at a time: a baseline repo has a handful of small files, and the hub rate-limits bursts.
    for (const entry of entries) {
      const lfsOid = entry.lfs?.oid;
      if (lfsOid !== undefined) {
        const hash = SHA256_HEX.test(lfsOid) ? sha256Of(lfsOid) : null;
        files.push({ path: entry.path, size: entry.lfs?.size ?? entry.size, sha256: hash, lfs: true });
      } else if (entry.size <= MAX_HASHED_DOWNLOAD) {
        const bytes = entry.size === 0 ? new Uint8Array() : await download(entry.path);
        assertGitOid(entry, bytes);
        bytesByPath.set(entry.path, bytes);
        files.push({ path: entry.path, size: bytes.length, sha256: sha256(bytes), lfs: false });
      } else {
        files.push({ path: entry.path, size: entry.size, sha256: null, lfs: false });
      }
    }

    const textOf = async (path: string | undefined): Promise<string | undefined> => {
      if (path === undefined) return undefined;
      return new TextDecoder().decode(bytesByPath.get(path) ?? (await download(path)));
    };
    const paths = new Set(entries.map((e) => e.path));
    const modelCard = await textOf(paths.has('README.md') ? 'README.md' : undefined);
    // The README at the commit we pinned is the source of truth; the hub's cardData is for `revision`, which
    // may have moved between the two calls.
    const card: CardMetadata = {
      ...metadataFrom(info.cardData ?? {}),
      ...(modelCard ? readCardMetadata(modelCard) : {}),
    };
    const licensePath = pickLicenseFile(paths, card.licenseLink);
    const licenseText = await textOf(licensePath);
    const license = card.license ?? info.tags?.find((t) => t.startsWith('license:'))?.slice('license:'.length);
    const task = info.task ?? card.pipelineTag;

    return dropUndefined({
      status: 'resolved' as const,
      modelId,
      revision,
      resolvedCommit: commit,
      task,
      license,
      datasets: card.datasets,
      files,
      modelCard,
      licenseText,
      licensePath,
    });
  } catch (error) {
    const reason = describeHubError(error, {
      endpoint,
      modelId,
      revision,
      hasToken: Boolean(options.token),
      timeoutMs,
      errorCodeFor: hub.errorCodeFor,
    });
    return unresolved(stage + reason);
  }

  function unresolved(reason: string): HubBaseline {
    return { status: 'unresolved', modelId, revision, reason };
  }
}

function sha256Of(hex: string): `sha256:${string}` {
  return `sha256:${hex}`;
}

/** The tree's `oid` of a non-LFS file is its git blob id: checking it proves the bytes are the commit's. */
function assertGitOid(entry: ListFileEntry, bytes: Uint8Array): void {
  if (!entry.oid || !COMMIT_SHA.test(entry.oid)) return;
  const oid = createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
  if (oid !== entry.oid) {
    throw new Error(`bytes served for '${entry.path}' do not match its git oid ${entry.oid} (got ${oid})`);
  }
}

function pickLicenseFile(paths: Set<string>, licenseLink: string | undefined): string | undefined {
  const linked = licenseLink?.replace(/^\.?\//, '');
  if (linked && paths.has(linked)) return linked;
  const preferred = ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'license.txt', 'license.md', 'license'];
  return preferred.find((p) => paths.has(p)) ?? [...paths].filter((p) => LICENSE_FILE.test(p)).sort()[0];
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
