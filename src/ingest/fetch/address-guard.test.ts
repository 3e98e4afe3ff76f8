import { describe, expect, it } from 'vitest';
import { guardedLookup, isBlockedAddress, literalAddressRefusal } from './address-guard.js';

describe('address guard', () => {
  it('refuses private, loopback, link-local and mapped addresses', () => {
    for (const ip of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '0.0.0.0',
      '::1',
      'fe80::1',
      'fd00::1',
      '::ffff:127.0.0.1',
      '100.64.0.1',
    ]) {
      expect(isBlockedAddress(ip), ip).toBe(true);
    }
  });

  it('lets public addresses through', () => {
    for (const ip of ['93.184.216.34', '8.8.8.8', '172.32.0.1', '2606:4700::1111']) {
      expect(isBlockedAddress(ip), ip).toBe(false);
    }
  });

  it('checks literal hosts before connecting', () => {
    expect(literalAddressRefusal(new URL('http://127.0.0.1:8080/'), false)).toMatch(/private or local/);
    expect(literalAddressRefusal(new URL('http://[::1]/'), false)).toMatch(/private or local/);
    expect(literalAddressRefusal(new URL('http://127.0.0.1/'), true)).toBeNull();
    expect(literalAddressRefusal(new URL('http://example.test/'), false)).toBeNull();
  });

  it('refuses a name that resolves to loopback unless private addresses are allowed', async () => {
    const resolve = (allow: boolean) =>
      new Promise<string>((done) => {
        guardedLookup(allow)('localhost', {}, (error, address) =>
          done(error ? error.message : String(address)),
        );
      });
    expect(await resolve(false)).toMatch(/private or local/);
    expect(await resolve(true)).toMatch(/^(127\.0\.0\.1|::1)$/);
  });
});
