import { browserEnv } from './browser-env.js';
import { clearCookies } from './clear-cookies.js';
import { ConfigError, formatConfigErrors } from './config-error.js';
import { EVENT_PREFIX } from './constants.js';
import { cookieAttributes, decodeDecision, encodeDecision, isCurrent } from './decision-cookie.js';
import { createEmitter } from './emitter.js';
import type { Env } from './env.js';
import { grantables, isGranted } from './is-granted.js';
import type { AkkoordConfig, ChangeDetail, Choice, ConsentDecision, ConsentManager, DecisionAction } from './types.js';
import { validateConfig } from './validate-config.js';

/**
 * Creates the headless consent manager: reads the stored decision, answers `has()`, stores new
 * decisions, deletes refused services' cookies, and emits `change` (also `akkoord:change` on
 * `document`) with what was granted and withdrawn.
 *
 * The consent id is made at the first decision and kept across later changes, also when a stale
 * decision (old revision, expired) is renewed, so the consent log can link one visitor's history;
 * `reset()` forgets it. Every change carries the action that describes it (`ChangeDetail.action`).
 *
 * A service allowed in place (`allow()`) is a grant of that service only: it never grants its
 * category, and before any answer the decision is `pending`, so the banner still asks. The
 * visitor's answer (`save()` and the methods built on it) replaces every grant, also those.
 *
 * @param config a config object (validated again here; defaults applied)
 * @param env the outside world; defaults to {@link browserEnv}
 * @throws ConfigError when the config is invalid. Catch it and grant nothing, or use {@link safeConsent}.
 */
export function createConsent(config: AkkoordConfig, env: Env = browserEnv()): ConsentManager {
  const { config: cfg, errors } = validateConfig(config);
  if (!cfg) throw new ConfigError(errors);
  const cats = cfg.categories;
  const optional = cats.filter((c) => !c.required).map((c) => c.id);
  const cookieName = cfg.cookie!.name!;
  const emitter = createEmitter();
  const stored = decodeDecision(env.cookies.get(cookieName));
  let current = stored && isCurrent(stored, cfg, env.now()) ? stored : null;
  let consentId = stored?.id;
  // An answer given before, now expired or of an older revision: the next answer renews it.
  let renewing = !current && stored && !stored.pending;
  let isReady = false;
  const gpc = env.gpc() && cfg.gpc!.enabled !== false;

  const fire = (event: string, detail?: ChangeDetail) => {
    emitter.emit(event, detail);
    try {
      env.doc?.dispatchEvent(new CustomEvent(EVENT_PREFIX + event, { detail }));
    } catch {
      // No CustomEvent outside a browser; listeners above were already called.
    }
  };

  /**
   * Stores `next` (or forgets, with `null`) and reports the change. `action` is the caller's; when
   * absent, a grant taken back makes it `withdraw` (the question the log must answer is "when
   * did this visitor withdraw?"), else a renewed stale answer `renewal`, else `next.action` stays.
   */
  const commit = (next: ConsentDecision | null, action?: DecisionAction, id = next?.id) => {
    const previous = current;
    const attrs = cookieAttributes(cfg, env);
    current = next;
    const all = grantables(cfg);
    const withdrawn = all.filter((w) => isGranted(cfg, previous, w) && !manager.has(w));
    if (next) {
      next.action = action || (withdrawn.length ? 'withdraw' : renewing ? 'renewal' : next.action);
      env.cookies.set(cookieName, encodeDecision(next), attrs);
    } else {
      env.cookies.remove(cookieName, attrs);
      env.cookies.remove(cookieName, { path: attrs.path });
    }
    clearCookies(cfg, manager.has, env);
    fire('change', {
      decision: next,
      previous,
      withdrawn,
      granted: all.filter((w) => !isGranted(cfg, previous, w) && manager.has(w)),
      action: next?.action || 'reset',
      id,
    });
    if (withdrawn.length > 0 && cfg.reloadOnWithdraw) env.location.reload();
  };

  /**
   * Stores a choice. `embed` (from allow()): a service list is kept even when it names every
   * service of its category, because the visitor allowed that embed, not the category (nor its
   * Consent Mode types, nor a service added to it later); and without an earlier answer the
   * decision stays pending, so the banner still asks.
   */
  const save = (choice: Choice, action?: DecisionAction, embed?: boolean): ConsentDecision => {
    const categories: string[] = [];
    const services: Record<string, string[]> = {};
    for (const c of cats) {
      const pick = choice.services?.[c.id];
      const all = c.services!.map((s) => s.id);
      const chosen = pick ? all.filter((s) => pick.includes(s)) : all;
      // A category with services but none of them chosen is not granted either.
      if (!c.required && (!choice.categories.includes(c.id) || (all.length > 0 && chosen.length == 0))) continue;
      if (!c.required && (chosen.length < all.length || (embed && pick))) services[c.id] = chosen;
      categories.push(c.id);
    }
    const optionalGranted = categories.filter((c) => optional.includes(c)).length;
    const limited = Object.keys(services).length > 0;
    const decision: ConsentDecision = {
      id: (consentId ||= env.randomId()),
      revision: String(cfg.revision),
      categories,
      services,
      time: env.now(),
      action: optionalGranted == 0 ? 'reject-all' : optionalGranted == optional.length && !limited ? 'accept-all' : 'custom',
    };
    if (embed && (!current || current.pending)) decision.pending = true;
    commit(decision, action);
    // Only an answer renews; a service allowed in place leaves the question open.
    renewing &&= !!embed;
    return decision;
  };

  const manager: ConsentManager = {
    config: cfg,
    gpc,
    gpcRefused: gpc ? cats.filter((c) => c.gpc).map((c) => c.id) : [],
    get: () => current,
    has: (what) => isGranted(cfg, current, what),
    needsDecision: () => !current || !!current.pending,
    // The visitor's explicit click, so under GPC it grants the GPC-refused categories too. The
    // action is derived, so that taking a grant back or renewing is logged as such.
    acceptAll: () => save({ categories: optional }),
    rejectAll: () => save({ categories: [] }),
    accept: (categories) => save({ categories }),
    save,
    allow(what) {
      const [c, s] = what.split(':') as [string, string?];
      if (!grantables(cfg).includes(what)) throw Error(`Akkoord: allow("${what}"): no such category or service.`);
      if (current && manager.has(what)) return current;
      const services = { ...current?.services };
      if (s) services[c] = [...(services[c] || []), s];
      else delete services[c];
      return save({ categories: [...(current?.categories || []), c], services }, 'embed', true);
    },
    reset() {
      const id = consentId;
      consentId = undefined;
      renewing = false;
      commit(null, undefined, id);
    },
    on(event, fn) {
      if (event == 'ready' && isReady) (fn as () => void)();
      else emitter.on(event, fn);
    },
    off: emitter.off,
    ready() {
      if (!isReady) {
        isReady = true;
        fire('ready');
      }
    },
  };
  if (gpc && !current && cfg.gpc!.autoDecide) save({ categories: [] }, 'gpc');
  // Also on each page view with a decision: scripts that ran before a withdrawal may have set
  // their cookies again, and cookies of other paths only become visible on their own pages.
  else if (current) clearCookies(cfg, manager.has, env);
  return manager;
}

/**
 * Like {@link createConsent}, but for the script tag: an invalid config is logged to the console
 * (field paths and what is valid) and `null` is returned instead of throwing, so the host page
 * keeps working and, with no manager, no gated script or embed ever runs (fail closed).
 * @param source where the config came from, named in the message (`consent.json`, `inline`)
 */
export function safeConsent(config: unknown, source?: string, env?: Env): ConsentManager | null {
  try {
    return createConsent(config as AkkoordConfig, env);
  } catch (e) {
    console.error(e instanceof ConfigError ? formatConfigErrors(e.errors, source) : e);
    return null;
  }
}
