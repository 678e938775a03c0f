// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTransport } from '../src/index.js';
import { fetchTransport, sendBeacon } from '../src/transport.js';

const url = 'https://shop.example.nl/_a/v1/consents';
const body = '[{"v":1}]';

/** Replaces navigator.sendBeacon for one test. */
const stubBeacon = (impl: (url: string, body: string) => boolean) => {
  const fn = vi.fn(impl);
  Object.defineProperty(navigator, 'sendBeacon', { value: fn, configurable: true });
  return fn;
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe('fetch transport', () => {
  it('POSTs the body as a string with keepalive and no credentials, and resolves to the status', async () => {
    const fetchFn = vi.fn(() => Promise.resolve(new Response(null, { status: 204 })));
    const send = createTransport('fetch', fetchFn as unknown as typeof fetch);
    await expect(send(url, body)).resolves.toBe(204);
    expect(fetchFn).toHaveBeenCalledWith(url, { method: 'POST', body, keepalive: true, credentials: 'omit' });
  });

  it('resolves to the status of an error answer, and to 0 on a network error (never rejects)', async () => {
    const answers = [Promise.resolve(new Response('{}', { status: 503 })), Promise.reject(new TypeError('Failed to fetch'))];
    const send = fetchTransport((() => answers.shift()!) as unknown as typeof fetch);
    await expect(send(url, body)).resolves.toBe(503);
    await expect(send(url, body)).resolves.toBe(0);
  });
});

describe('beacon transport', () => {
  it('hands the body to sendBeacon and resolves to -1 when the browser queued it', async () => {
    const beacon = stubBeacon(() => true);
    await expect(createTransport('beacon')(url, body)).resolves.toBe(-1);
    expect(beacon).toHaveBeenCalledWith(url, body);
  });

  it('resolves to 0 when the browser refuses the beacon or sendBeacon throws', async () => {
    stubBeacon(() => false);
    await expect(createTransport('beacon')(url, body)).resolves.toBe(0);
    stubBeacon(() => {
      throw new TypeError('Invalid URL');
    });
    await expect(createTransport('beacon')(url, body)).resolves.toBe(0);
  });

  it('sendBeacon says whether the browser took the body and never throws', () => {
    stubBeacon(() => true);
    expect(sendBeacon(url, body)).toBe(true);
    stubBeacon(() => {
      throw new TypeError('Invalid URL');
    });
    expect(sendBeacon(url, body)).toBe(false);
  });
});
