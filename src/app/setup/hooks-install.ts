import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execGit, gitEnv, spawnGit } from '../../adapters/git/index.js';
import { MtrackError, badInput } from '../../core/errors.js';
import { loadWorkspace } from './workspace.js';

export interface InstallHooksOptions {
  /** Also install the pre-commit hook (rule 7) in the dataset-meta repo named by mtrack.yaml (default true). */
  dataRepo?: boolean;
}

export interface InstalledHooks {
  /** Work-tree roots that now run mtrack's hooks. */
  repos: string[];
  /** The mtrack hooks/ folder the scripts fall back to when the repo has no node_modules/mtrack. */
  hooksDir: string;
}

const require = createRequire(import.meta.url);

/** The installed mtrack package root (the folder holding hooks/pre-commit), from lib/src/app or the source tree. */
export function mtrackRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'hooks', 'pre-commit')) && existsSync(join(dir, 'package.json'))) return dir;
    dir = dirname(dir);
  }
  throw new MtrackError('INTERNAL', "cannot find mtrack's hooks/ folder next to the package");
}

/**
 * Sets up husky 9 in the experiment repo (and pre-commit in its dataset-meta repo): `.husky/pre-commit` and
 * `.husky/commit-msg` call mtrack's hook entry files with `node` directly (npx adds about a second per commit),
 * lint-staged runs only when a staged config matches its globs, and `core.hooksPath` points at `.husky/_` as husky
 * sets it. With a package.json holding `"prepare": "husky"`, teammates get the same hooks from `npm install`.
 */
export async function installHooks(expDir: string, options: InstallHooksOptions = {}): Promise<InstalledHooks> {
  const ws = loadWorkspace(expDir);
  const hooksDir = join(mtrackRoot(), 'hooks');
  const repos = [await installInto(ws.expDir, hooksDir, true)];
  if (options.dataRepo !== false && existsSync(join(ws.dataDir, '.git')))
    repos.push(await installInto(ws.dataDir, hooksDir, false));
  return { repos, hooksDir };
}

async function installInto(dir: string, hooksDir: string, experimentRepo: boolean): Promise<string> {
  let top: string;
  try {
    top = (await execGit(['rev-parse', '--show-toplevel'], { cwd: dir })).stdout.toString('utf8').trim();
  } catch {
    throw badInput(`'${dir}' is not a git repository; hooks need one (run \`mtrack init\` first).`);
  }
  mkdirSync(join(top, '.husky'), { recursive: true });
  writeHook(top, 'pre-commit', preCommitScript(hooksDir, experimentRepo ? lintStagedBin() : undefined));
  if (experimentRepo) {
    writeHook(top, 'commit-msg', commitMsgScript(hooksDir));
    writeFileSync(join(top, '.lintstagedrc.mjs'), lintStagedConfig(hooksDir));
  }
  await runHusky(top);
  addPrepareScript(top);
  return top;
}

function writeHook(top: string, name: string, script: string): void {
  const path = join(top, '.husky', name);
  writeFileSync(path, script);
  chmodSync(path, 0o755);
}

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

// The repo's own node_modules/mtrack wins (a teammate's `npm install`), else the mtrack that installed the hooks.
function locate(hooksDir: string): string {
  return `m=node_modules/mtrack/hooks\n[ -f "$m/pre-commit" ] || m=${quote(hooksDir)}\n`;
}

export function preCommitScript(hooksDir: string, lintStaged?: string): string {
  const lint = lintStaged
    ? [
        '# lint-staged only when a staged config matches its globs: it costs ~0.4 s, the rules above ~0.1 s.',
        "if ! git diff --cached --quiet --diff-filter=ACMR -- 'configs/*.yaml' 'configs/*.yml'; then",
        '  l=node_modules/lint-staged/bin/lint-staged.js',
        `  [ -f "$l" ] || l=${quote(lintStaged)}`,
        '  node "$l"',
        'fi',
        '',
      ].join('\n')
    : '';
  return `# mtrack: stamping rules on the staged change (installed by \`mtrack hooks install\`).\n${locate(hooksDir)}node "$m/pre-commit"\n${lint}`;
}

export function commitMsgScript(hooksDir: string): string {
  return [
    '# mtrack: a commit adding run folders says `mtrack: E#### <dataset> <model> — <intent>`.',
    '# Fast paths that skip starting Node: pre-commit left the subject pattern it accepts for the runs being added',
    '# (a match is accepted), or nothing is added under experiments/. Otherwise Node checks and explains.',
    'p="$(git rev-parse --git-dir)/mtrack/commit-msg.ere"',
    `if [ -f "$p" ] && grep -v '^#' "$1" | grep -m1 -v '^[[:space:]]*$' | grep -Eq -f "$p"; then rm -f "$p"; exit 0; fi`,
    'git diff --cached --quiet --diff-filter=A HEAD -- experiments/ 2>/dev/null && exit 0',
    `${locate(hooksDir)}node "$m/commit-msg" "$1"`,
    '',
  ].join('\n');
}

function lintStagedConfig(hooksDir: string): string {
  return [
    '// lint-staged (called by .husky/pre-commit only when a staged config matches): format + validate configs.',
    "import { existsSync } from 'node:fs';",
    '',
    "const local = 'node_modules/mtrack/hooks/format-configs';",
    `const hook = existsSync(local) ? local : ${JSON.stringify(join(hooksDir, 'format-configs'))};`,
    '',
    'export default {',
    "  'configs/*.{yaml,yml}': (files) => `node ${JSON.stringify(hook)} ${files.map((f) => JSON.stringify(f)).join(' ')}`,",
    '};',
    '',
  ].join('\n');
}

function lintStagedBin(): string | undefined {
  try {
    return require.resolve('lint-staged/bin');
  } catch {
    return undefined;
  }
}

// husky's own installer (core.hooksPath = .husky/_ and its stubs); the repo's husky when it has one.
async function runHusky(top: string): Promise<void> {
  const local = join(top, 'node_modules', 'husky', 'bin.js');
  let bin = local;
  if (!existsSync(local)) {
    try {
      bin = join(dirname(require.resolve('husky')), 'bin.js');
    } catch {
      throw new MtrackError(
        'INTERNAL',
        'husky is not installed next to mtrack; run `npm install` in the mtrack package.',
      );
    }
  }
  const env = gitEnv(false);
  delete env.HUSKY;
  const result = spawnSync(process.execPath, [bin], { cwd: top, env, encoding: 'utf8' });
  const said = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
  const hooksPath = (await spawnGit(['config', 'core.hooksPath'], { cwd: top })).stdout.toString('utf8').trim();
  if (result.status !== 0 || hooksPath !== '.husky/_') {
    throw new MtrackError(
      'INTERNAL',
      `husky could not install hooks in '${top}': ${said || `core.hooksPath is '${hooksPath}'`}`,
    );
  }
}

/** A repo that is an npm package gets `"prepare": "husky"`, so `npm install` sets up the hooks for teammates. */
function addPrepareScript(top: string): void {
  const path = join(top, 'package.json');
  if (!existsSync(path)) return;
  const text = readFileSync(path, 'utf8');
  const pkg = JSON.parse(text) as { scripts?: Record<string, string> };
  const prepare = pkg.scripts?.prepare;
  if (prepare && /\bhusky\b/.test(prepare)) return;
  pkg.scripts = { ...pkg.scripts, prepare: prepare ? `husky && ${prepare}` : 'husky' };
  writeFileSync(path, JSON.stringify(pkg, null, /\t/.test(text) ? '\t' : 2) + '\n');
}
