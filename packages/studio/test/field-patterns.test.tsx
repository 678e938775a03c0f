// @vitest-environment happy-dom
/**
 * FIELD_PATTERNS is derived from the schema (less the places the form deliberately gives no
 * element). A finding is moved to its pattern's element, so every pattern must be on the page:
 * a new schema object the form does not frame would otherwise swallow its findings.
 */
import { readFileSync } from 'node:fs';
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../src/app.js';
import { FIELD_PATTERNS, fieldDomId } from '../src/field-path.js';
import { readDeclarations, type Declarations } from '../src/generator.js';
import { createStore } from '../src/store.js';

const FIXTURE = readFileSync(`${process.cwd()}/packages/studio/test/fixtures/all-fields.yaml`, 'utf8');
const full = (): Declarations => {
  const r = readDeclarations(FIXTURE, 'all-fields.yaml');
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.data;
};

/** The DOM ids present when the studio shows `d`. */
async function idsShown(d: Declarations): Promise<string[]> {
  const root = document.createElement('div');
  document.body.append(root);
  render(<App store={createStore(d)} initialLang="en" today="2026-11-24" onStartOver={() => {}} />, root);
  await new Promise((r) => setTimeout(r, 400));
  const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
  render(null, root);
  root.remove();
  return ids;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('FIELD_PATTERNS', () => {
  it('has an element on the page for every pattern when every field is filled in', async () => {
    // The fixture has an appointed DPO; the other shape (none, with a reason) adds `dpo.reason`.
    const noDpo: Declarations = { ...full(), dpo: { appointed: false, reason: 'Little data.' } };
    const ids = [...(await idsShown(full())), ...(await idsShown(noDpo))];
    const idPattern = (p: string) => new RegExp(`^${fieldDomId(p.replace(/\[\]/g, '[0]')).replace(/-0(?=-|$)/g, '-\\d+')}$`);
    expect([...FIELD_PATTERNS].filter((p) => !ids.some((id) => idPattern(p).test(id)))).toEqual([]);
  });

  it('leaves out what the form does not frame and the entries of plain lists', () => {
    expect(FIELD_PATTERNS.has('purposes[].provision.requirement')).toBe(true);
    expect(FIELD_PATTERNS.has('purposes[].provision')).toBe(false);
    expect(FIELD_PATTERNS.has('organisation.tradeNames')).toBe(true);
    expect(FIELD_PATTERNS.has('organisation.tradeNames[]')).toBe(false);
  });
});
