import { randomUUID } from 'node:crypto';
import type { ConsentRecord } from '@akkoord/consent-log';

/** The config a test banner "showed". */
export const SHOWN = { revision: '3', categories: [{ id: 'analytics', title: { nl: 'Statistieken', en: 'Statistics' } }] };

/** A valid wire record carrying its snapshot (the collector computes the hash). */
export function makeRecord(over: Partial<ConsentRecord> = {}): ConsentRecord {
  return {
    v: 1,
    id: randomUUID(),
    consentId: 'c0ffee00-0000-4000-8000-000000000001',
    site: 'www.example.nl',
    page: 'https://www.example.nl/contact',
    action: 'custom',
    choices: { necessary: true, analytics: false, 'analytics:matomo': false },
    revision: '3',
    language: 'nl',
    config: SHOWN,
    clientTime: Date.now(),
    ...over,
  };
}

/** POSTs a JSON body as the browser client does (text/plain). */
export async function postJson(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; json: any; headers: Headers }> {
  const res = await fetch(url, {
    method: 'POST',
    body: typeof body === 'string' ? body : JSON.stringify(body),
    headers: { 'content-type': 'text/plain;charset=UTF-8', ...headers },
  });
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return { status: res.status, json, headers: res.headers };
}
