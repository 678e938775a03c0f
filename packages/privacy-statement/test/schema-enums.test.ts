/** The enum constants and the schema walker read the JSON Schema itself, at the places they name. */
import { describe, expect, it } from 'vitest';
import { BANNER_CATEGORY_ORDER } from '../src/banner-config.js';
import { pruneDeclarations } from '../src/prune-declarations.js';
import { declarationsSchema } from '../src/schema-check.js';
import * as enums from '../src/schema-enums.js';
import { propertySchema, resolveSchema, walkSchema } from '../src/schema-walk.js';

type Node = { enum?: unknown[]; properties?: Record<string, Node>; items?: Node; anyOf?: Node[] };
/** The node at a slash path of property names, `[]` for list items, straight from the JSON. */
const at = (path: string): Node =>
  path.split('/').reduce<Node>((n, k) => (k === '[]' ? (n.items as Node) : (n.properties?.[k] as Node)), declarationsSchema as Node);

describe('schema enums', () => {
  const where: Record<string, string> = {
    LANGS: 'meta/languages/[]',
    ADDRESS_FORMS: 'meta/address',
    BANNER_PLACEMENTS: 'meta/bannerPlacement',
    SPECIAL_CATEGORIES: 'dataCategories/[]/special',
    LEGAL_BASES: 'purposes/[]/legalBasis',
    ART9_CONDITIONS: 'purposes/[]/art9Condition',
    PROVISION_REQUIREMENTS: 'purposes/[]/provision/requirement',
    SOURCE_TYPES: 'purposes/[]/sources/[]/type',
    RETENTION_ACTIONS: 'purposes/[]/retention/action',
    DECISION_BASES: 'purposes/[]/automatedDecision/basis',
    RECIPIENT_ROLES: 'recipients/[]/role',
    TRANSFER_MECHANISMS: 'recipients/[]/transfer/mechanism',
    TRANSFER_FALLBACKS: 'recipients/[]/transfer/fallback',
    COOKIE_PARTIES: 'cookies/[]/party',
    COOKIE_TYPES: 'cookies/[]/type',
    COOKIE_CATEGORIES: 'cookies/[]/category',
    COOKIE_EXEMPTIONS: 'cookies/[]/exemption',
    SECURITY_MEASURE_TYPES: 'security/[]/type',
  };

  it('each list is the enum of its field, in schema order', () => {
    for (const [name, path] of Object.entries(where)) expect(enums[name as keyof typeof enums], name).toEqual(at(path).enum);
    // Every enum constant is covered above.
    expect(
      Object.keys(enums)
        .filter((k) => k !== 'PRIVACY_FRIENDLY_SETTINGS')
        .sort(),
    ).toEqual(Object.keys(where).sort());
  });

  it('the privacy-friendly settings are the properties of cookies[].privacyFriendly', () => {
    expect(enums.PRIVACY_FRIENDLY_SETTINGS).toEqual(Object.keys(at('cookies/[]/privacyFriendly').properties ?? {}));
  });

  it('the banner shows every schema category once, in its own order', () => {
    expect(new Set(BANNER_CATEGORY_ORDER).size).toBe(BANNER_CATEGORY_ORDER.length);
    expect([...BANNER_CATEGORY_ORDER].sort()).toEqual([...enums.COOKIE_CATEGORIES].sort());
  });
});

describe('schema walker', () => {
  it("follows a $ref and keeps the referring node's own description", () => {
    const country = propertySchema(resolveSchema(at('recipients/[]')), 'country');
    const r = resolveSchema(country!);
    expect(r.pattern).toBe('^[A-Z]{2}$');
    expect(r.description).toBe('Where the recipient is established.');
    expect(r.default).toBe('NL');
    expect(() => resolveSchema({ $ref: '#/$defs/nothing' })).toThrow('$ref #/$defs/nothing names no entry of $defs');
  });

  it('finds own properties only, so constructor and __proto__ keys are never schema fields', () => {
    expect(propertySchema(at('purposes/[]'), 'constructor')).toBeUndefined();
    expect(propertySchema(at('purposes/[]'), '__proto__')).toBeUndefined();
    const d = JSON.parse('{"meta":{"version":"1","constructor":"x","__proto__":{"polluted":true}}}');
    expect(pruneDeclarations(d)).toEqual({ meta: { version: '1' } });
  });

  it('reports fields, groups and plain-list entries with their patterns', () => {
    const kinds = new Map<string, string>();
    walkSchema(({ pattern, kind }) => kinds.set(pattern, kind));
    expect(kinds.get('purposes[].retention.period')).toBe('field');
    expect(kinds.get('purposes[].name')).toBe('field'); // a text in both languages is one field
    expect(kinds.get('purposes[]')).toBe('group');
    expect(kinds.get('recipients[].processingAgreement')).toBe('group'); // boolean or { signed, date }
    expect(kinds.get('organisation.tradeNames[]')).toBe('item');
    expect(kinds.has('purposes[].name.nl')).toBe(false);
  });
});
