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
    case 'dependencies': {
      // Two fields that only mean something together (an authority's name and website): say
      // which one to add. Mutual when the missing field in turn needs the present one.
      const field = String(p['property']);
      const missing = String(p['missingProperty']);
      const deps = (e.parentSchema as { dependencies?: Record<string, unknown> } | undefined)?.dependencies?.[missing];
      const mutual = Array.isArray(deps) && deps.includes(field);
      return { path, message: t(`validator:schema.${mutual ? 'dependency' : 'dependsOn'}`, { field, missing, desc }) };
    }
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
 * The `anyOf` branches a value was clearly written for: those where a `dependencies` check failed,
 * which only happens once the value is an object of that branch (`complaintAuthority: { name: … }`
 * without `url` is not an attempt at `ap` or `none`). Their errors are worth more than the one
 * generic `anyOf` message. Each as the value's place and the branch's schema path (`…/anyOf/<n>`):
 * list items share schema paths, so the place tells one item's branch from another's.
 */
function chosenBranches(errors: ErrorObject[]): { at: string; branch: string }[] {
  return errors.flatMap((e) => {
    const branch = e.keyword === 'dependencies' ? /^(.*\/anyOf\/\d+)\/dependencies$/.exec(e.schemaPath)?.[1] : undefined;
    return branch === undefined ? [] : [{ at: e.instancePath, branch }];
  });
}

/**
 * Checks the data against the JSON Schema. Each error names the path, the line and what would be
 * valid. When an `anyOf` fails, only one message is given for it (the branches' errors would
 * contradict each other), using the field's description; except when the value was clearly meant
 * for one branch (see {@link chosenBranches}): then that branch's own errors are given instead.
 */
export function schemaCheck(data: unknown, file: string, locate: Locator, t: Translate): Finding[] {
  const validate = validator();
  if (validate(data)) return [];
  const errors = validate.errors ?? [];
  const within = (path: string, at: string) => path === at || path.startsWith(`${at}/`);
  const chosen = chosenBranches(errors);
  // A failed anyOf whose value was meant for one branch: that branch speaks instead of it.
  const replaced = errors.filter(
    (e) => e.keyword === 'anyOf' && chosen.some((c) => c.at === e.instancePath && c.branch.startsWith(`${e.schemaPath}/`)),
  );
  const anyOfPaths = errors.filter((e) => e.keyword === 'anyOf' && !replaced.includes(e)).map((e) => e.instancePath);
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const e of errors) {
    // A failed `if`/`then` ("must match then schema") comes with the `required` error that says
    // which field is missing; that one is the message.
    if (replaced.includes(e) || e.keyword === 'if') continue;
    // The other branches of a replaced anyOf ("must be ap or none" beside "add url").
    const otherBranch = replaced.some(
      (r) =>
        within(e.instancePath, r.instancePath) &&
        e.schemaPath.startsWith(`${r.schemaPath}/`) &&
        !chosen.some((c) => e.schemaPath.startsWith(`${c.branch}/`)),
    );
    const insideAnyOf = e.keyword !== 'anyOf' && anyOfPaths.some((a) => within(e.instancePath, a)) && e.schemaPath.includes('anyOf');
    if (otherBranch || insideAnyOf) continue;
    const { path, message } = e.keyword === 'anyOf' ? explainAnyOf(e, t) : explain(e, t);
    const key = `${formatPath(path)}|${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const pos = locate(path);
    out.push({ rule: 'SCHEMA', severity: 'error', path: formatPath(path), message, file, line: pos.line, column: pos.column });
  }
  return out;
}
