import { describe, expect, it } from 'vitest';
import {
  guardedLookup,
  isBlockedAddress,
  isRefusedAddress,
  literalAddressRefusal,
  type Resolver,
} from './address-guard.js';

const PUBLIC_ONLY = { allowPrivate: false };

describe('address guard', () => {
  it('refuses every non-public IPv4 range', () => {
    for (const ip of [
      '127.0.0.1',
      '127.255.0.9',
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '0.0.0.0',
      '100.64.0.1',
      '224.0.0.1',
      '255.255.255.255',
      '192.0.2.1',
    ]) {
      expect(isBlockedAddress(ip), ip).toBe(true);
    }
  });

  it('refuses every non-public IPv6 range', () => {
    for (const ip of ['::', '::1', 'fe80::1', 'fe80::1%eth0', 'fd00::1', 'fc00::1', 'ff02::1', '2001:db8::1'])
      expect(isBlockedAddress(ip), ip).toBe(true);
  });

  it('judges IPv6 forms that embed an IPv4 address by that address', () => {
    for (const ip of [
      '::ffff:127.0.0.1',
      '::ffff:7f00:1',
      '::ffff:a9fe:a9fe',
      '::ffff:10.0.0.1',
      '::ffff:0:127.0.0.1',
      '64:ff9b::127.0.0.1',
      '64:ff9b::a9fe:a9fe',
      '2002:7f00:1::1',
      '::127.0.0.1',
      '::7f00:1',
    ]) {
      expect(isBlockedAddress(ip), ip).toBe(true);
    }
    for (const ip of ['::ffff:8.8.8.8', '64:ff9b::808:808', '2002:808:808::1'])
      expect(isBlockedAddress(ip), ip).toBe(false);
  });

  it('lets public addresses through and blocks what is not an address', () => {
    for (const ip of ['93.184.216.34', '8.8.8.8', '172.32.0.1', '2606:4700::1111'])
      expect(isBlockedAddress(ip), ip).toBe(false);
    expect(isBlockedAddress('not-an-ip')).toBe(true);
  });

  it('checks literal hosts in every notation the URL parser accepts', () => {
    for (const href of [
      'http://127.0.0.1:8080/',
      'http://2130706433/',
      'http://0x7f000001/',
      'http://0x7f.0.0.1/',
      'http://017700000001/',
      'http://0177.0.0.1/',
      'http://127.1/',
      'http://[::1]/',
      'http://[::ffff:127.0.0.1]/',
      'http://[::ffff:a9fe:a9fe]/latest/meta-data',
      'http://[64:ff9b::7f00:1]/',
      'http://0/',
    ]) {
      expect(literalAddressRefusal(new URL(href), PUBLIC_ONLY), href).toMatch(/private or local/);
    }
    expect(literalAddressRefusal(new URL('http://127.0.0.1/'), { allowPrivate: true })).toBeNull();
    expect(literalAddressRefusal(new URL('http://example.test/'), PUBLIC_ONLY)).toBeNull();
    expect(literalAddressRefusal(new URL('http://8.8.8.8/'), PUBLIC_ONLY)).toBeNull();
  });

  it('lets a test name its own loopback address and nothing else', () => {
    const policy = { allowPrivate: false, allowAddresses: ['127.0.0.1'] };
    expect(isRefusedAddress('127.0.0.1', policy)).toBe(false);
    expect(isRefusedAddress('::ffff:127.0.0.1', policy)).toBe(false);
    expect(isRefusedAddress('127.0.0.2', policy)).toBe(true);
    expect(isRefusedAddress('::1', policy)).toBe(true);
  });

  it('refuses a name that resolves to a private address, whatever resolves it', async () => {
    const resolve = (policy: { allowPrivate: boolean }, resolver?: Resolver) =>
      new Promise<string>((done) => {
        guardedLookup(policy, resolver)('localhost', {}, (error, address) =>
          done(error ? error.message : String(address)),
        );
      });
    expect(await resolve(PUBLIC_ONLY)).toMatch(/private or local/);
    expect(await resolve({ allowPrivate: true })).toMatch(/^(127\.0\.0\.1|::1)$/);
    const rebinding: Resolver = (_name, _options, callback) =>
      callback(null, [
        { address: '93.184.216.34', family: 4 },
        { address: '::ffff:169.254.169.254', family: 6 },
      ]);
    expect(await resolve(PUBLIC_ONLY, rebinding)).toMatch(/resolves to ::ffff:169\.254\.169\.254/);
  });
});
