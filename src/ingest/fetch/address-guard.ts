import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import ipaddr from 'ipaddr.js';

/**
 * IPv6 ranges that carry an IPv4 address in their last 32 bits: IPv4-mapped (::ffff:0:0/96),
 * IPv4-translated (::ffff:0:0:0/96) and NAT64 (64:ff9b::/96). The embedded address decides:
 * a NAT64 network answers public IPv4-only hosts this way.
 */
const EMBEDS_V4_IN_LOW_BITS = new Set(['ipv4Mapped', 'rfc6145']);
const NAT64_PREFIX = ipaddr.IPv6.parse('64:ff9b::');

/** The IPv4 address an IPv6 address stands for (mapped, translated, NAT64, 6to4), or null. */
function embeddedV4(address: ipaddr.IPv6): ipaddr.IPv4 | null {
  const range = address.range();
  const parts = address.parts;
  const low = (hi: number, lo: number) => new ipaddr.IPv4([hi >> 8, hi & 0xff, lo >> 8, lo & 0xff]);
  if (EMBEDS_V4_IN_LOW_BITS.has(range) || address.match(NAT64_PREFIX, 96)) return low(parts[6]!, parts[7]!);
  // 6to4 (2002::/16) carries the IPv4 address of its relay in bits 16–47.
  if (range === '6to4') return low(parts[1]!, parts[2]!);
  return null;
}

/**
 * True for addresses a public-web fetcher must not reach: anything but global unicast, in IPv4
 * (loopback, private, link-local, CGNAT, multicast, unspecified, broadcast, reserved) and IPv6
 * (loopback, unique and link local, multicast, unspecified, Teredo, documentation…), with IPv6
 * forms that embed an IPv4 address judged by that address. Unparseable input is blocked.
 */
export function isBlockedAddress(ip: string): boolean {
  let address: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    // Zone ids (fe80::1%eth0) only ever name link-local addresses.
    address = ipaddr.parse(ip.replace(/%.*$/, ''));
  } catch {
    return true;
  }
  if (address.kind() === 'ipv6') {
    // ::/96 holds the unspecified and loopback addresses and the deprecated IPv4-compatible form.
    if ((address as ipaddr.IPv6).parts.slice(0, 6).every((part) => part === 0)) return true;
    const v4 = embeddedV4(address as ipaddr.IPv6);
    if (v4) return v4.range() !== 'unicast';
  }
  return address.range() !== 'unicast';
}

/** Which addresses a client may reach besides the public ones. */
export interface AddressPolicy {
  /** Every address (intranets, `--allow-private`). */
  allowPrivate: boolean;
  /** These addresses only (tests name their loopback server). */
  allowAddresses?: readonly string[];
}

function normalised(ip: string): string {
  return ipaddr.process(ip.replace(/%.*$/, '')).toString();
}

/** True when the policy refuses a connection to `ip`. */
export function isRefusedAddress(ip: string, policy: AddressPolicy): boolean {
  if (policy.allowPrivate || !isBlockedAddress(ip)) return false;
  const allowed = policy.allowAddresses ?? [];
  return !allowed.some((entry) => ipaddr.isValid(entry) && normalised(entry) === normalised(ip));
}

/** Thrown (through the socket) when a host resolves or connects to a refused address. */
export class BlockedAddressError extends Error {
  readonly code = 'BLOCKED';
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/** A `dns.lookup` with `all: true`: the resolver the guard asks (tests inject their own). */
export type Resolver = (
  hostname: string,
  options: { all: true; family: number },
  callback: (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void,
) => void;

const systemResolver: Resolver = (hostname, options, callback) =>
  dnsLookup(hostname, options, (error, addresses) => callback(error, addresses));

/**
 * A `lookup` for sockets that resolves, then refuses the connection when any address is blocked,
 * so the check happens after DNS (no rebinding through a public name).
 */
export function guardedLookup(policy: AddressPolicy, resolve: Resolver = systemResolver) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    const family = typeof options.family === 'number' ? options.family : 0;
    resolve(hostname, { all: true, family }, (error, list) => {
      if (error) return callback(error, []);
      const blocked = list.find((entry) => isRefusedAddress(entry.address, policy));
      if (blocked) {
        return callback(
          new BlockedAddressError(`${hostname} resolves to ${blocked.address}, a private or local address`),
          [],
        );
      }
      if (options.all) return callback(null, list);
      const first = list[0];
      if (!first) return callback(new Error(`${hostname} has no address`), []);
      callback(null, first.address, first.family);
    });
  };
}

/** The refusal message for a URL whose host is a literal blocked IP, or null (names are checked at connect). */
export function literalAddressRefusal(url: URL, policy: AddressPolicy): string | null {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!ipaddr.isValid(host)) return null;
  return isRefusedAddress(host, policy) ? `${host} is a private or local address` : null;
}
