import { describe, expect, it } from 'vitest';
import {
  combinedCompany, companyChoicesOf, companyMergeHref, companyMergeProblems, companyMergeRequest, customFieldKeys, type Company,
} from './companyMergeDraft';

const noAddress = { street: null, postalCode: null, city: null, region: null, countryCode: null };

function company(id: string, changes: Partial<Company> = {}): Company {
  return {
    id, name: id.toUpperCase(), domains: [], industry: null, size: undefined, siren: null, siret: null, vatNumber: null, address: noAddress,
    phone: undefined, website: null, tags: [], parentCompanyId: null, ownerId: `owner-${id}`, createdAtUtc: '2026-11-01T09:00:00Z',
    updatedAtUtc: null, version: 1, customFields: {},
    ...changes,
  };
}

describe('company merge choices', () => {
  it('keeps the kept company’s values, else the first other one’s, as the API does', () => {
    const kept = company('a', { industry: 'Laitier' });
    const other = company('b', { industry: 'Eaux', website: 'https://b.example/', siren: '552032534' });

    const choices = companyChoicesOf([kept, other]);

    expect(choices.fields).toMatchObject({ name: 'a', industry: 'a', website: 'b', siren: 'b', owner: 'a', address: 'a' });
  });

  it('takes what the user picked among these companies only', () => {
    const choices = companyChoicesOf([company('a'), company('b')], { fields: { name: 'b', owner: 'z' } });

    expect(choices.fields.name).toBe('b');
    expect(choices.fields.owner).toBe('a');
  });

  it('never defaults to a parent that is one of the companies merged', () => {
    const group = company('g');
    const subsidiary = company('s', { parentCompanyId: 'g' });
    const elsewhere = company('e', { parentCompanyId: 'x' });

    expect(companyChoicesOf([subsidiary, group]).fields.parentCompany).toBeNull();
    expect(companyChoicesOf([subsidiary, group, elsewhere]).fields.parentCompany).toBe('e');
    expect(companyMergeProblems([subsidiary, group], companyChoicesOf([subsidiary, group]))).toEqual([]);
    const loop = companyChoicesOf([subsidiary, group], { fields: { parentCompany: 's' } });
    expect(companyMergeProblems([subsidiary, group], loop)).toEqual(['company.parent_company_loop']);
  });

  it('chooses each custom field from a company that holds it', () => {
    const companies = [company('a', { customFields: { code: 'A1' } }), company('b', { customFields: { code: 'B1', tier: 'PME' } })];

    const choices = companyChoicesOf(companies, { customFields: { code: 'b' } });

    expect(customFieldKeys(companies)).toEqual(['code', 'tier']);
    expect(choices.customFields).toEqual({ code: 'b', tier: 'b' });
  });
});

describe('company merge request', () => {
  it('names the kept company, the merged ones and every choice', () => {
    const companies = [company('a'), company('b'), company('c')];
    const choices = companyChoicesOf(companies, { fields: { name: 'c' } });

    const body = companyMergeRequest(companies, choices);

    expect(body.keepId).toBe('a');
    expect(body.mergeIds).toEqual(['b', 'c']);
    expect(body.fields.name).toBe('c');
    expect(body.fields.customFields).toEqual({});
    expect(companyMergeHref(['a', 'b'])).toBe('/companies/merge?ids=a,b');
  });

  it('keeps every domain and tag once, the kept company’s first', () => {
    const combined = combinedCompany([
      company('a', { domains: ['a.fr'], tags: ['Client', 'vip'] }),
      company('b', { domains: ['b.fr', 'a.fr'], tags: ['client', ' salon  pro '] }),
    ]);

    expect(combined).toEqual({ domains: ['a.fr', 'b.fr'], tags: ['Client', 'vip', 'salon pro'] });
  });
});
