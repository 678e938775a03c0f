/**
 * The search behind "add from the catalogue": which recipient presets match what the marketer
 * typed. A marketer may search by the service (YouTube), the company (Google), the kind of
 * service (statistics) or what it does (chat), in either language, with or without accents.
 */
import type { ServicePreset } from './generator.js';
import { RECIPIENT_PRESETS } from './preset-recipient.js';

/** Lower case without accents, so "Plausible" finds "plausible" and "stati" finds "Statistieken". */
const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/**
 * The presets matching `query`, best first: every word of the query must occur in the entry's id,
 * name, provider, category (as `categoryLabel` words it) or description. Entries whose name starts
 * with the query come first; the rest keep the catalogue's order. An empty query lists them all.
 */
export function searchPresets(
  query: string,
  categoryLabel: (category: ServicePreset['category']) => string,
  lang: 'nl' | 'en',
  presets: readonly ServicePreset[] = RECIPIENT_PRESETS,
): ServicePreset[] {
  const q = fold(query.trim());
  if (!q) return [...presets];
  const words = q.split(/\s+/);
  const hits = presets.filter((p) => {
    const hay = fold([p.id, p.name, p.provider?.name ?? '', categoryLabel(p.category), p.description[lang]].join(' '));
    return words.every((w) => hay.includes(w));
  });
  const first = hits.filter((p) => fold(p.name).startsWith(q));
  return [...first, ...hits.filter((p) => !first.includes(p))];
}
