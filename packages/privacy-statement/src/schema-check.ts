import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import schema from '../schema/declarations.schema.json' with { type: 'json' };
import type { Finding, PathSegment } from './finding.js';
import { formatPath } from './finding.js';
import type { Translate } from './i18n.js';
import type { Locator } from './locate.js';

let compiled: ValidateFunction | undefined;

/** The JSON Schema of a declarations file, as published in `schema/declarations.schema.json`. */
export const declarationsSchema: object = schema;

/** Compiles once per process: compiling costs far more than validating. */
function validator(): ValidateFunction {
  compiled ??= new Ajv({ allErrors: true, strict: false, verbose: true }).compile(schema);
  return compiled;
}

/** `/purposes/2/legalBasis` → `['purposes', 2, 'legalBasis']`. */
function pointerToPath(pointer: string): PathSegment[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** What would be valid, in words, for one schema error. */
function explain(e: ErrorObject, t: Translate): { path: PathSegment[]; message: string } {
  const path = pointerToPath(e.instancePath);
  const p = e.params as Record<string, unknown>;
  const desc = (e.parentSchema as { description?: string } | undefined)?.description ?? '';
  switch (e.keyword) {
    case 'required':
      return { path, message: t('validator:schema.required', { field: p['missingProperty'] }) };
    case 'additionalProperty':
    case 'additionalProperties': {
      const props = Object.keys((e.parentSchema as { properties?: object } | undefined)?.properties ?? {});
      return {
        path: [...path, String(p['additionalProperty'])],
        message: t('validator:schema.unknown', { field: p['additionalProperty'], valid: props.join(', ') }),
      };
    }
    case 'enum':
      return { path, message: t('validator:schema.enum', { valid: (p['allowedValues'] as unknown[]).map(String).join(', ') }) };
    case 'const':
      return { path, message: t('validator:schema.enum', { valid: String(p['allowedValue']) }) };
    case 'type':
      return { path, message: t('validator:schema.type', { type: String(p['type']), desc }) };
    case 'pattern':
      return { path, message: t('validator:schema.pattern', { desc }) };
    default:
      return { path, message: t('validator:schema.other', { problem: e.message ?? e.keyword, desc }) };
  }
}

/**
 * One message for a failed `anyOf`. For a text field given as an object with other keys than nl
 * and en, the usual cause is a comma inside `{ nl: …, en: … }` that YAML read as a new key: say so.
 */
function explainAnyOf(e: ErrorObject, t: Translate): { path: PathSegment[]; message: string } {
  const path = pointerToPath(e.instancePath);
  const desc = (e.parentSchema as { description?: string } | undefined)?.description ?? '';
  const data = e.data as unknown;
  const isText = Array.isArray(e.schema as unknown[] | undefined) && JSON.stringify(e.schema).includes('"nl"');
  if (isText && data && typeof data === 'object' && !Array.isArray(data)) {
    const keys = Object.keys(data).filter((k) => k !== 'nl' && k !== 'en');
    if (keys.length) return { path, message: t('validator:schema.textKeys', { keys: keys.map((k) => `“${k}”`).join(', ') }) };
  }
  return { path, message: t('validator:schema.anyOf', { desc }) };
}

/**
 * Checks the data against the JSON Schema. Each error names the path, the line and what would be
 * valid. When an `anyOf` fails, only one message is given for it (the branches' errors would
 * contradict each other), using the field's description.
 */
export function schemaCheck(data: unknown, file: string, locate: Locator, t: Translate): Finding[] {
  const validate = validator();
  if (validate(data)) return [];
  const errors = validate.errors ?? [];
  const anyOfPaths = errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath);
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const e of errors) {
    const insideAnyOf =
      e.keyword !== 'anyOf' &&
      anyOfPaths.some((a) => e.instancePath === a || e.instancePath.startsWith(`${a}/`)) &&
      e.schemaPath.includes('anyOf');
    if (insideAnyOf) continue;
    const { path, message } = e.keyword === 'anyOf' ? explainAnyOf(e, t) : explain(e, t);
    const key = `${formatPath(path)}|${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const pos = locate(path);
    out.push({ rule: 'SCHEMA', severity: 'error', path: formatPath(path), message, file, line: pos.line, column: pos.column });
  }
  return out;
}
