import { RUN_MARK } from './constants.js';
import type { ConsentManager } from './types.js';

/** Options of {@link createGate}. */
export interface GateOptions {
  /**
   * Makes the placeholder shown instead of a blocked iframe, e.g. a localized notice with a
   * button calling `manager.allow(what)`. The gate inserts it before the iframe (unless the
   * factory already placed it), hides the iframe meanwhile and removes it once the iframe loads.
   * @param what the iframe's `data-consent` value (`category` or `category:service`)
   */
  placeholder?: (iframe: HTMLIFrameElement, what: string) => Element | null | undefined | void;
  /**
   * Schedules the activation that follows a decision. Without it, granted scripts run inside the
   * `change` event, i.e. inside the visitor's click, before the browser can paint the answer.
   * With it, the scan runs when `later` calls back, and each activated script gets a task of
   * its own (so no single task of the gate grows with the number of scripts). The banner passes
   * "after the next frame".
   * @default none: activate at once, in the same task
   */
  later?: (run: () => void) => void;
}

/** A running gate. */
export interface Gate {
  /** Looks at the document again (it also does on every change and DOM mutation). */
  scan(): void;
  /** Stops watching; elements already activated stay. */
  stop(): void;
}

/**
 * The script gate. Activates `<script type="text/plain" data-consent="cat|cat:svc">` (inline or
 * with `src`/`data-src`) once granted, in document order, by inserting a fresh script that
 * copies the attributes (`data-type` becomes `type`, e.g. `module`) and the `nonce` property:
 * on CSP pages `getAttribute('nonce')` is empty. Parser order is emulated: after an external
 * script without `async` the next one waits for its load (or error); `async` ones do not wait.
 * Each element runs at most once. Elements added later are handled (MutationObserver); while the
 * document is still being parsed the gate waits for DOMContentLoaded, so it never copies an
 * inline script whose text the parser has not finished.
 *
 * `<iframe data-consent="…" data-src="…">` gets its `src` when granted. When the grant is
 * withdrawn the iframe goes back to `about:blank` and its placeholder: an embed keeps running
 * (and setting cookies) as long as it is loaded, unlike a script, which cannot be unloaded.
 */
export function createGate(manager: ConsentManager, doc: Document = document, options: GateOptions = {}): Gate {
  const queue: HTMLScriptElement[] = [];
  const placeholders = new Map<Element, Element>();
  let waiting = false;

  const later = options.later;
  const next = () => {
    waiting = false;
    pump();
  };
  const pump = () => {
    while (!waiting && queue.length > 0) {
      const old = queue.shift()!;
      if (!old.parentNode) continue; // removed by the page meanwhile: nothing to run
      const s = doc.createElement('script');
      for (const a of old.attributes) s.setAttribute(a.name, a.value);
      const type = old.dataset.type;
      type ? (s.type = type) : s.removeAttribute('type');
      const src = old.dataset.src || old.src;
      if (old.nonce) s.nonce = old.nonce;
      // Inserted scripts are async unless told otherwise; parser-inserted ones are not.
      s.async = old.hasAttribute('async');
      if (src) {
        s.src = src;
        if (!s.async) {
          waiting = true;
          s.addEventListener('load', next);
          s.addEventListener('error', next);
        }
      } else s.text = old.text;
      old.parentNode.replaceChild(s, old);
      // One script per task: the rest continue in a task of their own.
      if (later && !waiting && queue.length > 0) {
        waiting = true;
        setTimeout(next);
      }
    }
  };

  const frame = (el: HTMLIFrameElement, what: string) => {
    let ph = placeholders.get(el);
    const on = el.hasAttribute(RUN_MARK);
    if (manager.has(what)) {
      if (on) return;
      el.setAttribute(RUN_MARK, '');
      el.src = el.dataset.src!;
      // The placeholder gives way in the same frame as the iframe appears, not when the embed has
      // loaded: both shown at once pushed the page below down by the placeholder's height for as
      // long as the embed took (a layout shift the visitor sees, and CLS after a slow load).
      if (ph) {
        el.hidden = false;
        ph.remove();
        placeholders.delete(el);
      }
    } else {
      if (on) {
        el.removeAttribute(RUN_MARK);
        el.src = 'about:blank';
      }
      if (!ph || !ph.isConnected) {
        ph = options.placeholder?.(el, what) || undefined;
        if (ph) {
          ph.parentNode || el.before(ph);
          placeholders.set(el, ph);
        }
      }
      if (ph) el.hidden = true;
    }
  };

  const scan = () => {
    doc.querySelectorAll<HTMLElement>('[data-consent]').forEach((el) => {
      // getAttribute, not dataset: any element can match the selector (SVG, foreign namespaces,
      // nodes of a document being torn down), and only HTML elements are sure to have dataset.
      const what = el.getAttribute('data-consent')!;
      if (el.localName == 'iframe') el.getAttribute('data-src') && frame(el as HTMLIFrameElement, what);
      else if (el.localName == 'script' && el.getAttribute('type') == 'text/plain' && !el.hasAttribute(RUN_MARK) && manager.has(what)) {
        el.setAttribute(RUN_MARK, '');
        queue.push(el as HTMLScriptElement);
      }
    });
    pump();
  };

  const mo = typeof MutationObserver == 'undefined' ? null : new MutationObserver(() => parsed() && scan());
  const parsed = () => doc.readyState != 'loading';
  mo?.observe(doc, { childList: true, subtree: true });
  parsed() ? scan() : doc.addEventListener('DOMContentLoaded', scan);
  let running = true;
  // A scan scheduled before stop() must not activate anything after it.
  const changed = later ? () => later(() => running && scan()) : scan;
  manager.on('change', changed);
  return {
    scan,
    stop() {
      running = false;
      mo?.disconnect();
      doc.removeEventListener('DOMContentLoaded', scan);
      manager.off('change', changed);
    },
  };
}
