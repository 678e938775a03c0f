import { describe, expect, test } from 'vitest';
import { cookieDatabase } from '../src/cookie-database.js';
import { retentionSeconds, retentionToIso } from '../src/retention.js';

/** The forms retentionToIso may give: one ISO 8601 part, or the word for session cookies. */
const VALID = /^(?:session|P\d+[YMWD]|PT\d+[HMS])$/;

// The shipped JSON holds every row's retention text as the CSV has it (trimmed), so this covers
// the real data without needing ../shared.
const texts = [...new Set(cookieDatabase().entries.map((e) => e.retention))].sort();

describe('retentionToIso', () => {
  test.each([
    ['2 years', 'P2Y'],
    ['1 year', 'P1Y'],
    ['1 Year', 'P1Y'],
    ['2 year', 'P2Y'],
    ['13 months', 'P13M'],
    ['13 Months', 'P13M'],
    ['1 day', 'P1D'],
    ['0 days', 'P0D'],
    ['2 weeks', 'P2W'],
    ['24 hours', 'PT24H'],
    ['30 minutes', 'PT30M'],
    ['30 mins', 'PT30M'],
    ['1440 Minutes', 'PT1440M'],
    ['90 sec', 'PT90S'],
    ['30 secs', 'PT30S'],
    ['1 second', 'PT1S'],
    ['session', 'session'],
    ['Session', 'session'],
    ['Sessions', 'session'],
    ['session cookie', 'session'],
    ['End of session (browser)', 'session'],
    [' 1 year ', 'P1Y'],
    ['2 years after last activity', 'P2Y'],
    ['10 years from set/ update', 'P10Y'],
  ])('%j → %s', (text, iso) => {
    expect(retentionToIso(text)).toBe(iso);
  });

  test.each([
    'forever',
    'Unlimited',
    'permanent',
    'Persistent',
    'no expiration',
    'Unknown',
    'Varies',
    'undefined',
    'Local Storage',
    'Awin',
    '',
    '10 Nov 2030',
    '1 hour or longer',
    'Session to 30 days',
    '1 week to 1 year',
    '30 seconds till 1 year',
    '180 days after last activity or 10 years when opting out',
    '6 months by default, modifiable',
    '1 year (in some countries, the period may be longer)',
    '30 minutes, 3w or 1y depending on value',
    'Immediately removed',
    'Seesion',
    '3 fortnights',
    '1.5 years',
  ])('%j stays unknown', (text) => {
    expect(retentionToIso(text)).toBeUndefined();
  });

  test('every distinct text in the database gives a valid duration or nothing', () => {
    expect(texts.length).toBeGreaterThan(150);
    for (const text of texts) {
      const iso = retentionToIso(text);
      if (iso !== undefined) expect(iso, text).toMatch(VALID);
    }
  });

  test('nearly all rows of the database parse', () => {
    const entries = cookieDatabase().entries;
    const parsed = entries.filter((e) => e.retentionIso !== undefined).length;
    // 2 194 of 2 264 at the upstream commit shipped; the rest are "forever", "Unknown", ranges.
    expect(parsed / entries.length).toBeGreaterThan(0.95);
  });

  test('a parsed duration keeps the number and unit of the text', () => {
    for (const text of texts) {
      const iso = retentionToIso(text);
      if (!iso || iso === 'session') continue;
      const amount = /\d+/.exec(text)?.[0];
      expect(iso, text).toContain(String(Number(amount)));
      const unit = iso.at(-1);
      const word = text.toLowerCase().replace(/[\d\s]+/, '');
      const expected = { Y: 'y', W: 'w', D: 'd', H: 'h', S: 's' }[unit!] ?? (iso.startsWith('PT') ? 'min' : 'mo');
      expect(word.startsWith(expected), text).toBe(true);
    }
  });
});

describe('retentionSeconds', () => {
  test.each([
    ['PT30M', 1_800],
    ['PT24H', 86_400],
    ['P1D', 86_400],
    ['P2W', 1_209_600],
    ['P1Y', 31_556_952],
    ['P13M', 34_186_698],
    ['P1Y6M', 47_335_428],
    ['PT1H30M', 5_400],
  ])('%s → %d', (iso, seconds) => {
    expect(retentionSeconds(iso)).toBe(seconds);
  });

  test('session is null, anything else unreadable is undefined', () => {
    expect(retentionSeconds('session')).toBeNull();
    expect(retentionSeconds('P')).toBeUndefined();
    expect(retentionSeconds('PT')).toBeUndefined();
    expect(retentionSeconds('2 years')).toBeUndefined();
    expect(retentionSeconds('P1.5Y')).toBeUndefined();
  });

  test('reads every duration retentionToIso gives for the real data', () => {
    for (const text of texts) {
      const iso = retentionToIso(text);
      if (iso && iso !== 'session') expect(retentionSeconds(iso), text).toBeGreaterThanOrEqual(0);
    }
  });
});
