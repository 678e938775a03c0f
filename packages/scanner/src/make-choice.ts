import type { ElementHandle, Frame, Page } from 'playwright-core';
import { ACCEPT_PHRASES, REJECT_PHRASES } from './choice-phrases.js';
import type { ChoiceResult } from './types.js';

/** How to make the choice in the accept and reject contexts. */
export interface ChoiceOptions {
  /** CSS selector of the accept-all button (overrides the text search). */
  acceptSelector?: string;
  /** CSS selector of the reject-all button. */
  rejectSelector?: string;
  /** How long to wait for a banner to appear, in ms. @default 5000 */
  waitMs?: number;
  /** Called just before the click or API call, so requests can be split into before and after it. */
  beforeAct?: () => void;
}

/** What the in-page search returns for one frame. */
interface Candidate {
  score: number;
  text: string;
}

/**
 * Runs inside a frame: finds the visible clickable element whose text best matches a phrase,
 * looking through open shadow roots too. Returns it with its score and text, or null. Must not
 * use anything outside itself (Playwright serialises it).
 */
function searchFrame([phrases, avoid]: [string[], string[]]): [Element, Candidate] | null {
  const norm = (s: string) =>
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[\u2018\u2019`]/g, "'")
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  const clickable = 'button, [role="button"], a, input[type="button"], input[type="submit"]';
  let best: [Element, Candidate] | null = null;
  const visit = (root: Document | ShadowRoot) => {
    for (const el of Array.from(root.querySelectorAll(clickable))) {
      const visible =
        typeof (el as HTMLElement).checkVisibility === 'function'
          ? (el as HTMLElement).checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })
          : (el as HTMLElement).offsetParent !== null;
      const rect = el.getBoundingClientRect();
      if (!visible || rect.width < 1 || rect.height < 1) continue;
      const raw =
        (el as HTMLElement).innerText || (el as HTMLInputElement).value || el.getAttribute('aria-label') || el.getAttribute('title') || '';
      const text = norm(raw);
      if (!text || text.length > 60 || avoid.some((a) => text.includes(a))) continue;
      let score = 0;
      const exact = phrases.indexOf(text);
      if (exact >= 0) score = 1000 - exact;
      else {
        const prefix = phrases.findIndex((p) => p.length > 3 && text.startsWith(`${p} `) && text.length <= 40);
        if (prefix >= 0) score = 500 - prefix;
      }
      if (score > (best ? best[1].score : 0)) best = [el, { score, text: raw.trim().replace(/\s+/g, ' ') }];
    }
    for (const el of Array.from(root.querySelectorAll('*'))) if (el.shadowRoot) visit(el.shadowRoot);
  };
  visit(document);
  return best;
}

/** Words that make an accept-looking button something else ("accept selection", "settings"). */
const NOT_ACCEPT_ALL = [
  'noodzakelijk',
  'necessary',
  'essential',
  'essentiel',
  'notwendig',
  'erforderlich',
  'necessaire',
  'selectie',
  'selection',
  'auswahl',
  'instellingen',
  'settings',
  'voorkeuren',
  'preferences',
  'einstellungen',
  'parametres',
  'personnaliser',
  'aanpassen',
  'customi',
  'manage',
  'beheren',
  'weiger',
  'reject',
  'ablehnen',
  'refuser',
];
const NOT_REJECT_ALL = [
  'instellingen',
  'settings',
  'voorkeuren',
  'preferences',
  'einstellungen',
  'parametres',
  'aanpassen',
  'customi',
  'manage',
  'beheren',
];

/** Finds the best button for `kind` in every frame of the page (main frame first). */
async function findButton(page: Page, kind: 'accept' | 'reject'): Promise<{ handle: ElementHandle; text: string } | null> {
  const phrases = kind === 'accept' ? ACCEPT_PHRASES : REJECT_PHRASES;
  const avoid = kind === 'accept' ? NOT_ACCEPT_ALL : NOT_REJECT_ALL;
  let best: { handle: ElementHandle; text: string; score: number } | null = null;
  const frames: Frame[] = [page.mainFrame(), ...page.frames().filter((f) => f !== page.mainFrame())];
  for (const frame of frames) {
    try {
      const result = await frame.evaluateHandle(searchFrame, [phrases as string[], avoid] as [string[], string[]]);
      const candidate = await result.evaluate((p) => (p ? p[1] : null));
      const handle = candidate ? (await result.evaluateHandle((p) => p![0])).asElement() : null;
      await result.dispose();
      if (handle && candidate && (!best || candidate.score > best.score)) best = { handle, text: candidate.text, score: candidate.score };
    } catch {
      /* a frame that went away or forbids scripts */
    }
  }
  return best;
}

/**
 * Clicks like a visitor (Playwright waits until the button is visible, stable and not covered);
 * when that does not come within 5 s — a banner still sliding in on a busy machine, or a
 * transparent overlay over it — the element's own click() runs the banner's handler anyway.
 */
async function clickHandle(handle: ElementHandle | null): Promise<void> {
  if (!handle) throw new Error('the element went away before the click');
  try {
    await handle.click({ timeout: 5000 });
  } catch {
    await handle.evaluate((el) => (el as HTMLElement).click());
  }
}

/** Calls `window.akkoord` once its config has loaded; checks that the decision took. */
async function decideThroughAkkoord(page: Page, kind: 'accept' | 'reject', waitMs: number, beforeAct: () => void): Promise<ChoiceResult> {
  type Api = { on(e: string, f: () => void): void; acceptAll(): void; rejectAll(): void; get(): { action: string } | null };
  const ready = await page
    .evaluate(
      (ms) =>
        new Promise<boolean>((resolve) => {
          const api = (window as unknown as { akkoord?: Api }).akkoord;
          if (!api) return resolve(false);
          const timer = setTimeout(() => resolve(false), ms);
          api.on('ready', () => {
            clearTimeout(timer);
            resolve(true);
          });
        }),
      waitMs,
    )
    .catch(() => false);
  if (!ready) return { method: 'akkoord', found: false, detail: `window.akkoord did not become ready within ${waitMs} ms` };
  beforeAct();
  const action = await page
    .evaluate((k) => {
      const api = (window as unknown as { akkoord: Api }).akkoord;
      if (k === 'accept') api.acceptAll();
      else api.rejectAll();
      return api.get()?.action ?? '';
    }, kind)
    .catch(() => '');
  return action === (kind === 'accept' ? 'accept-all' : 'reject-all')
    ? { method: 'akkoord', found: true, detail: `window.akkoord.${kind}All()` }
    : { method: 'akkoord', found: false, detail: `window.akkoord.${kind}All() did not record the decision` };
}

/**
 * Makes the visitor's choice on a page: through `window.akkoord` on an Akkoord site, else by
 * clicking the selector given, else the button whose text says "accept all" / "reject all" in
 * nl, en, de or fr (main document, open shadow roots, iframes). Waits up to `waitMs` for a banner
 * to appear, since most load late.
 */
export async function makeChoice(page: Page, kind: 'accept' | 'reject', options: ChoiceOptions = {}): Promise<ChoiceResult> {
  const waitMs = options.waitMs ?? 5000;
  const beforeAct = options.beforeAct ?? (() => undefined);
  const selector = kind === 'accept' ? options.acceptSelector : options.rejectSelector;
  const hasAkkoord = await page.evaluate(() => typeof (window as unknown as { akkoord?: unknown }).akkoord === 'object').catch(() => false);
  if (hasAkkoord && !selector) return decideThroughAkkoord(page, kind, waitMs, beforeAct);
  const deadline = Date.now() + waitMs;
  for (;;) {
    if (selector) {
      const target = page.locator(selector).first();
      if (await target.isVisible().catch(() => false)) {
        beforeAct();
        await clickHandle(await target.elementHandle({ timeout: 5000 }));
        return { method: 'selector', found: true, detail: selector };
      }
    } else {
      const button = await findButton(page, kind);
      if (button) {
        beforeAct();
        await clickHandle(button.handle);
        await button.handle.dispose();
        return { method: 'button', found: true, detail: button.text };
      }
    }
    if (Date.now() >= deadline) break;
    await page.waitForTimeout(250);
  }
  const what = selector
    ? `nothing visible matches ${selector}`
    : `no ${kind === 'accept' ? 'accept' : 'reject'} button found by its text (nl, en, de, fr)`;
  return { method: selector ? 'selector' : 'none', found: false, detail: what };
}
