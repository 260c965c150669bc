import { describe, expect, it } from 'vitest';
import { draftFields, draftOf, emptyDraft, itemPath, toRequest, type Contact, type ContactDraft } from './contactDraft';

const draft = (change: Partial<ContactDraft>): ContactDraft => ({ ...emptyDraft, lastName: 'Lovelace', ...change });

describe('toRequest', () => {
  it('sends blanks as null, leaves blank rows out and marks the chosen primary row', () => {
    const request = toRequest(draft({
      firstName: '  ',
      emails: [{ value: ' ', label: 'work' }, { value: ' ada@example.com ', label: '' }, { value: 'ada@home.example', label: ' home ' }],
      primaryEmail: 2,
      tags: ' vip, ,early adopter ',
    }));
    expect(request.firstName).toBeNull();
    expect(request.emails).toEqual([
      { address: 'ada@example.com', label: null, isPrimary: false },
      { address: 'ada@home.example', label: 'home', isPrimary: true },
    ]);
    expect(request.phones).toEqual([]);
    expect(request.tags).toEqual(['vip', 'early adopter']);
    expect(request.address).toEqual({ street: null, postalCode: null, city: null, region: null, countryCode: null });
    expect(request.companies).toEqual([]);
  });
});

describe('itemPath', () => {
  it('counts only the filled rows before a row, as the API numbers what it was sent', () => {
    const rows = [{ value: '', label: '' }, { value: '06', label: '' }, { value: '', label: '' }, { value: '07', label: '' }];
    expect([0, 1, 2, 3].map((row) => itemPath(rows, row, 'phones'))).toEqual(['phones[0]', 'phones[0]', 'phones[1]', 'phones[1]']);
  });

  it('names the fields of every row so their errors find their place', () => {
    const fields = draftFields(draft({ phones: [{ value: '', label: '' }, { value: '12', label: '' }] }));
    expect(fields).toContain('phones[0].number');
    expect(fields).toContain('address.countryCode');
  });
});

describe('draftOf', () => {
  const contact: Contact = {
    id: '01a2', firstName: 'Ada', lastName: 'Lovelace', jobTitle: null, source: null, tags: ['vip'], lifecycleStage: 'Customer',
    emails: [{ address: 'a@example.com', label: null, isPrimary: false }, { address: 'b@example.com', label: 'home', isPrimary: true }],
    phones: [],
    companies: [{ companyId: 'c1', companyName: 'Danone', role: 'CEO', isPrimary: true }],
    address: { street: null, postalCode: '75002', city: 'Paris', region: null, countryCode: 'FR' },
    ownerId: 'o', createdAtUtc: '2026-01-01T00:00:00Z', updatedAtUtc: null, version: 3,
    customFields: { budget: 1200.5, segment: 'smb' },
  };

  it('keeps the primary choice and gives an empty row to a list without any', () => {
    const d = draftOf(contact);
    expect(d.primaryEmail).toBe(1);
    expect(d.emails[1]).toEqual({ value: 'b@example.com', label: 'home' });
    expect(d.phones).toEqual([{ value: '', label: '' }]);
    expect(d.tags).toBe('vip');
    expect(d.customFields).toEqual({ budget: '1200.5', segment: 'smb' });
  });

  it('round-trips to the same request when nothing is edited', () => {
    const request = toRequest(draftOf(contact));
    expect(request.emails).toEqual(contact.emails);
    expect(request.address).toEqual(contact.address);
    expect(request.lifecycleStage).toBe('Customer');
    expect(request.companies).toEqual([{ companyId: 'c1', role: 'CEO', isPrimary: true }]);
  });
});
