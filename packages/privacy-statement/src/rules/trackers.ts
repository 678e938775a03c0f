/**
 * Signs in a declarations file that a site uses cookies or similar identifiers: the names of
 * analytics and advertising products that set them by default, the usual cookie names of those
 * products, and the words people use for them. Rules V23 (consent-free analytics) and V24
 * (cookies used but none declared) read them; a negated mention ("zonder cookies", "no cookies")
 * is no sign.
 */
import type { Cookie, Recipient, Text } from '../types.js';
import { clauses, negatedAt, sentences } from './free-text.js';
import { textVariants } from './rule.js';

/** Analytics products that place cookies or local-storage identifiers unless configured otherwise. */
export const ANALYTICS_PRODUCT =
  /\b(?:google\s+analytics|universal\s+analytics|GA4|matomo|piwik|hotjar|microsoft\s+clarity|adobe\s+analytics|mixpanel|amplitude|heap\s+analytics|statcounter|yandex\s+metri[ck]a|hubspot\s+analytics|woopra|clicky|leadinfo|crazy\s?egg|mouseflow|smartlook|fullstory|lucky\s?orange|kissmetrics)\b/i;

/** Advertising and tag products that place cookies or pixels. */
const ADVERTISING_PRODUCT =
  /\b(?:google\s+ads|adwords|doubleclick|google\s+tag\s+manager|meta\s+pixel|facebook[\s-]?pixel|linkedin\s+insight(?:\s+tag)?|tiktok\s+pixel|pinterest\s+tag|snap\s+pixel|criteo|taboola|outbrain|bing\s+ads|microsoft\s+advertising|hubspot)\b/i;

/** The words for the technology itself, in compounds too ("trackingcookies", "Cookie-instellingen", "advertentiepixel"). */
const TRACKING_WORD =
  /cookie|tracking[\s-]?pixel|advertentiepixel|advertising\s+pixel|meta[\s-]pixel|local\s?storage|\btag\s+manager\b|trackingcode|tracking\s+code|\btrackers?\b/i;

/** Cookie names that analytics products set (`_ga`, `_ga_ABC123`, `_pk_id.1.abcd`, `_hjSession_123`). */
const ANALYTICS_COOKIE =
  /^(?:_ga(?:_.*)?|_gid|_gat(?:_.*)?|__utm[a-z]+|_pk_[a-z]+(?:[._].*)?|_hj.*|_clck|_clsk|mp_.*|amplitude_.*|ajs_.*|_hp2_.*|__hs.*|hubspotutk|_vwo.*|_ym_.*|_sp_(?:id|ses).*)$/i;

/** The first phrase in a text that shows cookies or trackers are used, outside a negated clause. */
/** The first match of any of `res` in a text that is not negated, as written. */
function firstSign(text: string, res: RegExp[]): string | undefined {
  for (const c of sentences(text).flatMap(clauses)) {
    for (const re of res) {
      const m = re.exec(c);
      if (m && !negatedAt(c, m.index)) return m[0];
    }
  }
  return undefined;
}

/** The first phrase in a text that shows cookies or trackers are used ("Google Analytics", "cookie"), not negated. */
export function trackingSign(text: string): string | undefined {
  return firstSign(text, [ANALYTICS_PRODUCT, ADVERTISING_PRODUCT, TRACKING_WORD]);
}

/** The analytics product a text names, not negated ("statistieken zonder Google Analytics" names none). */
export function analyticsProduct(text: Text | undefined): string | undefined {
  for (const [s] of textVariants(text)) {
    const found = firstSign(s, [ANALYTICS_PRODUCT]);
    if (found) return found;
  }
  return undefined;
}

/** The analytics product a recipient is, by its name or its service, or undefined. */
export function analyticsRecipient(r: Recipient | undefined): string | undefined {
  if (!r) return undefined;
  return analyticsProduct(r.name) ?? analyticsProduct(r.service);
}

/**
 * Why a cookie is analytics whatever its category says: its name, its provider or the recipient
 * that sets it. Undefined when nothing points that way.
 */
export function analyticsEvidence(k: Cookie, service: Recipient | undefined): string | undefined {
  if (typeof k.name === 'string' && ANALYTICS_COOKIE.test(k.name)) return k.name;
  return analyticsProduct(k.provider) ?? analyticsRecipient(service);
}
