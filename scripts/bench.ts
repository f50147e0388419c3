// `npm run bench`: every benchmark in turn, each writing its own bench/<name>.json + bench/<name>.md.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const benches = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['train', 'scan', 'hooks'];
let failed = 0;
for (const name of benches) {
  process.stdout.write(`\n== bench:${name}\n`);
  const r = spawnSync(process.execPath, [join('lib', 'scripts', `bench-${name}.js`)], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exitCode = failed > 0 ? 1 : 0;
