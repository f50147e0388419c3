import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { tempDir } from './git-fixture.js';

/**
 * A loopback stand-in for the GitHub REST API holding pull requests in memory. It implements exactly what the
 * Action calls: GET /repos/{o}/{r}/pulls?state=open&head={o}:{branch}&base=, POST /repos/{o}/{r}/pulls,
 * GET and PATCH /repos/{o}/{r}/pulls/{n}, issue comments, and workflow dispatches. Every request is recorded.
 */
export interface FakePull {
  number: number;
  head: string;
  base: string;
  title: string;
  body: string;
  state: 'open' | 'closed';
  html_url: string;
}

/** An issue comment (a PR's conversation): the scan results comment collect keeps up to date. */
export interface FakeComment {
  id: number;
  issue: number;
  body: string;
  updates: number;
}

export interface FakeGitHub {
  url: string;
  pulls: FakePull[];
  comments: FakeComment[];
  requests: { method: string; path: string; authorization?: string }[];
  /** When set, POST /pulls answers with this status and message (e.g. 403 when Actions may not create PRs). */
  refuseCreate?: { status: number; message: string };
  /** Called when a PR is about to be created, before the answer: lets a test look at the remote at that moment. */
  onCreate?: () => void;
  /** Pull requests opened by people (the scan PRs), answered by GET /pulls/{n}; bot PRs are in `pulls`. */
  humanPulls: Map<number, { state: 'open' | 'closed'; fork?: boolean }>;
  /** POST /repos/{o}/{r}/actions/workflows/{workflow}/dispatches calls (the next waves of a bayes scan). */
  dispatches: { workflow: string; ref: string; inputs: Record<string, string> }[];
  close(): Promise<void>;
}

export async function startFakeGitHub(repository = 'acme/experiments'): Promise<FakeGitHub> {
  const pulls: FakePull[] = [];
  const comments: FakeComment[] = [];
  const requests: FakeGitHub['requests'] = [];
  const humanPulls: FakeGitHub['humanPulls'] = new Map();
  const dispatches: FakeGitHub['dispatches'] = [];
  const fake = {} as FakeGitHub;
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push({
      method: req.method ?? '',
      path: `${url.pathname}${url.search}`,
      authorization: req.headers.authorization,
    });
    const body = await readBody(req);
    const prefix = `/repos/${repository}/pulls`;
    if (req.method === 'GET' && url.pathname === prefix) {
      const head = url.searchParams.get('head');
      const base = url.searchParams.get('base');
      const state = url.searchParams.get('state') ?? 'open';
      const owner = repository.split('/')[0];
      return send(
        res,
        200,
        pulls
          .filter(
            (p) =>
              (state === 'all' || p.state === state) &&
              (!head || `${owner}:${p.head}` === head) &&
              (!base || p.base === base),
          )
          .map(view),
      );
    }
    if (req.method === 'POST' && url.pathname === prefix) {
      fake.onCreate?.();
      if (fake.refuseCreate) return send(res, fake.refuseCreate.status, { message: fake.refuseCreate.message });
      const input = JSON.parse(body) as { head: string; base: string; title: string; body: string };
      if (pulls.some((p) => p.state === 'open' && p.head === input.head && p.base === input.base)) {
        return send(res, 422, {
          message: 'Validation Failed',
          errors: [{ message: `A pull request already exists for ${input.head}.` }],
        });
      }
      const number = pulls.length + 1;
      const pr: FakePull = {
        number,
        ...input,
        state: 'open',
        html_url: `https://github.example/${repository}/pull/${number}`,
      };
      pulls.push(pr);
      return send(res, 201, view(pr));
    }
    const m = new RegExp(`^${prefix}/(\\d+)$`).exec(url.pathname);
    if (req.method === 'GET' && m) {
      const number = Number(m[1]);
      const bot = pulls.find((p) => p.number === number);
      if (bot) return send(res, 200, view(bot));
      const human = humanPulls.get(number);
      if (!human) return send(res, 404, { message: 'Not Found' });
      const headRepo = human.fork ? 'someone/experiments' : repository;
      return send(res, 200, {
        number,
        state: human.state,
        head: { ref: `pr-${number}`, repo: { full_name: headRepo } },
      });
    }
    const dispatch = new RegExp(`^/repos/${repository}/actions/workflows/([^/]+)/dispatches$`).exec(url.pathname);
    if (req.method === 'POST' && dispatch) {
      const input = JSON.parse(body) as { ref: string; inputs?: Record<string, string> };
      dispatches.push({ workflow: decodeURIComponent(dispatch[1]), ref: input.ref, inputs: input.inputs ?? {} });
      res.statusCode = 204;
      return res.end();
    }
    if (req.method === 'PATCH' && m) {
      const pr = pulls.find((p) => p.number === Number(m[1]));
      if (!pr) return send(res, 404, { message: 'Not Found' });
      Object.assign(pr, JSON.parse(body));
      return send(res, 200, view(pr));
    }
    // Issue comments: GET/POST /repos/{r}/issues/{n}/comments, PATCH /repos/{r}/issues/comments/{id}.
    const list = new RegExp(`^/repos/${repository}/issues/(\\d+)/comments$`).exec(url.pathname);
    if (list && req.method === 'GET')
      return send(
        res,
        200,
        comments.filter((c) => c.issue === Number(list[1])).map((c) => ({ id: c.id, body: c.body })),
      );
    if (list && req.method === 'POST') {
      const comment = { id: comments.length + 1, issue: Number(list[1]), body: JSON.parse(body).body, updates: 0 };
      comments.push(comment);
      return send(res, 201, { id: comment.id, body: comment.body });
    }
    const one = new RegExp(`^/repos/${repository}/issues/comments/(\\d+)$`).exec(url.pathname);
    if (one && req.method === 'PATCH') {
      const comment = comments.find((c) => c.id === Number(one[1]));
      if (!comment) return send(res, 404, { message: 'Not Found' });
      comment.body = JSON.parse(body).body;
      comment.updates += 1;
      return send(res, 200, { id: comment.id, body: comment.body });
    }
    return send(res, 404, { message: `Not Found: ${req.method} ${url.pathname}` });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  Object.assign(fake, {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    pulls,
    comments,
    requests,
    humanPulls,
    dispatches,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
  return fake;
}

function view(p: FakePull) {
  return {
    number: p.number,
    state: p.state,
    title: p.title,
    body: p.body,
    html_url: p.html_url,
    head: { ref: p.head },
    base: { ref: p.base },
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}

export const ACTION_ENTRY = join(process.cwd(), 'dist', 'index.js');

export interface ActionRun {
  code: number | null;
  outputs: Record<string, string>;
  summary: string;
  stdout: string;
  stderr: string;
}

export interface ActionEnv {
  workspace: string; // GITHUB_WORKSPACE
  apiUrl?: string;
  repository?: string;
  event?: { name: string; payload: Record<string, unknown> };
  /** More GITHUB_* variables, e.g. GITHUB_WORKFLOW_REF or the GITHUB_SHA of a dispatched run. */
  github?: Record<string, string>;
  entry?: string; // the bundle to run (default: this checkout's dist/index.js)
  onStdout?: (stdoutSoFar: string) => void; // e.g. to time a log line (bench:action)
}

/** Runs the real bundle as a runner would: INPUT_* (name upper-cased, spaces -> _), GITHUB_* and temp files. */
export async function runAction(inputs: Record<string, string>, env: ActionEnv): Promise<ActionRun> {
  const dir = tempDir('mtrack-runner-');
  const outputFile = join(dir, 'output');
  const summaryFile = join(dir, 'summary');
  const eventFile = join(dir, 'event.json');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  writeFileSync(eventFile, JSON.stringify(env.event?.payload ?? {}));
  const base = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !k.startsWith('GIT_') && !k.startsWith('INPUT_') && !k.startsWith('GITHUB_'),
    ),
  );
  const childEnv: NodeJS.ProcessEnv = {
    ...base,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: env.workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_EVENT_NAME: env.event?.name ?? 'workflow_dispatch',
    GITHUB_REPOSITORY: env.repository ?? 'acme/experiments',
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_API_URL: env.apiUrl ?? 'http://127.0.0.1:1',
    GITHUB_RUN_ID: '42',
    GITHUB_SHA: '0'.repeat(40),
    GITHUB_REF: 'refs/heads/main',
    HF_ENDPOINT: 'http://127.0.0.1:1',
    ...env.github,
  };
  for (const [name, value] of Object.entries(inputs))
    childEnv[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  const child = spawn(process.execPath, [env.entry ?? ACTION_ENTRY], {
    cwd: env.workspace,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString();
    env.onStdout?.(stdout);
  });
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return {
    code,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    stdout,
    stderr,
  };
}

/** GITHUB_OUTPUT's heredoc form: `name<<DELIM\nvalue\nDELIM\n`. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]);
    out[m[1]] = value.join('\n');
  }
  return out;
}
