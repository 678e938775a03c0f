/**
 * The address of the published privacy statement, which the banner's `consent.json` links to
 * (`privacyStatementUrl`). The declarations schema has no field for it (the `akkoord
 * banner-config` command takes it as `--statement-url`), so the studio keeps it beside the
 * declarations, in this browser, one address per language the statement is published in.
 */
import { STATEMENT_URL_KEY } from './constants.js';
import type { KeyValueStorage } from './autosave.js';
import type { Finding, Lang } from './generator.js';
import type { T, UiLang } from './i18n.js';
import { listText } from './list-text.js';

/** The statement's address per language, as typed. */
export type StatementUrl = Partial<Record<Lang, string>>;

/** The studio-side path of the field, so its findings are placed beside it like the validator's. */
export const STATEMENT_URL_PATH = 'studio.statementUrl';

/** A full https:// address or a path on the site (`/privacy`), as the banner can link to it. */
const LINK = /^(https?:\/\/[^\s<>"]+|\/(?!\/)[^\s<>"]*)$/;

/** The saved addresses, or none. */
export function loadStatementUrl(storage: KeyValueStorage | undefined): StatementUrl {
  try {
    const v: unknown = JSON.parse(storage?.getItem(STATEMENT_URL_KEY) ?? '{}');
    if (!v || typeof v !== 'object' || Array.isArray(v)) return {};
    const out: StatementUrl = {};
    for (const l of ['nl', 'en'] as const) {
      const s = (v as Record<string, unknown>)[l];
      if (typeof s === 'string' && s) out[l] = s;
    }
    return out;
  } catch {
    return {};
  }
}

/** Saves the addresses; an empty set removes the entry (start over). */
export function saveStatementUrl(storage: KeyValueStorage | undefined, url: StatementUrl): void {
  try {
    if (Object.values(url).some(Boolean)) storage?.setItem(STATEMENT_URL_KEY, JSON.stringify(url));
    else storage?.removeItem(STATEMENT_URL_KEY);
  } catch {
    /* storage unavailable: the address stays in the page for this visit */
  }
}

/**
 * The `statementUrl` option of the banner config for the published languages: one address when
 * every language uses the same, else one per language; `undefined` when none is filled in.
 */
export function bannerStatementUrl(url: StatementUrl, langs: readonly Lang[]): string | StatementUrl | undefined {
  const filled = langs.filter((l) => url[l]?.trim());
  if (!filled.length) return undefined;
  const values = [...new Set(filled.map((l) => (url[l] as string).trim()))];
  if (values.length === 1 && filled.length === langs.length) return values[0];
  return Object.fromEntries(filled.map((l) => [l, (url[l] as string).trim()]));
}

/**
 * The studio's own check of the address: missing for a published language (the banner then
 * shows no link to the statement, and nothing else would say so), or not a link the banner can use.
 */
export function statementUrlFindings(url: StatementUrl, langs: readonly Lang[], t: T, lang: UiLang): Finding[] {
  const f = (severity: Finding['severity'], message: string): Finding => ({
    rule: 'S01',
    severity,
    path: STATEMENT_URL_PATH,
    message,
    why: t('finding.statementUrl.why'),
    file: 'studio',
    line: 0,
    column: 0,
  });
  const missing = langs.filter((l) => !url[l]?.trim());
  const wrong = langs.filter((l) => url[l]?.trim() && !LINK.test((url[l] as string).trim()));
  const out: Finding[] = [];
  if (missing.length)
    out.push(
      f(
        'warning',
        t('finding.statementUrl.missing', {
          langs: listText(
            missing.map((l) => t(`lang.${l}`)),
            lang,
          ),
        }),
      ),
    );
  for (const l of wrong) out.push(f('error', t('finding.statementUrl.form', { lang: t(`lang.${l}`), value: (url[l] as string).trim() })));
  return out;
}
