import { describe, expect, it } from 'vitest';
import { groupSharedKey } from './sharedKey';

describe('groupSharedKey', () => {
  it('splits the key into upper-case groups of four', () => {
    expect(groupSharedKey('jbswy3dpehpk3pxp')).toBe('JBSW Y3DP EHPK 3PXP');
  });

  it('leaves a shorter last group', () => {
    expect(groupSharedKey('ABCDEFGHIJ')).toBe('ABCD EFGH IJ');
  });

  it('drops the spaces and dashes the key already has', () => {
    expect(groupSharedKey(' ab cd-ef gh ')).toBe('ABCD EFGH');
  });

  it('gives an empty string for an empty key', () => {
    expect(groupSharedKey('')).toBe('');
  });
});
