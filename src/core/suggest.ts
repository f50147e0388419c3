/** Levenshtein distance between two short strings (command names, option keys, report columns). */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length];
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
