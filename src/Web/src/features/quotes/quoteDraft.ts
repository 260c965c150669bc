/** The draft behind the quote editor, its live totals, and what the API receives from it. */
import type { components } from '../../api/schema';
import { decimalText, parseDecimal, priceText } from './decimals';
import { lineAmounts, quoteTotals, type LineAmounts, type LineFigures, type QuoteTotals } from './quoteTotals';

export type Quote = components['schemas']['QuoteResponse'];
export type QuoteRequest = components['schemas']['QuoteRequest'];
export type QuoteStatus = components['schemas']['QuoteStatus'];
export type Product = components['schemas']['ProductResponse'];

export const quoteLanguages = ['fr', 'en'] as const;
export type QuoteLanguage = (typeof quoteLanguages)[number];
export const maxLines = 200;
export const notesMaxLength = 2000;
export const descriptionMaxLength = 500;
const maxQuantity = 1_000_000;
const maxUnitPrice = 999_999_999.99;

export interface QuoteLineDraft {
  /** Tells rows apart while they move; not sent. */
  key: string;
  /** The catalogue product the line sells, or null for a free-text line. */
  productId: string | null;
  /** The product's reference and name when the line was written (null on a free-text line). */
  sku: string | null;
  productName: string | null;
  description: string;
  /** As typed, in the reader's way of writing numbers. */
  quantity: string;
  unitPrice: string;
  discountPercent: string;
  /** One of the rates set up, as a plain number ("5.5"); blank until chosen. */
  vatRate: string;
}

export interface QuoteDraft {
  /** yyyy-mm-dd, as a date input gives it. */
  validUntil: string;
  language: QuoteLanguage;
  notes: string;
  lines: QuoteLineDraft[];
}

let made = 0;
const newKey = () => `line-${++made}`;

const languageOf = (value: string): QuoteLanguage => (value === 'en' ? 'en' : 'fr');

export function quoteDraftOf(quote: Quote, locale: string): QuoteDraft {
  return {
    validUntil: quote.validUntil,
    language: languageOf(quote.language),
    notes: quote.notes ?? '',
    lines: quote.lines.map((line) => ({
      key: newKey(),
      productId: line.productId ?? null,
      sku: line.productSku ?? null,
      productName: line.productName ?? null,
      description: line.description,
      quantity: decimalText(line.quantity, locale, 3),
      unitPrice: priceText(line.unitPrice, locale),
      discountPercent: line.discountPercent === 0 ? '' : decimalText(line.discountPercent, locale, 2),
      vatRate: String(line.vatRate),
    })),
  };
}

/** A free-text line to fill in: one unit, no discount, the first rate offered (the standard one). */
export function freeLine(vatRates: readonly number[]): QuoteLineDraft {
  return {
    key: newKey(), productId: null, sku: null, productName: null, description: '', quantity: '1', unitPrice: '', discountPercent: '',
    vatRate: vatRates.length > 0 ? String(vatRates[0]) : '',
  };
}

/** A line selling a catalogue product: its name, its price in the quote's currency (blank when it has none), its rate. */
export function productLine(product: Product, currency: string, locale: string): QuoteLineDraft {
  const price = product.prices.find((p) => p.currency.toUpperCase() === currency.toUpperCase());
  return {
    key: newKey(), productId: product.id, sku: product.sku, productName: product.name, description: product.name, quantity: '1',
    unitPrice: price ? priceText(price.amount, locale) : '', discountPercent: '', vatRate: String(product.vatRate),
  };
}

export function addLine(draft: QuoteDraft, line: QuoteLineDraft): QuoteDraft {
  return draft.lines.length >= maxLines ? draft : { ...draft, lines: [...draft.lines, line] };
}

export function removeLine(draft: QuoteDraft, key: string): QuoteDraft {
  return { ...draft, lines: draft.lines.filter((l) => l.key !== key) };
}

/** Moves a line one place up (-1) or down (+1). */
export function moveLine(draft: QuoteDraft, key: string, direction: -1 | 1): QuoteDraft {
  const from = draft.lines.findIndex((l) => l.key === key);
  const to = from + direction;
  if (from < 0 || to < 0 || to >= draft.lines.length) return draft;
  const lines = [...draft.lines];
  [lines[from], lines[to]] = [lines[to]!, lines[from]!];
  return { ...draft, lines };
}

export function updateLine(draft: QuoteDraft, key: string, change: Partial<Omit<QuoteLineDraft, 'key'>>): QuoteDraft {
  return { ...draft, lines: draft.lines.map((l) => (l.key === key ? { ...l, ...change } : l)) };
}

export const lineFields = ['description', 'quantity', 'unitPrice', 'discountPercent', 'vatRate'] as const;
export type LineField = (typeof lineFields)[number];
export type LineProblems = Partial<Record<LineField, LineField>>;

/** The figures of a line, or the fields that keep it from having any. */
function readLine(line: QuoteLineDraft, locale: string): { figures: LineFigures | null; problems: LineProblems } {
  const problems: LineProblems = {};
  const description = line.description.trim();
  if (!description || description.length > descriptionMaxLength) problems.description = 'description';
  const quantity = parseDecimal(line.quantity, locale, 3);
  if (quantity === null || Number.isNaN(quantity) || quantity <= 0 || quantity > maxQuantity) problems.quantity = 'quantity';
  const unitPrice = parseDecimal(line.unitPrice, locale, 2);
  if (unitPrice === null || Number.isNaN(unitPrice) || unitPrice > maxUnitPrice) problems.unitPrice = 'unitPrice';
  const discount = parseDecimal(line.discountPercent, locale, 2) ?? 0;
  if (Number.isNaN(discount) || discount > 100) problems.discountPercent = 'discountPercent';
  const vatRate = line.vatRate.trim() === '' ? Number.NaN : Number(line.vatRate);
  if (Number.isNaN(vatRate)) problems.vatRate = 'vatRate';
  const figuresProblem = problems.quantity || problems.unitPrice || problems.discountPercent || problems.vatRate;
  return {
    figures: figuresProblem ? null : { quantity: quantity!, unitPrice: unitPrice!, discountPercent: discount, vatRate },
    problems,
  };
}

/** The line's net and VAT as the server will compute them, or null while a figure is missing or wrong. */
export function draftLineAmounts(line: QuoteLineDraft, locale: string): LineAmounts | null {
  const { figures } = readLine(line, locale);
  return figures ? lineAmounts(figures) : null;
}

/** The totals of the lines whose figures are complete; `incomplete` counts the others, left out. */
export function draftTotals(draft: QuoteDraft, locale: string): QuoteTotals & { incomplete: number } {
  const figures = draft.lines.map((line) => readLine(line, locale).figures);
  const complete = figures.filter((f): f is LineFigures => f !== null);
  return { ...quoteTotals(complete), incomplete: figures.length - complete.length };
}

export interface QuoteProblems {
  validUntil?: 'required';
  notes?: 'notesTooLong';
  /** By line key. */
  lines: Record<string, LineProblems>;
}

/** A light check before sending: the API has the last word, this only spares a round trip for the obvious. */
export function checkQuote(draft: QuoteDraft, locale: string): QuoteProblems {
  const problems: QuoteProblems = { lines: {} };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.validUntil)) problems.validUntil = 'required';
  if (draft.notes.trim().length > notesMaxLength) problems.notes = 'notesTooLong';
  for (const line of draft.lines) {
    const { problems: lineProblems } = readLine(line, locale);
    if (Object.keys(lineProblems).length > 0) problems.lines[line.key] = lineProblems;
  }
  return problems;
}

export const hasQuoteProblems = (problems: QuoteProblems) =>
  !!problems.validUntil || !!problems.notes || Object.keys(problems.lines).length > 0;

/**
 * The quote as the API takes it. Every line says everything (a product line's own description, price and rate win
 * over the product's), so what is saved is what the editor showed.
 */
export function toQuoteRequest(draft: QuoteDraft, locale: string): QuoteRequest {
  return {
    validUntil: draft.validUntil,
    language: draft.language,
    notes: draft.notes.trim() || null,
    lines: draft.lines.map((line) => {
      const figures = readLine(line, locale).figures;
      return {
        productId: line.productId,
        description: line.description.trim(),
        quantity: figures?.quantity ?? null,
        unitPrice: figures?.unitPrice ?? null,
        discountPercent: figures?.discountPercent ?? 0,
        vatRate: figures?.vatRate ?? null,
      };
    }),
  };
}

/** Whether the draft says something else than the saved quote (keys and number spellings aside). */
export function isChanged(draft: QuoteDraft, quote: Quote, locale: string): boolean {
  return JSON.stringify(toQuoteRequest(draft, locale)) !== JSON.stringify(toQuoteRequest(quoteDraftOf(quote, locale), locale));
}

/** The line and field a `quote.line_invalid` problem names (its `line` counts from 1). */
export function lineProblemOf(body: Record<string, unknown> | undefined): { line: number; field: LineField } | null {
  const line = body?.line;
  const field = body?.field;
  if (typeof line !== 'number' || typeof field !== 'string') return null;
  return (lineFields as readonly string[]).includes(field) ? { line, field: field as LineField } : null;
}

/** What can be done with a quote in its state (by a user who may write deals). */
export function quoteActions(status: QuoteStatus): { edit: boolean; send: boolean; email: boolean; decide: boolean; revise: boolean } {
  return {
    edit: status === 'Draft',
    send: status === 'Draft',
    email: status === 'Draft' || status === 'Sent',
    decide: status === 'Sent',
    revise: status === 'Sent' || status === 'Declined' || status === 'Expired',
  };
}
