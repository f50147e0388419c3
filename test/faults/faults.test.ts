// The fault suite (npm run test:faults; jest.faults.config.js): real processes, real repos, real kills. Figures go
// to bench/faults.json and bench/faults.md. MTRACK_FAULT_SEED replays a plan; MTRACK_FAULT_SCALE scales its size.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import {
  buildTemplate,
  committedRevisions,
  committedRuns,
  copyWorkspace,
  faultEnv,
  faultHome,
  type FaultWorkspace,
} from './fault-fixture.js';
import { faultSeed, pickTargets, seededRandom, spreadDelays } from './fault-plan.js';
import {
  installShim,
  newStateDir,
  profileEnv,
  readProfile,
  runMtrack,
  setRealGit,
  type Fault,
} from './fault-process.js';
import { summarizeKills, summarizeRace, summaryLine, writeReport, type ScenarioSummary } from './fault-report.js';
import { failedChecks, runKillTrial, type Baseline, type CommandSpec, type TrialResult } from './kill-trial.js';
import { parallelRuns, racingClones, stagedChange, type RaceResult } from './race-scenarios.js';

const seed = faultSeed();
const scale = Number(process.env.MTRACK_FAULT_SCALE ?? 1);
const PLAN: { spec: CommandSpec; random: number; injected: number }[] = [
  { spec: { name: 'mtrack run', args: ['run'], outcome: 'run' }, random: 16, injected: 12 },
  { spec: { name: 'mtrack scan run (2 trials)', args: ['scan', 'run'], outcome: 'scan' }, random: 8, injected: 6 },
  {
    spec: { name: 'mtrack data materialize', args: ['data', 'materialize', 'mnist'], outcome: 'revision' },
    random: 6,
    injected: 7,
  },
  {
    spec: {
      name: 'mtrack data promote-heldout',
      args: ['data', 'promote-heldout'],
      outcome: 'revision',
      doneMessage: /nothing to promote/,
    },
    random: 6,
    injected: 7,
  },
];

let env: NodeJS.ProcessEnv;
let template: FaultWorkspace;
let shimDir: string;
let baseline: Baseline;
const summaries: ScenarioSummary[] = [];
const wallStart = Date.now();
const say = (line: string) => process.stdout.write(`${line}\n`);

beforeAll(() => {
  if (spawnSync('strace', ['-V']).status !== 0)
    throw new Error('strace is not installed: the fault suite injects kills with it (apt-get install -y strace).');
  env = faultEnv(faultHome());
  template = buildTemplate(env);
  const shim = installShim();
  shimDir = shim.shimDir;
  setRealGit(shim.realGit);
  baseline = { runs: committedRuns(template, env).length, revisions: committedRevisions(template, env).length };
}, 300_000);

afterAll(() => {
  if (summaries.length) say(writeReport(summaries, { seed, wallSeconds: (Date.now() - wallStart) / 1000 }));
});

const nameSeed = (name: string) => [...name].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0, seed);

/** The command's duration without a fault, and every git write it makes (profiled on spare copies). */
async function measure(spec: CommandSpec): Promise<{ durationMs: number; stateDir: string }> {
  // The fastest of three: on a shared machine one slow sample would push late kill moments past the command's end.
  let durationMs = Infinity;
  for (let i = 0; i < 3; i++) {
    const plain = copyWorkspace(template);
    const timed = await runMtrack(spec.args, plain.expDir, env);
    rmSync(plain.root, { recursive: true, force: true });
    if (timed.code !== 0) throw new Error(`${spec.name} fails without a fault:\n${timed.stdout}${timed.stderr}`);
    durationMs = Math.min(durationMs, timed.ms);
  }
  const traced = copyWorkspace(template);
  const stateDir = newStateDir();
  await runMtrack(spec.args, traced.expDir, { ...env, ...profileEnv(shimDir, stateDir) });
  rmSync(traced.root, { recursive: true, force: true });
  return { durationMs, stateDir };
}

function formatFailure(t: TrialResult): string {
  const checks = failedChecks(t).map((c) => `  ✗ ${c.name}\n${indent(c.detail, 6)}`);
  return [
    `${t.scenario} | ${t.fault} | mtrack ended after ${t.killedAfterMs} ms`,
    ...checks,
    '  killed command:',
    indent(t.killedOutput, 6),
  ].join('\n');
}

const indent = (text: string, n: number) =>
  text
    .split('\n')
    // '| ' keeps Jest from reading an mtrack stack trace in the output as the test's own stack.
    .map((l) => `${' '.repeat(n)}| ${l}`)
    .join('\n');

for (const { spec, random: randomCount, injected } of PLAN) {
  test(`${spec.name}: after kill -9 at random moments and at git's writes, the next command repairs the record`, async () => {
    const started = Date.now();
    const random = seededRandom(nameSeed(spec.name));
    const { durationMs, stateDir } = await measure(spec);
    const targets = readProfile(stateDir);
    const faults: Fault[] = [
      ...spreadDelays(random, Math.round(randomCount * scale), durationMs).map((delayMs): Fault => ({
        kind: 'random',
        delayMs,
      })),
      ...pickTargets(random, targets, Math.round(injected * scale)).map((target): Fault => ({
        kind: 'git',
        target,
        shimDir,
        stateDir: newStateDir(),
      })),
    ];
    const trials: TrialResult[] = [];
    for (const fault of faults) {
      const trial = await runKillTrial(template, env, spec, fault, baseline);
      trials.push(trial);
      if (trial.fired && failedChecks(trial).length) say(`faults: FAIL ${formatFailure(trial)}`);
    }
    const summary = summarizeKills(spec.name, trials, (Date.now() - started) / 1000);
    summaries.push(summary);
    say(`${summaryLine(summary)} [${durationMs} ms per command, ${targets.length} git writes profiled]`);
    const failed = trials.filter((t) => t.fired && failedChecks(t).length > 0);
    if (failed.length)
      throw new Error(
        `${failed.length} of ${summary.kills?.tried} kills not survived (every one is printed above and recorded in ` +
          `bench/faults.json); the first ${Math.min(3, failed.length)}:\n${failed.slice(0, 3).map(formatFailure).join('\n')}`,
      );
  }, 900_000);
}

function expectRace(r: RaceResult, started: number): void {
  const summary = summarizeRace(r, (Date.now() - started) / 1000);
  summaries.push(summary);
  say(summaryLine(summary));
  const failed = r.checks.filter((c) => !c.ok);
  if (failed.length)
    throw new Error(`${r.scenario}:\n${failed.map((c) => `  ✗ ${c.name}\n${indent(c.detail, 6)}`).join('\n')}`);
}

test.each([4, 8])(
  '%i simultaneous mtrack run in one repo all commit with distinct ids',
  async (n) => {
    const started = Date.now();
    expectRace(await parallelRuns(template, env, n), started);
  },
  300_000,
);

test('three clones pushing runs to one bare remote end with distinct ids and nothing lost', async () => {
  const started = Date.now();
  expectRace(await racingClones(template, env), started);
}, 300_000);

test("a user's staged change is never part of mtrack's commit and is still staged afterwards", async () => {
  const started = Date.now();
  expectRace(await stagedChange(template, env), started);
}, 120_000);
