import { execFile } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { jest } from '@jest/globals';
import { MTRACK_BIN } from '../helpers/cli.js';
import { cleanEnv, tempDir } from '../helpers/git-fixture.js';
import { close, pinsOf, serve, tinyGzFiles, underPrefix } from '../helpers/idx-server.js';

jest.setTimeout(120_000);

let root: string;
let exp: string;
let server: Server;
let base: string;

/** Runs a command line in bash with `mtrack` on PATH, as a user pastes a recipe; async so the server keeps serving. */
function shell(line: string, cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const env = cleanEnv({ PATH: `${join(root, 'bin')}:${process.env.PATH}`, HF_ENDPOINT: 'http://127.0.0.1:1' });
  return new Promise((resolve) => {
    execFile('bash', ['-c', line], { cwd, env, encoding: 'utf8' }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

function manifestOf(revision: string) {
  const path = join(root, 'mtrack-data/datasets/tiny/revisions', revision, 'dataset_manifest.json');
  return JSON.parse(readFileSync(path, 'utf8'));
}

beforeAll(async () => {
  root = tempDir('mtrack-recipe-');
  mkdirSync(join(root, 'bin'));
  writeFileSync(join(root, 'bin/mtrack'), `#!/bin/sh\nexec '${process.execPath}' '${MTRACK_BIN}' "$@"\n`);
  chmodSync(join(root, 'bin/mtrack'), 0o755);
  ({ base, server } = await serve(underPrefix('/tiny', tinyGzFiles())));
  expect((await shell(`mtrack init .`, root)).code).toBe(0);
  exp = join(root, 'mtrack-exp');
});

afterAll(() => close(server));

test('the recorded recipe of a URL-sourced revision runs as a shell command and rebuilds the same splits', async () => {
  const pins = Object.entries(pinsOf(tinyGzFiles())).map(([file, hex]) => `--sha256 ${file}=${hex}`);
  const first = await shell(
    `mtrack data materialize tiny --holdback 0.5 --seed 7 --url ${base}/tiny ${pins.join(' ')} --name 'Tiny set'`,
    exp,
  );
  expect(first).toMatchObject({ code: 0, stderr: '' });
  const recipe: string = manifestOf('D0001').materialization.recipe;
  for (const flag of ['--url', '--name', '--holdback', '--seed']) expect(recipe).toContain(flag);
  expect(recipe.match(/--sha256 /g)).toHaveLength(4);

  const again = await shell(recipe, exp);

  expect(again.stderr).toBe('');
  expect(again.code).toBe(0);
  const [d1, d2] = [manifestOf('D0001'), manifestOf('D0002')];
  expect(d2.splits).toEqual(d1.splits);
  expect(d2.provenance.source).toBe('Tiny set');
  expect(d2.materialization.recipe).toBe(recipe);
  expect(readFileSync(join(root, 'mtrack-data/datasets/tiny/revisions/D0002/notes.md'), 'utf8')).toContain(
    `\`${recipe}\``,
  );
});
