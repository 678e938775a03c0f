import type { AkkoordConfig, ConsentDecision } from './types.js';

/**
 * Whether `what` (`category` or `category:service`) is granted by `decision`. The required
 * category is always granted, even before any decision; everything else needs an explicit grant
 * (nothing is pre-ticked). A granted category without a service list grants all its services.
 *
 * A bare `category` counts only when the category is granted as a whole: allowing one embed in
 * place (`marketing:youtube`) must not run every script tagged `data-consent="marketing"`, nor
 * grant the category's Consent Mode types.
 */
export function isGranted(config: AkkoordConfig, decision: ConsentDecision | null, what: string): boolean {
  const [cat, svc] = what.split(':');
  if (config.categories.some((c) => c.required && c.id == cat)) return true;
  const list = decision?.services[cat!];
  return !!decision?.categories.includes(cat!) && (svc ? !list || list.includes(svc) : !list);
}

/** Every `category` and `category:service` entry the config offers; the universe for change diffs. */
export function grantables(config: AkkoordConfig): string[] {
  return config.categories.flatMap((c) => [c.id, ...(c.services || []).map((s) => `${c.id}:${s.id}`)]);
}
