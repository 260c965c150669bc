import { describe, expect, it } from 'vitest';
import { checkDeal, currencyOptions, dealDraftOf, emptyDealDraft, parseAmount, toDealRequest, type Deal } from './dealDraft';

describe('parseAmount', () => {
  it('reads amounts written the French or the English way', () => {
    expect(parseAmount('12 500,50')).toBe(12500.5);
    expect(parseAmount('12\u202f500,5')).toBe(12500.5);
    expect(parseAmount('12,500.50')).toBe(12500.5);
    expect(parseAmount('12.500,50')).toBe(12500.5);
    expect(parseAmount('1,250,000')).toBe(1250000);
    expect(parseAmount('12,5')).toBe(12.5);
    expect(parseAmount('12.5')).toBe(12.5);
    expect(parseAmount('12.500')).toBe(12500);
    expect(parseAmount('€ 800')).toBe(800);
    expect(parseAmount('0')).toBe(0);
  });

  it('is null when blank and NaN when not an amount of cents', () => {
    expect(parseAmount('  ')).toBeNull();
    expect(parseAmount('12.3456')).toBeNaN();
    expect(parseAmount('12,345.678')).toBeNaN();
    expect(parseAmount('-5')).toBeNaN();
    expect(parseAmount('twelve')).toBeNaN();
  });
});

describe('checkDeal', () => {
  it('asks for a name, a readable amount and, for a new deal, a stage', () => {
    expect(checkDeal({ ...emptyDealDraft(), amount: 'abc' }, { needsStage: true })).toEqual({ name: 'required', amount: 'amount', stageId: 'stage' });
    expect(checkDeal({ ...emptyDealDraft('s1'), name: 'Renault fleet' }, { needsStage: true })).toEqual({});
  });
});

describe('toDealRequest', () => {
  it('sends a new deal with its pipeline, stage, amount in the chosen currency, and blanks as null', () => {
    const request = toDealRequest({
      ...emptyDealDraft('s1'), name: ' Renault fleet ', amount: '12 500', currency: 'usd', source: ' ', nextStep: ' Call Paul ',
      company: { id: 'c1', name: 'Renault' }, contacts: [{ contactId: 'p1', name: 'Paul', role: 'Champion' }],
    }, 'p9');
    expect(request).toEqual({
      name: 'Renault fleet', amount: { amount: 12500, currency: 'USD' }, expectedCloseDate: null, pipelineId: 'p9', stageId: 's1', ownerId: null,
      companyId: 'c1', contacts: [{ contactId: 'p1', role: 'Champion' }], source: null, nextStep: 'Call Paul', forecastCategory: 'Pipeline',
    });
  });

  it('leaves the amount out when blank, and the pipeline and stage when editing', () => {
    const request = toDealRequest({ ...emptyDealDraft('s1'), name: 'X', expectedCloseDate: '2026-12-31', ownerId: 'u2' });
    expect(request).not.toHaveProperty('amount');
    expect(request.pipelineId).toBeNull();
    expect(request.stageId).toBeNull();
    expect(request.expectedCloseDate).toBe('2026-12-31');
    expect(request.ownerId).toBe('u2');
  });
});

describe('dealDraftOf', () => {
  it('starts the edit from the deal as read, and sends it back unchanged', () => {
    const deal = {
      id: 'd1', name: 'Renault fleet', amount: { amount: 12500.5, currency: 'GBP' }, expectedCloseDate: '2026-06-30', pipelineId: 'p1', pipelineName: 'New business',
      stageId: 's2', stageName: 'Proposal', stageKind: 'Open', probability: 50, status: 'Open', ownerId: 'u1', company: { id: 'c1', name: null },
      contacts: [{ contactId: 'p1', name: 'Paul', email: null, role: 'DecisionMaker' }], source: 'Fair', nextStep: null, forecastCategory: 'Commit',
      createdAtUtc: '2026-01-01T00:00:00Z', updatedAtUtc: '2026-01-01T00:00:00Z', stageEnteredAtUtc: '2026-01-01T00:00:00Z',
      lastActivityAtUtc: '2026-01-01T00:00:00Z', isRotting: false, stageHistory: [], version: 3, customFields: { region: 'nord', budget: 1500 },
    } satisfies Deal;
    const draft = dealDraftOf(deal, 'en-GB');
    expect(draft.amount).toBe('12500.50');
    expect(dealDraftOf(deal, 'fr-FR').amount).toBe('12500,50');
    expect(dealDraftOf({ ...deal, amount: { amount: 12500, currency: 'EUR' } }, 'fr-FR').amount).toBe('12500');
    expect(parseAmount(dealDraftOf(deal, 'fr-FR').amount)).toBe(12500.5);
    expect(draft.currency).toBe('GBP');
    expect(draft.company).toEqual({ id: 'c1', name: null });
    expect(draft.customFields).toEqual({ region: 'nord', budget: '1500' });
    expect(toDealRequest(draft)).toMatchObject({
      name: 'Renault fleet', amount: { amount: 12500.5, currency: 'GBP' }, expectedCloseDate: '2026-06-30', ownerId: 'u1', companyId: 'c1',
      contacts: [{ contactId: 'p1', role: 'DecisionMaker' }], source: 'Fair', nextStep: null, forecastCategory: 'Commit',
    });
  });
});

describe('currencyOptions', () => {
  it('offers the usual currencies, and the deal’s own when it is another', () => {
    expect(currencyOptions('EUR')).toEqual(['EUR', 'USD', 'GBP', 'CHF', 'CAD']);
    expect(currencyOptions('jpy')).toContain('JPY');
  });
});
