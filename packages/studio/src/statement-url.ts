/**
 * The address of the published privacy statement, which the banner's `consent.json` links to
 * (`privacyStatementUrl`). It is part of the declarations (`links.privacyStatement`), so the YAML
 * file carries it to `akkoord banner-config` as well; the schema checks its form. Earlier studio
 * versions kept it beside the declarations in this browser: {@link adoptSavedStatementUrl} moves
 * such an address into the declarations once.
 */
import { STATEMENT_URL_KEY } from './constants.js';
import type { KeyValueStorage } from './autosave.js';
import type { Declarations, Finding } from './generator.js';
import type { T } from './i18n.js';

/** Where the address lives in the declarations; its findings are placed beside its field. */
export const STATEMENT_URL_PATH = 'links.privacyStatement';

/**
 * The studio's own check: a statement without an address gives a banner without a link to it,
 * and nothing else would say so. A malformed address is the schema's finding (`Link`).
 */
export function statementUrlFindings(d: Declarations, t: T): Finding[] {
  if (d.links?.privacyStatement?.trim()) return [];
  return [
    {
      rule: 'S01',
      severity: 'warning',
      path: STATEMENT_URL_PATH,
      message: t('finding.statementUrl.missing'),
      why: t('finding.statementUrl.why'),
      file: 'studio',
      line: 0,
      column: 0,
    },
  ];
}

/**
 * The declarations with the address an earlier studio saved in this browser (one per language),
 * when they have none yet; the old entry is removed either way, so it is read once. The
 * declarations hold one address: the Dutch one is taken when both were saved and differ.
 */
export function adoptSavedStatementUrl(storage: KeyValueStorage | undefined, d: Declarations): Declarations {
  let saved: unknown;
  try {
    const raw = storage?.getItem(STATEMENT_URL_KEY);
    if (raw === null || raw === undefined) return d;
    storage?.removeItem(STATEMENT_URL_KEY);
    saved = JSON.parse(raw);
  } catch {
    // Storage unavailable, or an entry too damaged to read: nothing to move.
    return d;
  }
  if (d.links?.privacyStatement || !saved || typeof saved !== 'object') return d;
  const byLang = saved as Record<string, unknown>;
  const url = [byLang['nl'], byLang['en']].find((v): v is string => typeof v === 'string' && v.trim() !== '');
  return url ? { ...d, links: { ...d.links, privacyStatement: url.trim() } } : d;
}
