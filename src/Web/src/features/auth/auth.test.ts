import { describe, expect, it } from 'vitest';
import { safeReturnTo } from './returnTo';
import { readInvitation } from './invitationLink';

describe('safeReturnTo', () => {
  it('keeps a path of the app', () => {
    expect(safeReturnTo('/contacts/42?tab=notes')).toBe('/contacts/42?tab=notes');
  });

  it('refuses other sites, protocol-relative and backslash tricks, and the sign-in pages themselves', () => {
    for (const bad of ['https://evil.example', '//evil.example', '/\\evil.example', 'javascript:alert(1)', '/sign-in', '', null]) {
      expect(safeReturnTo(bad)).toBe('/');
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
