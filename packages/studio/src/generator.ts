/**
 * The ONE module that calls the generator (`@akkoord/privacy-statement`). Everything the studio
 * shows or downloads goes through here, so an API change of the generator touches one file.
 * Every call is guarded: while the marketer types, the declarations are often half-finished, and
 * the preview must show what it can instead of taking the page down.
 */
import {
  bannerConfig,
  defaultRules,
  defaultSections,
  generateStatement,
  LANGS,
  parseDeclarations,
  register,
  renderHtml,
  validateDeclarations,
  type Declarations,
  type Finding,
  type Lang,
  type Rule,
} from '@akkoord/privacy-statement';

export type { Declarations, Finding, Lang, Rule };

/** The generator's walker of the declarations schema (the studio reads its fields with it: schema-fields.ts, field-path.ts). */
export { walkSchema } from '@akkoord/privacy-statement';

/** `['purposes', 2, 'name']` → `purposes[2].name`: the generator's own path form, so findings and controls match. */
export { formatPath } from '@akkoord/privacy-statement';

/**
 * The choices the form offers, in schema order, so the form offers exactly what the validator
 * accepts; cookie categories in the banner's order (checked against the schema by the generator).
 */
export {
  ADDRESS_FORMS,
  ART9_CONDITIONS,
  BANNER_PLACEMENTS,
  BANNER_CATEGORY_ORDER,
  COOKIE_PARTIES,
  COOKIE_TYPES,
  DECISION_BASES,
  LANGS,
  LEGAL_BASES,
  PRIVACY_FRIENDLY_SETTINGS,
  PROVISION_REQUIREMENTS,
  RECIPIENT_ROLES,
  RETENTION_ACTIONS,
  SECURITY_MEASURE_TYPES,
  SOURCE_TYPES,
  SPECIAL_CATEGORIES,
  TRANSFER_FALLBACKS,
  TRANSFER_MECHANISMS,
} from '@akkoord/privacy-statement';

/**
 * The service catalogue behind `preset:` (issue 14), its resolver (the studio shows what a preset
 * fills in with the generator's own code) and the banner's languages (`meta.bannerLanguages`).
 */
export { BANNER_LANGS, resolvePresets, SERVICE_CATALOGUE, servicePreset } from '@akkoord/privacy-statement';
export type { Recipient, ServicePreset, Text } from '@akkoord/privacy-statement';

/** The EEA and adequacy lists and the recipient's countries, as the generator and rule V07 read them (see countries.ts). */
export { ADEQUATE, EEA, recipientCountries } from '@akkoord/privacy-statement';

/** The result of reading an imported file: the data, or errors naming line and column. */
export type ImportResult = { ok: true; data: Declarations } | { ok: false; errors: string[] };

/** The languages the statement is published in (`meta.languages`; both when it says nothing), as the CLI's `--lang all`. */
export const publishedLangs = (d: Declarations): Lang[] => {
  const ls = (d.meta?.languages ?? []).filter((l): l is Lang => LANGS.includes(l));
  return ls.length ? LANGS.filter((l) => ls.includes(l)) : [...LANGS];
};

/** Reads a YAML or JSON declarations file. Syntax errors come back as `file:line:column message`. */
export function readDeclarations(text: string, file: string): ImportResult {
  const parsed = parseDeclarations(text, file);
  if (parsed.findings.length || parsed.data === undefined) {
    const errors = parsed.findings.map((f) => `${f.file}:${f.line}:${f.column} ${f.message}`);
    return { ok: false, errors: errors.length ? errors : [`${file}: unreadable`] };
  }
  return { ok: true, data: parsed.data };
}

/**
 * Findings of the schema and every validator rule, messages in `lang`, with today's date for the
 * review rule. `wrap` may adapt each rule (the studio rewrites what a rule reports in the form's
 * words, see finding-text.ts); the rules themselves and their order stay the generator's.
 */
export function findingsFor(d: Declarations, lang: Lang, today: string, wrap?: (rule: Rule) => Rule): Finding[] {
  try {
    return validateDeclarations(d, { lang, today, file: 'studio', ...(wrap ? { rules: defaultRules.map(wrap) } : {}) });
  } catch (e) {
    return [{ rule: 'STUDIO', severity: 'error', path: '', message: String(e), file: 'studio', line: 0, column: 0 }];
  }
}

/** Output of one generator call, or the reason it failed. */
export type Output = { ok: true; text: string } | { ok: false; error: string };

const guard = (fn: () => string): Output => {
  try {
    return { ok: true, text: fn() };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
};

/** The statement as a standalone HTML page (preview and download). */
export const statementPage = (d: Declarations, lang: Lang): Output => guard(() => generateStatement(d, { lang, format: 'page' }));

/** The statement as an HTML fragment to embed. */
export const statementFragment = (d: Declarations, lang: Lang): Output => guard(() => generateStatement(d, { lang, format: 'html' }));

/** The statement as Markdown. */
export const statementMarkdown = (d: Declarations, lang: Lang): Output => guard(() => generateStatement(d, { lang, format: 'md' }));

const cookieSections = defaultSections.filter((s) => s.name === 'cookies');

/**
 * Only the cookie section, as HTML: the statement's own cookie table, so the tab and the
 * published statement can never differ. The title, introduction and contents list are cut off.
 */
export const cookieTable = (d: Declarations, lang: Lang): Output =>
  guard(() => {
    const html = generateStatement(d, { lang, format: 'html', sections: cookieSections });
    const at = html.indexOf('<h2');
    return at >= 0 ? html.slice(at) : '';
  });

/** The Art. 30 register as HTML (its Markdown rendered with raw HTML disabled). */
export const registerHtml = (d: Declarations, lang: Lang): Output => guard(() => renderHtml(register(d, { lang, format: 'md' })));

/** The Art. 30 register as CSV. */
export const registerCsv = (d: Declarations, lang: Lang): Output => guard(() => register(d, { lang, format: 'csv' }));

/** The banner config (`consent.json`) as formatted JSON, linking to the statement at `statementUrl` when given. */
export const bannerConfigJson = (d: Declarations, statementUrl?: string | Partial<Record<Lang, string>>): Output =>
  guard(() => `${JSON.stringify(bannerConfig(d, statementUrl ? { statementUrl } : {}), null, 2)}\n`);
