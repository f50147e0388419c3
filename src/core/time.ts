/** `YYYY-MM-DDTHH:MM:SSZ`: the timestamp form every mtrack file uses. */
export function formatUtc(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function utcDate(utc: string): string {
  return utc.slice(0, 10);
}
