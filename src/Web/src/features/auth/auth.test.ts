import { describe, expect, it } from 'vitest';
import { safeReturnTo } from './returnTo';
import { readInvitation } from './invitationLink';

const origin = 'https://crm.example';

describe('safeReturnTo', () => {
  it('keeps a path of the app', () => {
    expect(safeReturnTo('/contacts/42?tab=notes', origin)).toBe('/contacts/42?tab=notes');
  });

  it('refuses other sites, protocol-relative, backslash and control-character tricks, and the sign-in pages themselves', () => {
    const bad = ['https://evil.example', '//evil.example', '/\\evil.example', '/\t/evil.example', '/\n/evil.example',
      'javascript:alert(1)', '/sign-in', '/sign-in?returnTo=x', '', null];
    for (const value of bad) {
      expect(safeReturnTo(value, origin), String(value)).toBe('/');
    }
  });
});

describe('readInvitation', () => {
  it('reads the user and the token from the link’s fragment, decoding the token', () => {
    expect(readInvitation('#user=0198&token=a%2Bb%3D')).toEqual({ userId: '0198', token: 'a+b=' });
  });

  it('answers null when a part is missing', () => {
    expect(readInvitation('#user=0198')).toBeNull();
    expect(readInvitation('')).toBeNull();
  });
});
