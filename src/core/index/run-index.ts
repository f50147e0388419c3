/** One run in experiments/README.md. */
export interface IndexRow {
  experimentId: string;
  date: string;
  dataset: string;
  model: string;
  primary: string;
  intent: string;
  status: string;
}

/** The line after which experiments/README.md is mtrack's: the text above it is the user's and is kept. */
export const INDEX_MARKER = '<!-- mtrack: runs index, one line per run sorted by id, regenerated with each run -->';
const HEADER = [
  '| id | date | dataset | model | primary metric | intent | status |',
  '| --- | --- | --- | --- | --- | --- | --- |',
];

/**
 * experiments/README.md with its index regenerated: the existing text up to INDEX_MARKER, then one table line per
 * run sorted by id. One line per run is what lets `merge=union` (.gitattributes) merge two branches' runs.
 */
export function renderRunIndex(existing: string, rows: IndexRow[]): string {
  const at = existing.indexOf(INDEX_MARKER);
  const head = at >= 0 ? existing.slice(0, at) : `${existing.replace(/\n*$/, '')}\n\n`;
  const sorted = [...rows].sort((a, b) => idNumber(a.experimentId) - idNumber(b.experimentId));
  const lines = sorted.map(
    (r) => `| ${[r.experimentId, r.date, r.dataset, r.model, r.primary, r.intent, r.status].map(cell).join(' | ')} |`,
  );
  return `${head}${INDEX_MARKER}\n\n${[...HEADER, ...lines].join('\n')}\n`;
}

function cell(text: string): string {
  return text.replace(/\s+/g, ' ').replaceAll('|', '\\|').trim() || '-';
}

function idNumber(id: string): number {
  return Number(id.slice(1));
}
