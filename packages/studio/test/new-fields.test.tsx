// @vitest-environment happy-dom
/**
 * The controls for the fields issue 12 added to the declarations, beyond "there is a control"
 * (all-fields.test.tsx): each writes the shape the schema and the statement expect, and no
 * unanswered question is written as an answer.
 */
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from '../src/app.js';
import type { Declarations } from '../src/generator.js';
import { schemaNode } from '../src/schema-fields.js';
import { sectionOf } from '../src/section-keys.js';
import { createStore } from '../src/store.js';
import { changedSections, hasContent } from '../src/studio-findings.js';

const settle = () => new Promise((r) => setTimeout(r, 300));

const mount = async (d: Declarations = {}) => {
  const root = document.createElement('div');
  document.body.append(root);
  const store = createStore(d);
  render(<App store={store} initialLang="en" today="2026-11-24" onStartOver={() => store.replace({})} />, root);
  await settle();
  return store;
};

const el = <T extends HTMLElement = HTMLInputElement>(id: string) => {
  const e = document.getElementById(id);
  if (!e) throw new Error(`#${id} is not on the page`);
  return e as T;
};
const type = async (id: string, value: string) => {
  const input = el(id);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await settle();
};
const choose = async (id: string, value: string) => {
  const select = el<HTMLSelectElement>(id);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await settle();
};
const click = async (id: string) => {
  el(id).click();
  await settle();
};

afterEach(() => {
  document.body.innerHTML = '';
});

describe('what does not happen (absent)', () => {
  it('is asked in the section it concerns, and a ticked box opens that section only', async () => {
    expect(sectionOf('absent.specialCategories')).toBe('subjects');
    expect(sectionOf('absent.profiling')).toBe('purposes');
    expect(sectionOf('absent.transfersOutsideEEA')).toBe('recipients');
    const before: Declarations = {};
    const after: Declarations = { absent: { transfersOutsideEEA: true } };
    expect(changedSections(before, after)).toEqual(['recipients']);
    expect(hasContent(after, 'recipients')).toBe(true);
    expect(hasContent(after, 'subjects')).toBe(false);

    const store = await mount();
    expect(el('f-absent-criminalData').closest('section')?.id).toBe('s-subjects');
    expect(el('f-absent-automatedDecisions').closest('section')?.id).toBe('s-purposes');
    expect(el('f-absent-transfersOutsideEEA').closest('section')?.id).toBe('s-recipients');
    await click('f-absent-criminalData');
    expect(store.get().absent).toEqual({ criminalData: true });
    // Unticked is no claim at all, not `false`: the file only says what was declared.
    await click('f-absent-criminalData');
    expect(store.get()).not.toHaveProperty('absent');
  });
});

describe('camera surveillance', () => {
  it('opens with a box, writes yes/no answers as booleans and leaves unanswered ones out', async () => {
    const store = await mount({ purposes: [{ id: 'camera', name: { nl: 'Camerabeelden', en: 'Camera footage' } }] });
    expect(document.getElementById('f-camera-locations-nl')).toBeNull();
    await click('f-camera-on');
    expect(store.get().camera).toEqual({});
    // The options are the purposes by name; the value is the purpose's id.
    expect([...el<HTMLSelectElement>('f-camera-purpose').options].map((o) => [o.value, o.text])).toEqual([
      ['', 'Choose…'],
      ['camera', 'Camera footage'],
    ]);
    await choose('f-camera-purpose', 'camera');
    await type('f-camera-locations-en', 'at the entrance');
    await choose('f-camera-sound', 'no');
    await choose('f-camera-signs', 'yes');
    expect(store.get().camera).toEqual({ purpose: 'camera', locations: { en: 'at the entrance' }, sound: false, signs: true });
    await choose('f-camera-sound', '');
    expect(store.get().camera).not.toHaveProperty('sound');
    // Emptying every answer keeps the questions open while the marketer retypes.
    await choose('f-camera-purpose', '');
    await choose('f-camera-signs', '');
    await type('f-camera-locations-en', '');
    expect(store.get()).not.toHaveProperty('camera');
    expect(document.getElementById('f-camera-locations-en')).not.toBeNull();
  });
});

describe('the complaint route', () => {
  it('asks people to contact the business first, with the AP or another authority', async () => {
    const store = await mount({ organisation: { legalName: 'X B.V.' } });
    await click('f-complaintAuthority-contactUsFirst');
    // Without a name the object still means the Autoriteit Persoonsgegevens.
    expect(store.get().complaintAuthority).toEqual({ contactUsFirst: true });
    expect(el('f-complaintAuthority-ap').checked).toBe(true);
    await click('f-complaintAuthority-other');
    expect(store.get().complaintAuthority).toEqual({ contactUsFirst: true, name: '', url: '' });
    await type('f-complaintAuthority-name', 'ICO');
    await type('f-complaintAuthority-url', 'https://ico.org.uk');
    await click('f-complaintAuthority-ap');
    expect(store.get().complaintAuthority).toEqual({ contactUsFirst: true });
    await click('f-complaintAuthority-contactUsFirst');
    expect(store.get()).not.toHaveProperty('complaintAuthority');
  });
});

describe('work for clients', () => {
  it('asks the agreement, retention and what clients can do, and the client breach deadline', async () => {
    const store = await mount({ roles: { processorFor: [{ id: 'hosting', clients: 'webshops', processing: 'We host their shops.' }] } });
    const at = 'f-roles-processorFor-0';
    await type(`${at}-agreement-en`, 'The NL Digital model, signed before work starts.');
    await type(`${at}-retention-en`, 'as long as the contract runs');
    await type(`${at}-clientControls-portal-en`, 'Clients see their data in the portal.');
    await choose(`${at}-clientControls-export`, 'yes');
    // The choices are the schema's, in its order.
    const offered = [...el<HTMLSelectElement>(`${at}-clientControls-endOfContract`).options].map((o) => o.value).filter(Boolean);
    expect(offered).toEqual(schemaNode('roles.processorFor[].clientControls.endOfContract')?.enum);
    await choose(`${at}-clientControls-endOfContract`, 'return-then-delete');
    await type('f-breach-notifyClientsWithinHours', '24');
    expect(store.get().roles?.processorFor?.[0]).toMatchObject({
      agreement: { en: 'The NL Digital model, signed before work starts.' },
      retention: { en: 'as long as the contract runs' },
      clientControls: { portal: { en: 'Clients see their data in the portal.' }, export: true, endOfContract: 'return-then-delete' },
    });
    expect(store.get().breach).toEqual({ notifyClientsWithinHours: 24 });
  });
});

describe('a recipient’s name', () => {
  it('is one text for both languages until split, and names the item in either form', async () => {
    const store = await mount({ recipients: [{ id: 'mail', role: 'processor', service: 'mail' } as never] });
    await type('f-recipients-0-name-both', 'Mailwolk B.V.');
    expect(store.get().recipients?.[0]?.name).toBe('Mailwolk B.V.');
    expect(el('f-recipients-0').querySelector('legend')?.textContent).toBe('Mailwolk B.V.');
    el('f-recipients-0-name').querySelector<HTMLButtonElement>('button.link')?.click();
    await settle();
    expect(store.get().recipients?.[0]?.name).toEqual({ nl: 'Mailwolk B.V.', en: 'Mailwolk B.V.' });
    await type('f-recipients-0-name-en', 'Mailwolk Ltd');
    expect(el('f-recipients-0').querySelector('legend')?.textContent).toBe('Mailwolk Ltd');
    // Cookies placed by it name it in the interface language.
    store.set(['cookies'], [{ name: '_m', category: 'marketing', service: 'mail' }]);
    await settle();
    expect(el<HTMLSelectElement>('f-cookies-0-service').selectedOptions[0]?.text).toBe('Mailwolk Ltd');
  });
});

describe('the organisation and the statement’s changes', () => {
  it('writes legal form, description, VAT number and how changes are announced', async () => {
    const store = await mount();
    // Without work for clients there is no client to tell of a breach: the question is not asked.
    expect(document.getElementById('f-breach-notifyClientsWithinHours')).toBeNull();
    await type('f-organisation-legalForm-nl', 'besloten vennootschap');
    await type('f-organisation-description-en', 'We bake bread.');
    await type('f-organisation-vatNumber', 'NL123456789B01');
    await type('f-meta-changePolicy-en', 'We email customers about every important change.');
    expect(store.get().organisation).toEqual({
      legalForm: { nl: 'besloten vennootschap' },
      description: { en: 'We bake bread.' },
      vatNumber: 'NL123456789B01',
    });
    expect(store.get().meta).toEqual({ changePolicy: { en: 'We email customers about every important change.' } });
  });
});
