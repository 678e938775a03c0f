/**
 * The Open Cookie Database gives retention as free English text ("2 years", "Session", "30 mins",
 * "13 months", "forever", "Session to 30 days"). Reports compare it with the lifetime a cookie
 * really has, which needs a duration. Only plain "<number> <unit>" texts and the session forms
 * are read; ranges, alternatives, "or longer", dates and "forever" stay unknown, because any
 * number picked for them would be a guess the report would then present as fact.
 */

/** Texts that mean "until the browser session ends", lower case with single spaces. */
const SESSION_TEXTS = new Set(['session', 'sessions', 'session cookie', 'end of session', 'end of session (browser)']);

/** Unit words as they occur in the database → ISO 8601 designator, and whether it is a time part. */
const UNITS: Readonly<Record<string, { designator: string; time: boolean }>> = {
  second: { designator: 'S', time: true },
  seconds: { designator: 'S', time: true },
  sec: { designator: 'S', time: true },
  secs: { designator: 'S', time: true },
  minute: { designator: 'M', time: true },
  minutes: { designator: 'M', time: true },
  min: { designator: 'M', time: true },
  mins: { designator: 'M', time: true },
  hour: { designator: 'H', time: true },
  hours: { designator: 'H', time: true },
  day: { designator: 'D', time: false },
  days: { designator: 'D', time: false },
  week: { designator: 'W', time: false },
  weeks: { designator: 'W', time: false },
  month: { designator: 'M', time: false },
  months: { designator: 'M', time: false },
  year: { designator: 'Y', time: false },
  years: { designator: 'Y', time: false },
};

/**
 * "<number> <unit>", optionally followed by a note that the period restarts when the cookie is
 * renewed ("2 years after last activity", "10 years from set/ update"). Such a cookie still lives
 * that long from the moment it is (re)written, so the duration is the one a scan would see.
 */
const AMOUNT = /^(\d{1,6}) ?([a-z]+)(?: after last activity| from set ?\/ ?update)?$/;

/**
 * The database's retention text as an ISO 8601 duration: `"2 years"` → `"P2Y"`, `"13 months"` →
 * `"P13M"`, `"2 weeks"` → `"P2W"`, `"24 hours"` → `"PT24H"`, `"30 mins"` → `"PT30M"`. Session
 * cookies give the word `"session"` (ISO 8601 has no duration for them). The amount is kept as
 * written, not normalised ("24 hours" stays `PT24H`, not `P1D`), so it reads back like the source.
 *
 * @returns `undefined` when the text is not one clear duration (see the module comment).
 * @example retentionToIso('1 Year') // 'P1Y'
 */
export function retentionToIso(text: string): string | undefined {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  if (SESSION_TEXTS.has(t)) return 'session';
  const m = AMOUNT.exec(t);
  if (!m) return undefined;
  const unit = UNITS[m[2]!];
  if (!unit) return undefined;
  const amount = String(Number(m[1]));
  return unit.time ? `PT${amount}${unit.designator}` : `P${amount}${unit.designator}`;
}

/** Seconds per ISO 8601 designator. Years and months are Gregorian averages (365.2425 days). */
const SECONDS = {
  Y: 365.2425 * 86_400,
  M: (365.2425 * 86_400) / 12,
  W: 7 * 86_400,
  D: 86_400,
  H: 3_600,
  TM: 60,
  S: 1,
} as const;

/** A whole-number ISO 8601 duration: date parts, then optional time parts after `T`. */
const ISO_DURATION = /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?!$)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/**
 * An ISO 8601 duration (as {@link retentionToIso} gives) in seconds, to compare with a cookie's
 * real lifetime. Years and months have no fixed length, so they count as the Gregorian average
 * (a year is 365.2425 days, a month a twelfth of that); the result is rounded to whole seconds.
 *
 * @returns `null` for `"session"` (like `InventoryItem.maxAgeSeconds`), `undefined` when the
 *   text is not a duration this function reads.
 * @example retentionSeconds('P1D') // 86400
 */
export function retentionSeconds(iso: string): number | null | undefined {
  if (iso === 'session') return null;
  const m = ISO_DURATION.exec(iso);
  if (!m) return undefined;
  const parts = [SECONDS.Y, SECONDS.M, SECONDS.W, SECONDS.D, SECONDS.H, SECONDS.TM, SECONDS.S];
  let total = 0;
  parts.forEach((seconds, i) => {
    const n = m[i + 1];
    if (n !== undefined) total += Number(n) * seconds;
  });
  return Math.round(total);
}
