import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { hexOf, listingHash, sha256 } from '../../src/core/hash.js';
import { formatRunFolder, modelSlug, nextExperimentId, nextRevisionId, parseRunFolder } from '../../src/core/ids.js';
import { splitHoldback } from '../../src/core/dataset-revision.js';

describe('ids', () => {
  test('allocates the id after the highest in use, never refilling gaps', () => {
    expect(nextExperimentId([])).toBe('E0001');
    expect(nextExperimentId(['E0001', 'E0007', 'E0003', 'junk'])).toBe('E0008');
    expect(nextRevisionId(['D0001', 'D0002'])).toBe('D0003');
  });

  test('run folder names round-trip and reject other shapes', () => {
    const name = formatRunFolder({
      date: '2026-02-08',
      dataset: 'mnist',
      model: modelSlug('lane99/resnet_mnist_digits'),
      experimentId: 'E0007',
    });
    expect(name).toBe('2026-02-08__mnist__resnet_mnist_digits__E0007');
    expect(parseRunFolder(name)).toEqual({
      date: '2026-02-08',
      dataset: 'mnist',
      model: 'resnet_mnist_digits',
      experimentId: 'E0007',
    });
    expect(parseRunFolder('2026-02-08__mnist__E0007')).toBeUndefined();
    expect(parseRunFolder('README.md')).toBeUndefined();
  });
});

describe('hashes are checkable with sha256sum', () => {
  test('a split hash equals sha256 of the sha256sum listing of the folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mtrack-hash-'));
    try {
      const files = { 'labels-idx1-ubyte': 'abc', 'images-idx3-ubyte': 'hello\n', 'b c.txt': 'x' };
      for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
      const listing = execFileSync(
        'bash',
        ['-c', 'LC_ALL=C ls | LC_ALL=C sort | tr "\\n" "\\0" | xargs -0 sha256sum'],
        { cwd: dir },
      );
      const hashes = Object.fromEntries(Object.entries(files).map(([n, t]) => [n, sha256(t)]));
      expect(listingHash(hashes)).toBe(sha256(listing));
      expect(sha256('hello\n')).toBe(
        `sha256:${
          execFileSync('sha256sum', [join(dir, 'images-idx3-ubyte')])
            .toString()
            .split(' ')[0]
        }`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the shell commands documented in core/hash.ts and the README print the listing hash of a folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mtrack-hash-'));
    try {
      // Names whose order differs between byte order and a locale's collation, a space, and a subfolder.
      const files = { 'B.txt': 'B', 'a.txt': 'a', _z: 'z', 'a-b': '1', ab: '2', 'b c.txt': 'x', 'sub/x-idx': 'y\n' };
      for (const [name, text] of Object.entries(files)) {
        mkdirSync(dirname(join(dir, name)), { recursive: true });
        writeFileSync(join(dir, name), text);
      }
      const expected = hexOf(listingHash(Object.fromEntries(Object.entries(files).map(([n, t]) => [n, sha256(t)]))));
      const documented = [readFileSync('src/core/hash.ts', 'utf8'), readFileSync('README.md', 'utf8')].map((text) =>
        [...text.matchAll(/`cd (\S+) && ([^`]*sha256sum[^`]*)`/g)].map((m) => m[2]),
      );
      expect(documented.map((commands) => commands.length)).toEqual([1, 1]);

      for (const command of documented.flat()) {
        const { LC_ALL: _all, LC_COLLATE: _collate, ...env } = process.env;
        const printed = execFileSync('bash', ['-c', `cd "$1" && ${command}`, 'bash', dir], {
          env: { ...env, LANG: 'en_US.UTF-8' },
          encoding: 'utf8',
        });
        expect({ command, hash: printed.split(' ')[0] }).toEqual({ command, hash: expected });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('holdback', () => {
  test('is deterministic from the seed, disjoint, complete and 10% in size', () => {
    const a = splitHoldback(60000, 0.1, 1337);
    const b = splitHoldback(60000, 0.1, 1337);
    const c = splitHoldback(60000, 0.1, 1338);
    expect(a).toEqual(b);
    expect(a.held).not.toEqual(c.held);
    expect(a.held).toHaveLength(6000);
    expect(a.keep).toHaveLength(54000);
    const all = new Set([...a.keep, ...a.held]);
    expect(all.size).toBe(60000);
    expect([...a.keep].sort((x, y) => x - y)).toEqual(a.keep);
  });

  test('refuses a fraction outside [0, 1)', () => {
    expect(() => splitHoldback(10, 1.5, 1)).toThrow(/--holdback/);
  });
});
