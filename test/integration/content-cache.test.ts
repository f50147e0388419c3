import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from '../../src/core/hash.js';
import { ContentCache, defaultCacheDir } from '../../src/adapters/store/content-cache.js';
import { tempDir } from '../helpers/git-fixture.js';

const bytes = (text: string) => Buffer.from(text);

test('the cache folder is MTRACK_CACHE_DIR, else $XDG_CACHE_HOME/mtrack, else ~/.cache/mtrack', () => {
  expect(defaultCacheDir({ MTRACK_CACHE_DIR: '/c', XDG_CACHE_HOME: '/x' })).toBe('/c');
  expect(defaultCacheDir({ XDG_CACHE_HOME: '/x' })).toBe('/x/mtrack');
  expect(defaultCacheDir({})).toMatch(/\/\.cache\/mtrack$/);
});

test('returns stored bytes by sha256 and refuses to store bytes under another hash', async () => {
  const cache = new ContentCache(tempDir());
  const b = bytes('revision bytes');
  await cache.put(sha256(b), b);
  expect(Buffer.from((await cache.get(sha256(b)))!).toString()).toBe('revision bytes');
  expect(await cache.get(sha256(bytes('other')))).toBeUndefined();
  await expect(cache.put(sha256(bytes('other')), b)).rejects.toThrow(/do not hash to/);
});

test('a damaged or truncated entry (a flipped byte, a killed non-atomic writer) is dropped, not returned', async () => {
  const cache = new ContentCache(tempDir());
  const b = bytes('0123456789');
  await cache.put(sha256(b), b);
  writeFileSync(cache.objectPath(sha256(b)), bytes('01234'));
  expect(await cache.get(sha256(b))).toBeUndefined();
  expect(existsSync(cache.objectPath(sha256(b)))).toBe(false);
});

test('over its cap it evicts the least recently used entries and keeps the newest', async () => {
  const dir = tempDir();
  const cache = new ContentCache(dir, 25);
  const [a, b, c] = ['a'.repeat(10), 'b'.repeat(10), 'c'.repeat(10)].map(bytes);
  await cache.put(sha256(a), a);
  await cache.put(sha256(b), b);
  // a used long ago, b recently: c's arrival must push out a, not b.
  utimesSync(cache.objectPath(sha256(a)), new Date(1_000), new Date(1_000));
  await cache.put(sha256(c), c);
  expect(await cache.get(sha256(a))).toBeUndefined();
  expect(await cache.get(sha256(b))).toBeDefined();
  expect(await cache.get(sha256(c))).toBeDefined();
});

test('eight processes filling the same cache at once leave only complete, verified entries and no temp files', async () => {
  const dir = tempDir();
  const module = join(process.cwd(), 'lib/src/adapters/store/content-cache.js');
  const hash = join(process.cwd(), 'lib/src/core/hash.js');
  const script = `
    const { ContentCache } = await import(${JSON.stringify(module)});
    const { sha256 } = await import(${JSON.stringify(hash)});
    const cache = new ContentCache(${JSON.stringify(dir)});
    for (let i = 0; i < 20; i++) {
      const b = Buffer.alloc(200_000, i % 5); // five contents shared by every process
      await cache.put(sha256(b), b);
    }`;
  const codes = await Promise.all(
    Array.from(
      { length: 8 },
      () =>
        new Promise<number | null>((done) =>
          spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: 'ignore' }).on('close', done),
        ),
    ),
  );
  expect(codes).toEqual(Array(8).fill(0));
  const cache = new ContentCache(dir);
  for (let i = 0; i < 5; i++) {
    const b = Buffer.alloc(200_000, i);
    expect(readFileSync(cache.objectPath(sha256(b))).equals(b)).toBe(true);
  }
  expect(readdirSync(join(dir, 'tmp'))).toEqual([]);
});

test('a revision view lays cached objects out as the revision folder, for trainers that read paths', async () => {
  const cache = new ContentCache(tempDir());
  const images = bytes('images');
  const labels = bytes('labels');
  await cache.put(sha256(images), images);
  await cache.put(sha256(labels), labels);
  const files = { 'train/images-idx3-ubyte': sha256(images), 'train/labels-idx1-ubyte': sha256(labels) };
  const view = await cache.revisionView(sha256(bytes('checksums')), files);
  expect(readFileSync(join(view, 'train/labels-idx1-ubyte'), 'utf8')).toBe('labels');
  expect(await cache.revisionView(sha256(bytes('checksums')), files)).toBe(view);
});
