/**
 * A time as `akkoord-log export --from/--to` and `GET /v1/export?from=&to=` take it: a date
 * (`2025-01-31`, an ISO time such as `2025-01-31T12:00:00Z`) or whole milliseconds since 1970.
 * Returns the milliseconds, or `undefined` when the text is neither; each caller words its own error.
 */
export function parseTime(text: string): number | undefined {
  const t = /^\d+$/.test(text) ? Number(text) : Date.parse(text);
  return Number.isFinite(t) ? t : undefined;
}
