/**
 * What the script-tag bundles run: reads the config, pushes the Consent Mode default, mounts the
 * banner, starts the script gate and defines `window.akkoord`. Everything is contained: a
 * broken or missing config logs one clear console error and nothing optional ever runs (fail
 * closed), and no exception reaches the host page.
 *
 * Ordered for a slow phone (docs/banner-speed.md): the work is split into tasks so the page can
 * paint in between and none runs long: the config, the manager and the Consent Mode default
 * (a fetched config only once the page has painted); after the page's first paint, the banner's
 * element, stylesheet and first layer; the gate's first scan (with its embed placeholders);
 * `ready`. The first layer takes no focus (keyboard users reach it first in tab order), so
 * nothing forces style and layout inside the mount.
 */
import { browserEnv, consentMode, createGate, resolveLanguage, safeConsent, type ConsentManager, type DecisionAction } from '@akkoord/core';
import type { createConsentLog } from '@akkoord/consent-log';
import { createApi, type AkkoordApi } from './global-api.js';
import { afterPaint } from './after-paint.js';
import { choices, mountBanner } from './mount-banner.js';
import { BUNDLED, textsFor } from './texts.js';

type LogFactory = typeof createConsentLog;
const fail = (e: unknown) => console.error('Akkoord: ' + ((e as Error)?.message || e) + ' Nothing optional runs.');

const start = (json: unknown, source: string, api: AkkoordApi, tag: HTMLScriptElement | null, createLog?: LogFactory) => {
  const started = Date.now();
  const m: ConsentManager | null = safeConsent(json, source);
  if (!m) return; // safeConsent named the fields; no gate, so nothing optional runs
  // First, so the default is in dataLayer before any gated tag can run.
  consentMode(m);
  const { config } = m;
  const lang = resolveLanguage(config.language, [...Object.keys(BUNDLED), ...Object.keys(config.texts || {})], browserEnv());
  const texts = textsFor(config, lang);
  const mount = () => {
    const ui = mountBanner(m, { lang, texts, nonce: tag?.nonce });
    api._attach(m, ui);
    if (m.needsDecision()) ui.show();
    setTimeout(() => {
      // What a decision grants runs after the frame that answers the visitor's click.
      createGate(m, document, { placeholder: ui.placeholder, later: afterPaint });
      m.ready();
    });
    const log = config.consentLog;
    if (log?.endpoint && !createLog) console.warn('Akkoord: consentLog needs the akkoord-with-log.js build; nothing is logged.');
    if (log?.endpoint && createLog) {
      const cl = createLog(log);
      // Every change, each with the action that describes it (a reset too: the visitor's grants
      // end there); a reset with no consent id to forget has no one to record.
      const record = (action: DecisionAction, consentId?: string) =>
        consentId &&
        cl.record({
          consentId,
          action,
          choices: choices(m),
          revision: String(config.revision),
          statementVersion: config.privacyStatementVersion,
          language: lang,
          // What the visitor saw: the config and the texts in their language (proof, EDPB 05/2020 §108).
          shown: { config, texts },
        });
      m.on('change', (c) => record(c.action, c.id));
      // gpc.autoDecide decides while the manager is made, before anyone can listen: recorded here
      // on the page view that made it (a stored one is older than this start).
      const d = m.get();
      if (d?.action == 'gpc' && d.time >= started) record('gpc', d.id);
    }
  };
  // In a task of its own: validating the config and reading the cookie above is task enough. A
  // first layer due before the page has painted anything waits for that paint, so the page's own
  // content (its LCP element) is not held up by the banner's style and layout. Without a first
  // layer to show (a decision stands) nothing waits: the gate runs the granted tags at once.
  const later = () => (m.needsDecision() && !performance.getEntriesByType('paint')[0] ? afterPaint : setTimeout)(mount);
  document.body ? later() : addEventListener('DOMContentLoaded', later);
};

const load = async (api: AkkoordApi, tag: HTMLScriptElement | null, createLog?: LogFactory) => {
  const inline = document.querySelector('script[data-akkoord-config]');
  const url = tag?.dataset.config;
  const source = inline ? 'inline config' : url;
  if (!source) throw Error('no config: add data-config="/consent.json" to the script tag.');
  let text = inline?.textContent;
  if (!inline) {
    // A network error rejects with the browser's words only ("Failed to fetch"): caught here, so
    // the message names the URL like the HTTP errors do.
    const r = await fetch(url!, { credentials: 'same-origin' }).catch((e: Error) => e);
    if (!(r as Response).ok)
      throw Error(`cannot load ${url} (${(r as Response).status ? 'HTTP ' + (r as Response).status : (r as Error).message}).`);
    text = await (r as Response).text();
    // A fetched config makes everything after this asynchronous anyway (the Consent Mode default
    // cannot come before a tag that does not wait; docs/configuration.md), and on a page that
    // has not painted yet the config check and cookie read below (10-25 ms on a slow phone) can
    // hold up its first frame and LCP: they wait for that frame (in a visible tab: a hidden one
    // paints nothing, and its granted tags should not wait until it is shown).
    if (!document.hidden && !performance.getEntriesByType('paint')[0]) await new Promise<void>((r) => afterPaint(r));
  }
  let json: unknown;
  try {
    json = JSON.parse(text!);
  } catch (e) {
    // eslint-disable-next-line preserve-caught-error -- the message carries the cause; `{ cause }` would cost bundle bytes for nothing a visitor sees
    throw Error(`${source} is not valid JSON: ${(e as Error).message}.`);
  }
  start(json, source, api, tag, createLog);
};

/**
 * Starts Akkoord from its script tag. Call it synchronously from the bundle's entry: it reads
 * `document.currentScript`, which is only set while the script first runs.
 * @param createLog the consent-log client, in the build that includes it
 */
export function boot(createLog?: LogFactory): void {
  const w = window as Window & { akkoord?: AkkoordApi };
  const tag = document.currentScript as HTMLScriptElement | null;
  // Included twice (SPA re-renders, two tags): the first instance stays in charge.
  if (w.akkoord) return;
  const api = (w.akkoord = createApi());
  load(api, tag, createLog).catch(fail);
}
