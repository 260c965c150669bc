/**
 * Numbers typed in a form and shown back in it, in the reader's way of writing them: "19,99" or "1 250,5" in French,
 * "19.99" or "1,250.5" in English. Used by the quote lines (quantities with 3 decimals, prices and percentages with 2)
 * and the product prices.
 */

function separators(locale: string): { decimal: string; group: string } {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  return {
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
    group: parts.find((p) => p.type === 'group')?.value ?? ',',
  };
}

/**
 * A number typed in the reader's way: null when blank, NaN when it is not a number of 0 or more with `decimals`
 * decimals at most. The locale's decimal sign is taken first, but "19.99" is understood in French too (a keypad's
 * dot); the locale's grouping sign (a comma in English) groups thousands only in groups of three ("1,250").
 */
export function parseDecimal(text: string, locale: string, decimals: number): number | null {
  const compact = text.trim().replace(/[\s\u00a0\u202f'’]/g, '').replace(/[€$£%]/g, '');
  if (compact === '') return null;
  const { decimal, group } = separators(locale);
  const commas = compact.split(',').length - 1;
  const dots = compact.split('.').length - 1;
  let normal: string;
  if (commas > 0 && dots > 0) {
    // Both: the later one is the decimal sign, the other groups thousands.
    const decimalSign = compact.lastIndexOf(',') > compact.lastIndexOf('.') ? ',' : '.';
    const groupSign = decimalSign === ',' ? '.' : ',';
    if (compact.split(decimalSign).length - 1 > 1) return Number.NaN;
    normal = compact.split(groupSign).join('').replace(decimalSign, '.');
  } else if (commas + dots === 0) {
    normal = compact;
  } else {
    const sign = commas > 0 ? ',' : '.';
    const count = commas + dots;
    const groupsOfThree = new RegExp(`^\\d{1,3}(\\${sign}\\d{3})+$`).test(compact);
    if (sign === group && sign !== decimal && groupsOfThree) normal = compact.split(sign).join('');
    else if (count > 1) return groupsOfThree ? Number(compact.split(sign).join('')) : Number.NaN;
    else normal = compact.replace(sign, '.');
  }
  if (!/^\d+(\.\d+)?$/.test(normal)) return Number.NaN;
  const fraction = normal.split('.')[1] ?? '';
  if (fraction.replace(/0+$/, '').length > decimals) return Number.NaN;
  return Number(normal);
}

/** A number as a form shows it: the reader's decimal sign, no grouping, between `min` and `max` decimals. */
export function decimalText(value: number, locale: string, max: number, min = 0): string {
  return new Intl.NumberFormat(locale, { useGrouping: false, minimumFractionDigits: min, maximumFractionDigits: max }).format(value);
}

/** A price as a form shows it: cents only when there are some ("12", "19,99", "7,50"). */
export function priceText(value: number, locale: string): string {
  return decimalText(value, locale, 2, Number.isInteger(value) ? 0 : 2);
}

/** A VAT rate or a discount as a percentage: 20 → "20%" in English, 5.5 → "5,5 %" in French. */
export function formatRate(percent: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(percent / 100);
}
