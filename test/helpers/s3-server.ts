import { spawn } from 'node:child_process';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { MTRACK_BIN } from './cli.js';
import { cleanEnv, tempDir } from './git-fixture.js';

interface S3rverInstance {
  run(): Promise<AddressInfo>;
  close(): Promise<void>;
}
// s3rver ships no types; this is the part of its API the tests use.
const S3rver = createRequire(import.meta.url)('s3rver') as new (options: Record<string, unknown>) => S3rverInstance;

/** s3rver accepts this key pair (and checks the access key id, not SigV4 signatures). */
export const S3_CREDENTIALS = { AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER', AWS_REGION: 'us-east-1' };

export interface LoopbackS3 {
  endpoint: string;
  /** The folder s3rver keeps objects in (to damage one in a test). */
  dir: string;
  close(): Promise<void>;
}

/** A real S3 API (s3rver) on 127.0.0.1 with the given buckets, storing objects in a temp folder. */
export async function startS3(buckets: string[]): Promise<LoopbackS3> {
  const dir = tempDir('mtrack-s3rver-');
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory: dir,
    configureBuckets: buckets.map((name) => ({ name })),
  });
  const address = await server.run();
  return { endpoint: `http://127.0.0.1:${address.port}`, dir, close: () => server.close() };
}

export type ProxyFault = (req: { method?: string; url?: string }) => { status: number; body: string } | undefined;

export interface LoopbackProxy {
  endpoint: string;
  requests: number;
  faults: number;
  close(): Promise<void>;
}

/** An HTTP proxy in front of an S3 endpoint that answers some requests itself (a 503, an auth error). */
export async function startS3Proxy(target: string, fault: ProxyFault): Promise<LoopbackProxy> {
  const url = new URL(target);
  const state = { requests: 0, faults: 0 };
  const server: Server = createServer((req, res) => {
    state.requests++;
    const injected = fault(req);
    if (injected) {
      state.faults++;
      req.resume();
      res.writeHead(injected.status, { 'content-type': 'application/xml' }).end(injected.body);
      return;
    }
    const upstream = request(
      { host: url.hostname, port: url.port, method: req.method, path: req.url, headers: req.headers },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    req.pipe(upstream);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as AddressInfo).port;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    get requests() {
      return state.requests;
    },
    get faults() {
      return state.faults;
    },
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/** The XML body S3 sends with an error status. */
export function s3ErrorXml(code: string, message: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message><RequestId>test</RequestId></Error>`;
}

/** Runs the CLI without blocking the event loop, so servers in this process can answer it. */
export function mtrackAsync(
  args: string[],
  cwd: string,
  extra: Record<string, string> = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env = cleanEnv({ HF_ENDPOINT: 'http://127.0.0.1:1', ...extra });
  const child = spawn(process.execPath, [MTRACK_BIN, ...args], { cwd, env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise((done) => child.on('close', (code) => done({ code, stdout, stderr })));
}
