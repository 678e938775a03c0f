import { servicePreset, type ServicePreset } from './catalogue.js';

/**
 * `preset:` in the declarations: a recipient written as `{ id: stats, preset: google-analytics }`
 * gets the catalogue's facts (name, role, what the service does, countries, transfer, privacy
 * link) for every field it leaves out, and the service's cookies are added to `cookies` with
 * `service: stats`, except those the file already lists by name for that recipient. What the file
 * says always wins, so a preset is a starting point, not a lock.
 */

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);

/** The recipient fields a preset fills in, before the file's own fields are laid over them. */
function recipientFacts(p: ServicePreset): Obj {
  const provider = p.provider ?? {};
  return {
    name: provider.name ?? p.name,
    ...(provider.role ? { role: provider.role } : {}),
    service: p.description,
    ...(provider.country ? { country: provider.country } : {}),
    ...(provider.countries ? { countries: provider.countries } : {}),
    ...(provider.transfer ? { transfer: provider.transfer } : {}),
    ...(p.privacyUrl ? { privacyPolicyUrl: p.privacyUrl } : {}),
  };
}

/**
 * The declarations with each known recipient preset resolved: the recipient filled in (its
 * `preset` field removed, so the schema then asks for whatever the catalogue could not give, such
 * as a role that depends on the contract) and the preset's cookies appended. An unknown preset, or
 * one for software without a provider (self-hosted Matomo), is left as written for the schema to
 * report. Returns `input` itself when there is nothing to resolve; never changes `input`.
 */
export function resolvePresets<T>(input: T): T {
  if (!isObj(input) || !Array.isArray(input.recipients)) return input;
  const recipients = input.recipients as unknown[];
  const known = (r: unknown): r is Obj & { preset: string } =>
    isObj(r) && typeof r.preset === 'string' && !!servicePreset(r.preset)?.provider;
  if (!recipients.some(known)) return input;
  const cookies: unknown[] = Array.isArray(input.cookies) ? [...input.cookies] : [];
  const listed = new Set(cookies.filter(isObj).map((k) => `${String(k.service)}\u0000${String(k.name)}`));
  const resolved = recipients.map((r) => {
    if (!known(r)) return r;
    const p = servicePreset(r.preset) as ServicePreset;
    const { preset: _preset, ...own } = r;
    for (const k of p.cookies) {
      if (typeof own.id !== 'string' || listed.has(`${own.id}\u0000${k.name}`)) continue;
      cookies.push({
        name: k.name,
        service: own.id,
        ...(k.party ? { party: k.party } : {}),
        ...(k.type && k.type !== 'cookie' ? { type: k.type } : {}),
        category: p.category,
        purpose: k.purpose,
        ...(k.duration ? { duration: k.duration } : {}),
      });
    }
    return { id: own.id, ...recipientFacts(p), ...own };
  });
  return { ...input, recipients: resolved, ...(cookies.length ? { cookies } : {}) } as T;
}
