/** @jsxRuntime classic */
/** @jsx h */
/** @jsxFrag Fragment */
// JSX through the banner's own small renderer (dom.ts), which is why the runtime is classic.
import { grantables, type ConsentManager } from '@akkoord/core';
import { h, render } from './dom.js';
import { keys, View, type ViewProps } from './banner-view.js';
import { shadowHost } from './shadow-host.js';
import { pick, translator, type Translate, type Texts } from './texts.js';

/** Options of {@link mountBanner}. */
export interface BannerOptions {
  /** The UI language (see core's `resolveLanguage`). */
  lang: string;
  /** The texts in that language, overrides merged (see `textsFor`). */
  texts: Texts;
  /** The CSP nonce of the Akkoord script tag, for any `<style>` it has to create. */
  nonce?: string;
}

/** The mounted banner. */
export interface Banner {
  /** Shows the first layer (also when a decision exists). */
  show(): void;
  /** Opens the preferences dialog. */
  showPreferences(): void;
  /** Hides everything. */
  hide(): void;
  /** Makes the placeholder for a blocked iframe (core's gate calls it). */
  placeholder(iframe: HTMLIFrameElement, what: string): Element;
  /** The lookup the banner uses, for other UI of the site. */
  t: Translate;
  /**
   * Removes the banner for good, e.g. when a single-page app unmounts it: its element, the embed
   * placeholders it made, and its listeners on the document and the manager. The gate has its
   * own `stop()`. A destroyed banner does nothing any more.
   */
  destroy(): void;
}

/**
 * Mounts the banner for a consent manager: a host element at the start of `<body>` with an open
 * shadow root (id `akkoord-root`), the first layer when the visitor still has to choose, the
 * preferences dialog on demand and from any `[data-akkoord="preferences"]` element. A thin view:
 * every choice goes to the manager.
 */
export function mountBanner(m: ConsentManager, o: BannerOptions): Banner {
  const config = m.config;
  const t = translator(o.texts, o.lang);
  const [host, root] = shadowHost(o.nonce);
  host.id = 'akkoord-root';
  host.lang = o.lang;
  // First in <body>, so the first Tab from the top of the page reaches the first layer: it takes
  // no focus itself, which would pull a visitor's focus (and a focus ring) away from the page.
  document.body.prepend(host);
  const html = document.documentElement.style;
  /** The page's own inline `overflow` while the dialog keeps the page behind it from scrolling. */
  let overflow: string | null = null;

  let shown = false;
  let opener: Element | null = null;
  /** The placeholders made for blocked embeds, removed by destroy(). */
  const made: Element[] = [];
  const p: ViewProps = {
    _config: config,
    _lang: o.lang,
    _t: t,
    _dialog: false,
    _draft: {},
    _decision: null,
    _gpc: m.gpcRefused,
    _act(a) {
      if (a == 'preferences') return show(true);
      // Leaving the dialog is not a choice: back to the first layer while none has been made,
      // with focus on the button that opened the dialog from there.
      if (a == 'close' && m.needsDecision()) {
        show(false);
        return root.querySelector<HTMLElement>('[data-action=preferences]')!.focus();
      }
      // Hidden first, so the next frame already shows the answer to the click; the decision is
      // stored in the same task, and the gate runs what it grants after that frame (boot.ts).
      hide();
      if (a == 'accept-all') m.acceptAll();
      else if (a == 'reject-all') m.rejectAll();
      else if (a == 'save') {
        // A category with several services is granted with the services switched on (the stored
        // decision lists them only when not all are); with none of them, it is refused.
        const services: Record<string, string[]> = {};
        for (const c of config.categories)
          if (keys(c)[1]) services[c.id] = c.services!.filter((s) => p._draft[c.id + ':' + s.id]).map((s) => s.id);
        m.save({ categories: config.categories.filter((c) => keys(c).some((k) => p._draft[k])).map((c) => c.id), services });
      }
    },
    _toggle(k, on) {
      for (const x of k) p._draft[x] = on;
      paint();
    },
  };

  const paint = () => {
    p._decision = m.get();
    render(shown && View(p), root);
    // The page behind the dialog does not scroll; its own inline overflow comes back afterwards.
    const lock = shown && p._dialog;
    if (lock && overflow == null) {
      overflow = html.overflow;
      html.overflow = 'hidden';
    } else if (!lock && overflow != null) {
      html.overflow = overflow;
      overflow = null;
    }
  };
  const show = (dialog: boolean) => {
    if (dialog) {
      opener ||= document.activeElement;
      for (const c of config.categories) for (const k of [c.id, ...keys(c)]) p._draft[k] = m.has(k);
    }
    shown = true;
    p._dialog = dialog;
    paint();
    // The dialog, opened by the visitor, takes focus (its first switch, else its first choice),
    // so screen readers announce it. The first layer never does (see above).
    if (dialog) root.querySelector<HTMLElement>('li input:not([disabled]),.actions button')!.focus();
  };
  const hide = () => {
    shown = false;
    paint();
    (opener as HTMLElement | null)?.focus?.();
    opener = null;
  };

  root.addEventListener('keydown', (e) => {
    const k = e as KeyboardEvent;
    if (!p._dialog || !shown) return;
    if (k.key == 'Escape') return p._act('close');
    if (k.key != 'Tab') return;
    // A modal dialog keeps focus inside: wrap at both ends.
    const all = [...root.querySelectorAll<HTMLElement>('a,button,input:not([disabled]),summary')];
    const edge = k.shiftKey ? all[0] : all[all.length - 1];
    if (root.activeElement == edge) {
      e.preventDefault();
      (k.shiftKey ? all[all.length - 1] : all[0])!.focus();
    }
  });
  // Delegated on the document, so links a site adds later (SPA navigation) work too.
  const onClick = (e: Event) => {
    const el = (e.target as Element).closest?.('[data-akkoord=preferences]');
    if (el) {
      e.preventDefault();
      opener = el;
      show(true);
    }
  };
  document.addEventListener('click', onClick);
  // A decision made elsewhere (window.akkoord, an embed placeholder) answers the first layer too.
  const onChange = () => shown && (p._dialog || m.needsDecision() ? paint() : hide());
  m.on('change', onChange);

  const names: Record<string, string> = {};
  for (const c of config.categories) {
    names[c.id] = pick(c.title, o.lang);
    for (const s of c.services || []) names[c.id + ':' + s.id] = s.name;
  }

  return {
    show: () => show(false),
    showPreferences: () => show(true),
    hide,
    t,
    placeholder(iframe, what) {
      const [el, sr] = shadowHost(o.nonce);
      const name = names[what] || what;
      el.lang = o.lang;
      made.push(el);
      render(
        <div class="placeholder" role="group" aria-label={iframe.title || name}>
          <p>{t('placeholder.text', { name })}</p>
          {/* No button for an id the config lacks (a typo in data-consent): allow() would throw into the page. */}
          {names[what] && (
            <button type="button" data-action="allow" onClick={() => m.allow(what)}>
              {t('placeholder.allow')}
            </button>
          )}
        </div>,
        sr,
      );
      // The embed's size from its width and height attributes, so nothing below moves when the
      // placeholder gives way to it. Through CSSOM, which a CSP without 'unsafe-inline' allows
      // (a style attribute it would block); a value that is not a number (none, "100%") makes an
      // invalid declaration, which the browser ignores: the placeholder then keeps its own size.
      const box = (sr.lastChild as HTMLElement).style;
      box.maxWidth = iframe.width + 'px';
      box.aspectRatio = iframe.width + '/' + iframe.height;
      return el;
    },
    destroy() {
      shown = false;
      paint();
      document.removeEventListener('click', onClick);
      m.off('change', onChange);
      host.remove();
      for (const el of made.splice(0)) el.remove();
    },
  };
}

/** Every category and `category:service` offered, with whether it is granted now: the log's `choices`. */
export function choices(m: ConsentManager): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  for (const w of grantables(m.config)) out[w] = m.has(w);
  return out;
}
