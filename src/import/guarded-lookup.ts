// A DNS lookup for net.connect that only hands back addresses the guard allows. The socket connects to what
// this returns and nothing else, so the check is on the address actually connected to: a host that resolves
// to a public address for a first check and to 127.0.0.1 for the connection (DNS rebinding) cannot slip through.

import { lookup as dnsLookup } from 'node:dns/promises';
import type { LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { forbiddenReason } from './address-guard.ts';
import { ImportError } from './types.ts';

/** Resolves a host name to all its addresses; tests inject one that answers without DNS. */
export type Resolver = (hostname: string) => Promise<LookupAddress[]>;

/** Why an address is refused, or null when it may be connected to. */
export type AddressPolicy = (address: string) => string | null;

export function addressPolicy(allowPrivate: boolean): AddressPolicy {
  return allowPrivate ? () => null : forbiddenReason;
}

export const systemResolver: Resolver = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

export function privateAddressError(host: string, why: string): ImportError {
  return new ImportError('private-address', `${host} points at ${why}: refused`);
}

export function guardedLookup(policy: AddressPolicy, resolve: Resolver = systemResolver): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname).then(
      (found) => {
        const family = options.family === 4 || options.family === 6 ? options.family : 0;
        const wanted = found.filter((a) => !family || a.family === family);
        const reasons = wanted.map((a) => policy(a.address));
        const allowed = wanted.filter((_, i) => reasons[i] === null);
        if (!allowed.length) {
          const why = reasons.find((r) => r !== null);
          const err = why
            ? privateAddressError(hostname, why)
            : Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' });
          callback(err as NodeJS.ErrnoException, '', 0);
          return;
        }
        if (options.all) callback(null, allowed);
        else callback(null, allowed[0]!.address, allowed[0]!.family);
      },
      (err: NodeJS.ErrnoException) => callback(err, '', 0),
    );
  };
}
