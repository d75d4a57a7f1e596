import { normalizeAddress } from './client-address.decorator';

describe('normalizeAddress', () => {
  it('counts an IPv4 client the same whether it arrived over IPv4 or IPv6', () => {
    expect(normalizeAddress('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(normalizeAddress('203.0.113.7')).toBe('203.0.113.7');
  });

  it('keeps IPv6 addresses, in one case', () => {
    expect(normalizeAddress('2001:DB8::1')).toBe('2001:db8::1');
    expect(normalizeAddress('::ffff')).toBe('::ffff');
  });

  it('puts requests without a known address together', () => {
    expect(normalizeAddress(undefined)).toBe('unknown');
    expect(normalizeAddress(' ')).toBe('unknown');
  });
});
