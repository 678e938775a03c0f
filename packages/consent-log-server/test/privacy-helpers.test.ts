import { describe, expect, it } from 'vitest';
import { coarseUserAgent } from '../src/coarse-user-agent.js';
import { truncateIp } from '../src/truncate-ip.js';
import { RateLimiter } from '../src/rate-limiter.js';
import { tokenMatches } from '../src/token-matches.js';

describe('truncateIp', () => {
  it.each([
    ['203.0.113.77', '203.0.113.0'],
    ['::ffff:198.51.100.9', '198.51.100.0'],
    ['2001:db8:abcd:12:34::1', '2001:db8:abcd::'],
    ['2001:0db8:0000:0042::', '2001:db8:0::'],
    ['::1', '0:0:0::'],
    ['fe80::1ff:fe23:4567:890a', 'fe80:0:0::'],
  ])('%s → %s (IPv4 /24, IPv6 /48)', (ip, want) => {
    expect(truncateIp(ip)).toBe(want);
  });

  it('returns nothing for what is not an address', () => {
    expect(truncateIp('example.nl')).toBeUndefined();
    expect(truncateIp(undefined)).toBeUndefined();
  });
});

describe('coarseUserAgent', () => {
  it.each([
    [
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.86',
      'Edge 131 / Windows',
    ],
    [
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
      'Safari 17 / iOS',
    ],
    [
      'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
      'Chrome 131 / Android',
    ],
    ['curl/8.5.0', 'other / other'],
  ])('keeps only browser family, major version and OS family', (ua, want) => {
    expect(coarseUserAgent(ua)).toBe(want);
  });
});

describe('RateLimiter', () => {
  it('allows a burst, then refills at the configured rate', () => {
    const rl = new RateLimiter({ burst: 2, perSecond: 1 });
    expect([rl.take('a', 0), rl.take('a', 0), rl.take('a', 0)]).toEqual([0, 0, 1]);
    expect(rl.take('b', 0)).toBe(0); // per client
    expect(rl.take('a', 1000)).toBe(0);
    expect(rl.take('a', 1000)).toBe(1);
  });
});

describe('tokenMatches', () => {
  it('accepts only the exact bearer token', () => {
    expect(tokenMatches('Bearer s3cret-token-value', 's3cret-token-value')).toBe(true);
    expect(tokenMatches('bearer s3cret-token-value', 's3cret-token-value')).toBe(true);
    expect(tokenMatches('Bearer s3cret-token-valu', 's3cret-token-value')).toBe(false);
    expect(tokenMatches('s3cret-token-value', 's3cret-token-value')).toBe(false);
    expect(tokenMatches(undefined, 's3cret-token-value')).toBe(false);
    expect(tokenMatches('Bearer ', '')).toBe(false);
  });
});
