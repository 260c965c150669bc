import { describe, expect, it } from 'vitest';
import {
  changedSinceMerge, choicesOf, combinedDetails, defaultChoice, distinctNames, hasValue, mergeFields, mergeHref, mergeProblems, mergeRequest,
  parseIds, withKept, type Contact,
} from './mergeDraft';

const noAddress = { street: null, postalCode: null, city: null, region: null, countryCode: null };

function contact(id: string, changes: Partial<Contact> = {}): Contact {
  return {
    id, firstName: '', lastName: '', jobTitle: null, emails: [], phones: [], companies: [], address: noAddress,
    lifecycleStage: 'Lead', source: null, tags: [], ownerId: `owner-${id}`, createdAtUtc: '2026-11-01T09:00:00Z', updatedAtUtc: null, version: 1,
    customFields: {},
    ...changes,
  };
}

const kept = contact('a', { firstName: 'Jean', lastName: 'Dupont', lifecycleStage: 'Customer' });
const other = contact('b', { firstName: 'Jeanne', lastName: 'Dupont', jobTitle: 'CFO', address: { ...noAddress, city: 'Lyon' }, source: 'Salon' });
const third = contact('c', { firstName: 'J.', jobTitle: 'CEO', source: 'Web' });

describe('default choices', () => {
  it('keeps the kept contact’s value when it has one', () => {
    expect(defaultChoice([kept, other], 'firstName')).toBe('a');
    expect(defaultChoice([kept, other], 'lastName')).toBe('a');
  });

  it('takes the first other contact with a value when the kept one has none', () => {
    expect(defaultChoice([kept, other, third], 'jobTitle')).toBe('b');
    expect(defaultChoice([kept, third, other], 'jobTitle')).toBe('c');
    expect(defaultChoice([kept, other], 'address')).toBe('b');
    expect(defaultChoice([kept, third, other], 'source')).toBe('c');
  });

  it('stays with the kept contact when nobody has a value, and always for the stage and the owner', () => {
    expect(defaultChoice([kept, contact('d')], 'jobTitle')).toBe('a');
    expect(defaultChoice([contact('d'), kept], 'lifecycleStage')).toBe('d');
    expect(defaultChoice([contact('d'), kept], 'owner')).toBe('d');
  });

  it('counts blank text and an empty address as no value', () => {
    expect(hasValue(contact('x', { jobTitle: '  ' }), 'jobTitle')).toBe(false);
    expect(hasValue(contact('x', { firstName: ' ' }), 'firstName')).toBe(false);
    expect(hasValue(contact('x'), 'address')).toBe(false);
    expect(hasValue(contact('x', { address: { ...noAddress, countryCode: 'FR' } }), 'address')).toBe(true);
  });

  it('gives every field its default, then the user’s picks among these contacts only', () => {
    expect(choicesOf([kept, other])).toEqual({
      firstName: 'a', lastName: 'a', jobTitle: 'b', address: 'b', lifecycleStage: 'a', source: 'b', owner: 'a',
    });
    expect(choicesOf([kept, other], { firstName: 'b', owner: 'b', source: 'a', jobTitle: 'somebody-else' })).toEqual({
      firstName: 'b', lastName: 'a', jobTitle: 'b', address: 'b', lifecycleStage: 'a', source: 'a', owner: 'b',
    });
  });

  it('follows the new kept contact for the fields the user did not pick', () => {
    const picked = { firstName: 'a' };
    expect(choicesOf([other, kept], picked)).toMatchObject({ firstName: 'a', lastName: 'b', lifecycleStage: 'b', owner: 'b' });
  });
});

describe('mergeRequest', () => {
  it('merges the others into the first one and names every field’s winner', () => {
    const choices = choicesOf([kept, other, third], { firstName: 'c' });
    expect(mergeRequest([kept, other, third], choices)).toEqual({
      sourceIds: ['b', 'c'],
      fields: { firstName: 'c', lastName: 'a', jobTitle: 'b', address: 'b', lifecycleStage: 'a', source: 'b', owner: 'a' },
    });
    expect(Object.keys(mergeRequest([kept, other], choicesOf([kept, other])).fields)).toEqual([...mergeFields]);
  });
});

describe('combinedDetails', () => {
  it('keeps every email, phone, company and tag once, the kept contact’s first', () => {
    const a = contact('a', {
      emails: [{ address: 'Jean@Example.fr', label: 'work', isPrimary: true }],
      phones: [{ number: '+33612345678', international: '+33 6 12 34 56 78', label: null, isPrimary: true }],
      companies: [{ companyId: 'co1', companyName: 'Acme', role: 'CFO', isPrimary: true }],
      tags: ['VIP', 'early  adopter'],
    });
    const b = contact('b', {
      emails: [{ address: 'jean@example.fr', label: null, isPrimary: true }, { address: 'jd@home.fr', label: 'home', isPrimary: false }],
      phones: [
        { number: '+33612345678', international: '+33 6 12 34 56 78', label: 'mobile', isPrimary: true },
        { number: '+33140000000', international: '+33 1 40 00 00 00', label: null, isPrimary: false },
      ],
      companies: [{ companyId: 'co1', companyName: 'Acme', role: null, isPrimary: true }, { companyId: 'co2', companyName: null, role: null, isPrimary: false }],
      tags: ['vip', 'Early adopter', 'golf'],
    });
    expect(combinedDetails([a, b])).toEqual({
      emails: [{ address: 'Jean@Example.fr', label: 'work' }, { address: 'jd@home.fr', label: 'home' }],
      phones: [
        { number: '+33612345678', international: '+33 6 12 34 56 78', label: null },
        { number: '+33140000000', international: '+33 1 40 00 00 00', label: null },
      ],
      companies: [{ companyId: 'co1', companyName: 'Acme', role: 'CFO' }, { companyId: 'co2', companyName: null, role: null }],
      tags: ['VIP', 'early adopter', 'golf'],
    });
  });

  it('is empty when nobody has any', () => {
    expect(combinedDetails([contact('a'), contact('b')])).toEqual({ emails: [], phones: [], companies: [], tags: [] });
  });
});

describe('mergeProblems', () => {
  const emails = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => ({ address: `${prefix}${i}@x.fr`, label: null, isPrimary: i === 0 }));

  it('warns of a union over the API’s limits, and of a merged contact left without a name', () => {
    const a = contact('a', { firstName: 'Jean', emails: emails('a', 6), tags: Array.from({ length: 30 }, (_, i) => `a${i}`) });
    const b = contact('b', { lastName: 'Dupont', emails: emails('b', 5), tags: Array.from({ length: 21 }, (_, i) => `b${i}`) });
    expect(mergeProblems([a, b], choicesOf([a, b]))).toEqual(['contact.too_many_emails', 'tag.too_many']);
    expect(mergeProblems([a, b], choicesOf([a, b], { firstName: 'b', lastName: 'a' }))).toEqual(['contact.name_required', 'contact.too_many_emails', 'tag.too_many']);
    expect(mergeProblems([kept, other], choicesOf([kept, other]))).toEqual([]);
  });
});

describe('the ids in the address', () => {
  const one = '0b9d6f3e-1c2a-4e5f-8a7b-9c0d1e2f3a4b';
  const two = '1c0e7a4f-2d3b-4f6a-9b8c-0d1e2f3a4b5c';
  const three = '2d1f8b5a-3e4c-4a7b-8c9d-1e2f3a4b5c6d';

  it('reads well-formed ids once each, the kept one first', () => {
    expect(parseIds(`${one}, ${two.toUpperCase()},nonsense,${one}`)).toEqual([one, two]);
    expect(parseIds(null)).toEqual([]);
    expect(parseIds(Array.from({ length: 12 }, (_, i) => `${one.slice(0, -2)}${String(i).padStart(2, '0')}`).join(','))).toHaveLength(11);
  });

  it('links to the merge screen, and puts another contact first when it is kept', () => {
    expect(mergeHref([one, two])).toBe(`/contacts/merge?ids=${one},${two}`);
    expect(withKept([one, two, three], three)).toEqual([three, one, two]);
    expect(withKept([one, two], 'unknown')).toEqual([one, two]);
  });
});

describe('distinctNames', () => {
  it('tells apart two contacts of the same name by their email, else their place', () => {
    const a = contact('a', { firstName: 'Jean', lastName: 'Dupont', emails: [{ address: 'jean@a.fr', label: null, isPrimary: true }] });
    const b = contact('b', { firstName: 'Jean', lastName: 'Dupont' });
    const c = contact('c', { firstName: 'Marie', lastName: 'Curie' });
    expect([...distinctNames([a, b, c]).values()]).toEqual(['Jean Dupont (jean@a.fr)', 'Jean Dupont (2)', 'Marie Curie']);
  });
});

describe('changedSinceMerge', () => {
  it('is true once the kept contact changed after the merge', () => {
    const merge = { mergedAtUtc: '2026-11-28T10:00:00.123456Z' };
    expect(changedSinceMerge(merge, { updatedAtUtc: '2026-11-28T10:00:00.123456Z' })).toBe(false);
    expect(changedSinceMerge(merge, { updatedAtUtc: null })).toBe(false);
    expect(changedSinceMerge(merge, { updatedAtUtc: '2026-11-28T10:05:00Z' })).toBe(true);
  });
});
