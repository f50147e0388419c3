import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  committedRevisions,
  committedRuns,
  mtrackSync,
  runNumber,
  sh,
  storeRevisions,
  type FaultWorkspace,
} from './fault-fixture.js';

export interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

const check = (name: string, ok: boolean, detail = ''): Check => ({ name, ok, detail: ok ? '' : detail });

const tail = (text: string, lines = 12) => text.trim().split('\n').slice(-lines).join('\n');

/** `git fsck --full --strict` in both repos: a kill must never leave a broken object, ref or index. */
export function checkFsck(ws: FaultWorkspace, env: NodeJS.ProcessEnv, when: string): Check[] {
  return [ws.expDir, ws.dataDir].map((dir) => {
    const r = sh('git', ['fsck', '--full', '--strict', '--no-dangling', '--no-progress'], dir, env);
    const status = sh('git', ['status', '--porcelain'], dir, env);
    const ok = r.code === 0 && status.code === 0;
    return check(
      `fsck ${when} (${dir.split('/').pop()})`,
      ok,
      tail(`git fsck exit ${r.code}: ${r.stdout}${r.stderr}\ngit status exit ${status.code}: ${status.stderr}`),
    );
  });
}

/** Nothing of the crash is left once the next command has run: no staging folder, stray file, lock or orphan. */
export function checkNoLeftovers(ws: FaultWorkspace, env: NodeJS.ProcessEnv): Check[] {
  const status = (dir: string) => sh('git', ['status', '--porcelain', '--untracked-files=all'], dir, env).stdout.trim();
  const listing = (dir: string) => (existsSync(dir) ? readdirSync(dir) : []);
  const gitTemp = (dir: string) =>
    listing(join(dir, '.git')).filter((n) => n.endsWith('.lock') || n.startsWith('mtrack-index'));
  const orphans = storeRevisions(ws).filter((r) => !committedRevisions(ws, env).includes(r));
  return [
    check('clean git status (experiment repo)', status(ws.expDir) === '', status(ws.expDir)),
    check('clean git status (dataset-meta repo)', status(ws.dataDir) === '', status(ws.dataDir)),
    check(
      'no .mtrack/staging leftovers',
      listing(join(ws.expDir, '.mtrack', 'staging')).length === 0,
      listing(join(ws.expDir, '.mtrack', 'staging')).join(' '),
    ),
    check(
      'no store .staging leftovers',
      listing(join(ws.storeDir, '.staging')).length === 0,
      listing(join(ws.storeDir, '.staging')).join(' '),
    ),
    check('no store revision missing from the dataset-meta repo', orphans.length === 0, orphans.join(' ')),
    check(
      'no stale lock or private index in .git',
      [...gitTemp(ws.expDir), ...gitTemp(ws.dataDir)].length === 0,
      [...gitTemp(ws.expDir), ...gitTemp(ws.dataDir)].join(' '),
    ),
  ];
}

/** Ids committed at HEAD are unique by number (E0002 and E00002 collide). */
export function checkUniqueIds(ws: FaultWorkspace, env: NodeJS.ProcessEnv): Check {
  const numbers = committedRuns(ws, env).map(runNumber);
  const dupes = numbers.filter((n, i) => numbers.indexOf(n) !== i);
  return check('run ids unique at HEAD', dupes.length === 0, `duplicate E numbers: ${dupes.join(', ')}`);
}

export function checkVerify(ws: FaultWorkspace, env: NodeJS.ProcessEnv, withData: boolean): Check[] {
  const all = mtrackSync(['verify', '--all'], ws.expDir, env);
  const checks = [check('mtrack verify --all', all.code === 0, tail(`exit ${all.code}\n${all.stdout}${all.stderr}`))];
  if (withData) {
    const data = mtrackSync(['data', 'verify'], ws.expDir, env);
    checks.push(check('mtrack data verify', data.code === 0, tail(`exit ${data.code}\n${data.stdout}${data.stderr}`)));
  }
  return checks;
}

export { check, tail };
