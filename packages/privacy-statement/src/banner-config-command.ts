import { formatConfigErrors, validateConfig, type AkkoordConfig, type BannerLayout, type BannerPosition } from '@akkoord/core';
import { bannerConfig, bannerLanguageTexts } from './banner-config.js';
import { BANNER_LANGS } from './banner-languages.js';
import { expandConfigPresets } from './catalogue-config.js';
import type { CliCommand, CliValues } from './cli-command.js';
import type { CliIo } from './cli-io.js';
import { emit, loadDeclarations, readOrReport } from './cli-load-declarations.js';
import { UsageError } from './cli-usage-error.js';
import { stringValue } from './cli-values.js';
import type { BannerLang } from './types.js';

/** `--languages de,fr` → `['de', 'fr']`, each checked. */
function languagesOption(values: CliValues): BannerLang[] | undefined {
  const v = stringValue(values, 'languages');
  if (v === undefined) return undefined;
  const list = v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const wrong = list.filter((l) => !(BANNER_LANGS as readonly string[]).includes(l));
  if (!list.length || wrong.length) {
    throw new UsageError(`--languages takes a comma-separated list of ${BANNER_LANGS.join(', ')} (got "${v}").`);
  }
  return [...new Set(list)] as BannerLang[];
}

const LAYOUTS = ['box', 'bar'] as const;
const POSITIONS = ['bottom', 'bottom-left', 'bottom-right', 'middle'] as const;

/** `--layout bar --position bottom` → the banner's `layout` and `position`, each checked as the banner checks them. */
function lookOptions(values: CliValues): Pick<AkkoordConfig, 'layout' | 'position'> {
  const layout = stringValue(values, 'layout');
  const position = stringValue(values, 'position');
  if (layout !== undefined && !(LAYOUTS as readonly string[]).includes(layout))
    throw new UsageError(`--layout takes ${LAYOUTS.join(' or ')} (got "${layout}").`);
  if (position !== undefined && !(POSITIONS as readonly string[]).includes(position))
    throw new UsageError(`--position takes ${POSITIONS.join(', ')} (got "${position}").`);
  if (layout === 'bar' && position && position !== 'bottom')
    throw new UsageError(`--layout bar sits at the bottom; --position ${position} needs --layout box.`);
  return { ...(layout ? { layout: layout as BannerLayout } : {}), ...(position ? { position: position as BannerPosition } : {}) };
}

/** A consent.json rather than declarations: only a banner config has `categories` at the top. */
function asConsentConfig(text: string): Record<string, unknown> | undefined {
  try {
    const data: unknown = JSON.parse(text);
    return data && typeof data === 'object' && !Array.isArray(data) && 'categories' in data ? (data as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A hand-written consent.json: presets expanded, texts added for `languages` (the site's own
 * `texts` win over the shipped ones), then checked as the banner checks it.
 */
async function fromConsentConfig(file: string, config: Record<string, unknown>, languages: BannerLang[], values: CliValues, io: CliIo) {
  const { config: expanded, issues } = expandConfigPresets(config, languages);
  for (const i of issues) io.stderr(`${file}: ${i.path}: ${i.message}\n`);
  const out: Record<string, unknown> = { ...(expanded as Record<string, unknown>), ...lookOptions(values) };
  const added = bannerLanguageTexts(languages).texts;
  if (added) {
    const own = (out.texts && typeof out.texts === 'object' ? out.texts : {}) as Record<string, unknown>;
    const merged: Record<string, unknown> = { ...own };
    for (const [lang, texts] of Object.entries(added)) merged[lang] = deepMerge(texts, own[lang]);
    out.texts = merged;
  }
  const { errors } = validateConfig(JSON.parse(JSON.stringify(out)));
  if (errors.length) io.stderr(`${formatConfigErrors(errors, file)}\n`);
  if ((issues.length || errors.length) && values['force'] !== true) {
    io.stderr(`${file}: not generated because of the errors above (use --force to generate anyway).\n`);
    return 1;
  }
  await emit(`${JSON.stringify(out, null, 2)}\n`, values, io);
  return 0;
}

/** `over` laid over a copy of `base`, object by object: a site overrides single strings. */
function deepMerge(base: unknown, over: unknown): unknown {
  const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
  if (!isObj(base) || !isObj(over)) return over === undefined ? base : over;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = deepMerge(base[k], v);
  return out;
}

/**
 * `akkoord banner-config <file> [--statement-url <url>] [--languages nl,en,de,fr] [--layout box|bar]
 *   [--position bottom|bottom-left|bottom-right|middle] [--out <file>] [--force]`:
 * the banner's consent.json from the declarations, or a hand-written consent.json with its
 * presets expanded and the de/fr texts added.
 */
export const bannerConfigCommand: CliCommand = {
  options: {
    'statement-url': { type: 'string' },
    languages: { type: 'string' },
    layout: { type: 'string' },
    position: { type: 'string' },
    out: { type: 'string' },
    force: { type: 'boolean' },
    today: { type: 'string' },
  },
  async run([file], values, io) {
    const languages = languagesOption(values);
    const look = lookOptions(values);
    if (file) {
      const text = await readOrReport(file, io);
      if (text === undefined) return 1;
      const config = asConsentConfig(text);
      if (config) return fromConsentConfig(file, config, languages ?? [], values, io);
    }
    const loaded = await loadDeclarations(file, values, io, 'en');
    if (!loaded) return 1;
    const url = stringValue(values, 'statement-url');
    const options = { ...(url ? { statementUrl: url } : {}), ...(languages ? { languages } : {}), ...look };
    await emit(`${JSON.stringify(bannerConfig(loaded.d, options), null, 2)}\n`, values, io);
    return 0;
  },
};
