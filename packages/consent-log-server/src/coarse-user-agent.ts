const BROWSERS: [string, RegExp][] = [
  ['Edge', /Edg(?:e|A|iOS)?\/(\d+)/],
  ['Opera', /OPR\/(\d+)/],
  ['Samsung Internet', /SamsungBrowser\/(\d+)/],
  ['Firefox', /(?:Firefox|FxiOS)\/(\d+)/],
  ['Chrome', /(?:Chrome|CriOS)\/(\d+)/],
  ['Safari', /Version\/(\d+).*Safari/],
];
const SYSTEMS: [string, RegExp][] = [
  ['Android', /Android/],
  ['iOS', /iPhone|iPad|iPod/],
  ['Windows', /Windows/],
  ['macOS', /Mac OS X|Macintosh/],
  ['Linux', /Linux|X11/],
];

/**
 * Browser family with major version and OS family, e.g. `Firefox 128 / Windows`: enough to show
 * what kind of device a decision came from, too little to single a visitor out. `other` when unknown.
 */
export function coarseUserAgent(ua: string | undefined): string | undefined {
  if (!ua) return undefined;
  const s = ua.slice(0, 512);
  const b = BROWSERS.find(([, re]) => re.test(s));
  const os = SYSTEMS.find(([, re]) => re.test(s));
  const browser = b ? `${b[0]} ${b[1].exec(s)![1]}` : 'other';
  return `${browser} / ${os ? os[0] : 'other'}`;
}
