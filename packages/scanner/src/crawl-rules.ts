import { sameHost } from './site-of.js';

/** Paths that log a visitor out or act rather than show a page (nl, en, de, fr). */
const ACTION_PATH =
  /(^|[/_-])(log-?out|sign-?out|afmelden|uitloggen|abmelden|deconnexion|logoff|wp-login\.php|cart\/(add|clear)|add-to-cart)([/_.?-]|$)/i;

/** Files a visitor downloads rather than views. */
const DOWNLOAD_EXT =
  /\.(pdf|zip|gz|tgz|rar|7z|docx?|xlsx?|pptx?|odt|ods|csv|txt|xml|json|jpe?g|png|gif|webp|svg|avif|ico|mp[34]|m4a|mov|avi|webm|wav|ogg|exe|dmg|msi|apk|ics|vcf)$/i;

/** A page URL without its fragment, so `/a` and `/a#top` are one page. */
export function pageKey(url: string): string {
  const u = new URL(url);
  u.hash = '';
  return u.href;
}

/**
 * Whether the crawler follows a link found on the scanned site: http(s) only, the start URL's
 * host (with or without `www.`), and not a logout, download or mailto/tel/javascript link.
 */
export function shouldFollow(href: string, start: URL): boolean {
  let u: URL;
  try {
    u = new URL(href);
  } catch {
    return false;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return false;
  if (!sameHost(u.hostname, start.hostname)) return false;
  if (ACTION_PATH.test(u.pathname) || /[?&](action|do)=(logout|log-out|signout)/i.test(u.search)) return false;
  return !DOWNLOAD_EXT.test(u.pathname);
}

/** What a sitemap file lists: pages, or (a sitemap index) further sitemaps. */
export interface SitemapEntries {
  pages: string[];
  sitemaps: string[];
}

/** Reads the `<loc>` entries of a sitemap or sitemap index (sitemaps.org 0.9). */
export function parseSitemap(xml: string): SitemapEntries {
  const locs = [...xml.matchAll(/<loc>\s*(?:<!\[CDATA\[)?\s*([^<\]]+?)\s*(?:\]\]>)?\s*<\/loc>/gi)].map((m) =>
    m[1]!
      .replace(/&amp;/g, '&')
      .replace(/&apos;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>'),
  );
  return /<sitemapindex[\s>]/i.test(xml) ? { pages: [], sitemaps: locs } : { pages: locs, sitemaps: [] };
}
