// @vitest-environment happy-dom
/**
 * FIELD_LABELS is how findings name a field; it must say what the form itself shows. The whole
 * form is rendered (every field filled in) and each label, legend and item name is compared with
 * the map, so a label changed in one place and not the other fails here.
 */
import { readFileSync } from 'node:fs';
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../src/app.js';
import { FIELD_LABELS, itemLabel } from '../src/field-labels.js';
import { FIELD_PATTERNS, fieldDomId, parsePath } from '../src/field-path.js';
import { readDeclarations, type Declarations } from '../src/generator.js';
import { createT } from '../src/i18n.js';
import { sectionOf } from '../src/section-keys.js';
import { getIn } from '../src/set-in.js';
import { createStore } from '../src/store.js';

const FIXTURE = readFileSync(`${process.cwd()}/packages/studio/test/fixtures/all-fields.yaml`, 'utf8');
const full = (): Declarations => {
  const r = readDeclarations(FIXTURE, 'all-fields.yaml');
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.data;
};

/** Renders the studio for `d` and calls `check` while it is on the page. */
async function withForm(d: Declarations, lang: 'nl' | 'en', check: () => void): Promise<void> {
  const root = document.createElement('div');
  document.body.append(root);
  render(<App store={createStore(d)} initialLang={lang} today="2026-11-24" onStartOver={() => {}} />, root);
  await new Promise((r) => setTimeout(r, 400));
  check();
  render(null, root);
  root.remove();
}

/** The text a control or group shows as its name: its `<label for>`, or its fieldset's legend. */
function shownLabel(el: HTMLElement): string | undefined {
  if (el.matches('input,select,textarea')) return document.querySelector(`label[for="${el.id}"]`)?.textContent ?? undefined;
  if (el.matches('fieldset')) return el.querySelector(':scope > legend')?.textContent ?? undefined;
  return undefined;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('FIELD_LABELS', () => {
  it('has a label for every place the form renders (a new schema field needs one)', () => {
    const missing = [...FIELD_PATTERNS].filter((p) => !p.endsWith('[]') && !FIELD_LABELS[p]);
    expect(missing).toEqual([]);
  });

  for (const lang of ['nl', 'en'] as const) {
    it(`says what the form shows, field by field and item by item (${lang})`, async () => {
      const t = createT(lang);
      const otherDpo: Declarations = { ...full(), dpo: { appointed: false, reason: 'Weinig gegevens.' } };
      let compared = 0;
      for (const d of [full(), otherDpo]) {
        await withForm(d, lang, () => {
          for (const pattern of FIELD_PATTERNS) {
            const path = pattern.replace(/\[\]/g, '[0]');
            const el = document.getElementById(fieldDomId(path));
            if (!el) continue;
            // Every place sits in the section sectionOf() names: that is where its findings go.
            expect(el.closest('section.form-section')?.id, pattern).toBe(`s-${sectionOf(path)}`);
            const shown = shownLabel(el);
            if (shown === undefined) continue;
            if (pattern.endsWith('[]')) {
              const list = pattern.slice(0, -2);
              expect(shown, pattern).toBe(itemLabel(list, getIn(d, parsePath(path)), 1, t, lang));
            } else expect(shown, pattern).toBe(t(FIELD_LABELS[pattern] as string));
            compared += 1;
          }
        });
      }
      // Sanity: most of the form was compared, not a handful of fields.
      expect(compared).toBeGreaterThan(150);
    });
  }
});
