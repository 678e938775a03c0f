import type { CliCommand } from './cli-command.js';
import { emit, loadDeclarations } from './cli-load-declarations.js';
import { choice } from './cli-values.js';
import { register } from './render-register.js';

/** `akkoord register <file> [--format md|csv|json] [--lang nl|en] [--out <file>] [--force]`: the Art. 30 register. */
export const registerCommand: CliCommand = {
  options: {
    lang: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    force: { type: 'boolean' },
    today: { type: 'string' },
  },
  async run([file], values, io) {
    const format = choice(values, 'format', ['md', 'csv', 'json'] as const, 'md');
    const lang = choice(values, 'lang', ['nl', 'en'] as const, 'nl');
    const loaded = await loadDeclarations(file, values, io, lang);
    if (!loaded) return 1;
    await emit(register(loaded.d, { format, lang }), values, io);
    return 0;
  },
};
