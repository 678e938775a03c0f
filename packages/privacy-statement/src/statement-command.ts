import type { CliCommand } from './cli-command.js';
import { loadDeclarations } from './cli-load-declarations.js';
import { UsageError } from './cli-usage-error.js';
import { choice, stringValue } from './cli-values.js';
import { hasErrors } from './finding.js';
import { generateStatement, type StatementFormat } from './generate-statement.js';
import type { Lang } from './types.js';
import { validateDeclarations } from './validate-declarations.js';

/** File name ending per format under `--out`. */
const EXT: Record<StatementFormat, string> = { md: 'md', html: 'html', page: 'page.html' };

/**
 * `akkoord statement <file> --lang nl|en|all --format md|html|page|all [--out <dir>] [--force]`:
 * one text to stdout, or every language × format as `privacy-statement.<lang>.<ext>` in `--out`.
 * A statement forced through despite errors is marked as a draft naming them, in its own language.
 */
export const statementCommand: CliCommand = {
  options: {
    lang: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    force: { type: 'boolean' },
    today: { type: 'string' },
  },
  async run([file], values, io) {
    const langs = choice(values, 'lang', ['nl', 'en', 'all'] as const, 'all');
    const formats = choice(values, 'format', ['md', 'html', 'page', 'all'] as const, 'all');
    const out = stringValue(values, 'out');
    const formatList: StatementFormat[] = formats === 'all' ? ['md', 'html', 'page'] : [formats];
    if (!out && (langs === 'all' || formatList.length > 1))
      throw new UsageError('--out <dir> is needed when writing more than one language or format.');
    const loaded = await loadDeclarations(file, values, io, langs === 'all' ? 'en' : langs);
    if (!loaded) return 1;
    // "all" means every language the statement is published in (meta.languages).
    const langList: Lang[] = langs === 'all' ? (loaded.d.meta?.languages?.length ? loaded.d.meta.languages : ['nl', 'en']) : [langs];
    const forced = hasErrors(loaded.findings);
    const today = stringValue(values, 'today') ?? io.today();
    for (const lang of langList) {
      // The draft notice names the open errors in the statement's language, so check again in it.
      const openErrors = forced ? validateDeclarations(loaded.d, { lang, today, file }).filter((f) => f.severity === 'error') : [];
      for (const format of formatList) {
        const text = generateStatement(loaded.d, { lang, format, openErrors });
        if (!out) io.stdout(text);
        else {
          const path = `${out.replace(/\/+$/, '')}/privacy-statement.${lang}.${EXT[format]}`;
          await io.writeFile(path, text);
          io.stderr(`wrote ${path}\n`);
        }
      }
    }
    return 0;
  },
};
