import { describe, it, expect } from 'vitest';
import { canGrant, missingPermissions, permissionDiff, toggle } from './roleRules';

describe('toggle', () => {
  it('adds once and keeps an ordinal order', () => {
    expect(toggle(['b'], 'a', true)).toEqual(['a', 'b']);
    expect(toggle(['a', 'b'], 'a', true)).toEqual(['a', 'b']);
  });
  it('removes', () => {
    expect(toggle(['a', 'b'], 'a', false)).toEqual(['b']);
    expect(toggle([], 'a', false)).toEqual([]);
  });
});

describe('permissionDiff', () => {
  it('lists what is added and removed, sorted', () => {
    expect(permissionDiff(['contacts.read', 'deals.read'], ['deals.write', 'contacts.read', 'activities.read'])).toEqual({
      added: ['activities.read', 'deals.write'],
      removed: ['deals.read'],
    });
  });
  it('is empty when nothing changes', () => {
    expect(permissionDiff(['a', 'b'], ['b', 'a'])).toEqual({ added: [], removed: [] });
  });
});

describe('granting', () => {
  const held = ['contacts.read', 'contacts.write'];
  it('names the permissions the caller lacks', () => {
    expect(missingPermissions(['deals.read', 'contacts.read', 'admin.users', 'deals.read'], held)).toEqual(['admin.users', 'deals.read']);
  });
  it('allows a role made only of held permissions, an empty role included', () => {
    expect(canGrant({ permissions: ['contacts.read'] }, held)).toBe(true);
    expect(canGrant({ permissions: [] }, held)).toBe(true);
    expect(canGrant({ permissions: ['contacts.read', 'records.all'] }, held)).toBe(false);
  });
});
