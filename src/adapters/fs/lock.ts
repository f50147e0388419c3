import { open, readFile, stat, unlink, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { MtrackError } from '../../core/errors.js';
import { currentOwner, isOwnerAlive, type Owner } from './owner.js';

export interface LockOptions {
  /** How long to wait for another live holder, in ms (default 10 minutes: a data revision commit can take a while). */
  timeoutMs?: number;
  /** Said once when the lock is busy, e.g. "waiting for another mtrack process (pid 123)". */
  onWait?: (holder: Owner) => void;
}

/**
 * Runs `fn` holding an exclusive lock file (created with O_EXCL, holding the owner's pid and start time). A lock
 * whose owner died (kill -9) is taken over; a live holder is waited for. Stale locks are broken under a second,
 * short-lived lock so two waiters never both remove a lock that a third process has just taken.
 */
export async function withFileLock<T>(path: string, fn: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  await mkdir(dirname(path), { recursive: true });
  const me = JSON.stringify(currentOwner());
  const deadline = Date.now() + (options.timeoutMs ?? 600_000);
  let told = false;
  for (let delay = 20; ; delay = Math.min(delay * 2, 500)) {
    if (await tryCreate(path, me)) break;
    const holder = await readOwner(path);
    if (holder && !isOwnerAlive(holder)) {
      await breakStale(path, holder);
      continue;
    }
    if (Date.now() > deadline)
      throw new MtrackError('GIT', `'${path}' is held by another mtrack process (pid ${holder?.pid ?? '?'}).`, {
        hint: 'Wait for it to finish; a lock left by a killed process is taken over automatically.',
      });
    if (holder && !told) {
      options.onWait?.(holder);
      told = true;
    }
    await sleep(delay + Math.floor(Math.random() * delay));
  }
  try {
    return await fn();
  } finally {
    if ((await readFile(path, 'utf8').catch(() => '')) === me) await unlink(path).catch(() => undefined);
  }
}

async function tryCreate(path: string, content: string): Promise<boolean> {
  try {
    const handle = await open(path, 'wx');
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

async function readOwner(path: string): Promise<Owner | undefined> {
  try {
    const parsed = JSON.parse(await readFile(path, 'utf8')) as Owner;
    return typeof parsed.pid === 'number' ? parsed : undefined;
  } catch {
    // Being written this very moment (created, not yet filled) or gone: treat as alive, look again shortly.
    return undefined;
  }
}

async function breakStale(path: string, dead: Owner): Promise<void> {
  const breaker = `${path}.break`;
  if (!(await tryCreate(breaker, JSON.stringify(currentOwner())))) {
    // A breaker killed mid-way would block every later one: it only ever lives for a few file operations.
    const age = Date.now() - ((await stat(breaker).catch(() => undefined))?.mtimeMs ?? Date.now());
    if (age > 10_000) await unlink(breaker).catch(() => undefined);
    return;
  }
  try {
    const now = await readOwner(path);
    if (now && now.pid === dead.pid && now.start === dead.start) await unlink(path).catch(() => undefined);
  } finally {
    await unlink(breaker).catch(() => undefined);
  }
}
