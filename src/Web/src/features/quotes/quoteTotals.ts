/**
 * A quote's amounts computed in the browser exactly as the server computes them (ADR 17): each line's net is
 * quantity × unit price × (1 − discount / 100) rounded to the cent, half away from zero; its VAT is that rounded net
 * × rate / 100, rounded to the cent the same way; every total (per rate and overall) is the plain sum of these rounded
 * amounts. The arithmetic runs on whole numbers (BigInt): quantities in thousandths, prices in cents, percentages in
 * hundredths, so no binary fraction ever rounds a cent the other way.
 */

export interface LineFigures {
  /** More than 0, 3 decimals at most. */
  quantity: number;
  /** Excluding VAT, in cents at most. */
  unitPrice: number;
  /** 0 to 100, 2 decimals at most. */
  discountPercent: number;
  /** 0 to 100, 2 decimals at most (20 for 20 %). */
  vatRate: number;
}

export interface LineAmounts {
  net: number;
  vat: number;
}

export interface RateTotal {
  vatRate: number;
  net: number;
  vat: number;
}

export interface QuoteTotals {
  /** One entry per VAT rate the lines use, highest rate first (as the server lists them). */
  perRate: RateTotal[];
  net: number;
  vat: number;
  gross: number;
}

/** A value with at most `decimals` decimals as a whole number of 10^-decimals (19.99 with 2 → 1999). */
function scaled(value: number, decimals: number): bigint {
  return BigInt(Math.round(value * 10 ** decimals));
}

/** numerator / denominator rounded to the nearest whole number, half away from zero (denominator > 0). */
export function divideRounded(numerator: bigint, denominator: bigint): bigint {
  const quotient = numerator / denominator;
  const remainder = numerator % denominator;
  const twice = (remainder < 0n ? -remainder : remainder) * 2n;
  if (twice < denominator) return quotient;
  return numerator < 0n ? quotient - 1n : quotient + 1n;
}

/** The line's net and VAT in cents. */
function lineCents(line: LineFigures): { net: bigint; vat: bigint } {
  const quantity = scaled(line.quantity, 3); // thousandths
  const price = scaled(line.unitPrice, 2); // cents
  const keep = 10_000n - scaled(line.discountPercent, 2); // hundredths of a percent kept
  // thousandths × cents × (hundredths of a percent) = cents × 10^3 × 10^4
  const net = divideRounded(quantity * price * keep, 10_000_000n);
  const vat = divideRounded(net * scaled(line.vatRate, 2), 10_000n);
  return { net, vat };
}

const amount = (cents: bigint) => Number(cents) / 100;

export function lineAmounts(line: LineFigures): LineAmounts {
  const { net, vat } = lineCents(line);
  return { net: amount(net), vat: amount(vat) };
}

export function quoteTotals(lines: readonly LineFigures[]): QuoteTotals {
  const byRate = new Map<bigint, { net: bigint; vat: bigint }>();
  let net = 0n;
  let vat = 0n;
  for (const line of lines) {
    const cents = lineCents(line);
    const rate = scaled(line.vatRate, 2);
    const sum = byRate.get(rate) ?? { net: 0n, vat: 0n };
    byRate.set(rate, { net: sum.net + cents.net, vat: sum.vat + cents.vat });
    net += cents.net;
    vat += cents.vat;
  }
  const perRate = [...byRate.entries()]
    .sort(([a], [b]) => (a > b ? -1 : a < b ? 1 : 0))
    .map(([rate, sum]) => ({ vatRate: Number(rate) / 100, net: amount(sum.net), vat: amount(sum.vat) }));
  return { perRate, net: amount(net), vat: amount(vat), gross: amount(net + vat) };
}
