import { parse } from 'yaml';

/** The fields mtrack reads from a model card's YAML front matter (the hub's `cardData`). */
export interface CardMetadata {
  license?: string;
  licenseLink?: string;
  pipelineTag?: string;
  datasets?: string[];
}

const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Reads the front matter of a README.md; a card without one, or with broken YAML, has no metadata. */
export function readCardMetadata(card: string): CardMetadata {
  const match = FRONT_MATTER.exec(card);
  if (!match) return {};
  let data: unknown;
  try {
    data = parse(match[1]);
  } catch {
    return {};
  }
  return isRecord(data) ? metadataFrom(data) : {};
}

/** The same fields from an already parsed object (the hub's `cardData`). */
export function metadataFrom(cardData: object): CardMetadata {
  const data = cardData as Record<string, unknown>;
  return dropUndefined({
    license: listText(data.license),
    licenseLink: text(data.license_link),
    pipelineTag: text(data.pipeline_tag),
    datasets: list(data.datasets),
  });
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function list(value: unknown): string[] | undefined {
  const items = (Array.isArray(value) ? value : [value]).map(text).filter((v): v is string => v !== undefined);
  return items.length > 0 ? items : undefined;
}

function listText(value: unknown): string | undefined {
  return list(value)?.join(', ');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
