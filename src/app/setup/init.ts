import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { badInput } from '../../core/errors.js';
import { commitPaths, initRepo, type GitIdentity } from '../../adapters/git/index.js';
import { packageRoot } from '../../adapters/package-files.js';
import { writeWorkflowTemplates } from './action-templates.js';
import type { RepoKind } from './hook-package.js';
import { installHooks } from './hooks-install.js';
import { SETTINGS_FILE } from './workspace.js';

export interface InitOptions {
  root: string;
  expDir?: string;
  dataDir?: string;
  storeRoot?: string;
  identity?: GitIdentity;
}

export interface InitResult {
  expDir: string;
  dataDir: string;
  storeRoot: string;
}

/** Creates the experiment repo, the dataset-meta repo (both git, one commit each) and the dataset store. */
export async function initWorkspace(options: InitOptions): Promise<InitResult> {
  const root = resolve(options.root);
  const expDir = resolve(root, options.expDir ?? 'mtrack-exp');
  const dataDir = resolve(root, options.dataDir ?? 'mtrack-data');
  const storeRoot = resolve(root, options.storeRoot ?? 'ml-data-store');
  for (const dir of [expDir, dataDir]) {
    if (existsSync(join(dir, '.git')))
      throw badInput(`'${dir}' is already a git repository; mtrack init creates new ones.`);
  }
  const templates = join(packageRoot(), 'templates');

  await mkdir(dataDir, { recursive: true });
  await cp(join(templates, 'data'), dataDir, { recursive: true });
  await mkdir(join(dataDir, 'datasets'), { recursive: true });
  await initRepo(dataDir, options.identity);

  await mkdir(storeRoot, { recursive: true });

  await mkdir(expDir, { recursive: true });
  await cp(join(templates, 'exp'), expDir, { recursive: true });
  await rename(join(expDir, 'gitignore'), join(expDir, '.gitignore'));
  // Each run adds one line to the runs index: a union merge keeps both branches' lines instead of conflicting.
  await writeFile(join(expDir, '.gitattributes'), 'experiments/README.md merge=union\n');
  const settingsPath = join(expDir, SETTINGS_FILE);
  const settings = (await readFile(settingsPath, 'utf8'))
    .replace('dataset_meta_repo: ../mtrack-data', `dataset_meta_repo: ${relativeOrSame(expDir, dataDir)}`)
    .replace('root: ../ml-data-store', `root: ${relativeOrSame(expDir, storeRoot)}`);
  await writeFile(settingsPath, settings);
  await mkdir(join(expDir, 'models', 'baseline'), { recursive: true });
  const workflows = await writeWorkflowTemplates(expDir);
  await writeFile(join(expDir, 'package.json'), experimentPackageJson());
  await initRepo(expDir, options.identity);
  // Hooks go in before the first commits so both repos start out guarded (mtrack's own commits go through
  // git commit-tree, which runs no hooks, and check the same rules themselves).
  const { repos } = await installHooks(expDir);
  const hookFiles = (kind: RepoKind) => repos.find((r) => r.kind === kind)?.files ?? [];
  await commitPaths(
    dataDir,
    unique(['README.md', 'scripts', ...hookFiles('dataset-meta')]),
    'mtrack: init dataset-meta repo',
  );
  await commitPaths(
    expDir,
    unique([
      '.gitignore',
      '.gitattributes',
      'README.md',
      'package.json',
      SETTINGS_FILE,
      'configs',
      'experiments/README.md',
      'data/README.md',
      ...workflows,
      ...hookFiles('experiment'),
    ]),
    'mtrack: init experiment repo',
  );
  return { expDir, dataDir, storeRoot };
}

/**
 * The experiment repo is a small npm package so teammates get the hooks the usual way: installHooks adds mtrack,
 * husky and lint-staged by version range and `"prepare": "husky"`, so `npm install` in a clone wires the hooks.
 */
function experimentPackageJson(): string {
  const pkg = {
    name: 'mtrack-experiments',
    private: true,
    description: 'Experiment repo tracked with mtrack',
    scripts: { verify: 'mtrack verify --all', report: 'mtrack report' },
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

const unique = (paths: string[]) => [...new Set(paths)];

function relativeOrSame(from: string, to: string): string {
  const rel = relative(from, to);
  return rel === '' ? '.' : rel;
}
