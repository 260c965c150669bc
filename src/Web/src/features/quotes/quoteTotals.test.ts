import { describe, expect, it } from 'vitest';
import { divideRounded, lineAmounts, quoteTotals } from './quoteTotals';

describe('quote totals', () => {
  it('rounds each line, then adds: the two-rate example of the issue', () => {
    const totals = quoteTotals([
      { quantity: 3, unitPrice: 19.99, discountPercent: 10, vatRate: 20 },
      { quantity: 1, unitPrice: 7.5, discountPercent: 0, vatRate: 5.5 },
    ]);
    expect(totals).toEqual({
      perRate: [{ vatRate: 20, net: 53.97, vat: 10.79 }, { vatRate: 5.5, net: 7.5, vat: 0.41 }],
      net: 61.47,
      vat: 11.2,
      gross: 72.67,
    });
  });

  it('computes a line’s VAT on its rounded net', () => {
    // 3 × 19.99 × 0.9 = 53.973 → 53.97; 53.97 × 20 % = 10.794 → 10.79 (not 53.973 × 20 % = 10.7946 → 10.79 by luck).
    expect(lineAmounts({ quantity: 3, unitPrice: 19.99, discountPercent: 10, vatRate: 20 })).toEqual({ net: 53.97, vat: 10.79 });
    // 0.018 × 2.50 = 0.045 → 0.05, whose VAT at 10 % is 0.005 → 0.01; on the unrounded net it would be 0.0045 → 0.00.
    expect(lineAmounts({ quantity: 0.018, unitPrice: 2.5, discountPercent: 0, vatRate: 10 })).toEqual({ net: 0.05, vat: 0.01 });
  });

  it('rounds half away from zero, where binary fractions would round down', () => {
    // 1.005 × 1 = 1.005 → 1.01 (1.005 in binary is 1.00499…: Math.round(100.49…) would give 1.00).
    expect(lineAmounts({ quantity: 1.005, unitPrice: 1, discountPercent: 0, vatRate: 0 }).net).toBe(1.01);
    // 0.05 at 10 %: VAT 0.005 → 0.01.
    expect(lineAmounts({ quantity: 1, unitPrice: 0.05, discountPercent: 0, vatRate: 10 }).vat).toBe(0.01);
    // 2.5 % of 1 cent: 0.00025 → 0.00.
    expect(lineAmounts({ quantity: 1, unitPrice: 0.01, discountPercent: 0, vatRate: 2.5 }).vat).toBe(0);
    expect(divideRounded(-15n, 10n)).toBe(-2n);
    expect(divideRounded(-14n, 10n)).toBe(-1n);
    expect(divideRounded(15n, 10n)).toBe(2n);
  });

  it('stays exact where the product of the figures exceeds what a double holds', () => {
    // 999,999.999 × 9,999.99 × 66.67 % = 6,666,993,326.333006667 → 6,666,993,326.33; VAT 5.5 % = 366,684,632.948… → .95
    expect(lineAmounts({ quantity: 999_999.999, unitPrice: 9_999.99, discountPercent: 33.33, vatRate: 5.5 }))
      .toEqual({ net: 6_666_993_326.33, vat: 366_684_632.95 });
  });

  it('sums lines of the same rate together, highest rate first, and gives zeros without lines', () => {
    const totals = quoteTotals([
      { quantity: 1, unitPrice: 10, discountPercent: 0, vatRate: 5.5 },
      { quantity: 1, unitPrice: 10, discountPercent: 0, vatRate: 20 },
      { quantity: 2, unitPrice: 0.99, discountPercent: 0, vatRate: 5.5 },
      { quantity: 1, unitPrice: 3, discountPercent: 100, vatRate: 0 },
    ]);
    expect(totals.perRate.map((r) => r.vatRate)).toEqual([20, 5.5, 0]);
    // 5.5 %: 10 → VAT 0.55; 2 × 0.99 = 1.98 → VAT 0.1089 → 0.11.
    expect(totals.perRate[1]).toEqual({ vatRate: 5.5, net: 11.98, vat: 0.66 });
    expect(totals.perRate[2]).toEqual({ vatRate: 0, net: 0, vat: 0 });
    expect([totals.net, totals.vat, totals.gross]).toEqual([21.98, 2.66, 24.64]);
    expect(quoteTotals([])).toEqual({ perRate: [], net: 0, vat: 0, gross: 0 });
  });
});
