import { isIPv4, isIPv6 } from 'node:net';

/**
 * The network part of an address: IPv4 to /24 (`203.0.113.0`), IPv6 to /48 (`2001:db8:1::`).
 * The full address is never returned; `undefined` when the input is not an IP address.
 */
export function truncateIp(address: string | undefined): string | undefined {
  if (!address) return undefined;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  const ip = mapped ? mapped[1] : address;
  if (isIPv4(ip)) return ip.split('.').slice(0, 3).join('.') + '.0';
  if (!isIPv6(ip)) return undefined;
  const [head, tail = ''] = ip.split('::');
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const groups = [...h, ...Array(8 - h.length - t.length).fill('0'), ...t];
  return (
    groups
      .slice(0, 3)
      .map((g) => parseInt(g || '0', 16).toString(16))
      .join(':') + '::'
  );
}
