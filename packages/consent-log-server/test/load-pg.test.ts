/**
 * `pg` is an optional peer dependency (issue 14): a collector on SQLite never loads it, and a
 * postgres:// URL without it installed gets one line that says what to install.
 */
import { describe, expect, it } from 'vitest';
import { loadPg } from '../src/load-pg.js';

const notFound = (message: string, code = 'ERR_MODULE_NOT_FOUND') => Object.assign(new Error(message), { code });

describe('loadPg', () => {
  it('hands over the installed driver with its Pool', async () => {
    const pg = await loadPg();
    expect(typeof pg.Pool).toBe('function');
  });

  it('says what to install when pg is missing, from ESM and from CommonJS', async () => {
    for (const error of [
      notFound("Cannot find package 'pg' imported from /app/node_modules/@akkoord/consent-log-server/dist/load-pg.js"),
      notFound("Cannot find module 'pg'\nRequire stack:\n- /app/index.cjs", 'MODULE_NOT_FOUND'),
    ]) {
      await expect(loadPg(() => Promise.reject(error))).rejects.toThrow(
        /^--db: a postgres:\/\/ URL needs the PostgreSQL driver "pg", which is not installed; install it beside @akkoord\/consent-log-server \(npm install pg\)/,
      );
    }
  });

  it('keeps the original error when something inside pg is missing or broken', async () => {
    const inner = notFound("Cannot find package 'pg-pool' imported from /app/node_modules/pg/lib/index.js");
    await expect(loadPg(() => Promise.reject(inner))).rejects.toBe(inner);
    const broken = new SyntaxError('Unexpected token');
    await expect(loadPg(() => Promise.reject(broken))).rejects.toBe(broken);
  });

  it('reads a module without a default export as the driver itself', async () => {
    const fake = { Pool: class {} };
    expect(await loadPg(() => Promise.resolve(fake))).toBe(fake);
  });
});
