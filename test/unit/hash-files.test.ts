import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { hashFile, hashFiles } from '../../src/adapters/fs/hash-files.js';
import { tempDir } from '../helpers/git-fixture.js';

const sha256sum = (path: string) => `sha256:${execFileSync('sha256sum', [path], { encoding: 'utf8' }).split(' ')[0]}`;

test('hashFile equals sha256sum, also across its read-chunk boundary and for an empty file', async () => {
  const dir = tempDir();
  const sizes = [0, 1, (4 << 20) - 1, 4 << 20, (4 << 20) + 1];
  for (const size of sizes) {
    const path = join(dir, `f${size}`);
    writeFileSync(path, Buffer.alloc(size, size % 251));
    expect(await hashFile(path)).toBe(sha256sum(path));
  }
});

test('hashFiles on worker threads returns each file hash in the order asked, equal to sha256sum', async () => {
  const dir = tempDir();
  // 80 MB in all: above the threshold where the work goes to worker threads.
  const paths = [30, 1, 25, 24].map((mb, i) => {
    const path = join(dir, `part-${i}`);
    const bytes = Buffer.alloc(mb << 20);
    for (let j = 0; j < bytes.length; j += 4096) bytes[j] = (i * 31 + j) & 255;
    writeFileSync(path, bytes);
    return path;
  });
  expect(await hashFiles(paths)).toEqual(paths.map(sha256sum));
});

test('hashFiles reports a missing file as an error', async () => {
  await expect(hashFiles([join(tempDir(), 'nope')])).rejects.toThrow(/ENOENT/);
});
