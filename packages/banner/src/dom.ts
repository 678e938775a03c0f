// The banner's own JSX renderer, in place of Preact. The banner is two small views re-rendered
// from props; what it needs from a UI library is "turn JSX into DOM, and on the next render
// change what changed without replacing elements that stay (so focus and the state of a
// <details> survive a click)". Preact does that and much more (components, hooks, keyed
// reordering, hydration) for about 3 700 B brotli in the script-tag bundle; this does what the
// banner uses for about 500 B, and the size budget (≤ 9 500 B brotli for everything a site
// loads) is out of reach with Preact. See docs/architecture.md, "Size discipline".

/** A node to render: an element, a text, or nothing (`null`, `false`, `true`, `undefined`, `''`). */
export type Child = VNode | string | number | boolean | null | undefined | Child[];

/** An element to create or update: tag name, attributes/properties/handlers, children. */
export interface VNode {
  _tag: string;
  _props: Props;
  _kids: Child[];
}

type Props = Record<string, unknown>;

/** The element's props of the last render, to remove what the next one drops. */
interface Rendered extends Element {
  _last?: Props;
  /** The current handler per event, behind one listener per event name. */
  _on?: Record<string, (e: Event) => void>;
}

/**
 * JSX factory (classic runtime, `@jsx h`). A function as type is a fragment: its children are
 * spliced in place (the banner has no components of its own, only functions it calls).
 */
export function h(tag: string | typeof Fragment, props: Props | null, ...kids: Child[]): VNode | Child[] {
  return typeof tag == 'string' ? { _tag: tag, _props: props || {}, _kids: kids } : kids;
}

/** `<>…</>` (`@jsxFrag Fragment`). */
export const Fragment = (): null => null;

/**
 * Sets one prop: `on*` handlers as event listeners (never as attributes, so a strict CSP has
 * nothing to block), boolean DOM properties (`checked`, `disabled`) as properties because the
 * attribute stops steering them once the visitor has clicked, everything else as an attribute
 * (`aria-*` keeps `false` as the text "false", which ARIA needs).
 */
function set(el: Rendered, k: string, v: unknown, last?: unknown) {
  if (k[0] == 'o' && k[1] == 'n') {
    const type = k.slice(2).toLowerCase();
    const on = (el._on ||= {});
    if (!on[type]) el.addEventListener(type, (e) => on[type]!(e));
    on[type] = (v as (e: Event) => void) || (() => {});
  } else if (typeof (el as unknown as Props)[k] == 'boolean') (el as unknown as Props)[k] = !!v;
  // Boolean properties are set every time (a click changes `checked` behind the last render's
  // back); attributes only when they changed.
  else if (v !== last) {
    if (v == null || (v === false && k[4] != '-')) el.removeAttribute(k);
    else el.setAttribute(k, v as string);
  }
}

/**
 * Makes `parent`'s children match `kids`, reusing an existing node where it has the same tag
 * (or is a text) at the same position. `<style>` elements are left alone: the shadow root's
 * fallback stylesheet sits there in browsers without constructable stylesheets.
 */
function patch(parent: Element | ShadowRoot, kids: Child[]) {
  const flat: (VNode | string)[] = [];
  const add = (c: Child) => {
    if (Array.isArray(c)) c.forEach(add);
    else if (c != null && typeof c != 'boolean' && c !== '') flat.push(typeof c == 'object' ? c : '' + c);
  };
  add(kids);
  const old = [...parent.childNodes].filter((n) => (n as Element).localName != 'style');
  flat.forEach((v, i) => {
    let node = old[i];
    if (typeof v == 'string') {
      if (node?.nodeType != 3) node = document.createTextNode(v);
      else if ((node as Text).data != v) (node as Text).data = v;
    } else {
      let el = node as Rendered | undefined;
      if (el?.localName != v._tag) el = document.createElement(v._tag);
      const last = el._last || {};
      for (const k in last) if (!(k in v._props)) set(el, k, null);
      for (const k in v._props) set(el, k, v._props[k], last[k]);
      el._last = v._props;
      patch(el, v._kids);
      node = el;
    }
    // Appending a node that is already in place would move focus out of it: only misplaced ones move.
    if (node != old[i]) old[i] ? parent.replaceChild(node, old[i]!) : parent.append(node);
  });
  for (const n of old.slice(flat.length)) n.remove();
}

/** Renders `vnode` (or nothing) into `parent`, updating what an earlier render left there. */
export function render(vnode: Child, parent: Element | ShadowRoot): void {
  patch(parent, [vnode]);
}

// Classic-runtime JSX types: the tags the banner writes, props checked loosely (the view is the
// only caller, and the browser tests check what it renders).
export declare namespace h {
  namespace JSX {
    type Element = VNode | Child[];
    interface IntrinsicElements {
      [tag: string]: Props;
    }
    interface ElementChildrenAttribute {
      children: unknown;
    }
  }
}
