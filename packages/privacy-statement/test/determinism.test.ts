/** Same input, byte-identical output: no clock, no randomness, no shared state between runs. */
import { describe, expect, it } from 'vitest';
import { bannerConfig } from '../src/banner-config.js';
import { generateStatement } from '../src/generate-statement.js';
import { register } from '../src/render-register.js';
import { exampleFiles, loadExample } from './fixtures.js';

describe('determinism', () => {
  for (const file of exampleFiles()) {
    it(`${file}: two runs are byte-identical`, () => {
      const run = () => {
        const d = loadExample(file);
        return [
          ...(['nl', 'en'] as const).flatMap((lang) =>
            (['md', 'html', 'page'] as const).map((format) => generateStatement(d, { lang, format })),
          ),
          ...(['md', 'csv', 'json'] as const).map((format) => register(d, { format })),
          JSON.stringify(bannerConfig(d)),
        ];
      };
      expect(run()).toEqual(run());
    });
  }

  it('interleaved nl and en runs do not leak language into each other (instance per call)', () => {
    const d = loadExample('demo-site.yaml');
    const nl = generateStatement(d, { lang: 'nl' });
    const en = generateStatement(d, { lang: 'en' });
    expect(generateStatement(d, { lang: 'nl' })).toBe(nl);
    expect(en).toMatch(/^# Privacy statement/);
    expect(nl).toMatch(/^# Privacyverklaring/);
  });
});
