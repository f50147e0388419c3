import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse } from 'yaml';

/**
 * A loopback stand-in for the Hugging Face hub serving one model repo from memory. It implements exactly the
 * endpoints @huggingface/hub 2.x calls for modelInfo, listFiles and downloadFile:
 *   GET /api/models/<id>/revision/<rev>?expand=...        (modelInfo; only the expanded fields + _id, id)
 *   GET /api/models/<id>/tree/<rev>[/<dir>]?recursive=&expand=&cursor=   (listFiles; Link rel="next" pages)
 *   GET /<id>/resolve/<rev>/<path>  with or without `Range: bytes=a-b`   (fileDownloadInfo, then WebBlob)
 * Errors carry the hub's X-Error-Code header (RepoNotFound, RevisionNotFound, EntryNotFound) and a JSON body.
 */
export interface FakeHubFile {
  path: string;
  content: string | Uint8Array;
  /** Stored through LFS: the tree reports `lfs.oid` (sha256 of the content) and the pointer's git oid. */
  lfs?: boolean;
}

export interface FakeHubCommit {
  /** 40 hex; `fakeCommitSha()` makes a random one. */
  sha: string;
  files: FakeHubFile[];
}

export interface FakeHubRepo {
  /** e.g. `lane99/resnet_mnist_digits`. */
  id: string;
  /** Branches and tags: name -> commit sha. `HEAD` follows `main`. */
  refs: Record<string, string>;
  commits: FakeHubCommit[];
  pipelineTag?: string;
}

export interface FakeHubOptions {
  /** When set, a request must carry `Authorization: Bearer <token>`: none -> 401 RepoNotFound, wrong -> 401. */
  token?: string;
  /** Tree entries per page (the real hub pages with a Link header). Default: all in one page. */
  pageSize?: number;
  /** Accept connections but never answer (an unreachable-but-listening hub). */
  hang?: boolean;
  /** Answer this status for request paths containing `pathIncludes`. */
  fail?: { pathIncludes: string; status: number };
  /** Serve these paths with one byte flipped (bytes that do not match the tree's oid). */
  corrupt?: string[];
}

export interface FakeHubRequest {
  method: string;
  url: string;
  authorization?: string;
  range?: string;
}

export interface FakeHub {
  url: string;
  requests: FakeHubRequest[];
  close(): Promise<void>;
}

export function fakeCommitSha(): string {
  return randomBytes(20).toString('hex');
}

export function gitBlobOid(bytes: Uint8Array): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

export function lfsPointer(bytes: Uint8Array): string {
  const oid = createHash('sha256').update(bytes).digest('hex');
  return `version https://git-lfs.github.com/spec/v1\noid sha256:${oid}\nsize ${bytes.length}\n`;
}

export async function startFakeHub(repo: FakeHubRepo, options: FakeHubOptions = {}): Promise<FakeHub> {
  const requests: FakeHubRequest[] = [];
  const server = createServer((req, res) => {
    requests.push({
      method: req.method ?? '',
      url: req.url ?? '',
      ...(req.headers.authorization !== undefined && { authorization: req.headers.authorization }),
      ...(req.headers.range !== undefined && { range: req.headers.range }),
    });
    if (options.hang) return;
    try {
      route(req, res, repo, options, baseUrl);
    } catch (error) {
      sendError(res, 500, 'InternalError', String(error));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: baseUrl,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function route(
  req: IncomingMessage,
  res: ServerResponse,
  repo: FakeHubRepo,
  options: FakeHubOptions,
  base: string,
): void {
  const url = new URL(req.url ?? '/', base);
  const path = url.pathname;
  if (req.method !== 'GET') return sendError(res, 405, 'MethodNotAllowed', `${req.method} not supported`);
  if (options.token !== undefined) {
    const auth = req.headers.authorization;
    if (auth === undefined) return sendError(res, 401, 'RepoNotFound', 'Repository not found');
    if (auth !== `Bearer ${options.token}`)
      return sendError(res, 401, undefined, 'Invalid credentials in Authorization header');
  }
  if (options.fail && decodeURIComponent(path).includes(options.fail.pathIncludes)) {
    return sendError(res, options.fail.status, undefined, `injected failure ${options.fail.status}`);
  }

  const api = `/api/models/${repo.id}/`;
  const resolve = `/${repo.id}/resolve/`;
  if (path.startsWith(api)) {
    const [kind, rev, ...rest] = path.slice(api.length).split('/');
    const commit = findCommit(repo, decodeURIComponent(rev ?? ''));
    if (!commit) return sendError(res, 404, 'RevisionNotFound', `Invalid rev id: ${decodeURIComponent(rev ?? '')}`);
    if (kind === 'revision' && rest.length === 0) return sendJson(res, modelInfoBody(repo, commit, url.searchParams));
    if (kind === 'tree') return sendTree(res, commit, decodeURIComponent(rest.join('/')), url, options.pageSize);
  } else if (path.startsWith(resolve)) {
    const [rev, ...rest] = path.slice(resolve.length).split('/');
    const commit = findCommit(repo, decodeURIComponent(rev ?? ''));
    if (!commit) return sendError(res, 404, 'RevisionNotFound', `Invalid rev id: ${decodeURIComponent(rev ?? '')}`);
    const filePath = decodeURIComponent(rest.join('/'));
    const file = commit.files.find((f) => f.path === filePath);
    if (!file) return sendError(res, 404, 'EntryNotFound', `Entry not found: ${filePath}`);
    return sendFile(res, commit, file, req.headers.range, options.corrupt?.includes(filePath) ?? false);
  }
  return sendError(res, 404, 'RepoNotFound', 'Repository not found');
}

function findCommit(repo: FakeHubRepo, rev: string): FakeHubCommit | undefined {
  const sha = rev === 'HEAD' ? repo.refs.main : (repo.refs[rev] ?? rev);
  return repo.commits.find((c) => c.sha === sha);
}

function bytesOf(file: FakeHubFile): Uint8Array {
  return typeof file.content === 'string' ? new TextEncoder().encode(file.content) : file.content;
}

function modelInfoBody(repo: FakeHubRepo, commit: FakeHubCommit, search: URLSearchParams): Record<string, unknown> {
  const readme = commit.files.find((f) => f.path === 'README.md');
  const cardData = readme ? frontMatter(new TextDecoder().decode(bytesOf(readme))) : undefined;
  const license = cardData?.license;
  const full: Record<string, unknown> = {
    _id: createHash('sha1').update(repo.id).digest('hex').slice(0, 24),
    id: repo.id,
    sha: commit.sha,
    pipeline_tag: repo.pipelineTag,
    tags: [...(typeof license === 'string' ? [`license:${license}`] : []), 'region:us'],
    cardData,
    private: false,
    gated: false,
    downloads: 0,
    likes: 0,
    lastModified: '2024-01-01T00:00:00.000Z',
    siblings: commit.files.map((f) => ({ rfilename: f.path })),
  };
  // Like the real hub: with `expand`, only the expanded fields (and the ids) come back.
  const expand = search.getAll('expand');
  if (expand.length === 0) return full;
  return Object.fromEntries(Object.entries(full).filter(([k]) => k === '_id' || k === 'id' || expand.includes(k)));
}

function frontMatter(text: string): Record<string, unknown> | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  return match ? (parse(match[1]) as Record<string, unknown>) : undefined;
}

function sendTree(res: ServerResponse, commit: FakeHubCommit, dir: string, url: URL, pageSize?: number): void {
  const recursive = url.searchParams.get('recursive') === 'true';
  const prefix = dir ? `${dir}/` : '';
  const dirs = new Set<string>();
  for (const f of commit.files) {
    const parts = f.path.split('/');
    for (let i = 1; i < parts.length; i++) dirs.add(parts.slice(0, i).join('/'));
  }
  const entries: TreeEntry[] = [
    ...[...dirs].map((p): TreeEntry => ({
      type: 'directory',
      oid: createHash('sha1').update(p).digest('hex'),
      size: 0,
      path: p,
    })),
    ...commit.files.map(treeEntry),
  ]
    .filter((e) => e.path.startsWith(prefix) && (recursive || !e.path.slice(prefix.length).includes('/')))
    .sort((a, b) => (a.path < b.path ? -1 : 1));
  const cursor = Number(url.searchParams.get('cursor') ?? 0);
  const end = pageSize ? cursor + pageSize : entries.length;
  if (end < entries.length) {
    const next = new URL(url);
    next.searchParams.set('cursor', String(end));
    res.setHeader('Link', `<${next.href}>; rel="next"`);
  }
  sendJson(res, entries.slice(cursor, end));
}

interface TreeEntry {
  type: 'file' | 'directory';
  oid: string;
  size: number;
  path: string;
  lfs?: { oid: string; size: number; pointerSize: number };
}

function treeEntry(file: FakeHubFile): TreeEntry {
  const bytes = bytesOf(file);
  if (!file.lfs) return { type: 'file', oid: gitBlobOid(bytes), size: bytes.length, path: file.path };
  const pointer = new TextEncoder().encode(lfsPointer(bytes));
  const oid = createHash('sha256').update(bytes).digest('hex');
  return {
    type: 'file',
    oid: gitBlobOid(pointer),
    size: bytes.length,
    path: file.path,
    lfs: { oid, size: bytes.length, pointerSize: pointer.length },
  };
}

function sendFile(
  res: ServerResponse,
  commit: FakeHubCommit,
  file: FakeHubFile,
  range: string | undefined,
  corrupt: boolean,
): void {
  let bytes = bytesOf(file);
  if (corrupt && bytes.length > 0) {
    bytes = Uint8Array.from(bytes);
    bytes[0] ^= 0xff;
  }
  const entry = treeEntry(file);
  const etag = `"${entry.lfs?.oid ?? entry.oid}"`;
  res.setHeader('ETag', etag);
  res.setHeader('X-Repo-Commit', commit.sha);
  res.setHeader('Accept-Ranges', 'bytes');
  res.setHeader('Content-Type', 'application/octet-stream');
  if (file.lfs) {
    res.setHeader('X-Linked-ETag', etag);
    res.setHeader('X-Linked-Size', String(bytes.length));
  }
  const match = range ? /^bytes=(\d+)-(\d*)$/.exec(range) : null;
  if (!match || bytes.length === 0) {
    res.statusCode = 200;
    res.end(bytes);
    return;
  }
  const start = Number(match[1]);
  const last = Math.min(match[2] ? Number(match[2]) : bytes.length - 1, bytes.length - 1);
  res.statusCode = 206;
  res.setHeader('Content-Range', `bytes ${start}-${last}/${bytes.length}`);
  res.end(bytes.subarray(start, last + 1));
}

function sendJson(res: ServerResponse, body: unknown): void {
  res.statusCode = 200;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}

function sendError(res: ServerResponse, status: number, errorCode: string | undefined, message: string): void {
  res.statusCode = status;
  if (errorCode) res.setHeader('X-Error-Code', errorCode);
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.end(JSON.stringify({ error: message }));
}
