import type { Recipient } from '@akkoord/privacy-statement';
import { matchDeclaration } from './match-declaration.js';
import type { DeclaredMatcher } from './match-declaration.js';
import type { Category, DatabaseCategory, InventoryItem, ItemType, KnownItem } from './types.js';

/** Finds an item's Open Cookie Database entry by name (and cookie domain or storage host). */
export type LookupItem = (name: string, domain?: string) => KnownItem | undefined;

/** Finds a request host in the table of known tracker hosts. */
export type LookupHost = (host: string) => { platform: string; category: Category } | undefined;

/** Everything `classifyItem` needs besides the item: the lookups and the declarations. */
export interface ClassifyContext {
  lookupItem: LookupItem;
  lookupHost: LookupHost;
  categoryOf: (db: DatabaseCategory) => Category;
  matchers: readonly DeclaredMatcher[];
  /** Recipients of the declarations, to name the service a declared entry belongs to. */
  recipients: readonly Recipient[];
  /** Name of Akkoord's own decision cookie. */
  decisionCookie: string;
}

/** What is known about an item: its category, where that came from, and who is behind it. */
export interface Classification {
  category?: Category;
  categorySource?: 'declared' | 'database' | 'akkoord';
  known?: KnownItem;
  declared?: { index: number; name: string; category: Category };
  /** The service behind it, for messages: declared provider or service, database or host table. */
  platform?: string;
  /**
   * True when the item needs no consent: strictly necessary, or declared with `consent: false`
   * and an `exemption`. The exemption case counts because Telecommunicatiewet art. 11.7a lets
   * functional and low-impact analytics cookies go without consent, and the declarations are
   * where the site states that one applies; whether it really applies is the validator's concern.
   */
  exempt: boolean;
}

/** The host of a storage origin, which is what the database's domain column holds. */
function originHost(origin: string): string | undefined {
  try {
    return new URL(origin).hostname || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Classifies one item. The category comes from the first source that has one:
 * 1. the declarations entry that matches it (`declared`) — the site's own statement wins;
 * 2. Akkoord's decision cookie (`akkoord`), which is always necessary: it stores the choice itself;
 * 3. the Open Cookie Database (`database`), mapped through `categoryOf`;
 * 4. for a request, the tracker host table (also reported as `database`, being a lookup list).
 * Otherwise the category stays unknown: the scanner never guesses from a name.
 */
export function classifyItem(item: Pick<InventoryItem, 'type' | 'name' | 'domain'>, ctx: ClassifyContext): Classification {
  const { type, name, domain } = item;
  const out: Classification = { exempt: false };
  const match = matchDeclaration(ctx.matchers, type, name);
  const known = type === 'request' ? undefined : ctx.lookupItem(name, lookupDomain(type, domain));
  const host = type === 'request' ? ctx.lookupHost(domain) : undefined;
  if (known) out.known = known;
  if (match) {
    const { entry, index } = match;
    out.declared = { index, name: entry.name, category: entry.category };
    out.category = entry.category;
    out.categorySource = 'declared';
  } else if (type === 'cookie' && name === ctx.decisionCookie) {
    out.category = 'necessary';
    out.categorySource = 'akkoord';
  } else if (known) {
    out.category = ctx.categoryOf(known.category);
    out.categorySource = 'database';
  } else if (host) {
    out.category = host.category;
    out.categorySource = 'database';
  }
  const platform =
    declaredProvider(match, ctx.recipients) ||
    (out.categorySource === 'akkoord' ? 'Akkoord' : undefined) ||
    known?.platform ||
    host?.platform;
  if (platform) out.platform = platform;
  out.exempt = out.category === 'necessary' || (match?.entry.consent === false && !!match.entry.exemption);
  return out;
}

/** The domain to look a name up with: the cookie's domain, or the host of a storage origin. */
function lookupDomain(type: ItemType, domain: string): string | undefined {
  return type === 'cookie' ? domain : originHost(domain);
}

/**
 * Who the declarations say places an entry: its `provider`, else the name of its `service`. A
 * recipient's name may differ by language ({ nl, en }); the scanner's reports are in English, so
 * the English name is used, else the Dutch one.
 */
function declaredProvider(match: DeclaredMatcher | undefined, recipients: readonly Recipient[]): string | undefined {
  if (!match) return undefined;
  const { provider, service } = match.entry;
  if (provider) return provider;
  const name = service ? recipients.find((r) => r.id === service)?.name : undefined;
  return typeof name === 'string' ? name : (name?.en ?? name?.nl);
}
