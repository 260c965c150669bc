import { describe, expect, it } from 'vitest';
import { checkProduct, emptyProductDraft, hasProductProblems, newPrice, productDraftOf, toProductRequest, type Product } from './productDraft';

const product: Product = {
  id: 'p1', sku: 'CRM-PRO', name: 'CRM Pro seat', description: 'Per user', vatRate: 5.5, billing: 'Monthly', isActive: false, version: 2,
  prices: [{ amount: 19.99, currency: 'EUR' }, { amount: 1250, currency: 'USD' }],
};

describe('the product draft', () => {
  it('starts with a price in euros and the standard rate', () => {
    const draft = emptyProductDraft([20, 10, 5.5]);
    expect(draft).toMatchObject({ vatRate: '20', billing: 'OneOff', isActive: true });
    expect(draft.prices.map((p) => p.currency)).toEqual(['EUR']);
    expect(checkProduct(draft, 'en-GB')).toEqual({ sku: 'required', name: 'required', price: { [draft.prices[0]!.key]: 'amount' } });
  });

  it('reads a product in the reader’s language and gives back every field', () => {
    const draft = productDraftOf(product, 'fr-FR');
    expect(draft.prices.map((p) => p.amount)).toEqual(['19,99', '1250']);
    expect(hasProductProblems(checkProduct(draft, 'fr-FR'))).toBe(false);
    expect(toProductRequest({ ...draft, sku: ' CRM-PRO ', description: '  ' }, 'fr-FR')).toEqual({
      sku: 'CRM-PRO', name: 'CRM Pro seat', description: null, vatRate: 5.5, billing: 'Monthly', isActive: false,
      prices: [{ amount: 19.99, currency: 'EUR' }, { amount: 1250, currency: 'USD' }],
    });
  });

  it('refuses a currency twice, a code that is not one, a price in fractions of a cent, and no price', () => {
    const draft = productDraftOf(product, 'en-GB');
    const twice = { ...newPrice('eur'), amount: '3' };
    const wrongCode = { ...newPrice('EURO'), amount: '3' };
    const tooFine = { ...newPrice('GBP'), amount: '1.999' };
    const problems = checkProduct({ ...draft, prices: [...draft.prices, twice, wrongCode, tooFine] }, 'en-GB');
    expect(problems.price).toEqual({ [twice.key]: 'duplicate', [wrongCode.key]: 'currency', [tooFine.key]: 'amount' });
    expect(checkProduct({ ...draft, prices: [] }, 'en-GB').prices).toBe('pricesRequired');
  });
});
