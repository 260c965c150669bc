import { describe, expect, it } from 'vitest';
import { formatRate, parseDecimal, priceText } from './decimals';
import {
  addLine, checkQuote, draftLineAmounts, draftTotals, freeLine, hasQuoteProblems, isChanged, lineProblemOf, moveLine, productLine, quoteActions,
  quoteDraftOf, removeLine, toQuoteRequest, updateLine, type Product, type Quote, type QuoteDraft,
} from './quoteDraft';

const product: Product = {
  id: '0190a0a0-0000-7000-8000-000000000001', sku: 'CRM-PRO', name: 'CRM Pro seat', description: null,
  prices: [{ amount: 19.99, currency: 'EUR' }, { amount: 22, currency: 'USD' }], vatRate: 20, billing: 'Monthly', isActive: true, version: 1,
};

const quote: Quote = {
  id: 'q1', dealId: 'd1', number: 'DEV-2026-00001', revision: 1, displayNumber: 'DEV-2026-00001', status: 'Draft', currency: 'EUR',
  language: 'en', validUntil: '2026-12-31', notes: 'Payment in 30 days', createdAtUtc: '2026-11-29T08:00:00Z', version: 3,
  lines: [
    { productId: product.id, productSku: 'CRM-PRO', productName: 'CRM Pro seat', description: 'CRM Pro seat', quantity: 3, unitPrice: 19.99, discountPercent: 10, vatRate: 20, net: 53.97, vat: 10.79 },
    { productId: null, description: 'Set-up booklet', quantity: 1, unitPrice: 7.5, discountPercent: 0, vatRate: 5.5, net: 7.5, vat: 0.41 },
  ],
  totals: { perRate: [], net: 61.47, vat: 11.2, gross: 72.67 },
};

describe('numbers typed in a quote', () => {
  it('reads the French and the English ways, and refuses too many decimals', () => {
    expect(parseDecimal('19,99', 'fr-FR', 2)).toBe(19.99);
    expect(parseDecimal('19.99', 'fr-FR', 2)).toBe(19.99);
    expect(parseDecimal('1 250,5', 'fr-FR', 2)).toBe(1250.5);
    expect(parseDecimal('1,250', 'fr-FR', 3)).toBe(1.25);
    expect(parseDecimal('1,250', 'en-GB', 3)).toBe(1250);
    expect(parseDecimal('1,250.75', 'en-GB', 2)).toBe(1250.75);
    expect(parseDecimal('1.250,75', 'fr-FR', 2)).toBe(1250.75);
    expect(parseDecimal('19,99', 'en-GB', 2)).toBe(19.99);
    expect(parseDecimal('5.5 %', 'en-GB', 2)).toBe(5.5);
    expect(parseDecimal('  ', 'en-GB', 2)).toBeNull();
    expect(parseDecimal('1.234', 'en-GB', 2)).toBeNaN();
    expect(parseDecimal('1.50', 'en-GB', 1)).toBe(1.5);
    expect(parseDecimal('-3', 'en-GB', 2)).toBeNaN();
    expect(parseDecimal('lots', 'en-GB', 2)).toBeNaN();
  });

  it('writes them back the reader’s way', () => {
    expect(priceText(7.5, 'fr-FR')).toBe('7,50');
    expect(priceText(12, 'en-GB')).toBe('12');
    expect(formatRate(5.5, 'en-GB')).toBe('5.5%');
    expect(formatRate(20, 'fr-FR').replace(/\s/g, ' ')).toBe('20 %');
  });
});

describe('the quote draft', () => {
  it('reads a quote in the reader’s language and gives back the same request', () => {
    const draft = quoteDraftOf(quote, 'fr-FR');
    expect(draft.lines.map((l) => [l.quantity, l.unitPrice, l.discountPercent, l.vatRate])).toEqual([['3', '19,99', '10', '20'], ['1', '7,50', '', '5.5']]);
    expect(draft.lines.map((l) => [l.sku, l.productName])).toEqual([['CRM-PRO', 'CRM Pro seat'], [null, null]]);
    expect(toQuoteRequest(draft, 'fr-FR')).toEqual({
      validUntil: '2026-12-31', language: 'en', notes: 'Payment in 30 days',
      lines: [
        { productId: product.id, description: 'CRM Pro seat', quantity: 3, unitPrice: 19.99, discountPercent: 10, vatRate: 20 },
        { productId: null, description: 'Set-up booklet', quantity: 1, unitPrice: 7.5, discountPercent: 0, vatRate: 5.5 },
      ],
    });
    expect(isChanged(draft, quote, 'fr-FR')).toBe(false);
    expect(isChanged(updateLine(draft, draft.lines[1]!.key, { unitPrice: '7,5' }), quote, 'fr-FR')).toBe(false);
    expect(isChanged(updateLine(draft, draft.lines[1]!.key, { unitPrice: '7,51' }), quote, 'fr-FR')).toBe(true);
  });

  it('computes the live totals as the server does, leaving out lines still being typed', () => {
    const draft = quoteDraftOf(quote, 'en-GB');
    expect(draftTotals(draft, 'en-GB')).toMatchObject({ net: 61.47, vat: 11.2, gross: 72.67, incomplete: 0 });
    const typing = addLine(draft, { ...freeLine([20, 10]), description: 'Training', unitPrice: '' });
    expect(draftTotals(typing, 'en-GB')).toMatchObject({ net: 61.47, incomplete: 1 });
    expect(draftLineAmounts(typing.lines[2]!, 'en-GB')).toBeNull();
    expect(draftLineAmounts(updateLine(typing, typing.lines[2]!.key, { unitPrice: '100' }).lines[2]!, 'en-GB')).toEqual({ net: 100, vat: 20 });
  });

  it('takes a product’s name, price in the quote’s currency and rate, or leaves the price to type', () => {
    expect(productLine(product, 'EUR', 'en-GB')).toMatchObject({ productId: product.id, sku: 'CRM-PRO', description: 'CRM Pro seat', unitPrice: '19.99', vatRate: '20' });
    expect(productLine(product, 'gbp', 'en-GB').unitPrice).toBe('');
  });

  it('adds, moves and removes lines', () => {
    let draft: QuoteDraft = { validUntil: '2026-12-31', language: 'fr', notes: '', lines: [] };
    draft = addLine(addLine(draft, { ...freeLine([20]), description: 'A' }), { ...freeLine([20]), description: 'B' });
    const [a, b] = draft.lines;
    expect(moveLine(draft, b!.key, -1).lines.map((l) => l.description)).toEqual(['B', 'A']);
    expect(moveLine(draft, a!.key, -1)).toBe(draft);
    expect(removeLine(draft, a!.key).lines.map((l) => l.description)).toEqual(['B']);
  });

  it('tells which fields of which line are wrong before anything is sent', () => {
    const draft: QuoteDraft = {
      validUntil: '', language: 'fr', notes: '',
      lines: [{ ...freeLine([20]), key: 'x', description: ' ', quantity: '0', unitPrice: '1,999', discountPercent: '120', vatRate: '' }],
    };
    const problems = checkQuote(draft, 'fr-FR');
    expect(problems).toEqual({
      validUntil: 'required',
      lines: { x: { description: 'description', quantity: 'quantity', unitPrice: 'unitPrice', discountPercent: 'discountPercent', vatRate: 'vatRate' } },
    });
    expect(hasQuoteProblems(problems)).toBe(true);
    expect(hasQuoteProblems(checkQuote(quoteDraftOf(quote, 'fr-FR'), 'fr-FR'))).toBe(false);
  });

  it('reads the line a refusal names, and what each state allows', () => {
    expect(lineProblemOf({ code: 'quote.line_invalid', line: 2, field: 'unitPrice' })).toEqual({ line: 2, field: 'unitPrice' });
    expect(lineProblemOf({ code: 'quote.line_invalid', line: 2, field: 'productId' })).toBeNull();
    expect(lineProblemOf(undefined)).toBeNull();
    expect(quoteActions('Draft')).toEqual({ edit: true, send: true, email: true, decide: false, revise: false });
    expect(quoteActions('Sent')).toEqual({ edit: false, send: false, email: true, decide: true, revise: true });
    expect(quoteActions('Accepted')).toEqual({ edit: false, send: false, email: false, decide: false, revise: false });
  });
});
