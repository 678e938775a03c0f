export { choices, mountBanner } from './mount-banner.js';
export type { Banner, BannerOptions } from './mount-banner.js';
export { createApi } from './global-api.js';
export type { AkkoordApi } from './global-api.js';
export { BUNDLED, merge, pick, textsFor, translator } from './texts.js';
export type { Texts, Translate } from './texts.js';
export { CSS } from './styles.js';
