/**
 * "Same site" as browsers mean it for cookies: the registrable domain (eTLD+1). Without shipping
 * the whole Public Suffix List (~230 KB) we take the last two labels, or three under the
 * multi-label suffixes that small EU businesses actually use (co.uk, com.au, …). IP addresses and
 * single-label hosts (localhost) are their own site. Good enough to split first from third
 * party; a site on an unusual public suffix (e.g. a github.io subdomain) is documented as a limit.
 */
const MULTI_LABEL_SUFFIXES = new Set([
  'co.uk',
  'org.uk',
  'ac.uk',
  'gov.uk',
  'me.uk',
  'ltd.uk',
  'plc.uk',
  'net.uk',
  'com.au',
  'net.au',
  'org.au',
  'co.nz',
  'org.nz',
  'co.jp',
  'com.br',
  'co.za',
  'com.tr',
  'com.pl',
  'com.es',
  'com.pt',
  'co.at',
  'or.at',
  'co.il',
  'com.cn',
  'com.mx',
  'co.in',
  'github.io',
  'netlify.app',
  'vercel.app',
  'pages.dev',
  'herokuapp.com',
  'azurewebsites.net',
]);

/** The registrable domain of a host name (lower case, no trailing dot, no leading dot). */
export function siteOf(host: string): string {
  const h = host.toLowerCase().replace(/^\.+|\.+$/g, '');
  if (/^[\d.]+$/.test(h) || h.includes(':') || !h.includes('.')) return h;
  const labels = h.split('.');
  const lastTwo = labels.slice(-2).join('.');
  return MULTI_LABEL_SUFFIXES.has(lastTwo) && labels.length > 2 ? labels.slice(-3).join('.') : lastTwo;
}

/** Whether a host (or cookie domain) belongs to the same site as `site` (a registrable domain). */
export function isSameSite(host: string, site: string): boolean {
  return siteOf(host) === site;
}

/** Host names equal apart from a leading `www.` (the crawler treats them as one site's pages). */
export function sameHost(a: string, b: string): boolean {
  const strip = (h: string) => h.toLowerCase().replace(/^www\./, '');
  return strip(a) === strip(b);
}
