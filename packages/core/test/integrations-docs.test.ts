// docs/integrations.md (issue 14): every consent.json in it is valid, and the dataLayer it shows
// for the GA4 example is what consentMode really pushes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { consentMode, createConsent, validateConfig } from '../src/index.js';
import { fakeEnv } from './fake-env.js';

const doc = readFileSync(new URL('../../../docs/integrations.md', import.meta.url), 'utf8');

/** Every ```json block with the line it starts on, so a failure names where it is. */
const blocks = [...doc.matchAll(/^```json\n([\s\S]*?)^```$/gm)].map((m) => ({
  line: doc.slice(0, m.index).split('\n').length,
  text: m[1]!,
}));

const parse = (b: { line: number; text: string }): unknown => {
  try {
    return JSON.parse(b.text);
  } catch (e) {
    throw new Error(`docs/integrations.md line ${b.line}: not valid JSON: ${(e as Error).message}`, { cause: e });
  }
};

/** A block is a consent config when it is an object with `categories`. */
const isConfig = (v: unknown): v is Record<string, unknown> => !!v && typeof v == 'object' && !Array.isArray(v) && 'categories' in v;

/** The first ```json block after a heading (the block's text, parsed). */
const firstJsonAfter = (heading: string) => {
  const at = doc.indexOf(heading);
  if (at < 0) throw new Error(`docs/integrations.md has no heading "${heading}"`);
  const b = blocks.find((x) => doc.split('\n').slice(0, x.line).join('\n').length > at);
  if (!b) throw new Error(`docs/integrations.md has no json block after "${heading}"`);
  return parse(b);
};

describe('docs/integrations.md', () => {
  it('every json block parses', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(4);
    for (const b of blocks) parse(b);
  });

  it('every consent config in it passes validateConfig', () => {
    const configs = blocks.map((b) => ({ ...b, json: parse(b) })).filter((b) => isConfig(b.json));
    // The Consent Mode mapping, GA4 and Tag Manager examples.
    expect(configs.length).toBeGreaterThanOrEqual(3);
    for (const c of configs) {
      const { errors } = validateConfig(c.json);
      expect(errors, `docs/integrations.md line ${c.line}`).toEqual([]);
    }
  });

  it('the dataLayer shown for the GA4 example is what consentMode pushes when the visitor allows analytics', () => {
    const config = firstJsonAfter('## Google Analytics 4 with gtag.js');
    expect(isConfig(config)).toBe(true);
    const marker = doc.indexOf('<!-- datalayer: ga4, first visit, visitor allows analytics -->');
    expect(marker).toBeGreaterThan(0);
    const shown = JSON.parse(/```json\n([\s\S]*?)```/.exec(doc.slice(marker))![1]!);

    const f = fakeEnv();
    const m = createConsent(config as never, f.env);
    consentMode(m, f.env);
    m.accept(['analytics']);
    const layer = (f.env.win.dataLayer as IArguments[]).map((a) => Array.from(a));
    expect(layer).toEqual(shown);
  });

  it('the statistieken mapping example grants analytics_storage through its own category id', () => {
    const config = blocks.map(parse).find((j) => isConfig(j) && JSON.stringify(j).includes('"statistieken"'));
    const f = fakeEnv();
    const m = createConsent(config as never, f.env);
    consentMode(m, f.env);
    m.acceptAll();
    const last = Array.from((f.env.win.dataLayer as IArguments[]).at(-1)!);
    expect(last[2]).toMatchObject({ analytics_storage: 'granted', ad_storage: 'denied' });
  });
});
