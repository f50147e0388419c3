import {
  appendFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join } from 'node:path';
import { spawnGit } from '../../adapters/git/index.js';
import { packageRoot } from '../../adapters/package-files.js';
import { MtrackError } from '../../core/errors.js';

/** The two kinds of repo mtrack guards with hooks. */
export type RepoKind = 'experiment' | 'dataset-meta';

/** The npm packages each repo's hooks run (its dev dependencies, so a teammate's `npm install` brings them). */
const NEEDS: Record<RepoKind, string[]> = {
  experiment: ['husky', 'lint-staged', 'mtrack'],
  'dataset-meta': ['husky', 'mtrack'],
};
const NAMES: Record<RepoKind, string> = { experiment: 'mtrack-experiments', 'dataset-meta': 'mtrack-datasets' };

/** What `npm install` leaves in a repo that must not be committed, each with the reason written next to it. */
const IGNORED = [
  { entry: 'node_modules/', probe: 'node_modules/mtrack', why: "npm's install folder; the hooks run mtrack from it" },
  {
    entry: 'package-lock.json',
    probe: 'package-lock.json',
    why:
      'Not committed while mtrack is installed from a local tarball or link (npm would record that file, which a\n' +
      "# teammate's machine does not have); commit it once mtrack comes from a registry.",
  },
];

interface PackageJson {
  name?: string;
  private?: boolean;
  version?: string;
  scripts?: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
}

const require = createRequire(import.meta.url);
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as PackageJson;

/** Version ranges for NEEDS: the running mtrack's own version, and husky / lint-staged as mtrack itself pins them. */
function versionRanges(): Record<string, string> {
  const own = readJson(join(packageRoot(), 'package.json'));
  return { ...own.devDependencies, ...own.dependencies, mtrack: `^${own.version}` };
}

// `file:/home/me/mtrack` (what earlier versions of init wrote) names one machine's folder: replaced by a range.
const isMachinePath = (spec: string) => /^(file|link):/.test(spec) && isAbsolute(spec.replace(/^(file|link):/, ''));

/**
 * Makes `top` an npm package whose dev dependencies are the hooks' packages by version range, with
 * `"prepare": "husky"` so `npm install` wires the hooks. Keeps what the user declared; writes only on a change.
 */
export function ensureHookPackage(top: string, kind: RepoKind): void {
  const path = join(top, 'package.json');
  const text = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  const pkg: PackageJson = text ? readJson(path) : { name: NAMES[kind], private: true };
  const ranges = versionRanges();
  const dev = { ...pkg.devDependencies };
  for (const name of NEEDS[kind]) {
    const declared = pkg.dependencies?.[name] ?? dev[name];
    if (declared && !isMachinePath(declared)) continue;
    const range = ranges[name];
    if (!range) throw new MtrackError('INTERNAL', `mtrack's package.json does not name a version of '${name}'`);
    if (pkg.dependencies) delete pkg.dependencies[name];
    dev[name] = range;
  }
  pkg.devDependencies = Object.fromEntries(Object.entries(dev).sort(([a], [b]) => a.localeCompare(b)));
  const prepare = pkg.scripts?.prepare;
  if (!prepare || !/\bhusky\b/.test(prepare))
    pkg.scripts = { ...pkg.scripts, prepare: prepare ? `husky && ${prepare}` : 'husky' };
  const next = `${JSON.stringify(pkg, null, text && /^\t/m.test(text) ? '\t' : 2)}\n`;
  if (next !== text) writeFileSync(path, next);
}

/** Appends to `.gitignore` what npm creates and the repo neither ignores nor tracks (git itself decides). */
export async function ensureNpmOutputIgnored(top: string): Promise<void> {
  const lines: string[] = [];
  for (const { entry, probe, why } of IGNORED) {
    const tracked = await spawnGit(['ls-files', '--error-unmatch', '--', probe], { cwd: top });
    const ignored = await spawnGit(['check-ignore', '-q', '--', probe], { cwd: top });
    if (tracked.code !== 0 && ignored.code !== 0) lines.push(`# ${why}`, entry);
  }
  if (lines.length === 0) return;
  const path = join(top, '.gitignore');
  const before = existsSync(path) ? readFileSync(path, 'utf8') : '';
  appendFileSync(path, `${before && !before.endsWith('\n') ? '\n' : ''}${lines.join('\n')}\n`);
}

/**
 * Where the repo has no installed mtrack (a new repo, offline), links the running mtrack (and, for the experiment
 * repo, its lint-staged) into `node_modules` the way `npm link` would, so the hooks work at once. node_modules is
 * ignored, so the link's machine path is never committed; a teammate's `npm install` replaces it.
 */
export function linkRunningMtrack(top: string, kind: RepoKind): void {
  const modules = join(top, 'node_modules');
  linkPackage(join(modules, 'mtrack'), packageRoot(), join('hooks', 'pre-commit'));
  if (kind !== 'experiment') return;
  const lintStaged = tryPackageDir('lint-staged');
  if (!lintStaged) return; // the hook then says lint-staged is missing, and only when a config is staged
  linkPackage(join(modules, 'lint-staged'), lintStaged, 'package.json');
  const bin = binPath(lintStaged);
  const shim = join(modules, '.bin', 'lint-staged');
  if (bin && !existsSync(shim)) {
    mkdirSync(dirname(shim), { recursive: true });
    if (isLink(shim)) rmSync(shim);
    symlinkSync(join('..', 'lint-staged', bin), shim);
  }
}

function linkPackage(path: string, target: string, probe: string): void {
  if (existsSync(join(path, probe))) return; // installed by npm, or linked by an earlier init
  mkdirSync(dirname(path), { recursive: true });
  if (isLink(path)) rmSync(path); // a link to a checkout that moved
  // 'junction' makes a directory link on Windows without admin rights; elsewhere the type is ignored.
  symlinkSync(target, path, 'junction');
}

function binPath(dir: string): string | undefined {
  const { bin } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    bin?: string | Record<string, string>;
  };
  return typeof bin === 'string' ? bin : bin?.['lint-staged'];
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

function tryPackageDir(name: string): string | undefined {
  try {
    return dirname(require.resolve(`${name}/package.json`));
  } catch {
    return undefined;
  }
}
