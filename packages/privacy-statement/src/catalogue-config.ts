import type { LocalizedText } from '@akkoord/core';
import { extraDuration, isExtraBannerLang } from './banner-languages.js';
import { presetIds, servicePreset, type ServicePreset } from './catalogue.js';
import { createContext } from './context.js';
import type { Declarations } from './types.js';

/**
 * `services: [{ "preset": "youtube" }]` in a hand-written consent.json, expanded at build time by
 * `akkoord banner-config consent.src.json`: the preset becomes a full service (id, name,
 * description, privacy link, cookies with durations), and any other field written beside
 * `preset` replaces the catalogue's (`{ "preset": "youtube", "id": "video" }`). akkoord.js never
 * sees a preset, so the catalogue costs the banner no bytes.
 */

/** A problem in the config, by its JSON path (`categories[1].services[0].preset`). */
export interface ConfigPresetIssue {
  path: string;
  message: string;
}

/** What {@link expandConfigPresets} returns. */
export interface ExpandedConfig {
  /** The config with every known preset expanded; unknown ones are left as written. */
  config: unknown;
  issues: ConfigPresetIssue[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);

/** Durations in each language: nl and en as the statement words them, de and fr from their locale files. */
function durationIn(languages: readonly string[]): (iso: string) => LocalizedText {
  const nlen = Object.fromEntries((['nl', 'en'] as const).map((l) => [l, createContext({} as Declarations, l)]));
  const langs = [...new Set(['nl', 'en', ...languages.filter(isExtraBannerLang)])];
  return (iso) => Object.fromEntries(langs.map((l) => [l, isExtraBannerLang(l) ? extraDuration(l, iso) : (nlen[l]?.dur(iso) ?? iso)]));
}

/** The banner service a preset stands for. */
function presetService(p: ServicePreset, duration: (iso: string) => LocalizedText): Obj {
  return {
    id: p.id,
    name: p.name,
    description: { ...p.description },
    ...(p.privacyUrl ? { privacyUrl: p.privacyUrl } : {}),
    cookies: p.cookies.map((k) => ({
      name: k.name,
      ...(k.duration ? { duration: duration(k.duration) } : {}),
      description: { ...k.purpose },
    })),
  };
}

/**
 * Expands the catalogue presets in a consent.json's services. Never changes `input`.
 * @param languages banner languages to word cookie durations in besides nl and en (`de`, `fr`)
 * @example expandConfigPresets({ revision: 1, categories: [{ id: 'marketing', title: 'Marketing', services: [{ preset: 'youtube' }] }] })
 */
export function expandConfigPresets(input: unknown, languages: readonly string[] = []): ExpandedConfig {
  const issues: ConfigPresetIssue[] = [];
  if (!isObj(input) || !Array.isArray(input.categories)) return { config: input, issues };
  const duration = durationIn(languages);
  const categories = input.categories.map((cat, i) => {
    if (!isObj(cat) || !Array.isArray(cat.services)) return cat;
    const services = cat.services.map((svc, j) => {
      if (!isObj(svc) || !('preset' in svc)) return svc;
      const path = `categories[${i}].services[${j}].preset`;
      const { preset, ...own } = svc;
      const p = typeof preset === 'string' ? servicePreset(preset) : undefined;
      if (!p) {
        issues.push({
          path,
          message: `${typeof preset === 'string' ? `unknown preset "${preset}"` : 'expected a preset name'}; the catalogue has ${presetIds().join(', ')}`,
        });
        return svc;
      }
      return { ...presetService(p, duration), ...own };
    });
    return { ...cat, services };
  });
  return { config: { ...input, categories }, issues };
}
