// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../src/app.js';
import { fieldDomId, resolveFieldPath } from '../src/field-path.js';
import { findingsFor, readDeclarations, type Declarations } from '../src/generator.js';
import { createStore } from '../src/store.js';
import { splitFindings, studioFindings } from '../src/studio-findings.js';

const example = (name: string): Declarations => {
  const r = readDeclarations(readFileSync(`${process.cwd()}/examples/declarations/${name}`, 'utf8'), name);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.data;
};

const mount = (d: Declarations) => {
  const root = document.createElement('div');
  document.body.append(root);
  const store = createStore(d);
  render(<App store={store} initialLang="en" today="2026-11-24" onStartOver={() => store.replace({})} />, root);
  return { root, store };
};

const settle = () => new Promise((r) => setTimeout(r, 500));

afterEach(() => {
  document.body.innerHTML = '';
});

describe('studio form', () => {
  it('shows an imported example in the fields and writes typing back to the store', async () => {
    const { store } = mount(example('webshop.yaml'));
    await settle();
    const name = document.getElementById('f-organisation-legalName') as HTMLInputElement;
    expect(name.value).toBe(store.get().organisation?.legalName);
    name.value = 'Nieuwe Naam B.V.';
    name.dispatchEvent(new Event('input', { bubbles: true }));
    expect(store.get().organisation?.legalName).toBe('Nieuwe Naam B.V.');
    const first = document.getElementById('f-purposes-0-name-nl') as HTMLInputElement;
    expect(first.value).toBe((store.get().purposes?.[0]?.name as { nl: string }).nl);
  });

  it('renders a control or group for every finding the validator places on a field', async () => {
    const d = structuredClone(example('webshop.yaml'));
    // Trip rules on several levels: a purpose without its interest, a US recipient without a
    // safeguard, a purpose without retention, an analytics cookie said to be consent-free.
    const p0 = d.purposes![0]!;
    p0.legalBasis = 'legitimate-interests';
    delete p0.legitimateInterest;
    delete d.purposes![1]!.retention;
    d.recipients![0] = { ...d.recipients![0]!, country: 'US', countries: ['US'] };
    delete d.recipients![0]!.transfer;
    expect(findingsFor(d, 'en', '2026-11-24').length).toBeGreaterThan(2);
    // What the studio shows: the same findings placed and worded for the form, in the sections
    // that have content (all of them here but the statement's address, which is kept apart).
    const findings = splitFindings(studioFindings(d, 'en', '2026-11-24'), d, new Set(), 'en').shown;
    expect(findings.length).toBeGreaterThan(2);
    mount(d);
    await settle();
    for (const f of findings) {
      const target = resolveFieldPath(f.path);
      if (!target) continue;
      expect(document.getElementById(fieldDomId(target)), `${f.rule} ${f.path} → ${target}`).not.toBeNull();
    }
    const inline = document.querySelectorAll('.inline-findings .finding');
    expect(inline.length).toBe(findings.filter((f) => resolveFieldPath(f.path)).length);
  });

  it('asks the follow-up the chosen legal basis needs', async () => {
    const { store } = mount({ purposes: [{ id: 'p', name: 'P' }] });
    await settle();
    expect(document.getElementById('f-purposes-0-legitimateInterest')).toBeNull();
    (document.getElementById('f-purposes-0-legalBasis-legitimate-interests') as HTMLInputElement).click();
    await settle();
    expect(store.get().purposes?.[0]?.legalBasis).toBe('legitimate-interests');
    expect(document.getElementById('f-purposes-0-legitimateInterest')).not.toBeNull();
    (document.getElementById('f-purposes-0-legalBasis-consent') as HTMLInputElement).click();
    await settle();
    expect(document.getElementById('f-purposes-0-legitimateInterest')).toBeNull();
    expect(document.getElementById('f-purposes-0-consentWithdrawal')).not.toBeNull();
  });
});
