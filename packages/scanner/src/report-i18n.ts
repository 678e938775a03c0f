import { createInstance, type TFunction } from 'i18next';
import en from '../locales/en/scanner.json' with { type: 'json' };
import nl from '../locales/nl/scanner.json' with { type: 'json' };
import type { Category, ScanFinding, ScanReport, Severity, Subject } from './types.js';
import { SEVERITY_ORDER } from './types.js';

/** The languages the reports are written in. */
export type ReportLang = 'nl' | 'en';

/** Every report language, in the order the CLI lists them. */
export const REPORT_LANGS: readonly ReportLang[] = ['nl', 'en'];

/** A translate function bound to one report language (namespace `scanner`). */
export type ReportTranslate = TFunction;

/**
 * Creates a fresh i18next instance per call, so reports in two languages rendered at the same
 * time never share state. Resources are bundled JSON imports: the same relative path works from
 * `src/` and from `dist/`, like `@akkoord/privacy-statement`.
 */
export function createReportTranslate(lang: ReportLang): ReportTranslate {
  const i18n = createInstance();
  void i18n.init({
    lng: lang,
    fallbackLng: false,
    resources: { nl: { scanner: nl }, en: { scanner: en } },
    ns: ['scanner'],
    defaultNS: 'scanner',
    initAsync: false,
    returnEmptyString: false,
    returnNull: false,
    // Every value is escaped by `phrase` with the output format's own escaper.
    interpolation: { escapeValue: false },
  });
  return i18n.t.bind(i18n) as ReportTranslate;
}

/**
 * How one output format writes the three kinds of text in a sentence: the locale's own words,
 * the locale's `code` spans, and values that came from the scanned site.
 */
export interface InlineFormat {
  /** The locale's own words (escaped too: the formats differ in what is special). */
  text(s: string): string;
  /** A `code` span from the locale, e.g. an HTML snippet in a fix line. */
  code(s: string): string;
  /** A value from the scanned site or the database: always escaped, never markup. */
  value(s: string): string;
}

/** An interpolation value: site data (escaped), a number, or already formatted output. */
export type PhraseValue = string | number | { raw: string };

// Private-use characters mark where values go, so the template can be escaped on its own first.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const TOKEN = /\uE000(\d+)\uE001/g;
const MARKERS = /[\uE000\uE001]/g;

/**
 * Translates `key` and writes it in one output format. The template's words and its `code`
 * spans are formatted by `fmt.text`/`fmt.code`; string values by `fmt.value` after the template
 * is formatted, so site data is escaped exactly once and never read as the locale's markup.
 * Values inside a code span should be `{ raw }` enum values: a code span cannot escape.
 */
export function phrase(t: ReportTranslate, key: string, vars: Record<string, PhraseValue>, fmt: InlineFormat): string {
  const options: Record<string, string | number> = {};
  const inserts: string[] = [];
  for (const [name, v] of Object.entries(vars)) {
    if (typeof v === 'number') {
      options[name] = v;
      continue;
    }
    options[name] = `${OPEN}${inserts.length}${CLOSE}`;
    inserts.push(typeof v === 'string' ? fmt.value(v.replace(MARKERS, '')) : v.raw);
  }
  const template = String(t(key, options));
  const formatted = template
    .split(/(`[^`]+`)/)
    .map((part) => (/^`[^`]+`$/.test(part) ? fmt.code(part.slice(1, -1)) : fmt.text(part)))
    .join('');
  return formatted.replace(TOKEN, (_, i: string) => inserts[Number(i)] ?? '');
}

/** The category's name in the report language; "category unknown" when absent. */
export function categoryLabel(t: ReportTranslate, category: Category | undefined): string {
  return String(t(`category.${category ?? 'unknown'}`));
}

/** A category with where it came from, e.g. `analytics (Open Cookie Database)`. */
export function categoryWithSource(t: ReportTranslate, item: Pick<ScanFinding, 'category' | 'categorySource'>): string {
  if (!item.category || !item.categorySource) return categoryLabel(t, item.category);
  return String(t('categoryWithSource', { category: categoryLabel(t, item.category), source: t(`source.${item.categorySource}`) }));
}

/** Names a finding's subject, e.g. `Cookie _fbp from facebook.com` or `Host connect.example`. */
export function subjectPhrase(t: ReportTranslate, subject: Subject, fmt: InlineFormat): string {
  // A request's subject is its host, and its domain the same host: say it once.
  const key = subject.domain && subject.domain !== subject.name ? `subject.${subject.type}From` : `subject.${subject.type}`;
  return phrase(t, key, { name: subject.name, domain: subject.domain ?? '' }, fmt);
}

/** The part in brackets after a subject: service (from the database) and category. */
export function aboutPhrase(t: ReportTranslate, f: Pick<ScanFinding, 'known' | 'category'>, fmt: InlineFormat): string {
  const category = categoryLabel(t, f.category);
  if (!f.known) return fmt.text(category);
  return phrase(t, 'about', { platform: f.known.platform, category: { raw: fmt.text(category) } }, fmt);
}

/** The category to put in a `data-consent` example: the finding's own, or analytics as a sample. */
function consentCategory(f: ScanFinding): string {
  return f.category && f.category !== 'necessary' ? f.category : 'analytics';
}

/**
 * The finding in one sentence of the report language, built from its fields (the finding's own
 * `message` is English only). Items stored in the browser are "stored", request hosts "contacted",
 * and a cookie the browser refused at every sighting (`refused`) one the site "tried to set".
 */
export function findingSentence(t: ReportTranslate, f: ScanFinding, fmt: InlineFormat): string {
  const subject = { raw: subjectPhrase(t, f.subject, fmt) };
  const about = { raw: aboutPhrase(t, f, fmt) };
  const count = f.pages.length;
  const verb = f.subject.type === 'request' ? 'contacted' : f.refused ? 'refused' : 'stored';
  switch (f.kind) {
    case 'before-consent':
    case 'after-reject':
    case 'undeclared':
      return phrase(t, `sentence.${f.kind}.${verb}`, { subject, about, count }, fmt);
    case 'stale-declaration': {
      const declared = { raw: fmt.text(categoryLabel(t, f.declared?.category ?? f.category)) };
      return phrase(t, 'sentence.stale-declaration', { subject, declared }, fmt);
    }
    case 'category-mismatch': {
      const declared = { raw: fmt.text(categoryLabel(t, f.declared?.category ?? f.category)) };
      if (f.known) {
        const database = { raw: fmt.text(String(t(`dbCategory.${f.known.category}`))) };
        return phrase(t, 'sentence.category-mismatch.database', { subject, declared, database, platform: f.known.platform }, fmt);
      }
      const category = { raw: fmt.text(categoryLabel(t, f.category)) };
      return phrase(t, 'sentence.category-mismatch.other', { subject, declared, category }, fmt);
    }
    case 'no-reject':
    case 'no-consent-log':
      return phrase(t, `sentence.${f.kind}`, { count }, fmt);
    case 'page-error':
      return phrase(t, 'sentence.page-error', { subject }, fmt);
  }
}

/** The short "how to fix" line for a finding's kind. */
export function findingFix(t: ReportTranslate, f: ScanFinding, fmt: InlineFormat): string {
  return phrase(t, `fix.${f.kind}`, { category: { raw: consentCategory(f) } }, fmt);
}

/** `another banner (accept: “Alles accepteren”, reject: “Weigeren”)`. */
export function bannerPhrase(t: ReportTranslate, banner: ScanReport['banner'], fmt: InlineFormat): string {
  const buttons: string[] = [];
  if (banner.accept) buttons.push(phrase(t, 'banner.accept', { text: banner.accept }, fmt));
  if (banner.reject) buttons.push(phrase(t, 'banner.reject', { text: banner.reject }, fmt));
  const kind = fmt.text(String(t(`banner.${banner.kind}`)));
  return buttons.length ? `${kind} (${buttons.join(', ')})` : kind;
}

// make-finding.ts closes a capped evidence list with this English entry; reports translate it.
const CAP_MARKER = /^… and (\d+) more$/;

/**
 * A finding's evidence split into the entries to list and how many more there were, reading the
 * closing `… and N more` entry of a capped list so other languages can say it their own way.
 */
export function splitEvidence(evidence: readonly string[]): { shown: string[]; more: number } {
  const last = evidence[evidence.length - 1];
  const m = last === undefined ? null : CAP_MARKER.exec(last);
  return m ? { shown: evidence.slice(0, -1), more: Number(m[1]) } : { shown: [...evidence], more: 0 };
}

/** `4 violations, 1 undeclared, 3 checks, 1 hint`, in severity order, zeros included. */
export function summaryLine(t: ReportTranslate, summary: Record<Severity, number>): string {
  return SEVERITY_ORDER.map((s) => String(t(`summary.${s}`, { count: summary[s] }))).join(', ');
}

/** `48.2 s` or `2 min 5 s`, with the language's decimal separator. */
export function durationText(t: ReportTranslate, lang: ReportLang, ms: number): string {
  const total = Math.max(0, ms) / 1000;
  if (total < 60) {
    const seconds = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(total);
    return String(t('duration.seconds', { seconds }));
  }
  const rounded = Math.round(total);
  return String(t('duration.minutes', { minutes: Math.floor(rounded / 60), seconds: rounded % 60 }));
}

/**
 * `2025-06-02 09:14 UTC`: the same in every language and on every machine, so golden files and
 * reports from CI runners in other time zones compare. An unparsable time is shown as given.
 */
export function dateText(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
