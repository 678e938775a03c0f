import { CSS } from './styles.js';

let sheet: CSSStyleSheet | undefined;

/**
 * A host element with an open shadow root carrying the banner's styles. Constructable
 * stylesheets are not subject to a CSP's `style-src`, so they are the first choice; browsers
 * without them get a `<style>` carrying the nonce of the Akkoord script tag.
 */
export function shadowHost(nonce: string | undefined): [HTMLElement, ShadowRoot] {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  try {
    if (!sheet) (sheet = new CSSStyleSheet()).replaceSync(CSS);
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = document.createElement('style');
    if (nonce) style.nonce = nonce;
    style.textContent = CSS;
    root.append(style);
  }
  return [host, root];
}
