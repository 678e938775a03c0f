import type { CliCommand } from './cli-command.js';
import { readOrReport } from './cli-load-declarations.js';
import { UsageError } from './cli-usage-error.js';
import { choice, stringValue } from './cli-values.js';
import { formatFinding, hasErrors } from './finding.js';
import { createTranslate } from './i18n.js';
import { parseDeclarations } from './parse-declarations.js';
import { validateDeclarations } from './validate-declarations.js';

/**
 * `akkoord check <file> [--format text|json] [--lang nl|en] [--today YYYY-MM-DD]`: prints the
 * findings (to stdout: they are the output here) and exits with 1 when any is an error.
 */
export const checkCommand: CliCommand = {
  options: { format: { type: 'string' }, lang: { type: 'string' }, today: { type: 'string' } },
  async run([file], values, io) {
    if (!file) throw new UsageError('missing <file>: the declarations file (YAML or JSON) to check.');
    const lang = choice(values, 'lang', ['nl', 'en'] as const, 'en');
    const format = choice(values, 'format', ['text', 'json'] as const, 'text');
    const text = await readOrReport(file, io);
    if (text === undefined) return 1;
    const findings = validateDeclarations(parseDeclarations(text, file), { lang, today: stringValue(values, 'today') ?? io.today() });
    if (format === 'json') io.stdout(`${JSON.stringify({ file, ok: !hasErrors(findings), findings }, null, 2)}\n`);
    else {
      for (const f of findings) io.stdout(`${formatFinding(f)}\n`);
      const n = (s: string) => findings.filter((f) => f.severity === s).length;
      io.stdout(`${createTranslate(lang)('validator:summary', { file, errors: n('error'), warnings: n('warning'), hints: n('info') })}\n`);
    }
    return hasErrors(findings) ? 1 : 0;
  },
};
