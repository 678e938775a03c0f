import { formatPath, type Finding } from './finding.js';
import { createTranslate } from './i18n.js';
import type { Locator } from './locate.js';
import type { ParsedDeclarations } from './parse-declarations.js';
import type { Rule } from './rules/rule.js';
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

const isParsed = (x: unknown): x is ParsedDeclarations => !!x && typeof x === 'object' && 'locate' in x && 'findings' in x;

/**
 * Validates declarations: syntax findings first, then the JSON Schema, then every rule. Rules run
 * only on schema-valid data, so each can trust the shapes. Never throws: a rule that fails
 * reports itself as a warning instead of taking the run down.
 */
export function validateDeclarations(input: ParsedDeclarations | Declarations, options: ValidateOptions = {}): Finding[] {
  const lang = options.lang ?? 'en';
  const t = createTranslate(lang);
  const parsed = isParsed(input) ? input : undefined;
  const file = parsed?.file ?? options.file ?? 'declarations';
  const locate: Locator = parsed?.locate ?? (() => ({ line: 0, column: 0 }));
  if (parsed && (parsed.findings.length || parsed.data === undefined)) return parsed.findings;
  const d = (parsed ? parsed.data : input) as Declarations;
  const schemaFindings = schemaCheck(d, file, locate, t);
  if (schemaFindings.length) return schemaFindings;
  const out: Finding[] = [];
  for (const rule of options.rules ?? defaultRules) {
    let hits;
    try {
      hits = rule.check({ d, ...(options.today ? { today: options.today } : {}) });
    } catch (e) {
      out.push({ rule: rule.id, severity: 'warning', path: '', message: t('validator:crashed', { error: String(e) }), file, line: 0, column: 0 });
      continue;
    }
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
