import { describe, expect, it } from 'vitest';
import { defaultExpiryDays, parseExpiryDays, tokenStatus, toggleScope } from './tokens';

const now = new Date('2025-06-01T12:00:00Z');

describe('tokenStatus', () => {
  it('is active before expiry', () => {
    expect(tokenStatus({ expiresAtUtc: '2025-07-01T00:00:00Z', revokedAtUtc: null }, now)).toBe('active');
  });

  it('is expired once the expiry has passed', () => {
    expect(tokenStatus({ expiresAtUtc: '2025-06-01T12:00:00Z' }, now)).toBe('expired');
  });

  it('is revoked when revoked, even if it has expired since', () => {
    expect(tokenStatus({ expiresAtUtc: '2025-01-01T00:00:00Z', revokedAtUtc: '2024-12-01T00:00:00Z' }, now)).toBe('revoked');
  });
});

describe('parseExpiryDays', () => {
  it('uses the default when empty', () => {
    expect(parseExpiryDays('  ')).toBe(defaultExpiryDays);
  });

  it('accepts whole numbers from 1 to 366', () => {
    expect(parseExpiryDays('1')).toBe(1);
    expect(parseExpiryDays(' 366 ')).toBe(366);
  });

  it('refuses anything else', () => {
    expect(parseExpiryDays('0')).toBeNull();
    expect(parseExpiryDays('367')).toBeNull();
    expect(parseExpiryDays('1.5')).toBeNull();
    expect(parseExpiryDays('-3')).toBeNull();
    expect(parseExpiryDays('abc')).toBeNull();
  });
});

describe('toggleScope', () => {
  const offered = ['contacts.read', 'contacts.write', 'admin.users'];

  it('adds a permission in the order offered', () => {
    expect(toggleScope(['admin.users'], 'contacts.read', true, offered)).toEqual(['contacts.read', 'admin.users']);
  });

  it('removes a permission', () => {
    expect(toggleScope(['contacts.read', 'admin.users'], 'contacts.read', false, offered)).toEqual(['admin.users']);
  });

  it('drops permissions no longer offered', () => {
    expect(toggleScope(['gone'], 'contacts.read', true, offered)).toEqual(['contacts.read']);
  });
});
