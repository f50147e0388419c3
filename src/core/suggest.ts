/** Edit distance with adjacent transpositions counted as one edit (optimal string alignment): `josn` -> `json` is 1. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** The candidate closest to `word` when it is close enough to be a typo (a third of its length), else undefined. */
export function closestMatch(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
    const prefix = candidate.startsWith(word) || word.startsWith(candidate);
    const score = prefix ? Math.min(d, 1) : d;
    if (score < bestDistance) [best, bestDistance] = [candidate, score];
  }
  return best !== undefined && bestDistance <= Math.max(1, Math.floor(word.length / 3)) ? best : undefined;
}

/** " Did you mean 'x'?" or '' : appended to an error message about an unknown name. */
export function didYouMean(word: string, candidates: Iterable<string>, prefix = ''): string {
  const match = closestMatch(word, candidates);
  return match ? ` Did you mean '${prefix}${match}'?` : '';
}
