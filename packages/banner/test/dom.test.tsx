// @vitest-environment happy-dom
/** @jsxRuntime classic */
/** @jsx h */
/** @jsxFrag Fragment */
import { beforeEach, describe, expect, it } from 'vitest';
import { Fragment, h, render } from '../src/dom.js';

let root: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '<div id="r"></div>';
  root = document.getElementById('r')!;
});

describe('render', () => {
  it('turns JSX into DOM: attributes, nested elements, texts, fragments; skips null/false/true/""', () => {
    render(
      <div class="banner" role="region" aria-labelledby="t" tabindex="-1">
        <h2 id="t">Titel</h2>
        <>
          <p>
            {'een'} {2} {null}
            {false}
            {true}
            {''}
            {undefined}
          </p>
        </>
        {[<i>a</i>, [<i>b</i>]]}
      </div>,
      root,
    );
    expect(root.innerHTML).toBe(
      '<div class="banner" role="region" aria-labelledby="t" tabindex="-1"><h2 id="t">Titel</h2><p>een 2 </p><i>a</i><i>b</i></div>',
    );
  });

  it('keeps the elements that stay (focus survives a re-render) and changes only what changed', () => {
    const view = (n: number) => (
      <div>
        <button type="button" data-n={n}>
          {'klik ' + n}
        </button>
      </div>
    );
    render(view(1), root);
    const button = root.querySelector('button')!;
    button.focus();
    render(view(2), root);
    expect(root.querySelector('button')).toBe(button);
    expect(document.activeElement).toBe(button);
    expect(button.outerHTML).toBe('<button type="button" data-n="2">klik 2</button>');
  });

  it('removes attributes the next render drops or sets to null/false, writes aria-* false as "false"', () => {
    render(<p id="x" title="t" hidden aria-expanded={true} />, root);
    render(<p id="x" title={null} aria-expanded={false} />, root);
    const p = root.querySelector('p')!;
    expect(p.hasAttribute('title')).toBe(false);
    expect(p.hidden).toBe(false);
    expect(p.getAttribute('aria-expanded')).toBe('false');
  });

  it('sets checked and disabled as properties, so they still steer a box the visitor clicked', () => {
    render(<input type="checkbox" checked={false} disabled={false} />, root);
    const box = root.querySelector('input')!;
    box.click();
    expect(box.checked).toBe(true);
    render(<input type="checkbox" checked={false} disabled={true} />, root);
    expect(box.checked).toBe(false);
    expect(box.disabled).toBe(true);
    // Same prop as last time, but the DOM changed: the render must not leave a stale tick behind.
    box.checked = true;
    render(<input type="checkbox" checked={false} disabled={true} />, root);
    expect(root.querySelector('input')).toBe(box);
    expect(box.checked).toBe(false);
  });

  it('binds handlers as listeners (no on* attribute for a CSP to block) and swaps them without stacking', () => {
    const calls: string[] = [];
    render(<button onClick={() => calls.push('a')} />, root);
    const button = root.querySelector('button')!;
    expect(button.getAttributeNames()).toEqual([]);
    button.click();
    render(<button onClick={() => calls.push('b')} />, root);
    button.click();
    render(<button />, root);
    button.click();
    expect(calls).toEqual(['a', 'b']);
  });

  it('replaces a node whose tag changed, removes surplus nodes, and render(null) empties', () => {
    render(
      <ul>
        <li>1</li>
        <li>2</li>
      </ul>,
      root,
    );
    const ul = root.firstChild;
    render(<ol />, root);
    expect(root.firstChild).not.toBe(ul);
    expect(root.innerHTML).toBe('<ol></ol>');
    render(null, root);
    expect(root.innerHTML).toBe('');
  });

  it('leaves a <style> in the parent alone (the shadow root fallback stylesheet)', () => {
    root.innerHTML = '<style>p{}</style>';
    render(<p>a</p>, root);
    render(<div>b</div>, root);
    expect(root.innerHTML).toBe('<style>p{}</style><div>b</div>');
    render(null, root);
    expect(root.innerHTML).toBe('<style>p{}</style>');
  });

  it('updates a text in place', () => {
    render(<p>een</p>, root);
    const text = root.querySelector('p')!.firstChild;
    render(<p>twee</p>, root);
    expect(root.querySelector('p')!.firstChild).toBe(text);
    expect(root.textContent).toBe('twee');
  });
});
