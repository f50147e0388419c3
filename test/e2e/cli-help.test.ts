import { readFileSync } from 'node:fs';
import { COMMANDS } from '../../src/cli/commands.js';
import { mtrack } from '../helpers/cli.js';
import { removeTempDirs, tempDir } from '../helpers/git-fixture.js';

let cwd: string;
beforeAll(() => {
  cwd = tempDir('mtrack-help-');
});
afterAll(removeTempDirs);

const VERSION = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;

test.each(Object.keys(COMMANDS))('mtrack %s --help exits 0 and lists every option of the command', (name) => {
  const r = mtrack([...name.split(' '), '--help'], cwd);
  expect([r.code, r.stderr]).toEqual([0, '']);
  expect(r.stdout.startsWith(`Usage: mtrack ${name}`)).toBe(true);
  for (const option of Object.keys(COMMANDS[name].options)) expect(r.stdout).toContain(`--${option}`);
  expect(r.stdout).toContain('-h, --help');
});

test('a command group lists its subcommands with --help', () => {
  const r = mtrack(['data', '--help'], cwd);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain('mtrack data materialize');
  expect(r.stdout).toContain('mtrack data verify');
});

test('-V, --version and version print the package version', () => {
  for (const flag of ['-V', '--version', 'version']) expect(mtrack([flag], cwd).stdout).toBe(`mtrack ${VERSION}\n`);
});

test('an unknown command or option suggests the closest one, exit 2, one line', () => {
  const cmd = mtrack(['rpeort'], cwd);
  expect([cmd.code, cmd.stderr]).toEqual([
    2,
    "mtrack: Unknown command 'rpeort'. Did you mean 'report'? Run 'mtrack --help' for the list.\n",
  ]);
  const sub = mtrack(['scan', 'reslove'], cwd);
  expect(sub.stderr).toMatch(/Did you mean 'scan resolve'\?/);
  const opt = mtrack(['report', '--josn'], cwd);
  expect(opt.code).toBe(2);
  expect(opt.stderr.split('\n')[0]).toBe("mtrack: mtrack report: Unknown option '--josn'. Did you mean '--json'?");
});

test("the README's command table lists every command and every option", () => {
  const readme = readFileSync('README.md', 'utf8');
  const rows = readme.split('\n').filter((line) => line.startsWith('| `mtrack '));
  for (const [name, command] of Object.entries(COMMANDS)) {
    const row = rows.find((line) => line.startsWith(`| \`mtrack ${name} `) || line.startsWith(`| \`mtrack ${name}\``));
    expect(row ?? `no README row for mtrack ${name}`).toContain(`mtrack ${name}`);
    for (const option of Object.keys(command.options).filter((o) => o !== 'repo'))
      expect(`${name}: ${row}`).toContain(`--${option}`);
  }
  expect(readme).toContain('Every command takes `--repo DIR`');
});
