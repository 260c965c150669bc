import { describe, it, expect } from 'vitest';
import { byLabel, userLabel, userStatus } from './userStatus';

describe('userStatus', () => {
  it('is active for an active user with a password', () => {
    expect(userStatus({ isActive: true, hasPassword: true })).toBe('active');
  });
  it('is pending while the invitation has not been accepted', () => {
    expect(userStatus({ isActive: true, hasPassword: false })).toBe('pending');
  });
  it('is deactivated whatever the password', () => {
    expect(userStatus({ isActive: false, hasPassword: true })).toBe('deactivated');
    expect(userStatus({ isActive: false, hasPassword: false })).toBe('deactivated');
  });
});

describe('userLabel', () => {
  it('prefers the display name', () => {
    expect(userLabel({ displayName: ' Ada Lovelace ', email: 'ada@example.com' })).toBe('Ada Lovelace');
  });
  it('falls back on the email, then a dash', () => {
    expect(userLabel({ displayName: '  ', email: 'ada@example.com' })).toBe('ada@example.com');
    expect(userLabel({ displayName: null, email: null })).toBe('—');
  });
});

describe('byLabel', () => {
  it('sorts without regard to accents or case, leaving the input alone', () => {
    const input = ['zoé', 'Émile', 'adam'];
    expect(byLabel(input, (s) => s, 'fr')).toEqual(['adam', 'Émile', 'zoé']);
    expect(input).toEqual(['zoé', 'Émile', 'adam']);
  });
});
