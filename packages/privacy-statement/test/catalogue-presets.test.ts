/** `preset:` in the declarations and in a hand-written consent.json, and the CLI that expands both. */
import { describe, expect, it } from 'vitest';
import { bannerConfig } from '../src/banner-config.js';
import { expandConfigPresets } from '../src/catalogue-config.js';
import { resolvePresets } from '../src/catalogue-declarations.js';
import { main } from '../src/cli.js';
import type { CliIo } from '../src/cli-io.js';
import { generateStatement } from '../src/generate-statement.js';
import type { Declarations, Recipient } from '../src/types.js';
import { validateDeclarations } from '../src/validate-declarations.js';
import { checkedBase } from './checked-base.js';

/** The base declarations with a YouTube embed declared by preset only. */
function withYoutube(extra: Partial<Recipient> = {}): Declarations {
  const d = checkedBase();
  d.recipients!.push({ id: 'video', preset: 'youtube', ...extra } as Recipient);
  return d;
}

describe('resolvePresets (declarations)', () => {
  it('fills in the recipient and adds the service’s cookies under its id', () => {
    const d = resolvePresets(withYoutube());
    const r = d.recipients!.find((x) => x.id === 'video')!;
    expect(r).toMatchObject({ name: 'Google Ireland Limited', role: 'controller', country: 'IE', countries: ['IE', 'US'] });
    expect(r.transfer).toEqual({ mechanism: 'dpf', fallback: 'sccs' });
    expect(r).not.toHaveProperty('preset');
    const names = d.cookies!.filter((k) => k.service === 'video').map((k) => k.name);
    expect(names).toEqual(['YSC', 'VISITOR_INFO1_LIVE', 'VISITOR_PRIVACY_METADATA', 'yt-remote-device-id', 'yt-remote-connected-devices']);
    expect(d.cookies!.find((k) => k.name === 'YSC')).toMatchObject({ category: 'marketing', duration: 'session', party: 'third' });
    expect(d.cookies!.find((k) => k.name === 'yt-remote-device-id')?.type).toBe('localStorage');
  });

  it('keeps what the file says over the catalogue, and a cookie listed by name once', () => {
    const d = withYoutube({ name: 'YouTube (Google)', countries: ['IE'] });
    d.cookies!.push({ name: 'YSC', service: 'video', category: 'marketing', purpose: 'eigen tekst', duration: 'PT1H' });
    const out = resolvePresets(d);
    expect(out.recipients!.find((x) => x.id === 'video')).toMatchObject({ name: 'YouTube (Google)', countries: ['IE'] });
    const ysc = out.cookies!.filter((k) => k.name === 'YSC');
    expect(ysc).toHaveLength(1);
    expect(ysc[0]).toMatchObject({ purpose: 'eigen tekst', duration: 'PT1H' });
  });

  it('never changes its input and gives the same result when run twice', () => {
    const d = withYoutube();
    const before = JSON.stringify(d);
    const once = resolvePresets(d);
    expect(JSON.stringify(d)).toBe(before);
    expect(resolvePresets(once)).toEqual(once);
    const plain = checkedBase();
    expect(resolvePresets(plain)).toBe(plain);
  });

  it('validates without findings, and the statement names the provider and the cookies', () => {
    const d = withYoutube();
    d.purposes![0]!.recipients!.push('video');
    expect(validateDeclarations(d, { today: '2026-12-06' }).filter((f) => f.severity === 'error')).toEqual([]);
    const md = generateStatement(d, { lang: 'en', format: 'md' });
    expect(md).toContain('Google Ireland Limited');
    // Markdown escapes the underscores of VISITOR_INFO1_LIVE; these two need no escaping.
    expect(md).toContain('| YSC |');
    expect(md).toContain('yt-remote-device-id');
  });

  it('an unknown preset is a schema error naming the field and the valid presets', () => {
    const d = checkedBase();
    d.recipients!.push({ id: 'video', preset: 'youtub' } as unknown as Recipient);
    const errors = validateDeclarations(d).filter((f) => f.rule === 'SCHEMA');
    expect(errors.map((f) => f.path)).toContain('recipients[1].preset');
    expect(errors.find((f) => f.path === 'recipients[1].preset')?.message).toContain('youtube-nocookie');
  });

  it('a preset that leaves the role to the contract asks for it', () => {
    const d = checkedBase();
    d.recipients!.push({ id: 'tags', preset: 'google-tag-manager' } as Recipient);
    const errors = validateDeclarations(d).filter((f) => f.rule === 'SCHEMA');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ path: 'recipients[1]' });
    expect(errors[0]!.message).toContain('role');
  });

  it('the banner names a preset service as visitors know it, with the catalogue’s cookies', () => {
    const d = withYoutube();
    const service = bannerConfig(d)
      .categories.flatMap((c) => c.services ?? [])
      .find((s) => s.id === 'video');
    expect(service?.name).toBe('YouTube');
    expect(service?.cookies?.map((k) => k.name)).toContain('VISITOR_INFO1_LIVE');
  });
});

describe('expandConfigPresets (consent.json)', () => {
  const config = {
    revision: 1,
    categories: [
      { id: 'necessary', required: true, title: 'Noodzakelijk' },
      {
        id: 'marketing',
        title: 'Marketing',
        services: [
          { preset: 'youtube', id: 'video' },
          { id: 'own', name: 'Eigen dienst' },
        ],
      },
    ],
  };

  it('expands a preset into a full service, fields beside it winning', () => {
    const { config: out, issues } = expandConfigPresets(config);
    expect(issues).toEqual([]);
    const [video, own] = (out as typeof config).categories[1]!.services! as Record<string, unknown>[];
    expect(video).toMatchObject({ id: 'video', name: 'YouTube', privacyUrl: 'https://policies.google.com/privacy' });
    expect(video).not.toHaveProperty('preset');
    const cookies = video!.cookies as { name: string; duration?: Record<string, string> }[];
    expect(cookies.find((k) => k.name === 'VISITOR_INFO1_LIVE')?.duration).toEqual({ nl: '179 dagen', en: '179 days' });
    expect(own).toEqual({ id: 'own', name: 'Eigen dienst' });
  });

  it('words durations in the extra banner languages too', () => {
    const { config: out } = expandConfigPresets(config, ['de', 'fr']);
    const video = (out as typeof config).categories[1]!.services![0] as unknown as {
      cookies: { name: string; duration?: Record<string, string> }[];
    };
    expect(video.cookies.find((k) => k.name === 'YSC')?.duration).toEqual({
      nl: 'tot u de browser sluit',
      en: 'until you close the browser',
      de: 'bis Sie den Browser schließen',
      fr: 'jusqu’à la fermeture du navigateur',
    });
  });

  it('reports an unknown preset by its path and lists the catalogue', () => {
    const bad = { ...config, categories: [config.categories[0], { id: 'marketing', title: 'M', services: [{ preset: 'youtub' }] }] };
    const { issues } = expandConfigPresets(bad);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.path).toBe('categories[1].services[0].preset');
    expect(issues[0]!.message).toMatch(/unknown preset "youtub"; the catalogue has .*youtube-nocookie/);
  });
});

function fakeIo(files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    readFile: async (p) => {
      if (p in files) return files[p] as string;
      throw new Error('ENOENT: no such file');
    },
    writeFile: async () => undefined,
    stdout: (s) => void out.push(s),
    stderr: (s) => void err.push(s),
    today: () => '2026-12-06',
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

describe('akkoord banner-config on a hand-written consent.json', () => {
  const source = JSON.stringify({
    revision: 3,
    categories: [
      { id: 'necessary', required: true, title: 'Noodzakelijk' },
      { id: 'marketing', title: 'Marketing', services: [{ preset: 'vimeo' }] },
    ],
    texts: { de: { banner: { title: 'Eigener Titel' } } },
  });

  it('expands the presets and adds the German texts under the site’s own', async () => {
    const f = fakeIo({ 'consent.src.json': source });
    expect(await main(['banner-config', 'consent.src.json', '--languages', 'de'], f.io)).toBe(0);
    const out = JSON.parse(f.out()) as {
      categories: { services?: { name: string }[] }[];
      texts: Record<string, { banner: Record<string, string> }>;
    };
    expect(out.categories[1]!.services![0]!.name).toBe('Vimeo');
    expect(out.texts['de']!.banner['title']).toBe('Eigener Titel');
    expect(out.texts['de']!.banner['privacy']).toBeTruthy();
  });

  it('stops on an unknown preset (exit 1) and on an unknown language (exit 2)', async () => {
    const bad = fakeIo({ 'c.json': source.replace('"vimeo"', '"vimeoo"') });
    expect(await main(['banner-config', 'c.json'], bad.io)).toBe(1);
    expect(bad.err()).toContain('c.json: categories[1].services[0].preset: unknown preset "vimeoo"');
    const lang = fakeIo({ 'c.json': source });
    expect(await main(['banner-config', 'c.json', '--languages', 'de,es'], lang.io)).toBe(2);
    expect(lang.err()).toContain('--languages takes a comma-separated list of nl, en, de, fr (got "de,es")');
  });
});
