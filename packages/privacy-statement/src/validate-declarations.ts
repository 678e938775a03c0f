import { resolvePresets } from './catalogue-declarations.js';
import { formatPath, type Finding } from './finding.js';
import { createTranslate } from './i18n.js';
import type { Locator } from './locate.js';
import type { ParsedDeclarations } from './parse-declarations.js';
import type { Hit, Rule, RuleContext } from './rules/rule.js';
import { validRest } from './rules/valid-rest.js';
import { defaultRules } from './rules/validator-rules.js';
import { schemaCheck } from './schema-check.js';
import type { Declarations, Lang } from './types.js';

/** Options of {@link validateDeclarations}. */
export interface ValidateOptions {
  /** Language of the messages. @default "en" */
  lang?: Lang;
  /** Today as `YYYY-MM-DD`, for the "not reviewed for 12 months" rule. Omit to skip that rule. */
  today?: string;
  /** The rules to run, in order. @default defaultRules */
  rules?: readonly Rule[];
  /** File name for messages when passing plain data. @default "declarations" */
  file?: string;
}

/**
 * Of a rule's findings on the valid part of a file, those it also makes on the file as written.
 * A finding that disappears once the refused values are back ("no legal basis" where the file
 * says "toestemming", "'host' is not declared" where the host entry misses a field) follows from
 * a schema error and would report that one mistake twice. Rules trust their input's shape, so on
 * the raw file a rule may throw: then its findings are all kept.
 */
function onlyWhatTheFileHas(rule: Rule, hits: Hit[], raw: RuleContext): Hit[] {
  const key = (h: Hit) => `${formatPath(h.path)}|${h.key ?? 'message'}`;
  let seen: Set<string>;
  try {
    seen = new Set(rule.check(raw).map(key));
  } catch {
    return hits;
  }
  return hits.filter((h) => seen.has(key(h)));
}

const isParsed = (x: unknown): x is ParsedDeclarations => !!x && typeof x === 'object' && 'locate' in x && 'findings' in x;

/**
 * Validates declarations: syntax findings first, then the JSON Schema, then every rule, all on
 * the declarations with their catalogue presets resolved. A file
 * with schema errors is still checked by the rules, on the part the schema accepts (see
 * `validRest`), so one mistake does not hide the others; a rule finding that only exists because
 * a wrong value was set aside ("no legal basis" beside "toestemming is not a valid value") is
 * left out, as the schema error already covers it. Never throws: a rule that fails reports itself
 * as a warning instead of taking the run down.
 */
export function validateDeclarations(input: ParsedDeclarations | Declarations, options: ValidateOptions = {}): Finding[] {
  const lang = options.lang ?? 'en';
  const t = createTranslate(lang);
  const parsed = isParsed(input) ? input : undefined;
  const file = parsed?.file ?? options.file ?? 'declarations';
  const locate: Locator = parsed?.locate ?? (() => ({ line: 0, column: 0 }));
  if (parsed && (parsed.findings.length || parsed.data === undefined)) return parsed.findings;
  // Presets are resolved first: the schema and the rules judge the recipients and cookies the
  // statement will show. Added cookies sit after the file's own, so the file's paths stay valid.
  const d = resolvePresets((parsed ? parsed.data : input) as Declarations);
  const schemaFindings = schemaCheck(d, file, locate, t);
  const rest = schemaFindings.length ? validRest(d) : undefined;
  const ctx = (data: Declarations): RuleContext => ({ d: data, lang, ...(options.today ? { today: options.today } : {}) });
  const out: Finding[] = [...schemaFindings];
  for (const rule of options.rules ?? defaultRules) {
    let hits: Hit[];
    try {
      hits = rule.check(ctx(rest ? rest.d : d));
    } catch (e) {
      out.push({
        rule: rule.id,
        severity: 'warning',
        path: '',
        message: t('validator:crashed', { error: String(e) }),
        file,
        line: 0,
        column: 0,
      });
      continue;
    }
    if (rest)
      hits = onlyWhatTheFileHas(
        rule,
        hits.map((h) => ({ ...h, path: rest.toFilePath(h.path) })),
        ctx(d),
      );
    for (const h of hits) {
      const pos = locate(h.path);
      out.push({
        rule: rule.id,
        severity: h.severity ?? rule.severity,
        path: formatPath(h.path),
        message: t(`validator:rules.${rule.id}.${h.key ?? 'message'}`, h.params ?? {}),
        why: t(`validator:rules.${rule.id}.why`),
        file,
        line: pos.line,
        column: pos.column,
      });
    }
  }
  return out;
}
