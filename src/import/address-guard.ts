// Which IP addresses a fetched link may reach. Pure: an address in, a reason to refuse (or null) out.
// The fetcher asks this about every address it is about to connect to, so a host name that resolves to an
// internal address (DNS rebinding included) is refused the same way as a literal one.

import { isIPv4, isIPv6 } from 'node:net';

interface Range {
  /** Network address as bytes (4 for IPv4, 16 for IPv6). */
  bytes: number[];
  prefix: number;
  why: string;
}

function v4(cidr: string, why: string): Range {
  const [addr, prefix] = cidr.split('/');
  return { bytes: parseIPv4(addr!)!, prefix: Number(prefix), why };
}

function v6(cidr: string, why: string): Range {
  const [addr, prefix] = cidr.split('/');
  return { bytes: parseIPv6(addr!)!, prefix: Number(prefix), why };
}

const IPV4_FORBIDDEN: Range[] = [
  v4('0.0.0.0/8', 'the unspecified address'),
  v4('10.0.0.0/8', 'a private address'),
  v4('100.64.0.0/10', 'a carrier-grade NAT address'),
  v4('127.0.0.0/8', 'a loopback address'),
  // 169.254.169.254 (the cloud metadata service) is in here.
  v4('169.254.0.0/16', 'a link-local address'),
  v4('172.16.0.0/12', 'a private address'),
  v4('192.0.0.0/24', 'a reserved address'),
  v4('192.0.2.0/24', 'a documentation address'),
  v4('192.168.0.0/16', 'a private address'),
  v4('198.18.0.0/15', 'a benchmarking address'),
  v4('198.51.100.0/24', 'a documentation address'),
  v4('203.0.113.0/24', 'a documentation address'),
  v4('224.0.0.0/4', 'a multicast address'),
  v4('240.0.0.0/4', 'a reserved address'),
];

const IPV6_FORBIDDEN: Range[] = [
  v6('::/128', 'the unspecified address'),
  v6('::1/128', 'a loopback address'),
  // IPv4-compatible (deprecated) addresses: nothing public lives there.
  v6('::/96', 'an IPv4-compatible address'),
  v6('100::/64', 'a discard address'),
  v6('2001:db8::/32', 'a documentation address'),
  // Unique local addresses; the AWS metadata service's IPv6 address (fd00:ec2::254) is one of them.
  v6('fc00::/7', 'a private (unique local) address'),
  v6('fe80::/10', 'a link-local address'),
  v6('fec0::/10', 'a site-local address'),
  v6('ff00::/8', 'a multicast address'),
];

export function parseIPv4(text: string): number[] | null {
  if (!isIPv4(text)) return null;
  return text.split('.').map(Number);
}

export function parseIPv6(text: string): number[] | null {
  const addr = text.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (!isIPv6(addr)) return null;
  // A trailing dotted quad ("::ffff:127.0.0.1") is two groups.
  let groups = addr;
  const quad = addr.match(/(\d+\.\d+\.\d+\.\d+)$/);
  if (quad) {
    const b = parseIPv4(quad[1]!)!;
    groups =
      addr.slice(0, -quad[1]!.length) +
      `${((b[0]! << 8) | b[1]!).toString(16)}:${((b[2]! << 8) | b[3]!).toString(16)}`;
  }
  const [head, tail] = groups.includes('::') ? groups.split('::') : [groups, null];
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const all = tail === null ? left : [...left, ...Array(8 - left.length - right.length).fill('0'), ...right];
  return all.flatMap((g) => {
    const n = parseInt(g, 16);
    return [n >> 8, n & 0xff];
  });
}

function inRange(bytes: number[], range: Range): boolean {
  for (let bit = 0; bit < range.prefix; bit++) {
    const i = bit >> 3;
    const mask = 0x80 >> (bit & 7);
    if ((bytes[i]! & mask) !== (range.bytes[i]! & mask)) return false;
  }
  return true;
}

function isPrefix(bytes: number[], prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** The IPv4 address an IPv6 address carries and would reach: IPv4-mapped, NAT64, 6to4. */
function embeddedIPv4(bytes: number[]): number[] | null {
  if (isPrefix(bytes, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff])) return bytes.slice(12);
  if (isPrefix(bytes, [0, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0])) return bytes.slice(12);
  if (isPrefix(bytes, [0x20, 0x02])) return bytes.slice(2, 6);
  return null;
}

/** Why a connection to `address` (an IPv4 or IPv6 literal) is refused, or null when it is a public address. */
export function forbiddenReason(address: string): string | null {
  const four = parseIPv4(address);
  if (four) return IPV4_FORBIDDEN.find((r) => inRange(four, r))?.why ?? null;
  const six = parseIPv6(address);
  if (!six) return 'not an IP address';
  const inner = embeddedIPv4(six);
  if (inner) {
    const why = IPV4_FORBIDDEN.find((r) => inRange(inner, r))?.why;
    return why ? `${why} (inside an IPv6 address)` : null;
  }
  return IPV6_FORBIDDEN.find((r) => inRange(six, r))?.why ?? null;
}

export function isPublicAddress(address: string): boolean {
  return forbiddenReason(address) === null;
}
