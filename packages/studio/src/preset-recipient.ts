/**
 * A recipient written as a catalogue preset (`{ id: video, preset: youtube }`), as the form reads
 * it. The generator fills in what the file leaves out (`resolvePresets`); the form shows those
 * values as what applies while a field is empty, and decides which follow-up questions to ask
 * (a transfer safeguard, a processing agreement) on the recipient as the statement will show it.
 */
import {
  resolvePresets,
  SERVICE_CATALOGUE,
  servicePreset,
  type Declarations,
  type Recipient,
  type ServicePreset,
  type Text,
} from './generator.js';
import { textOf } from './text-of.js';

/**
 * The catalogue entries a recipient can use: those with a provider. Software a site runs itself
 * (self-hosted Matomo) sends data to nobody, so it is no recipient.
 */
export const RECIPIENT_PRESETS: readonly ServicePreset[] = SERVICE_CATALOGUE.filter((p) => p.provider);

/** The catalogue entry a recipient uses, or `undefined` (no preset, or one the catalogue does not know). */
export function presetOf(r: unknown): ServicePreset | undefined {
  const id = r && typeof r === 'object' ? (r as { preset?: unknown }).preset : undefined;
  const p = typeof id === 'string' ? servicePreset(id) : undefined;
  return p?.provider ? p : undefined;
}

/**
 * The recipient as the statement will show it: the file's fields laid over the preset's. The
 * generator's own resolver does the work, so the form can never show other values than the statement.
 */
export function effectiveRecipient(r: Recipient | undefined): Recipient | undefined {
  if (!r || !presetOf(r)) return r;
  return resolvePresets({ recipients: [r] }).recipients[0] as Recipient;
}

/** The fields a preset fills in for a recipient that leaves them out, or `{}` without a (known) preset. */
export function presetFacts(r: Recipient | undefined): Partial<Recipient> {
  if (!r || !presetOf(r)) return {};
  return effectiveRecipient({ id: r.id, preset: r.preset } as Recipient) ?? {};
}

/**
 * A recipient's name as the form lists it: its own name, else the service its preset names
 * ("YouTube": clearer to the marketer than the provider, which two Google presets share).
 */
export function recipientName(r: { name?: Text; preset?: string } | undefined, lang: 'nl' | 'en'): string {
  return textOf(r?.name, lang) || presetOf(r)?.name || '';
}

/** A new recipient's id for a preset: the preset's own name, numbered when the file already uses it (`youtube-2`). */
export function presetRecipientId(presetId: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(presetId)) return presetId;
  let n = 2;
  while (used.has(`${presetId}-${n}`)) n += 1;
  return `${presetId}-${n}`;
}

/**
 * Findings about a cookie a preset added (`cookies[7]`, past the file's own cookies) moved to the
 * preset's field of the recipient that brought it: the form has no cookie there to show them on,
 * and the preset is what the marketer changes (or lists the cookie under Cookies to replace it).
 */
export function placePresetCookieFindings<F extends { path: string }>(findings: readonly F[], d: Declarations): F[] {
  const own = d.cookies?.length ?? 0;
  const added = (path: string) => {
    const m = /^cookies\[(\d+)\]/.exec(path);
    return m && Number(m[1]) >= own ? Number(m[1]) : undefined;
  };
  if (!findings.some((f) => added(f.path) !== undefined)) return [...findings];
  const cookies = resolvePresets(d).cookies ?? [];
  return findings.map((f) => {
    const n = added(f.path);
    if (n === undefined) return f;
    const at = (d.recipients ?? []).findIndex((r) => r.id === cookies[n]?.service);
    return at < 0 ? f : { ...f, path: `recipients[${at}].preset` };
  });
}
