/** The Dutch and English statements state the same facts: recipients, countries, retention figures, legal bases. */
import { describe, expect, it } from 'vitest';
import { createContext } from '../src/context.js';
import { generateStatement } from '../src/generate-statement.js';
import { escapeMarkdown } from '../src/render-markdown.js';
import { recipientCountries } from '../src/recipient-countries.js';
import { exampleFiles, loadExample } from './fixtures.js';

const letters = (md: string, re: RegExp) => [...md.matchAll(re)].map((m) => m[1]).join('');
const numbers = (s: string) => (s.match(/\d+/g) ?? []).sort();

describe('nl and en state the same facts', () => {
  for (const file of exampleFiles()) {
    it(file, () => {
      const d = loadExample(file);
      const nl = generateStatement(d, { lang: 'nl' });
      const en = generateStatement(d, { lang: 'en' });
      const cnl = createContext(d, 'nl');
      const cen = createContext(d, 'en');
      for (const r of d.recipients ?? []) {
        expect(nl).toContain(escapeMarkdown(cnl.txt(r.name)));
        expect(en).toContain(escapeMarkdown(cen.txt(r.name)));
        for (const c of recipientCountries(r)) {
          expect(nl).toContain(cnl.country(c));
          expect(en).toContain(cen.country(c));
        }
      }
      for (const p of d.purposes ?? []) {
        if (p.retention?.period) {
          expect(nl).toContain(cnl.dur(p.retention.period));
          expect(en).toContain(cen.dur(p.retention.period));
          expect(numbers(cnl.dur(p.retention.period))).toEqual(numbers(cen.dur(p.retention.period)));
        }
      }
      // The same Art. 6(1) letters in the same order, per purpose.
      expect(letters(nl, /artikel 6 lid 1 onder ([a-f]) AVG/g)).toBe(letters(en, /Article 6\(1\)\(([a-f])\) GDPR/g));
      expect(letters(nl, /artikel 9 lid 2 onder ([a-j]) AVG/g)).toBe(letters(en, /Article 9\(2\)\(([a-j])\) GDPR/g));
      // Cookie rows, processors and sections line up one to one.
      expect(nl.match(/^\|/gm)?.length).toBe(en.match(/^\|/gm)?.length);
      expect(nl.match(/^#{1,3} /gm)?.length).toBe(en.match(/^#{1,3} /gm)?.length);
      expect(nl.match(/^- /gm)?.length).toBe(en.match(/^- /gm)?.length);
    });
  }
});
