import { describe, expect, it } from 'vitest';
import { groupKey, memberName, reviewHref, reviewIds, sharedValue } from './duplicateGroups';

const member = (id: string, createdAtUtc: string) => ({ id, firstName: 'Jean', lastName: 'Dupont', email: null, phone: null, createdAtUtc });

describe('reviewIds', () => {
  it('puts the oldest contact first, as the one kept by default', () => {
    const group = { contacts: [member('b', '2026-11-02T09:00:00Z'), member('c', '2026-11-03T09:00:00Z'), member('a', '2026-11-01T09:00:00Z')] };
    expect(reviewIds(group)).toEqual(['a', 'b', 'c']);
    expect(reviewHref(group)).toBe('/contacts/merge?ids=a,b,c');
  });

  it('orders contacts created at the same time by id, and reviews at most 11 together', () => {
    expect(reviewIds({ contacts: [member('y', '2026-11-01T09:00:00Z'), member('x', '2026-11-01T09:00:00Z')] })).toEqual(['x', 'y']);
    const many = Array.from({ length: 14 }, (_, i) => member(`m${String(i).padStart(2, '0')}`, `2026-11-${String(i + 1).padStart(2, '0')}T09:00:00Z`));
    expect(reviewIds({ contacts: many })).toEqual(many.slice(0, 11).map((m) => m.id));
  });
});

describe('memberName', () => {
  it('is the name, else the email address', () => {
    expect(memberName({ firstName: 'Jean', lastName: 'Dupont', email: 'jean@a.fr' })).toBe('Jean Dupont');
    expect(memberName({ firstName: '', lastName: '', email: 'jean@a.fr' })).toBe('jean@a.fr');
    expect(memberName({ firstName: '', lastName: '', email: null })).toBe('—');
  });
});

describe('groupKey', () => {
  it('is unique across reasons', () => {
    expect(groupKey({ reason: 'SameEmail', key: 'jean@a.fr' })).not.toBe(groupKey({ reason: 'SameName', key: 'jean@a.fr' }));
  });
});

describe('sharedValue', () => {
  const older = { id: 'a', firstName: 'Hélène', lastName: 'Dupré', email: 'helene@a.fr', phone: '+33 6 12 34 56 78', createdAtUtc: '2026-11-01T09:00:00Z' };
  const newer = { id: 'b', firstName: 'helene', lastName: 'dupre', email: 'HELENE@a.fr', phone: '+33 6 12 34 56 78', createdAtUtc: '2026-11-02T09:00:00Z' };

  it('shows a shared name or number as the oldest contact has it, and an email as the API keys it', () => {
    expect(sharedValue({ reason: 'SameName', key: 'helene dupre', contacts: [newer, older] })).toBe('Hélène Dupré');
    expect(sharedValue({ reason: 'SamePhone', key: '+33612345678', contacts: [newer, older] })).toBe('+33 6 12 34 56 78');
    expect(sharedValue({ reason: 'SameEmail', key: 'helene@a.fr', contacts: [newer, older] })).toBe('helene@a.fr');
  });

  it('falls back on the key when the contacts do not show it', () => {
    expect(sharedValue({ reason: 'SamePhone', key: '+33612345678', contacts: [{ ...older, phone: null }] })).toBe('+33612345678');
    expect(sharedValue({ reason: 'SameName', key: 'x y', contacts: [] })).toBe('x y');
  });
});
