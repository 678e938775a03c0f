import { bannerConfig } from './banner-config.js';
import type { CliCommand } from './cli-command.js';
import { emit, loadDeclarations } from './cli-load-declarations.js';
import { stringValue } from './cli-values.js';

/** `akkoord banner-config <file> [--statement-url <url>] [--out <file>] [--force]`: the banner's consent.json. */
export const bannerConfigCommand: CliCommand = {
  options: { 'statement-url': { type: 'string' }, out: { type: 'string' }, force: { type: 'boolean' }, today: { type: 'string' } },
  async run([file], values, io) {
    const loaded = await loadDeclarations(file, values, io, 'en');
    if (!loaded) return 1;
    const url = stringValue(values, 'statement-url');
    await emit(`${JSON.stringify(bannerConfig(loaded.d, url ? { statementUrl: url } : {}), null, 2)}\n`, values, io);
    return 0;
  },
};
