// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"handleDisabledFileLoadingAsSuccess": true}}
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConsentManager } from '../src/index.js';
import { createConsent, createGate } from '../src/index.js';
import { baseConfig } from './config.js';
import { fakeEnv } from './fake-env.js';

const tick = () => new Promise((r) => setTimeout(r, 0));
let m: ConsentManager;
let gates: { stop(): void }[] = [];
const gate = (options = {}) => {
  const g = createGate(m, document, options);
  gates.push(g);
  return g;
};
/** Scripts Akkoord inserted, in document order. */
const activated = () => Array.from(document.querySelectorAll<HTMLScriptElement>('script[data-consent]:not([type="text/plain"])'));
const blocked = () => document.querySelectorAll('script[type="text/plain"]').length;

beforeEach(() => {
  m = createConsent(baseConfig(), fakeEnv().env);
  document.body.innerHTML = '';
});
afterEach(() => {
  gates.forEach((g) => g.stop());
  gates = [];
  vi.restoreAllMocks();
});

describe('createGate: scripts', () => {
  it('activates nothing before consent, and only the granted category after', () => {
    document.body.innerHTML = `
      <script type="text/plain" data-consent="analytics">window.a = 1</script>
      <script type="text/plain" data-consent="marketing" src="https://ads.test/m.js"></script>`;
    gate();
    expect(activated()).toHaveLength(0);
    m.accept(['analytics']);
    expect(activated().map((s) => s.text)).toEqual(['window.a = 1']);
    expect(blocked()).toBe(1);
  });

  it('creates a fresh script keeping attributes; data-type and data-src become type and src', () => {
    document.body.innerHTML = `
      <script type="text/plain" data-type="module" data-consent="analytics" data-src="https://cdn.test/m.js" id="m" crossorigin="anonymous" referrerpolicy="no-referrer" async></script>
      <script type="text/plain" data-consent="analytics" src="https://cdn.test/classic.js" defer></script>`;
    gate();
    m.acceptAll();
    const [mod, classic] = activated();
    expect(mod!.getAttribute('type')).toBe('module');
    expect(mod!.src).toBe('https://cdn.test/m.js');
    expect([mod!.id, mod!.getAttribute('crossorigin'), mod!.getAttribute('referrerpolicy')]).toEqual(['m', 'anonymous', 'no-referrer']);
    expect(mod!.async).toBe(true);
    expect(classic!.hasAttribute('type')).toBe(false);
    expect(classic!.src).toBe('https://cdn.test/classic.js');
    expect(classic!.async).toBe(false);
    expect(classic!.hasAttribute('defer')).toBe(true);
    expect(mod!.parentNode).toBe(document.body);
  });

  it('copies the nonce through the property (getAttribute is empty on CSP pages)', () => {
    document.body.innerHTML = `<script type="text/plain" data-consent="analytics" nonce="">1</script>`;
    Object.defineProperty(document.querySelector('script')!, 'nonce', { value: 'r4nd0m' });
    gate();
    m.acceptAll();
    expect((activated()[0] as HTMLScriptElement & { nonce: string }).nonce).toBe('r4nd0m');
  });

  it('keeps document order: the next script waits for a blocking external one, async ones do not wait', () => {
    // Script elements that do not load by themselves, so the test fires load/error.
    const create = document.createElement.bind(document);
    vi.spyOn(document, 'createElement').mockImplementation(((tag: string) =>
      tag == 'script' ? document.createElementNS('urn:test', 'script') : create(tag)) as typeof document.createElement);
    document.body.innerHTML = `
      <script type="text/plain" data-consent="analytics">one</script>
      <script type="text/plain" data-consent="analytics" src="https://cdn.test/two.js"></script>
      <script type="text/plain" data-consent="analytics">three</script>
      <script type="text/plain" data-consent="analytics" src="https://cdn.test/four.js" async></script>
      <script type="text/plain" data-consent="analytics" src="https://cdn.test/five.js"></script>
      <script type="text/plain" data-consent="analytics">six</script>`;
    gate();
    m.acceptAll();
    const inserted = () => Array.from(document.body.children, (e: any) => (e.getAttribute('type') == 'text/plain' ? '-' : e.text || e.src));
    expect(inserted()).toEqual(['one', 'https://cdn.test/two.js', '-', '-', '-', '-']);
    document.body.children[1]!.dispatchEvent(new Event('load'));
    expect(inserted()).toEqual(['one', 'https://cdn.test/two.js', 'three', 'https://cdn.test/four.js', 'https://cdn.test/five.js', '-']);
    document.body.children[4]!.dispatchEvent(new Event('error')); // a failed load does not block the rest
    expect(inserted().at(-1)).toBe('six');
  });

  it('honours category:service granularity', () => {
    document.body.innerHTML = `
      <script type="text/plain" data-consent="analytics:matomo">matomo</script>
      <script type="text/plain" data-consent="analytics:ga">ga</script>
      <script type="text/plain" data-consent="analytics">whole category</script>`;
    gate();
    m.save({ categories: ['analytics'], services: { analytics: ['matomo'] } });
    // One allowed service does not run scripts tagged with the whole category.
    expect(activated().map((s) => s.text)).toEqual(['matomo']);
    m.allow('analytics:ga');
    // Every service allowed one by one is still not the category: only an answer grants that.
    expect(activated().map((s) => s.text)).toEqual(['matomo', 'ga']);
    m.save({ categories: ['analytics'] });
    expect(activated().map((s) => s.text)).toEqual(['matomo', 'ga', 'whole category']);
  });

  it('runs each element at most once, across changes, rescans and a second gate', () => {
    document.body.innerHTML = `<script type="text/plain" data-consent="analytics" data-src="https://cdn.test/a.js"></script>`;
    const original = document.querySelector('script')!;
    const g = gate();
    const append = vi.spyOn(Element.prototype, 'replaceChild');
    m.acceptAll();
    gate();
    m.rejectAll();
    m.acceptAll();
    g.scan();
    expect(append).toHaveBeenCalledTimes(1);
    expect(activated()).toHaveLength(1);
    expect(original.isConnected).toBe(false);
    expect(original.hasAttribute('data-consent-run')).toBe(true);
  });

  it('handles elements inserted later, before and after the decision', async () => {
    gate();
    document.body.insertAdjacentHTML('beforeend', `<script type="text/plain" data-consent="analytics">early</script>`);
    await tick();
    expect(activated()).toHaveLength(0);
    m.acceptAll();
    document.body.insertAdjacentHTML('beforeend', `<script type="text/plain" data-consent="marketing">late</script>`);
    await tick();
    expect(activated().map((s) => s.text)).toEqual(['early', 'late']);
  });

  it('waits for DOMContentLoaded while the document is still parsing', async () => {
    m.acceptAll();
    const state = vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading');
    document.body.innerHTML = `<script type="text/plain" data-consent="analytics">x</script>`;
    gate();
    document.body.insertAdjacentHTML('beforeend', `<script type="text/plain" data-consent="analytics">y</script>`);
    await tick();
    expect(activated()).toHaveLength(0);
    state.mockReturnValue('interactive');
    document.dispatchEvent(new Event('DOMContentLoaded'));
    expect(activated().map((s) => s.text)).toEqual(['x', 'y']);
  });

  it('stop() stops watching', async () => {
    document.body.innerHTML = `<script type="text/plain" data-consent="analytics">x</script>`;
    gate().stop();
    m.acceptAll();
    expect(activated()).toHaveLength(0);
  });
});

describe('createGate: iframes', () => {
  const placeholder = (el: HTMLIFrameElement, what: string) => {
    const p = document.createElement('div');
    p.className = 'ph';
    const b = document.createElement('button');
    b.textContent = `Allow ${what}`;
    b.addEventListener('click', () => m.allow(what));
    p.append(b);
    return p;
  };
  const frame = () => document.querySelector('iframe')!;

  it('shows a placeholder before consent, sets src once granted and removes the placeholder as the iframe appears', () => {
    document.body.innerHTML = `<iframe data-consent="marketing:youtube" data-src="https://www.youtube-nocookie.com/embed/x" title="Video"></iframe>`;
    const factory = vi.fn(placeholder);
    gate({ placeholder: factory });
    expect(factory).toHaveBeenCalledWith(frame(), 'marketing:youtube');
    expect(frame().previousElementSibling!.className).toBe('ph');
    expect(frame().hidden).toBe(true);
    expect(frame().getAttribute('src')).toBeNull();
    document.querySelector<HTMLButtonElement>('.ph button')!.click();
    expect(m.has('marketing:youtube')).toBe(true);
    expect(m.has('analytics')).toBe(false);
    expect(frame().getAttribute('src')).toBe('https://www.youtube-nocookie.com/embed/x');
    // At once, not on the embed's load event: never both at a time (no shift while it loads).
    expect(frame().hidden).toBe(false);
    expect(document.querySelector('.ph')).toBeNull();
    frame().dispatchEvent(new Event('load'));
    expect(factory).toHaveBeenCalledTimes(1);
  });

  it('gives placeholders to iframes inserted later', async () => {
    gate({ placeholder });
    document.body.insertAdjacentHTML('beforeend', `<iframe data-consent="marketing" data-src="https://maps.test/"></iframe>`);
    await tick();
    expect(document.querySelectorAll('.ph')).toHaveLength(1);
  });

  it('unloads an iframe when its grant is withdrawn, and shows the placeholder again', () => {
    document.body.innerHTML = `<iframe data-consent="marketing" data-src="https://maps.test/"></iframe>`;
    gate({ placeholder });
    m.acceptAll();
    frame().dispatchEvent(new Event('load'));
    expect(document.querySelector('.ph')).toBeNull();
    m.rejectAll();
    expect(frame().getAttribute('src')).toBe('about:blank');
    expect(document.querySelectorAll('.ph')).toHaveLength(1);
    expect(frame().hidden).toBe(true);
    m.acceptAll();
    expect(frame().getAttribute('src')).toBe('https://maps.test/');
  });

  it('works without a placeholder factory and leaves iframes without data-src alone', () => {
    document.body.innerHTML = `<iframe data-consent="marketing" data-src="https://maps.test/"></iframe><iframe data-consent="marketing" src="https://own.test/"></iframe>`;
    gate();
    expect(frame().hidden).toBe(false);
    m.acceptAll();
    expect(frame().getAttribute('src')).toBe('https://maps.test/');
    expect(document.querySelectorAll('iframe')[1]!.getAttribute('src')).toBe('https://own.test/');
  });
});

describe('createGate: later (activation after the answer is painted)', () => {
  it('activates nothing inside the change; when later calls back, one script per task, in order', async () => {
    document.body.innerHTML = ['a', 'b', 'c']
      .map((x) => `<script type="text/plain" data-consent="analytics">window.${x} = 1</script>`)
      .join('');
    const scheduled: (() => void)[] = [];
    gate({ later: (run: () => void) => scheduled.push(run) });
    m.acceptAll();
    expect(activated()).toHaveLength(0); // the visitor's click ends without running anything
    expect(scheduled).toHaveLength(1);
    scheduled[0]!();
    expect(activated().map((s) => s.text)).toEqual(['window.a = 1']);
    await tick();
    expect(activated()).toHaveLength(2);
    await tick();
    expect(activated().map((s) => s.text)).toEqual(['window.a = 1', 'window.b = 1', 'window.c = 1']);
  });

  it('runs nothing scheduled before stop()', () => {
    document.body.innerHTML = `<script type="text/plain" data-consent="analytics">1</script>`;
    const scheduled: (() => void)[] = [];
    const g = gate({ later: (run: () => void) => scheduled.push(run) });
    m.acceptAll();
    g.stop();
    scheduled.forEach((run) => run());
    expect(activated()).toHaveLength(0);
  });
});
