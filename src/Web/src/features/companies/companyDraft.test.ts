import { describe, expect, it } from 'vitest';
import { companyDraftOf, emptyCompanyDraft, toCompanyRequest, type Company } from './companyDraft';

describe('toCompanyRequest', () => {
  it('splits domains on commas and spaces, tags on commas, and leaves an unknown size out', () => {
    const request = toCompanyRequest({ ...emptyCompanyDraft, name: ' Danone ', domains: 'danone.com, danone.fr  evian.com', tags: 'grand compte, ', siren: ' ' });
    expect(request.name).toBe('Danone');
    expect(request.domains).toEqual(['danone.com', 'danone.fr', 'evian.com']);
    expect(request.tags).toEqual(['grand compte']);
    expect(request.size).toBeUndefined();
    expect(request.siren).toBeNull();
    expect(request.parentCompanyId).toBeNull();
  });
});

describe('companyDraftOf', () => {
  it('shows the phone as people read it and keeps the parent with its name', () => {
    const company = {
      id: 'c2', name: 'Danone Eaux', domains: ['evian.com'], industry: null, size: 'Large', siren: '552032534', siret: null, vatNumber: null,
      address: { street: null, postalCode: null, city: 'Évian', region: null, countryCode: 'FR' },
      phone: { number: '+33450265000', international: '+33 4 50 26 50 00' }, website: null, tags: [],
      parentCompanyId: 'c1', ownerId: 'o', createdAtUtc: '2026-01-01T00:00:00Z', updatedAtUtc: null, version: 2,
      customFields: { partner: true, regions: ['north', 'south'] },
    } satisfies Company;
    const draft = companyDraftOf(company, 'Danone');
    expect(draft.phone).toBe('+33 4 50 26 50 00');
    expect(draft.parent).toEqual({ id: 'c1', name: 'Danone' });
    expect(toCompanyRequest(draft).parentCompanyId).toBe('c1');
    expect(toCompanyRequest(draft).size).toBe('Large');
    expect(draft.customFields).toEqual({ partner: true, regions: ['north', 'south'] });
  });
});
