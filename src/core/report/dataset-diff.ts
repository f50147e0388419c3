/** What compare needs to know about one dataset revision: examples per split and, when the labels were readable, per class. */
export interface DatasetFacts {
  id: string;
  revision: string;
  splits: Record<string, { examples: number; hash: string; classes?: number[] }>;
}

export interface SplitChange {
  split: string;
  from: number;
  to: number;
  added: number;
  /** True when the split's bytes are the same in both revisions. */
  sameBytes: boolean;
  /** Per class label: examples added (negative: removed); absent when either side's labels were not readable. */
  classes?: Array<{ label: string; from: number; to: number; added: number }>;
}

export interface DatasetDiff {
  dataset: string;
  from: string;
  to: string;
  splits: SplitChange[];
}

/** D0001 -> D0002: examples added per split and per class (splits in either revision, by name). */
export function diffDatasets(a: DatasetFacts, b: DatasetFacts): DatasetDiff {
  const names = [...new Set([...Object.keys(a.splits), ...Object.keys(b.splits)])].sort(splitOrder);
  // Every split lists every class of either revision, so a class missing from a small split shows as ±0.
  const classCount = Math.max(0, ...[a, b].flatMap((d) => Object.values(d.splits).map((s) => s.classes?.length ?? 0)));
  return {
    dataset: b.id,
    from: a.revision,
    to: b.revision,
    splits: names.map((split) => {
      const [x, y] = [a.splits[split], b.splits[split]];
      const from = x?.examples ?? 0;
      const to = y?.examples ?? 0;
      const change: SplitChange = { split, from, to, added: to - from, sameBytes: !!x && !!y && x.hash === y.hash };
      const cx = x ? x.classes : [];
      const cy = y ? y.classes : [];
      if (cx && cy) {
        change.classes = Array.from({ length: classCount }, (_, c) => ({
          label: String(c),
          from: cx[c] ?? 0,
          to: cy[c] ?? 0,
          added: (cy[c] ?? 0) - (cx[c] ?? 0),
        }));
      }
      return change;
    }),
  };
}

const ORDER = ['train', 'test', 'heldout_new'];
function splitOrder(a: string, b: string): number {
  const [i, j] = [ORDER.indexOf(a), ORDER.indexOf(b)];
  return (i < 0 ? 99 : i) - (j < 0 ? 99 : j) || a.localeCompare(b);
}

/** Human lines: `train: 54000 -> 60000 (+6000; per class 0 +592, 1 +674, …)`. */
export function formatDatasetDiff(diff: DatasetDiff): string[] {
  const lines = [`${diff.dataset} ${diff.from} -> ${diff.to}`];
  for (const s of diff.splits) {
    const perClass = s.classes?.some((c) => c.added !== 0)
      ? `; per class ${s.classes.map((c) => `${c.label} ${signed(c.added)}`).join(', ')}`
      : '';
    const same = s.sameBytes ? ', same bytes' : '';
    lines.push(`  ${s.split}: ${s.from} -> ${s.to} (${signed(s.added)}${same}${perClass})`);
  }
  return lines;
}

const signed = (n: number) => (n > 0 ? `+${n}` : n === 0 ? '±0' : String(n));
