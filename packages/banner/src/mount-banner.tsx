/** @jsxRuntime classic */
/** @jsx h */
/** @jsxFrag Fragment */
// JSX through the banner's own small renderer (dom.ts), which is why the runtime is classic.
import { grantables, type ConsentManager } from '@akkoord/core';
import { afterPaint } from './after-paint.js';
import { h, render } from './dom.js';
import { View, type ViewProps } from './banner-view.js';
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
 * Mounts the banner for a consent manager: a host element at the end of `<body>` with an open
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
  document.body.append(host);

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
      // Hidden first, so the next frame already shows the answer to the click; the decision is
      // stored in the same task, and the gate runs what it grants after that frame (boot.ts).
      hide();
      if (a == 'accept-all') m.acceptAll();
      else if (a == 'reject-all') m.rejectAll();
      else m.save({ categories: config.categories.filter((c) => p._draft[c.id]).map((c) => c.id) });
    },
    _toggle(id, on) {
      p._draft[id] = on;
      paint();
    },
  };

  // Move focus in, so screen readers announce the choice; never out of a field the visitor is
  // typing in. The dialog (opened by a click) takes focus at once; the first layer after the
  // frame that painted it: focusing an element whose styles are not computed yet forces style
  // and layout inside the task that mounts the banner (docs/banner-speed.md).
  const focusIn = () => {
    const box = root.querySelector<HTMLElement>('[tabindex],[role=dialog]');
    if (shown && box && (p._dialog || !document.activeElement?.matches('input,textarea,select,[contenteditable]')))
      (p._dialog ? (box.querySelector('input:not([disabled]),button') as HTMLElement) : box).focus();
  };
  const paint = (focus?: boolean) => {
    p._decision = m.get();
    render(shown && View(p), root);
    if (focus) p._dialog ? focusIn() : afterPaint(() => p._dialog || focusIn());
  };
  const show = (dialog: boolean) => {
    if (dialog) {
      opener ||= document.activeElement;
      for (const c of config.categories) p._draft[c.id] = m.has(c.id);
    }
    shown = true;
    p._dialog = dialog;
    paint(true);
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
    // Closing the dialog is not a choice: back to the first layer while none has been made.
    if (k.key == 'Escape') return m.needsDecision() ? show(false) : hide();
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
          <button type="button" data-action="allow" onClick={() => m.allow(what)}>
            {t('placeholder.allow')}
          </button>
        </div>,
        sr,
      );
      return el;
    },
    destroy() {
      shown = false;
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
