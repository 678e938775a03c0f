/**
 * Findings in the marketer's words. The validator writes for a YAML file: it names schema keys
 * (`legalName`, `(consentWithdrawal)`, `meta.address: informal`), purposes by their id
 * (`“purpose-2”`), and what a schema error expects by the schema's description ("Expected:
 * Headcount"). The studio shows the same findings beside a form, so it names what the form shows:
 * the field's label, the purpose's name, the country's name, the choice as the form offers it.
 *
 * Two steps. Before a message is written, {@link forMarketers} adapts what each rule reports: the
 * values put into the message (an id becomes the item's name, a key the field's label) and, where
 * the rule names the field it is about, the place, so the finding sits beside that field. After,
 * {@link plainMessage} rewrites what the message text itself names: schema errors get the studio's
 * own sentence, and the schema keys in a rule's sentence become the labels. The validator's texts
 * stay the validator's (validator.json), and what cannot be mapped is left as written.
 */
import { countryName } from './countries.js';
import { splitDuration } from './duration.js';
import { FIELD_LABELS, itemLabel, labelOf, placeOf } from './field-labels.js';
import { FIELD_PATTERNS, parsePath, patternOf } from './field-path.js';
import type { Declarations, Finding, Rule } from './generator.js';
import type { T, UiLang } from './i18n.js';
import { listText } from './list-text.js';
import { isUnknownField, schemaNode } from './schema-fields.js';
import { getIn, type Path, type PathSegment } from './set-in.js';

/** A rule's hit (the generator's `Hit`), as the wrapper sees it. */
type Hit = ReturnType<Rule['check']>[number];

/**
 * Hits a rule reports on the whole file that have a field of their own in the form, by
 * `rule.key`: "the file does not say whether there is a DPO" is answered by the DPO question.
 */
const WHOLE_FILE_PLACES: Readonly<Record<string, Path>> = {
  'V17.missing': ['dpo'],
};

/** Lists whose items have an id, and so a name in the form. */
const ID_LISTS = ['purposes', 'recipients', 'dataSubjects', 'dataCategories', 'roles.processorFor'] as const;

/** Interface-text prefix of the form's choices for an enum field, by pattern. */
const CHOICES: Readonly<Record<string, string>> = {
  'purposes[].legalBasis': 'basisName.',
  'purposes[].art9Condition': 'art9.',
  'recipients[].role': 'role.',
  'recipients[].transfer.mechanism': 'mechanism.',
  'recipients[].transfer.fallback': 'mechanism.',
  'cookies[].category': 'cookieCat.',
  'cookies[].exemption': 'exemptionKind.',
  'meta.address': 'addressForm.',
  'meta.languages': 'lang.',
  'meta.bannerLanguages': 'lang.',
  'meta.bannerPlacement': 'bannerPlacement.',
};

const quote = (s: string) => `“${s}”`;
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The form's words for one value of an enum field (`sccs` → "Modelcontractbepalingen (SCC's)"), or `undefined`. */
function choiceLabel(pattern: string, value: string, t: T): string | undefined {
  if (pattern === 'dpo' && value === 'none') return t('field.dpoNone');
  if (pattern === 'purposes[].recipients' && value === '[]') return t('field.noRecipients').replace(/\.$/, '');
  const prefix = CHOICES[pattern];
  if (!prefix) return undefined;
  const key = `${prefix}${value}`;
  const text = t(key);
  return text === key ? undefined : text;
}

/** The name the form gives the item with this id (in any list with ids), or `undefined` when no item has it. */
function nameOfId(d: Declarations, id: string, t: T, lang: UiLang, prefer?: Path): string | undefined {
  // The item the hit is about first: two lists may use the same id.
  if (prefer) {
    for (let n = prefer.length; n > 0; n--) {
      const seg = prefer[n - 1];
      if (typeof seg !== 'number') continue;
      const item = getIn(d, prefer.slice(0, n)) as { id?: unknown } | undefined;
      if (item?.id === id) return itemLabel(patternOf(prefer.slice(0, n - 1)), item, seg + 1, t, lang);
    }
  }
  for (const list of ID_LISTS) {
    const items = getIn(d, parsePath(list));
    if (!Array.isArray(items)) continue;
    const i = items.findIndex((x) => (x as { id?: unknown } | null)?.id === id);
    if (i >= 0) return itemLabel(list, items[i], i + 1, t, lang);
  }
  return undefined;
}

/** An ISO duration the way the form's duration picker says it (`P3M` → "3 maanden"); as written when it is not a simple one. */
function durationWords(value: string, t: T): string {
  const s = splitDuration(value);
  if (!s || s.unit === 'session') return s ? t('unit.session') : value;
  return `${s.amount} ${t(`unit.${s.unit}`)}`;
}

/** The values a rule puts into its message, in the form's words. */
function plainParams(ruleId: string, h: Hit, d: Declarations, t: T, lang: UiLang): Record<string, string | number> | undefined {
  if (!h.params) return undefined;
  const out: Record<string, string | number> = {};
  const at = patternOf(h.path);
  for (const [k, v] of Object.entries(h.params)) {
    out[k] = v;
    if (typeof v !== 'string') continue;
    if (k === 'field') {
      const label = labelOf(`${at}.${v}`, t);
      if (label && FIELD_LABELS[`${at}.${v}`]) out[k] = quote(label);
    } else if (k === 'list') {
      if (FIELD_LABELS[v]) out[k] = quote(t(FIELD_LABELS[v] as string));
    } else if (k === 'valid' && v !== '—') {
      out[k] = listText(
        v.split(', ').map((id) => quote(nameOfId(d, id, t, lang) ?? id)),
        lang,
      );
    } else if (k === 'countries') {
      out[k] = listText(
        v.split(', ').map((c) => countryName(c, lang)),
        lang,
      );
    } else if (k === 'names') {
      out[k] = listText(v.split(', '), lang);
    } else if (k === 'lang') {
      out[k] = t(`lang.${v}`);
    } else if (k === 'time') {
      out[k] = durationWords(v, t);
    } else if (k === 'category' && ruleId === 'V23') {
      out[k] = choiceLabel('cookies[].category', v, t) ?? v;
    } else if ((k === 'purpose' || k === 'name' || k === 'category') && ruleId !== 'REF') {
      // Ids become names; a duplicate or unknown id (REF) is about the code itself, so it stays.
      out[k] = nameOfId(d, v, t, lang, h.path) ?? choiceLabel('purposes[].legalBasis', v, t) ?? v;
    }
  }
  return out;
}

/**
 * Where the finding of a hit belongs in the form: a whole-file hit with a question of its own goes
 * there; a hit on a group that names one of the group's fields (by its `field` value, or by a
 * message variant named after the field: V11 `channel`, V13 `optOut`) goes to that field.
 */
function plainPath(ruleId: string, h: Hit): PathSegment[] {
  if (!h.path.length) return [...(WHOLE_FILE_PLACES[`${ruleId}.${h.key ?? 'message'}`] ?? [])];
  const at = patternOf(h.path);
  const field = typeof h.params?.['field'] === 'string' ? h.params['field'] : h.key;
  if (field && FIELD_PATTERNS.has(`${at}.${field}`)) return [...h.path, field];
  return [...h.path];
}

/** Wraps a validator rule so that what it reports is placed and worded for the form (see the file comment). */
export function forMarketers(rule: Rule, t: T, lang: UiLang): Rule {
  return {
    ...rule,
    check: (ctx) =>
      rule.check(ctx).map((h) => {
        const params = plainParams(rule.id, h, ctx.d, t, lang);
        return { ...h, path: plainPath(rule.id, h), ...(params ? { params } : {}) };
      }),
  };
}

/** The nearest pattern the form has a label for that a key in a message means, seen from the finding's place. */
function resolveKey(key: string, context: string): string | undefined {
  if (key.includes('.')) return FIELD_LABELS[key] ? key : undefined;
  const patterns = Object.keys(FIELD_LABELS);
  // The place itself and its ancestors: `(country)` on `recipients[0]` is `recipients[].country`.
  for (let p = context; ;) {
    if (p === key || p.endsWith(`.${key}`)) return p;
    const child = p ? `${p}.${key}` : key;
    if (FIELD_LABELS[child]) return child;
    // Below the item the finding is about: `ipAnonymised` on `cookies[0]` is in its privacyFriendly group.
    if (p.endsWith('[]')) {
      const below = patterns.filter((x) => x.startsWith(`${p}.`) && x.endsWith(`.${key}`));
      if (below.length === 1) return below[0];
    }
    const up = p.replace(/(\.[^.[\]]+|\[\])$/, '');
    if (up === p) break;
    p = up;
  }
  const anywhere = patterns.filter((x) => x === key || x.endsWith(`.${key}`));
  return anywhere.length === 1 ? anywhere[0] : undefined;
}

/**
 * The schema keys a rule's sentence names, replaced by the form's labels: `meta.address:
 * informal` → “How the Dutch statement addresses the reader”: “Informal”, `(consentWithdrawal)` →
 * (“How can people withdraw their consent?”). Only keys the form has a label for are replaced;
 * plain words in parentheses only when they are such a key.
 */
export function replaceKeys(text: string, context: string, t: T): string {
  const label = (key: string) => {
    const p = resolveKey(key, context);
    return p ? { p, text: quote(t(FIELD_LABELS[p] as string)) } : undefined;
  };
  // A label that already holds quotation marks ("Informal: “je”") is not quoted again.
  const choice = (p: string | undefined, value: string) => {
    const v = p ? choiceLabel(p, value, t) : undefined;
    return v === undefined ? undefined : v.includes('“') ? v : quote(v);
  };
  const anyChoice = (value: string) => {
    for (const p of Object.keys(CHOICES)) {
      const v = choice(p, value);
      if (v) return v;
    }
    return undefined;
  };
  // One pass, so a label put in is never read again as a key (an English label may say "(controller)").
  return text.replace(
    KEYS,
    (m, yamlKey?: string, yamlValue?: string, parenKey?: string, parenValue?: string, key?: string, paren?: string, code?: string) => {
      if (yamlKey !== undefined) {
        // `key: value`, only with a value the form offers as a choice, so prose ("Valid: …") is never touched.
        const l = label(yamlKey);
        const v = l && choice(l.p, yamlValue as string);
        return l && v ? `${l.text}: ${v}` : m;
      }
      if (parenKey !== undefined) {
        // `(exemption analytics-low-impact, …)`: a key and a code value at the start of a parenthesis.
        const l = label(parenKey);
        const v = l && choice(l.p, parenValue as string);
        return l && v ? `(${l.text}: ${v}` : m;
      }
      if (key !== undefined) return label(key)?.text ?? m;
      if (paren !== undefined) {
        const l = label(paren);
        return l ? `(${l.text}` : m;
      }
      return (code !== undefined && anyChoice(code)) || m;
    },
  );
}

/**
 * What {@link replaceKeys} looks for, in order of preference at one place: `key: value` (a YAML
 * line the message suggests); `(key value` (a key and its value in a parenthesis); a dotted path
 * or camelCase key, also when the message quoted it; a parenthesis that opens with a plain key
 * (`(service)`); an enum value written as a code (`analytics-low-impact`).
 */
const KEYS =
  /“?\b([a-z][A-Za-z0-9]*(?:\.[a-z][A-Za-z0-9]*)*)”?: (\[\]|[a-z][a-z-]*\b)|\(([a-z]+) ([a-z]+(?:-[a-z]+)+)\b|“?\b([a-z][a-z0-9]*(?:[A-Z][A-Za-z0-9]*|(?:\.[a-z][A-Za-z0-9]*)+))\b”?|\(([a-z]+)\b(?![.:])|\b([a-z]+(?:-[a-z]+)+)\b/g;

/** What a value must be, by the schema node's type: the key of the studio's sentence. */
function typeKey(type: string | undefined): string {
  return type === 'integer' || type === 'number' || type === 'boolean' || type === 'array' || type === 'object' ? type : 'string';
}

/**
 * The studio's sentence for a schema error, naming the field by its label. The validator's text
 * explains the schema (its keywords and descriptions); here the form already shows what the field
 * is, so the sentence says what to change.
 */
function schemaMessage(f: Finding, d: Declarations, t: T, lang: UiLang): string {
  const segs = parsePath(f.path);
  const last = segs.at(-1);
  if (isUnknownField(f.path)) return t('finding.schema.unknown', { field: String(last ?? f.path) });
  const pattern = patternOf(segs);
  const field = quote(placeOf(f.path, d, t, lang).field ?? labelOf(pattern, t) ?? String(last ?? ''));
  const value = getIn(d, segs);
  // A required field: the message quotes its key, and the object does not have it.
  const missing = [...f.message.matchAll(/“([^”]+)”/g)]
    .map((m) => m[1] as string)
    .find((k) => value && typeof value === 'object' && !(k in value));
  if (missing !== undefined) {
    const l = labelOf(`${pattern}.${missing}`, t);
    return t('finding.schema.required', { field: quote(FIELD_LABELS[`${pattern}.${missing}`] && l ? l : missing) });
  }
  const node = schemaNode(pattern) ?? schemaNode(pattern.replace(/\.(nl|en)$/, ''));
  if (!node) return t('finding.schema.invalid', { field });
  if (node.enum) return t('finding.schema.choice', { field, value: String(value) });
  const jsType = Array.isArray(value) ? 'array' : typeof value === 'number' && Number.isInteger(value) ? 'integer' : typeof value;
  const wanted = node.type;
  const fits = !wanted || wanted === jsType || (wanted === 'number' && jsType === 'integer');
  if (!fits) return t(`finding.schema.type.${typeKey(wanted)}`, { field });
  if (typeof value === 'string' && node.pattern && !new RegExp(node.pattern, 'u').test(value)) {
    const hintKey = `finding.schema.hint.${node.title ?? ''}`;
    const hint = t(hintKey);
    return t('finding.schema.form', { field }) + (hint === hintKey ? '' : ` ${hint}`);
  }
  if (typeof value === 'number' && node.minimum !== undefined && value < node.minimum)
    return t('finding.schema.minimum', { field, min: node.minimum });
  if (typeof value === 'number' && node.maximum !== undefined && value > node.maximum)
    return t('finding.schema.maximum', { field, max: node.maximum });
  // Texts in two languages and everything else: the validator's own sentence (it names YAML
  // mistakes such as a comma inside `{ nl: …, en: … }`), with keys replaced.
  return replaceKeys(f.message, pattern, t);
}

/** A finding's message in the form's words, starting with a capital (the CLI prints it after a prefix; here it stands alone). */
export function plainMessage(f: Finding, d: Declarations, t: T, lang: UiLang): string {
  const context = patternOf(parsePath(f.path));
  const text = f.rule === 'SCHEMA' ? schemaMessage(f, d, t, lang) : f.rule === 'SYNTAX' ? f.message : replaceKeys(f.message, context, t);
  return capitalise(text);
}

/** The finding with its message and reason in the form's words. */
export function plainFinding(f: Finding, d: Declarations, t: T, lang: UiLang): Finding {
  const context = patternOf(parsePath(f.path));
  return { ...f, message: plainMessage(f, d, t, lang), ...(f.why ? { why: replaceKeys(f.why, context, t) } : {}) };
}
