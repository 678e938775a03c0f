import { bannerConfig } from './banner-config.js';
import type { CliIo } from './cli-io.js';
import { formatFinding, hasErrors, type Finding } from './finding.js';
import { generateStatement, type StatementFormat } from './generate-statement.js';
import { createTranslate } from './i18n.js';
import { initTemplate } from './init-template.js';
import { parseDeclarations, type ParsedDeclarations } from './parse-declarations.js';
import { register, type RegisterFormat } from './render-register.js';
import type { Declarations, Lang } from './types.js';
import { validateDeclarations } from './validate-declarations.js';

type Flags = Record<string, string | true>;

/** Thrown for a bad option value; becomes exit code 2 with the message. */
class UsageError extends Error {}

/** A flag's value, checked against the valid ones. */
function choice<T extends string>(flags: Flags, name: string, valid: readonly T[], fallback: T): T {
  const v = flags[name];
  if (v === undefined) return fallback;
  if (typeof v === 'string' && (valid as readonly string[]).includes(v)) return v as T;
  throw new UsageError(`--${name} must be one of: ${valid.join(', ')}${typeof v === 'string' ? ` (got "${v}")` : ''}.`);
}

const stringFlag = (flags: Flags, name: string): string | undefined => {
  const v = flags[name];
  if (v === true) throw new UsageError(`--${name} needs a value.`);
  return v;
};

/** Reads, parses and validates a file; prints findings to stderr. Returns data, or undefined when blocked. */
async function load(file: string | undefined, flags: Flags, io: CliIo, lang: Lang): Promise<{ d: Declarations; findings: Finding[] } | undefined> {
  if (!file) throw new UsageError('missing <file>: the declarations file (YAML or JSON) to read.');
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (e) {
    io.stderr(`${file}: cannot read the file (${(e as Error).message}).\n`);
    return undefined;
  }
  const parsed: ParsedDeclarations = parseDeclarations(text, file);
  const findings = validateDeclarations(parsed, { lang, today: stringFlag(flags, 'today') ?? io.today() });
  for (const f of findings) io.stderr(`${formatFinding(f)}\n`);
  if (!parsed.data) return undefined;
  if (hasErrors(findings) && flags['force'] !== true) {
    io.stderr(`${file}: not generated because of the errors above (use --force to generate anyway).\n`);
    return undefined;
  }
  return { d: parsed.data, findings };
}

async function check(file: string | undefined, flags: Flags, io: CliIo): Promise<number> {
  if (!file) throw new UsageError('missing <file>: the declarations file (YAML or JSON) to check.');
  const lang = choice(flags, 'lang', ['nl', 'en'] as const, 'en');
  const format = choice(flags, 'format', ['text', 'json'] as const, 'text');
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (e) {
    io.stderr(`${file}: cannot read the file (${(e as Error).message}).\n`);
    return 1;
  }
  const findings = validateDeclarations(parseDeclarations(text, file), { lang, today: stringFlag(flags, 'today') ?? io.today() });
  if (format === 'json') io.stdout(`${JSON.stringify({ file, ok: !hasErrors(findings), findings }, null, 2)}\n`);
  else {
    for (const f of findings) io.stdout(`${formatFinding(f)}\n`);
    const n = (s: string) => findings.filter((f) => f.severity === s).length;
    io.stdout(`${createTranslate(lang)('validator:summary', { file, errors: n('error'), warnings: n('warning'), hints: n('info') })}\n`);
  }
  return hasErrors(findings) ? 1 : 0;
}

const EXT: Record<StatementFormat, string> = { md: 'md', html: 'html', page: 'page.html' };

async function statement(file: string | undefined, flags: Flags, io: CliIo): Promise<number> {
  const langs = choice(flags, 'lang', ['nl', 'en', 'all'] as const, 'all');
  const formats = choice(flags, 'format', ['md', 'html', 'page', 'all'] as const, 'all');
  const out = stringFlag(flags, 'out');
  const formatList: StatementFormat[] = formats === 'all' ? ['md', 'html', 'page'] : [formats];
  if (!out && (langs === 'all' || formatList.length > 1)) throw new UsageError('--out <dir> is needed when writing more than one language or format.');
  const loaded = await load(file, flags, io, langs === 'all' ? 'en' : langs);
  if (!loaded) return 1;
  // "all" means every language the statement is published in (meta.languages).
  const langList: Lang[] = langs === 'all' ? (loaded.d.meta?.languages?.length ? loaded.d.meta.languages : ['nl', 'en']) : [langs];
  for (const lang of langList) {
    for (const format of formatList) {
      const text = generateStatement(loaded.d, { lang, format });
      if (!out) io.stdout(text);
      else {
        const path = `${out.replace(/\/+$/, '')}/privacy-statement.${lang}.${EXT[format]}`;
        await io.writeFile(path, text);
        io.stderr(`wrote ${path}\n`);
      }
    }
  }
  return 0;
}


async function emit(text: string, flags: Flags, io: CliIo): Promise<void> {
  const out = stringFlag(flags, 'out');
  if (out) {
    await io.writeFile(out, text);
    io.stderr(`wrote ${out}\n`);
  } else io.stdout(text);
}

/** What the CLI uses of @akkoord/scanner (declared here: the generator does not depend on it). */
interface ScannerModule {
  runScanCommand(args: readonly string[], flags: Flags, io: CliIo): Promise<number>;
}

/**
 * `akkoord scan`: loads @akkoord/scanner when it is installed. The name is not a literal so
 * neither TypeScript nor a bundler makes the generator depend on the scanner (and its browser
 * driver); the scanner depends on the generator, never the other way round.
 */
async function scan(args: string[], flags: Flags, io: CliIo): Promise<number> {
  const name = '@akkoord/scanner';
  let scanner: ScannerModule;
  try {
    scanner = (await import(name)) as ScannerModule;
  } catch (e) {
    const error = e as { code?: string; message?: string };
    if (error.code !== 'ERR_MODULE_NOT_FOUND') throw e;
    io.stderr(
      String(error.message).includes(`'${name}'`)
        ? `akkoord scan: the scanner is a separate package. Install it beside this one: npm install --save-dev ${name}\n`
        : `akkoord scan: the scanner is installed but could not load: ${String(error.message).split('\n')[0]}\n`,
    );
    return 2;
  }
  return scanner.runScanCommand(args, flags, io);
}

/** Runs one command (after main() checked the command name and flags). */
export async function runCommand(command: string, args: string[], flags: Flags, io: CliIo): Promise<number> {
  try {
    switch (command) {
      case 'init':
        io.stdout(initTemplate(choice(flags, 'lang', ['nl', 'en'] as const, 'nl')));
        return 0;
      case 'check':
        return await check(args[0], flags, io);
      case 'statement':
        return await statement(args[0], flags, io);
      case 'register': {
        const format = choice(flags, 'format', ['md', 'csv', 'json'] as const, 'md');
        const lang = choice(flags, 'lang', ['nl', 'en'] as const, 'nl');
        const loaded = await load(args[0], flags, io, lang);
        if (!loaded) return 1;
        await emit(register(loaded.d, { format: format as RegisterFormat, lang }), flags, io);
        return 0;
      }
      case 'scan':
        return await scan(args, flags, io);
      case 'banner-config': {
        const loaded = await load(args[0], flags, io, 'en');
        if (!loaded) return 1;
        const url = stringFlag(flags, 'statement-url');
        await emit(`${JSON.stringify(bannerConfig(loaded.d, url ? { statementUrl: url } : {}), null, 2)}\n`, flags, io);
        return 0;
      }
      default:
        throw new UsageError(`unknown command "${command}".`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`akkoord ${command}: ${e.message} See akkoord --help.\n`);
      return 2;
    }
    throw e;
  }
}
