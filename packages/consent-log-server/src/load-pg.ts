import type pg from 'pg';

/**
 * Loads the PostgreSQL driver `pg` when a `postgres://` URL is opened, and only then: it is an
 * optional peer dependency, so a collector on SQLite (the default) never needs it installed.
 * A missing driver becomes one line that says what to install; any other load failure (a broken
 * install, a missing package inside pg) keeps its own error. `load` is replaceable for the tests.
 */
export async function loadPg(load: () => Promise<unknown> = () => import('pg')): Promise<typeof pg> {
  let mod: { default?: typeof pg };
  try {
    mod = (await load()) as { default?: typeof pg };
  } catch (e) {
    const error = e as { code?: string; message?: string };
    const missing =
      (error.code === 'ERR_MODULE_NOT_FOUND' || error.code === 'MODULE_NOT_FOUND') && /['"]pg['"]/.test(String(error.message));
    if (!missing) throw e;
    throw new Error(
      '--db: a postgres:// URL needs the PostgreSQL driver "pg", which is not installed; install it beside @akkoord/consent-log-server (npm install pg) or give a SQLite file path',
      { cause: e },
    );
  }
  // pg is CommonJS: its ESM wrapper and a CJS bundle both hand over the module as `default`.
  return mod.default ?? (mod as typeof pg);
}
