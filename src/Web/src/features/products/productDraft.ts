/** The draft behind the product form of the catalogue, and what the API receives from it. */
import type { components } from '../../api/schema';
import { parseDecimal, priceText } from '../quotes/decimals';

export type Product = components['schemas']['ProductResponse'];
export type ProductRequest = components['schemas']['ProductRequest'];
export type Billing = components['schemas']['Billing'];

export const billings: readonly Billing[] = ['OneOff', 'Monthly', 'Yearly'];
export const skuMaxLength = 64;
export const nameMaxLength = 200;
export const descriptionMaxLength = 2000;
const maxUnitPrice = 999_999_999.99;

export interface PriceDraft {
  /** Tells rows apart; not sent. */
  key: string;
  /** As typed, in the reader's way of writing numbers. */
  amount: string;
  currency: string;
}

export interface ProductDraft {
  sku: string;
  name: string;
  description: string;
  /** One unit price per currency. */
  prices: PriceDraft[];
  /** One of the rates set up, as a plain number ("5.5"). */
  vatRate: string;
  billing: Billing;
  isActive: boolean;
}

let made = 0;
const newKey = () => `price-${++made}`;

export function newPrice(currency = 'EUR'): PriceDraft {
  return { key: newKey(), amount: '', currency };
}

/** A new product: a price in euros to type, the standard VAT rate (the first one set up), sold once. */
export function emptyProductDraft(vatRates: readonly number[]): ProductDraft {
  return {
    sku: '', name: '', description: '', prices: [newPrice()], vatRate: vatRates.length > 0 ? String(vatRates[0]) : '', billing: 'OneOff', isActive: true,
  };
}

export function productDraftOf(product: Product, locale: string): ProductDraft {
  return {
    sku: product.sku,
    name: product.name,
    description: product.description ?? '',
    prices: product.prices.map((p) => ({ key: newKey(), amount: priceText(p.amount, locale), currency: p.currency })),
    vatRate: String(product.vatRate),
    billing: product.billing,
    isActive: product.isActive,
  };
}

export type PriceProblem = 'amount' | 'currency' | 'duplicate';

export interface ProductProblems {
  sku?: 'required' | 'tooLong';
  name?: 'required' | 'tooLong';
  description?: 'tooLong';
  vatRate?: 'vatRate';
  /** No price at all. */
  prices?: 'pricesRequired';
  /** By price key. */
  price: Record<string, PriceProblem>;
}

/** A light check before sending: the API has the last word, this only spares a round trip for the obvious. */
export function checkProduct(draft: ProductDraft, locale: string): ProductProblems {
  const problems: ProductProblems = { price: {} };
  const sku = draft.sku.trim();
  if (!sku) problems.sku = 'required';
  else if (sku.length > skuMaxLength) problems.sku = 'tooLong';
  const name = draft.name.trim();
  if (!name) problems.name = 'required';
  else if (name.length > nameMaxLength) problems.name = 'tooLong';
  if (draft.description.trim().length > descriptionMaxLength) problems.description = 'tooLong';
  if (draft.vatRate.trim() === '' || Number.isNaN(Number(draft.vatRate))) problems.vatRate = 'vatRate';
  if (draft.prices.length === 0) problems.prices = 'pricesRequired';
  const seen = new Set<string>();
  for (const price of draft.prices) {
    const currency = price.currency.trim().toUpperCase();
    const amount = parseDecimal(price.amount, locale, 2);
    if (!/^[A-Z]{3}$/.test(currency)) problems.price[price.key] = 'currency';
    else if (seen.has(currency)) problems.price[price.key] = 'duplicate';
    else if (amount === null || Number.isNaN(amount) || amount > maxUnitPrice) problems.price[price.key] = 'amount';
    seen.add(currency);
  }
  return problems;
}

export const hasProductProblems = (problems: ProductProblems) =>
  !!(problems.sku || problems.name || problems.description || problems.vatRate || problems.prices) || Object.keys(problems.price).length > 0;

/** The product as the API takes it: every field (a PUT replaces them all). */
export function toProductRequest(draft: ProductDraft, locale: string): ProductRequest {
  return {
    sku: draft.sku.trim(),
    name: draft.name.trim(),
    description: draft.description.trim() || null,
    prices: draft.prices.map((p) => ({ amount: parseDecimal(p.amount, locale, 2), currency: p.currency.trim().toUpperCase() })),
    vatRate: Number(draft.vatRate),
    billing: draft.billing,
    isActive: draft.isActive,
  };
}
