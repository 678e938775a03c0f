/** Compiles the collector from the current sources into `out` and returns `out` (see build-collector.mjs). */
export declare function buildCollector(out: string, options?: { lenient?: boolean }): string;
