import { NL_CONSENT_AGE, REVIEW_MONTHS } from '../constants.js';
import { breachDeadline } from './breach-deadline.js';
import { findInFreeTexts } from './free-text.js';
import type { Hit, Rule } from './rule.js';
import { eachString, monthsBetween, textMatches } from './rule.js';

const BOILERPLATE =
  /^\s*(wij nemen |we take )?(passende|appropriate) (technische en organisatorische |technical and organi[sz]ational )?(maatregelen|measures)\b[^.]*\.?\s*$/i;

/** Rules about the statement as a whole: version, languages, children, review date, security, breaches. */
export const metaRules: Rule[] = [
  {
    id: 'V20',
    severity: 'warning',
    basis: 'WP260 par. 29-33',
    check: ({ d }) => {
      const m = d.meta ?? {};
      const hits: Hit[] = [];
      if (!m.version) hits.push({ path: ['meta'], params: { field: 'version' } });
      if (!m.effectiveDate) hits.push({ path: ['meta'], params: { field: 'effectiveDate' } });
      if (!m.changelog?.length) hits.push({ path: ['meta'], severity: 'info', key: 'changelog' });
      return hits;
    },
  },
  {
    id: 'V25',
    severity: 'warning',
    basis: '12(1); AP TikTok 2021',
    check: ({ d }) => {
      const langs = d.meta?.languages ?? ['nl', 'en'];
      const hits: Hit[] = [];
      if (!langs.includes('nl')) hits.push({ path: ['meta', 'languages'], key: 'noDutch' });
      if (langs.length < 2) return hits;
      // A text given in one language only would appear untranslated in the other statement.
      const seen = new Set<string>();
      eachString(d, (_s, path) => {
        const last = path[path.length - 1];
        if (last !== 'nl' && last !== 'en') return;
        const parent = path.slice(0, -1);
        const key = JSON.stringify(parent);
        if (seen.has(key)) return;
        seen.add(key);
        let node: unknown = d;
        for (const seg of parent) node = (node as Record<string, unknown>)[seg as string];
        const obj = node as Record<string, unknown>;
        const missing = langs.find((l) => typeof obj[l] !== 'string');
        if (missing) hits.push({ path: parent, params: { lang: missing } });
      });
      return hits;
    },
  },
  {
    id: 'V26',
    severity: 'error',
    basis: '8, 12(1), UAVG 5',
    check: ({ d }) => {
      const ch = d.children ?? {};
      const hits: Hit[] = [];
      if (ch.targeted && !ch.parentalConsent) hits.push({ path: ['children'], key: 'parental' });
      if (ch.targeted && !ch.childFriendlyLanguage) hits.push({ path: ['children'], severity: 'warning', key: 'language' });
      if (ch.minAge !== undefined && ch.minAge < NL_CONSENT_AGE)
        hits.push({ path: ['children', 'minAge'], key: 'age', params: { age: ch.minAge } });
      (d.dataSubjects ?? []).forEach((s, i) => {
        if (s?.children && !ch.targeted) hits.push({ path: ['dataSubjects', i, 'children'], severity: 'warning', key: 'subjects' });
      });
      return hits;
    },
  },
  {
    id: 'V30',
    severity: 'info',
    basis: '5(2), 24',
    check: ({ d, today }) => {
      const since = d.meta?.lastReviewed ?? d.meta?.effectiveDate;
      const months = monthsBetween(since, today);
      return months !== undefined && months >= REVIEW_MONTHS
        ? [{ path: ['meta', d.meta?.lastReviewed ? 'lastReviewed' : 'effectiveDate'], params: { months } }]
        : [];
    },
  },
  {
    id: 'V32',
    severity: 'info',
    basis: '32, 30(1)(g)',
    check: ({ d }) => {
      const ms = (d.security ?? []).filter((m) => m && typeof m === 'object');
      return !ms.length || ms.every((m) => textMatches(m.description, BOILERPLATE)) ? [{ path: ['security'] }] : [];
    },
  },
  {
    id: 'V34',
    severity: 'info',
    basis: '33, 34',
    check: ({ d }) => {
      const b = d.breach ?? {};
      const hits: Hit[] = [];
      if (b.notifyAuthorityWithinHours !== undefined && b.notifyAuthorityWithinHours > 72)
        hits.push({ path: ['breach', 'notifyAuthorityWithinHours'], key: 'late' });
      // The breach texts, and any other text that speaks of a breach (a security measure, a
      // processor activity): "wij melden datalekken binnen 24 uur bij de AP" is the same promise there.
      for (const { path, match } of findInFreeTexts(d, (s, _lang, field) => breachDeadline(s, field.path[0] === 'breach'))) {
        hits.push({ path, key: match.key, params: { phrase: match.phrase } });
      }
      return hits;
    },
  },
];
