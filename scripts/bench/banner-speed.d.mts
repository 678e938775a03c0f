import type { Browser } from 'playwright-core';
import type { TestServer } from '../../test/helpers/test-server.mjs';

/** Which banner a probe loads: Akkoord, vanilla-cookieconsent 3.1, or (load pages only) none. */
export type Kind = 'akkoord' | 'peer';

/** The Chromium flag that keeps V8's source positions from the start (see banner-speed.mjs). */
export declare const EAGER_POSITIONS_ARGS: string[];
/** Chromium flags of every speed probe: EAGER_POSITIONS_ARGS unless BENCH_LAZY_POSITIONS is set. */
export declare const BENCH_BROWSER_ARGS: string[];

/** CPU slow-down factor of every probe. */
export declare const CPU_THROTTLE: number;
/** The viewports of the load pages: a laptop and a phone. */
export declare const VIEWPORTS: { desktop: { width: number; height: number }; phone: { width: number; height: number } };

/** Median of a list of numbers. */
export declare function median(xs: number[]): number;

/** What one load of the hero page measured (see banner-speed.mjs). */
export interface LoadResult {
  lcp: number;
  /** The LCP element: tag, `#id`, and ` (banner)` when it sits in a banner. */
  element: string;
  /** Whether any LCP candidate was in a banner. */
  bannerCandidate: boolean;
  cls: number;
  /** Total blocking time of the long tasks so far (ms over 50 per task). */
  tbt: number;
}

/** What one click on "accept all" measured (see banner-speed.mjs). */
export interface ClickResult {
  inp: number;
  longest: number;
  /** The longest script task of the banner itself after the click (0: none in a frame over 50 ms). */
  longestBanner: number;
  shownInFirstFrame: boolean | undefined;
  ranBeforeFrame: number | undefined;
}

/** The probes, over one local server and one Chromium. */
export interface SpeedBench {
  browser: Browser;
  server: TestServer;
  timeInline(kind: Kind): Promise<number>;
  /** timeInline with the `ak:<step>` marks of an instrumented build: ms from the start, by step. */
  phasesInline(kind: Kind): Promise<{ interactive: number; marks: Record<string, number> }>;
  timeSrc(kind: Kind): Promise<number>;
  /** `tiny`: the control, a deferred script that only fetches a config and reads the cookie. */
  load(kind: Kind | 'none' | 'tiny', viewport?: { width: number; height: number }): Promise<LoadResult>;
  clickAccept(kind: Kind): Promise<ClickResult>;
  /** The hero page traced up to the main thread's paint of its first painted frame: script and compile time in that window, and the window (ms). */
  beforePaint(kind: Kind | 'none', viewport?: { width: number; height: number }): Promise<{ script: number; toPaint: number }>;
  close(): Promise<void>;
}

/** Starts the local server and Chromium for the probes. */
export declare function startSpeedBench(o?: { bundle?: string; cpu?: number }): Promise<SpeedBench>;

/** Runs `probe(kind)` `runs` times per kind, alternating, and returns the results per kind. */
export declare function alternate<K extends string, T>(runs: number, kinds: K[], probe: (kind: K) => Promise<T>): Promise<Record<K, T[]>>;
