import { describe, expect, it } from 'vitest';
import * as banner from '../src/index.js';

describe('@akkoord/banner public API', () => {
  it('exports only what the docs describe (packages/banner/README.md)', () => {
    // Everything else (the renderer, the stylesheet, the text helpers, window.akkoord's factory)
    // is internal: the script-tag bundle imports it from its own module, not from here.
    expect(Object.keys(banner).sort()).toEqual(['BUNDLED', 'mountBanner', 'textsFor']);
  });
});
