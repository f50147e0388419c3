import type { GitTarget } from './fault-process.js';

/** mulberry32: a small seeded generator, so MTRACK_FAULT_SEED replays the same kill moments and targets. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function faultSeed(): number {
  const raw = process.env.MTRACK_FAULT_SEED;
  const seed = raw === undefined ? 10 : Number(raw);
  if (!Number.isInteger(seed)) throw new Error(`MTRACK_FAULT_SEED: expected an integer, got '${raw}'.`);
  return seed;
}

/**
 * `count` kill delays spread over the command's measured duration: one per stratum, jittered inside it. The last
 * 5 % is left out: a kill there mostly arrives after the process has exited.
 */
export function spreadDelays(random: () => number, count: number, durationMs: number): number[] {
  const span = durationMs * 0.95;
  return Array.from({ length: count }, (_, i) => Math.round(((i + random()) / count) * span));
}

/**
 * `count` git writes to inject at, spread across the kinds of write (object, index, ref; write, link, rename) so a
 * short plan still hits each kind; within a kind the choice is random.
 */
export function pickTargets(random: () => number, targets: GitTarget[], count: number): GitTarget[] {
  const byClass = new Map<string, GitTarget[]>();
  for (const t of targets) byClass.set(t.cls, [...(byClass.get(t.cls) ?? []), t]);
  const pools = [...byClass.keys()].sort().map((k) => shuffle(random, byClass.get(k) as GitTarget[]));
  const picked: GitTarget[] = [];
  while (picked.length < count && pools.some((p) => p.length > 0))
    for (const pool of pools) if (pool.length > 0 && picked.length < count) picked.push(pool.shift() as GitTarget);
  return picked;
}

function shuffle<T>(random: () => number, items: T[]): T[] {
  const a = [...items];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}
