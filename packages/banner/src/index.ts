export { mountBanner } from './mount-banner.js';
export type { Banner, BannerOptions } from './mount-banner.js';
export { BUNDLED, textsFor } from './texts.js';
export type { Texts, Translate } from './texts.js';
