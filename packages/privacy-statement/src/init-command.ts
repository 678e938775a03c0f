import type { CliCommand } from './cli-command.js';
import { choice } from './cli-values.js';
import { initTemplate } from './init-template.js';

/** `akkoord init [--lang nl|en]`: prints a commented starter declarations file. */
export const initCommand: CliCommand = {
  options: { lang: { type: 'string' } },
  async run(_args, values, io) {
    io.stdout(initTemplate(choice(values, 'lang', ['nl', 'en'] as const, 'nl')));
    return 0;
  },
};
