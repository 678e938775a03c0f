/**
 * The service catalogue: valid against its own schema, and every preset valid against both
 * schemas it feeds (the banner's consent.json check in @akkoord/core, the declarations schema).
 */
import { validateConfig } from '@akkoord/core';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import catalogueSchema from '../catalogue/catalogue.schema.json' with { type: 'json' };
import catalogueFile from '../catalogue/services.json' with { type: 'json' };
import { expandConfigPresets } from '../src/catalogue-config.js';
import { SERVICE_CATALOGUE, servicePreset } from '../src/catalogue.js';
import { declarationsSchema } from '../src/schema-check.js';
import type { Declarations, Recipient } from '../src/types.js';
import { validateDeclarations } from '../src/validate-declarations.js';
import { checkedBase } from './checked-base.js';

/** The services issue 14 asks for at least, by preset id. */
const REQUIRED = [
  'google-analytics',
  'google-tag-manager',
  'google-ads',
  'youtube',
  'youtube-nocookie',
  'vimeo',
  'meta-pixel',
  'linkedin-insight',
  'microsoft-clarity',
  'hotjar',
  'matomo-cloud',
  'matomo',
  'plausible',
  'mailchimp',
  'hubspot',
  'google-maps',
  'recaptcha',
  'stripe',
  'mollie',
  'trustpilot',
  'zendesk',
  'intercom',
];

const schemaErrors = (d: Declarations) => validateDeclarations(d, { today: '2026-12-06' }).filter((f) => f.rule === 'SCHEMA');

describe('service catalogue', () => {
  it('is valid against catalogue/catalogue.schema.json', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(catalogueSchema);
    expect(validate(catalogueFile), JSON.stringify(validate.errors, null, 2)).toBe(true);
  });

  it('has the common services, each once, each dated', () => {
    const ids = SERVICE_CATALOGUE.map((s) => s.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    for (const id of REQUIRED) expect(ids, id).toContain(id);
    for (const s of SERVICE_CATALOGUE) expect(s.checked, s.id).toMatch(/^20\d\d-\d\d-\d\d$/);
  });

  it('names every Open Cookie Database source it uses, with its licence', () => {
    expect(catalogueFile.sources.ocd.license).toBe('Apache-2.0');
    expect(SERVICE_CATALOGUE.some((s) => s.cookies.some((k) => k.ocd))).toBe(true);
  });

  it('gives each host to one service only, so the scanner can name it', () => {
    const hosts = SERVICE_CATALOGUE.flatMap((s) => s.hosts);
    expect(hosts.filter((h, i) => hosts.indexOf(h) !== i)).toEqual([]);
  });

  it('a service outside the EEA or sent there names how the data is transferred', () => {
    const eea = new Set(['IE', 'NL', 'MT', 'EE', 'DK', 'DE']);
    for (const s of SERVICE_CATALOGUE) {
      const countries = [s.provider?.country, ...(s.provider?.countries ?? [])].filter(Boolean) as string[];
      // Left out on purpose where we could not establish it (see NOTICE.md): only check what is given.
      if (s.provider?.transfer)
        expect(
          countries.some((c) => !eea.has(c)),
          s.id,
        ).toBe(true);
    }
  });

  it('the declarations schema offers exactly the presets that have a provider', () => {
    const recipient = (declarationsSchema as { properties: { recipients: { items: { properties: { preset: { enum: string[] } } } } } })
      .properties.recipients.items.properties.preset;
    expect(recipient.enum).toEqual(SERVICE_CATALOGUE.filter((s) => s.provider).map((s) => s.id));
  });

  for (const preset of SERVICE_CATALOGUE) {
    it(`${preset.id}: as a consent.json service it passes the banner's validator`, () => {
      const category = { id: preset.category, title: 'x', services: [{ preset: preset.id }] };
      const result = validateConfig(
        expand({
          revision: 1,
          categories:
            preset.category === 'necessary'
              ? [{ ...category, required: true }]
              : [{ id: 'necessary', required: true, title: 'n' }, category],
        }),
      );
      expect(result.errors).toEqual([]);
    });

    if (!preset.provider) continue;
    it(`${preset.id}: as a declarations preset it passes the declarations schema`, () => {
      const d = checkedBase();
      const recipient = { id: 'svc', preset: preset.id } as Recipient;
      // Where the role depends on the contract the catalogue leaves it out; the file must say it.
      if (!preset.provider?.role) recipient.role = 'processor';
      d.recipients!.push(recipient);
      expect(schemaErrors(d)).toEqual([]);
    });
  }
});

function expand(config: unknown): unknown {
  const { config: out, issues } = expandConfigPresets(config);
  expect(issues).toEqual([]);
  return JSON.parse(JSON.stringify(out));
}

describe('servicePreset', () => {
  it('finds an entry by id and nothing for an unknown one', () => {
    expect(servicePreset('youtube')?.provider?.name).toBe('Google Ireland Limited');
    expect(servicePreset('youtub')).toBeUndefined();
  });
});
