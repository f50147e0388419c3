import { createHash, randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import {
  fetchModelBaseline,
  MAX_HASHED_DOWNLOAD,
  type HubBaseline,
} from '../../src/adapters/hub/fetch-model-baseline.js';
import {
  fakeCommitSha,
  startFakeHub,
  type FakeHub,
  type FakeHubOptions,
  type FakeHubRepo,
} from '../helpers/fake-hub.js';

const MODEL = 'lane99/resnet_mnist_digits';

function hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A repo with two commits: `v1` (older card, MIT) and `main` (newer card, Apache, an LFS file, a nested file). */
function makeRepo() {
  const oldSha = fakeCommitSha();
  const newSha = fakeCommitSha();
  const weights = randomBytes(4096);
  const big = randomBytes(MAX_HASHED_DOWNLOAD + 1);
  const readme = `---\nlicense: apache-2.0\ndatasets:\n  - mnist\ntags: [resnet]\n---\n# ResNet MNIST ${randomBytes(4).toString('hex')}\n`;
  const licenseText = `Apache License ${randomBytes(4).toString('hex')}\n`;
  const config = JSON.stringify({ architecture: 'resnet', width: 16, nonce: randomBytes(4).toString('hex') });
  const repo: FakeHubRepo = {
    id: MODEL,
    refs: { main: newSha, v1: oldSha },
    pipelineTag: 'image-classification',
    commits: [
      {
        sha: oldSha,
        files: [
          { path: 'README.md', content: '---\nlicense: mit\n---\n# old card\n' },
          { path: 'LICENSE', content: 'MIT License\n' },
        ],
      },
      {
        sha: newSha,
        files: [
          { path: 'README.md', content: readme },
          { path: 'LICENSE', content: licenseText },
          { path: 'config.json', content: config },
          { path: 'model.safetensors', content: weights, lfs: true },
          { path: 'onnx/labels.txt', content: '0\n1\n2\n' },
          { path: 'big.bin', content: big },
          { path: 'empty.txt', content: '' },
        ],
      },
    ],
  };
  return { repo, oldSha, newSha, weights, readme, licenseText, config };
}

let hub: FakeHub | undefined;
afterEach(async () => {
  await hub?.close();
  hub = undefined;
});

async function serve(repo: FakeHubRepo, options?: FakeHubOptions): Promise<FakeHub> {
  hub = await startFakeHub(repo, options);
  return hub;
}

function resolved(baseline: HubBaseline): Extract<HubBaseline, { status: 'resolved' }> {
  if (baseline.status !== 'resolved') throw new Error(`expected resolved, got: ${baseline.reason}`);
  return baseline;
}

function fileOf(baseline: HubBaseline, path: string) {
  return resolved(baseline).files.find((f) => f.path === path);
}

describe('fetchModelBaseline against a loopback hub', () => {
  test('resolves a branch to the commit the hub reports and reads card, license and task there', async () => {
    const { repo, newSha, readme, licenseText } = makeRepo();
    const { url } = await serve(repo);

    const baseline = resolved(await fetchModelBaseline(MODEL, 'main', { endpoint: url }));

    expect(baseline.resolvedCommit).toBe(newSha);
    expect(baseline.revision).toBe('main');
    expect(baseline.modelCard).toBe(readme);
    expect(baseline.licenseText).toBe(licenseText);
    expect(baseline.licensePath).toBe('LICENSE');
    expect(baseline.license).toBe('apache-2.0');
    expect(baseline.task).toBe('image-classification');
    expect(baseline.datasets).toEqual(['mnist']);
  });

  test('hashes every file: bytes for small files, the LFS oid for LFS files, null above the download limit', async () => {
    const { repo, weights, config } = makeRepo();
    const { url } = await serve(repo);

    const baseline = await fetchModelBaseline(MODEL, 'main', { endpoint: url });

    expect(resolved(baseline).files.map((f) => f.path)).toEqual([
      'LICENSE',
      'README.md',
      'big.bin',
      'config.json',
      'empty.txt',
      'model.safetensors',
      'onnx/labels.txt',
    ]);
    expect(fileOf(baseline, 'config.json')).toEqual({
      path: 'config.json',
      size: Buffer.byteLength(config),
      sha256: `sha256:${hex(config)}`,
      lfs: false,
    });
    expect(fileOf(baseline, 'onnx/labels.txt')?.sha256).toBe(`sha256:${hex('0\n1\n2\n')}`);
    expect(fileOf(baseline, 'empty.txt')?.sha256).toBe(`sha256:${hex('')}`);
    expect(fileOf(baseline, 'model.safetensors')).toEqual({
      path: 'model.safetensors',
      size: weights.length,
      sha256: `sha256:${hex(weights)}`,
      lfs: true,
    });
    expect(fileOf(baseline, 'big.bin')).toEqual({
      path: 'big.bin',
      size: MAX_HASHED_DOWNLOAD + 1,
      sha256: null,
      lfs: false,
    });
  });

  test('lists and downloads at the resolved sha, not at the moving branch name', async () => {
    const { repo, newSha } = makeRepo();
    const { url, requests } = await serve(repo);

    await fetchModelBaseline(MODEL, 'main', { endpoint: url });

    const later = requests.filter((r) => !r.url.includes('/revision/'));
    expect(later.length).toBeGreaterThan(0);
    expect(later.filter((r) => !r.url.includes(newSha))).toEqual([]);
    expect(requests.some((r) => r.url.includes('/resolve/') && r.url.endsWith('/model.safetensors'))).toBe(false);
    expect(requests.some((r) => r.url.endsWith('/big.bin'))).toBe(false);
  });

  test('a tag resolves to its own commit and that commit card and license', async () => {
    const { repo, oldSha } = makeRepo();
    const { url } = await serve(repo);

    const baseline = resolved(await fetchModelBaseline(MODEL, 'v1', { endpoint: url }));

    expect(baseline.resolvedCommit).toBe(oldSha);
    expect(baseline.modelCard).toBe('---\nlicense: mit\n---\n# old card\n');
    expect(baseline.license).toBe('mit');
    expect(baseline.licenseText).toBe('MIT License\n');
  });

  test('follows the tree listing across pages', async () => {
    const { repo } = makeRepo();
    const { url, requests } = await serve(repo, { pageSize: 2 });

    const baseline = resolved(await fetchModelBaseline(MODEL, 'main', { endpoint: url }));

    expect(baseline.files).toHaveLength(7);
    expect(requests.filter((r) => r.url.includes('/tree/')).length).toBeGreaterThan(1);
  });

  test('a revision the hub does not know is unresolved with no commit', async () => {
    const { repo } = makeRepo();
    const { url } = await serve(repo);

    const baseline = await fetchModelBaseline(MODEL, 'no-such-branch', { endpoint: url });

    expect(baseline).toEqual({
      status: 'unresolved',
      modelId: MODEL,
      revision: 'no-such-branch',
      reason: `revision 'no-such-branch' not found (404) (${url})`,
    });
  });

  test('a model the hub does not have is unresolved: model not found', async () => {
    const { repo } = makeRepo();
    const { url } = await serve(repo);

    const baseline = await fetchModelBaseline('someone/missing', 'main', { endpoint: url });

    expect(baseline.status).toBe('unresolved');
    expect(baseline.status === 'unresolved' && baseline.reason).toBe(
      `model 'someone/missing' not found (404) (${url})`,
    );
  });

  test('a closed port is unresolved at once, naming the refused connection', async () => {
    const endpoint = `http://127.0.0.1:${await closedPort()}`;
    const started = Date.now();

    const baseline = await fetchModelBaseline(MODEL, 'main', { endpoint });

    expect(Date.now() - started).toBeLessThan(5000);
    expect(baseline.status).toBe('unresolved');
    expect(baseline.status === 'unresolved' && baseline.reason).toMatch(
      /^connect ECONNREFUSED 127\.0\.0\.1:\d+ \(http:/,
    );
  });

  test('a hub that never answers is unresolved after the timeout', async () => {
    const { repo } = makeRepo();
    const { url } = await serve(repo, { hang: true });
    const started = Date.now();

    const baseline = await fetchModelBaseline(MODEL, 'main', { endpoint: url, timeoutMs: 300 });

    expect(Date.now() - started).toBeLessThan(3000);
    expect(baseline.status === 'unresolved' && baseline.reason).toBe(`no answer within 300 ms (${url})`);
  });

  test('a server error after resolving is unresolved and says which commit was seen', async () => {
    const { repo, newSha } = makeRepo();
    const { url } = await serve(repo, { fail: { pathIncludes: '/tree/', status: 503 } });

    const baseline = await fetchModelBaseline(MODEL, 'main', { endpoint: url });

    expect(baseline.status).toBe('unresolved');
    expect(baseline.status === 'unresolved' && baseline.reason).toMatch(
      new RegExp(`^resolved 'main' to ${newSha}, then: hub answered HTTP 503 for /api/models/${MODEL}/tree/`),
    );
  });

  test('bytes that do not match the commit git oid are refused, not hashed', async () => {
    const { repo } = makeRepo();
    const { url } = await serve(repo, { corrupt: ['config.json'] });

    const baseline = await fetchModelBaseline(MODEL, 'main', { endpoint: url });

    expect(baseline.status === 'unresolved' && baseline.reason).toMatch(
      /bytes served for 'config\.json' do not match its git oid/,
    );
  });

  test('sends HF_TOKEN as a bearer token on every request', async () => {
    const token = `hf_${randomBytes(8).toString('hex')}`;
    const { repo, newSha } = makeRepo();
    const { url, requests } = await serve(repo, { token });

    const baseline = resolved(await fetchModelBaseline(MODEL, 'main', { endpoint: url, token }));

    expect(baseline.resolvedCommit).toBe(newSha);
    expect(requests.length).toBeGreaterThan(2);
    expect(requests.filter((r) => r.authorization !== `Bearer ${token}`)).toEqual([]);
  });

  test('a token the hub refuses is reported as failed authentication', async () => {
    const { repo } = makeRepo();
    const { url } = await serve(repo, { token: 'hf_right' });

    const baseline = await fetchModelBaseline(MODEL, 'main', { endpoint: url, token: 'hf_wrong' });

    expect(baseline.status === 'unresolved' && baseline.reason).toMatch(/^authentication failed \(401\)/);
  });

  test('no token for a private model says access was denied, not that auth failed', async () => {
    const { repo } = makeRepo();
    const { url } = await serve(repo, { token: 'hf_right' });

    const baseline = await fetchModelBaseline(MODEL, 'main', { endpoint: url });

    expect(baseline.status === 'unresolved' && baseline.reason).toMatch(/^access denied \(401\).*set HF_TOKEN/);
  });
});

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
