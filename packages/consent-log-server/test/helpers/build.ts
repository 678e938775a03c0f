import { join, resolve } from 'node:path';
import { buildCollector } from '../../../../test/helpers/build-collector.mjs';

const ROOT = resolve(import.meta.dirname, '../../../..');

/**
 * Compiles consent-log and consent-log-server to plain JS under .tmp/: lets tests spawn the real
 * CLI without depending on `npm run build` or on other packages building. Returns the cli.js path.
 */
export function buildCli(name: string): string {
  return join(buildCollector(join(ROOT, '.tmp', `consent-log-${name}-${process.pid}`)), 'consent-log-server/src/cli.js');
}
