/**
 * Code-unit order, so the report is byte-for-byte the same whatever the machine's locale
 * (`localeCompare` is not).
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Unique values in {@link compareText} order, so input order never shows in the report. */
export function sorted(values: Iterable<string>): string[] {
  return [...new Set(values)].sort(compareText);
}
