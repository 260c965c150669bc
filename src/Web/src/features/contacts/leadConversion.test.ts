import { describe, expect, it } from 'vitest';
import type { LifecycleStage } from './contactDraft';
import { canConvert, checkConversion, conversionDraftOf, hasCompany, toConversionRequest } from './leadConversion';

describe('lead conversion', () => {
  it('is offered before a sale is discussed, not to opportunities, customers, evangelists or others', () => {
    const stages: LifecycleStage[] = ['Subscriber', 'Lead', 'MarketingQualified', 'SalesQualified', 'Opportunity', 'Customer', 'Evangelist', 'Other'];
    expect(stages.filter(canConvert)).toEqual(['Subscriber', 'Lead', 'MarketingQualified', 'SalesQualified']);
  });

  it('names the deal after the contact and asks for a company only when the contact has no main one', () => {
    const draft = conversionDraftOf({ firstName: 'Léa', lastName: 'Martin', emails: [] });
    expect(draft.name).toBe('Léa Martin');
    expect(hasCompany({ companies: [] })).toBe(false);
    expect(hasCompany({ companies: [{ companyId: 'c', isPrimary: true }] })).toBe(true);
  });

  it('checks the amount and sends only what was given', () => {
    const draft = { ...conversionDraftOf({ firstName: 'Léa', lastName: 'Martin', emails: [] }), amount: '12 500,50', currency: 'usd', newCompanyName: ' Acme ' };
    expect(checkConversion({ ...draft, amount: 'lots' })).toEqual({ amount: 'amount' });
    expect(checkConversion(draft)).toEqual({});
    expect(toConversionRequest('id', draft, true)).toEqual({
      contactId: 'id', dealName: 'Léa Martin', amount: { amount: 12500.5, currency: 'USD' }, expectedCloseDate: null, pipelineId: null, newCompanyName: 'Acme',
    });
    expect(toConversionRequest('id', { ...draft, name: ' ', amount: '' }, false)).toEqual({
      contactId: 'id', dealName: null, expectedCloseDate: null, pipelineId: null, newCompanyName: null,
    });
  });
});
