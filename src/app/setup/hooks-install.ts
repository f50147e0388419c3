import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { execGit, gitEnv, spawnGit } from '../../adapters/git/index.js';
import { MtrackError, badInput } from '../../core/errors.js';
import { ensureHookPackage, ensureNpmOutputIgnored, linkRunningMtrack, type RepoKind } from './hook-package.js';
import { loadWorkspace } from './workspace.js';

export interface InstallHooksOptions {
  /** Also install the pre-commit hook (rule 7) in the dataset-meta repo named by mtrack.yaml (default true). */
  dataRepo?: boolean;
}

export interface InstalledRepo {
  /** Work-tree root that now runs mtrack's hooks. */
  dir: string;
  kind: RepoKind;
  /** Repo-relative files written for the hooks, to be committed so teammates get the same hooks. */
  files: string[];
}

export interface InstalledHooks {
  repos: InstalledRepo[];
}

/** A file the hooks need in a repo of the given kinds. A new hook is one more entry here. */
interface HookFile {
  path: string;
  kinds: RepoKind[];
  text: (kind: RepoKind) => string;
  executable?: boolean;
}

const HOOK_FILES: HookFile[] = [
  { path: '.husky/pre-commit', kinds: ['experiment', 'dataset-meta'], text: preCommitScript, executable: true },
  { path: '.husky/commit-msg', kinds: ['experiment'], text: commitMsgScript, executable: true },
  { path: '.lintstagedrc.mjs', kinds: ['experiment'], text: lintStagedConfig },
  { path: '.husky/pre-push', kinds: ['experiment'], text: prePushScript, executable: true },
];

const require = createRequire(import.meta.url);

/**
 * Sets up husky 9 in the experiment repo (and pre-commit in its dataset-meta repo). The hooks run mtrack and
 * lint-staged from the repo's own node_modules, which `npm install` fills from package.json's version ranges; where
 * nothing is installed yet, the running mtrack is linked there (ignored, never committed). `.husky/*` call the hook
 * entry files with `node` directly (npx adds about a second per commit); lint-staged runs only when a staged config
 * matches its globs; `core.hooksPath` points at `.husky/_` as husky sets it.
 */
export async function installHooks(expDir: string, options: InstallHooksOptions = {}): Promise<InstalledHooks> {
  const ws = loadWorkspace(expDir);
  const repos = [await installInto(ws.expDir, 'experiment')];
  if (options.dataRepo !== false && existsSync(join(ws.dataDir, '.git')))
    repos.push(await installInto(ws.dataDir, 'dataset-meta'));
  return { repos };
}

async function installInto(dir: string, kind: RepoKind): Promise<InstalledRepo> {
  let top: string;
  try {
    top = (await execGit(['rev-parse', '--show-toplevel'], { cwd: dir })).stdout.toString('utf8').trim();
  } catch {
    throw badInput(`'${dir}' is not a git repository; hooks need one (run \`mtrack init\` first).`);
  }
  const files = HOOK_FILES.filter((f) => f.kinds.includes(kind));
  for (const file of files) {
    const path = join(top, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text(kind));
    if (file.executable) chmodSync(path, 0o755);
  }
  ensureHookPackage(top, kind);
  await ensureNpmOutputIgnored(top);
  linkRunningMtrack(top, kind);
  await runHusky(top);
  return { dir: top, kind, files: [...files.map((f) => f.path), 'package.json', '.gitignore'] };
}

// Relative to the work-tree root, where git runs hooks. No fallback to another folder: a path on the machine that
// installed the hooks would be committed and fail (or run a stale mtrack) on every other machine.
const MTRACK_HOOKS = 'node_modules/mtrack/hooks';
const LINT_STAGED = 'node_modules/.bin/lint-staged';
const missing = (what: string) => `{ echo 'mtrack: ${what} in this repo; run npm install' >&2; exit 1; }`;
// Refusing rather than skipping: a commit with the hook missing would land unchecked.
const requireMtrack = `[ -f ${MTRACK_HOOKS}/pre-commit ] || ${missing('not installed')}`;

export function prePushScript(): string {
  return [
    '# mtrack: refuse a push that would land two run folders with one experiment id (fix: `mtrack sync`).',
    requireMtrack.replace('pre-commit', 'pre-push'),
    `node ${MTRACK_HOOKS}/pre-push "$@"`,
    '',
  ].join('\n');
}

/** What the pre-commit rules read, per repo: a commit staging none of these has nothing for them to check. */
const GUARDED: Record<RepoKind, string[]> = {
  experiment: [
    'experiments/',
    'configs/',
    'models/',
    'data/',
    'reproductions/',
    'mtrack.yaml',
    ':(glob)**/metrics.json',
  ],
  'dataset-meta': ['datasets/'],
};

export function preCommitScript(kind: RepoKind): string {
  const lint =
    kind === 'experiment'
      ? [
          '# lint-staged only when a staged config matches its globs: it costs ~0.4 s, the rules above ~0.1 s.',
          "if ! git diff --cached --quiet --diff-filter=ACMR -- 'configs/*.yaml' 'configs/*.yml'; then",
          `  [ -x ${LINT_STAGED} ] || ${missing('lint-staged is not installed')}`,
          `  ${LINT_STAGED}`,
          'fi',
        ]
      : [];
  return [
    '# mtrack: stamping rules on the staged change (installed by `mtrack hooks install`).',
    '# A commit that touches nothing mtrack guards is decided here with one git call, without starting Node.',
    `git diff --cached --quiet -- ${GUARDED[kind].map((p) => `'${p}'`).join(' ')} 2>/dev/null && exit 0`,
    requireMtrack,
    `node ${MTRACK_HOOKS}/pre-commit`,
    ...lint,
    '',
  ].join('\n');
}

export function commitMsgScript(): string {
  return [
    '# mtrack: a commit adding run folders says `mtrack: E#### <dataset> <model> — <intent>`.',
    '# Fast paths that skip starting Node: pre-commit left the subject pattern it accepts for the runs being added',
    '# (a match is accepted), or nothing is added under experiments/. Otherwise Node checks and explains.',
    // Git runs hooks at the work tree's root and sets GIT_DIR in linked worktrees; a plain .git folder needs no git call.
    'd="${GIT_DIR:-.git}"; [ -d "$d" ] || d="$(git rev-parse --git-dir)"',
    'p="$d/mtrack/commit-msg.ere"',
    `if [ -f "$p" ] && grep -v '^#' "$1" | grep -m1 -v '^[[:space:]]*$' | grep -Eq -f "$p"; then rm -f "$p"; exit 0; fi`,
    'git diff --cached --quiet --diff-filter=A HEAD -- experiments/ 2>/dev/null && exit 0',
    requireMtrack,
    `node ${MTRACK_HOOKS}/commit-msg "$1"`,
    '',
  ].join('\n');
}

function lintStagedConfig(): string {
  return [
    '// lint-staged (called by .husky/pre-commit only when a staged config matches): format + validate configs.',
    `const hook = '${MTRACK_HOOKS}/format-configs';`,
    '',
    'export default {',
    "  'configs/*.{yaml,yml}': (files) => `node ${hook} ${files.map((f) => JSON.stringify(f)).join(' ')}`,",
    '};',
    '',
  ].join('\n');
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
