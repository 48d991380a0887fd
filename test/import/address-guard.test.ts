// The SSRF guard, pure: which addresses a link may reach, and the lookup that enforces it at connect time.

import type { LookupAddress } from 'node:dns';
import { describe, expect, it } from 'vitest';
import { forbiddenReason, isPublicAddress, parseIPv6 } from '../../src/import/address-guard.ts';
import { addressPolicy, guardedLookup, type Resolver } from '../../src/import/guarded-lookup.ts';
import { ImportError } from '../../src/import/types.ts';

describe('forbiddenReason', () => {
  it.each([
    '0.0.0.0',
    '127.0.0.1',
    '127.12.0.9',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.10',
    '169.254.169.254',
    '169.254.0.1',
    '100.64.0.1',
    '100.127.255.254',
    '224.0.0.1',
    '255.255.255.255',
    '::',
    '::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:169.254.169.254',
    '::ffff:10.0.0.1',
    '64:ff9b::7f00:1',
    '2002:7f00:1::1',
    'fc00::1',
    'fd00:ec2::254',
    'fe80::1',
    'fe80::1%eth0',
    'febf:ffff::1',
    'ff02::1',
    '2001:db8::1',
    '[::1]',
  ])('refuses %s', (address) => {
    expect(forbiddenReason(address)).not.toBeNull();
  });

  it.each([
    '93.184.216.34',
    '8.8.8.8',
    '172.15.255.255',
    '172.32.0.1',
    '100.63.255.255',
    '100.128.0.1',
    '169.253.1.1',
    '1.1.1.1',
    '2606:4700:4700::1111',
    '2a00:1450:4007:80f::200e',
    '::ffff:8.8.8.8',
    'fbff::1',
  ])('allows the public address %s', (address) => {
    expect(forbiddenReason(address)).toBeNull();
    expect(isPublicAddress(address)).toBe(true);
  });

  it('names the reason', () => {
    expect(forbiddenReason('169.254.169.254')).toMatch(/link-local/);
    expect(forbiddenReason('127.0.0.1')).toMatch(/loopback/);
    expect(forbiddenReason('::ffff:192.168.0.1')).toMatch(/private.*IPv6/);
  });

  it('refuses what is not an address at all', () => {
    expect(forbiddenReason('localhost')).not.toBeNull();
    expect(forbiddenReason('')).not.toBeNull();
  });

  it('parses IPv6 with an embedded dotted quad', () => {
    expect(parseIPv6('::ffff:1.2.3.4')).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 255, 255, 1, 2, 3, 4]);
    expect(parseIPv6('fe80::1')?.slice(0, 2)).toEqual([0xfe, 0x80]);
  });
});

/** A resolver that answers from a table, as a hostile DNS server would. */
function fakeDns(table: Record<string, string[]>): Resolver {
  return async (hostname) => {
    const found = table[hostname];
    if (!found) throw Object.assign(new Error(`ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    return found.map((address): LookupAddress => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
}

function lookupOnce(
  lookup: ReturnType<typeof guardedLookup>,
  host: string,
  all: boolean,
): Promise<{ err: NodeJS.ErrnoException | null; address: string | LookupAddress[] }> {
  return new Promise((resolve) => lookup(host, { all }, (err, address) => resolve({ err, address })));
}

describe('guardedLookup (DNS rebinding)', () => {
  const dns = fakeDns({
    'news.example': ['93.184.216.34'],
    'rebind.example': ['127.0.0.1'],
    'metadata.example': ['169.254.169.254'],
    'mapped.example': ['::ffff:127.0.0.1'],
    'mixed.example': ['10.0.0.7', '93.184.216.34'],
  });

  it('hands back a public address', async () => {
    const { err, address } = await lookupOnce(
      guardedLookup(addressPolicy(false), dns),
      'news.example',
      false,
    );
    expect(err).toBeNull();
    expect(address).toBe('93.184.216.34');
  });

  it.each(['rebind.example', 'metadata.example', 'mapped.example'])(
    'refuses a public-looking name that resolves to an internal address: %s',
    async (host) => {
      for (const all of [false, true]) {
        const { err } = await lookupOnce(guardedLookup(addressPolicy(false), dns), host, all);
        expect(err).toBeInstanceOf(ImportError);
        expect((err as unknown as ImportError).code).toBe('private-address');
      }
    },
  );

  it('connects only to the allowed addresses of a mixed answer', async () => {
    const { err, address } = await lookupOnce(
      guardedLookup(addressPolicy(false), dns),
      'mixed.example',
      true,
    );
    expect(err).toBeNull();
    expect(address).toEqual([{ address: '93.184.216.34', family: 4 }]);
  });

  it('lets everything through when private addresses are allowed', async () => {
    const { err, address } = await lookupOnce(
      guardedLookup(addressPolicy(true), dns),
      'rebind.example',
      false,
    );
    expect(err).toBeNull();
    expect(address).toBe('127.0.0.1');
  });

  it('passes a resolution failure on as it is', async () => {
    const { err } = await lookupOnce(guardedLookup(addressPolicy(false), dns), 'nowhere.example', false);
    expect(err?.code).toBe('ENOTFOUND');
  });
});
