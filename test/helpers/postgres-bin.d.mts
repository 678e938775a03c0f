/** Where Debian's `postgresql-<major>` packages put their binaries. */
export declare const DEBIAN_PG: string;
/** `AKKOORD_PG_BIN`, else the newest /usr/lib/postgresql/<major>/bin with an initdb; null when none. */
export declare function postgresBin(env?: Record<string, string | undefined>, root?: string): string | null;
