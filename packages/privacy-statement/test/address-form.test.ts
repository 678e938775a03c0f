/** The Dutch form of address is decided once, in meta.address: formal "u" by default, informal "je" on request. */
import { describe, expect, it } from 'vitest';
import { generateStatement } from '../src/generate-statement.js';
import { escapeMarkdown } from '../src/render-markdown.js';
import { eachString } from '../src/rules/rule.js';
import { clone, loadExample } from './fixtures.js';

describe('form of address', () => {
  const formal = generateStatement(loadExample('demo-site.yaml'), { lang: 'nl' });
  const d = clone(loadExample('demo-site.yaml'));
  d.meta = { ...d.meta, address: 'informal' };
  const informal = generateStatement(d, { lang: 'nl' });

  it('formal by default', () => {
    expect(formal).toContain('## Uw rechten {#ps-rights}');
    expect(formal).not.toMatch(/\b(je|jouw)\b/i);
  });

  it('informal throughout when asked, with no formal sentence of ours left', () => {
    expect(informal).toContain('## Jouw rechten {#ps-rights}');
    // Only text written in the declarations themselves may still say "u": take it out first.
    let ours = informal;
    const texts: string[] = [];
    eachString(d, (s) => texts.push(escapeMarkdown(s)));
    for (const s of texts.sort((a, b) => b.length - a.length)) ours = ours.split(s).join('');
    expect(ours).not.toMatch(/\b(u|uw|U|Uw)\b/);
    expect(formal.split('\n').filter((l) => /\b(u|uw)\b/.test(l)).length).toBeGreaterThan(10);
  });

  it('English is the same either way', () => {
    expect(generateStatement(d, { lang: 'en' })).toBe(generateStatement(loadExample('demo-site.yaml'), { lang: 'en' }));
  });
});
