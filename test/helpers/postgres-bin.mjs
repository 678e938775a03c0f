// Where PostgreSQL's binaries are, for the tests' and the bench's throwaway clusters: one
// definition, so the bench does not pin a version the tests would not.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Where Debian's `postgresql-<major>` packages put their binaries, one folder per major version. */
export const DEBIAN_PG = '/usr/lib/postgresql';

/**
 * The binaries folder to use: `AKKOORD_PG_BIN` when set, otherwise the newest major version that
 * has an initdb under /usr/lib/postgresql/<major>/bin, so whichever PostgreSQL the distribution
 * ships works, as .ci/run's check for any `<major>/bin/initdb` there assumes. Null when none is.
 */
export function postgresBin(env = process.env, root = DEBIAN_PG) {
  if (env['AKKOORD_PG_BIN']) return env['AKKOORD_PG_BIN'];
  let majors = [];
  try {
    majors = readdirSync(root).filter((v) => /^\d+(\.\d+)?$/.test(v) && existsSync(join(root, v, 'bin', 'initdb')));
  } catch {
    // No /usr/lib/postgresql at all: the caller reports the missing binaries.
  }
  majors.sort((x, y) => Number.parseFloat(y) - Number.parseFloat(x));
  return majors[0] === undefined ? null : join(root, majors[0], 'bin');
}
