export const SITE_HOST: string;
export const TRACKER_HOST: string;
export const HOST_RULES: string;
export const PLAIN_PAGES: number;
export const HOME_LINKS: string[];
export interface ScanFixture {
  port: number;
  /** A URL on the fixture, on the bakery's host unless another is given. */
  url(path: string, host?: string): string;
  close(): Promise<void>;
}
export function startScanFixture(): Promise<ScanFixture>;
