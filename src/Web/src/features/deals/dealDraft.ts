/** The draft behind the deal forms (new deal, edit) and what the API receives from it. */
import type { components } from '../../api/schema';
import { customFieldsDraftOf, type CustomFieldsDraft } from '../customFields/values';

export type Deal = components['schemas']['DealResponse'];
export type DealRequest = components['schemas']['DealRequest'];
export type ContactRole = components['schemas']['ContactRole'];
export type ForecastCategory = components['schemas']['ForecastCategory'];

export const contactRoles: readonly ContactRole[] = ['DecisionMaker', 'Influencer', 'Champion', 'User', 'Other'];
export const forecastCategories: readonly ForecastCategory[] = ['Pipeline', 'BestCase', 'Commit', 'Omitted'];

/** The currencies offered first; a deal's own currency is added when it is another one. */
export const commonCurrencies: readonly string[] = ['EUR', 'USD', 'GBP', 'CHF', 'CAD'];
export const defaultCurrency = 'EUR';

export function currencyOptions(current?: string | null): string[] {
  const code = current?.trim().toUpperCase();
  return code && !commonCurrencies.includes(code) ? [...commonCurrencies, code] : [...commonCurrencies];
}

export interface DealContactDraft {
  contactId: string;
  /** Shown in the form; null for a contact the user cannot see. */
  name: string | null;
  role: ContactRole;
}

export interface DealDraft {
  name: string;
  /** The amount as typed, in the reader's way of writing numbers ("12 500,50" or "12,500.50"). */
  amount: string;
  currency: string;
  /** yyyy-mm-dd, as a date input gives it; blank for none. */
  expectedCloseDate: string;
  /** The stage a new deal starts in; not sent when editing (a deal moves instead). */
  stageId: string;
  /** Blank keeps the owner (or makes the creator the owner). */
  ownerId: string;
  company: { id: string; name: string | null } | null;
  contacts: DealContactDraft[];
  source: string;
  nextStep: string;
  forecastCategory: ForecastCategory;
  /** The deal custom fields as typed; the page turns them into the request's `customFields` with their definitions. */
  customFields: CustomFieldsDraft;
}

export function emptyDealDraft(stageId = ''): DealDraft {
  return {
    name: '', amount: '', currency: defaultCurrency, expectedCloseDate: '', stageId, ownerId: '', company: null, contacts: [],
    source: '', nextStep: '', forecastCategory: 'Pipeline', customFields: {},
  };
}

/** The form's field names, as the API names them in its problems. */
export const dealFields = [
  'name', 'amount', 'currency', 'expectedCloseDate', 'stageId', 'ownerId', 'companyId', 'contacts', 'source', 'nextStep', 'forecastCategory',
] as const;

/** An amount as the form shows it: the reader's decimal sign, no grouping, cents only when there are some. */
export function amountText(amount: number, locale: string): string {
  const cents = Number.isInteger(amount) ? 0 : 2;
  return new Intl.NumberFormat(locale, { useGrouping: false, minimumFractionDigits: cents, maximumFractionDigits: cents }).format(amount);
}

export function dealDraftOf(deal: Deal, locale: string): DealDraft {
  return {
    name: deal.name,
    amount: deal.amount ? amountText(deal.amount.amount, locale) : '',
    currency: deal.amount?.currency ?? defaultCurrency,
    expectedCloseDate: deal.expectedCloseDate ?? '',
    stageId: deal.stageId,
    ownerId: deal.ownerId,
    company: deal.company ? { id: deal.company.id, name: deal.company.name ?? null } : null,
    contacts: deal.contacts.map((c) => ({ contactId: c.contactId, name: c.name ?? null, role: c.role })),
    source: deal.source ?? '',
    nextStep: deal.nextStep ?? '',
    forecastCategory: deal.forecastCategory,
    customFields: customFieldsDraftOf(deal.customFields),
  };
}

/**
 * An amount typed the French way ("12 500,50", "12.500,50") or the English way ("12,500.50"): null when blank,
 * NaN when it is not a number with two decimals at most.
 */
export function parseAmount(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f'’]/g, '').replace(/[€$£]|EUR|USD|GBP|CHF|CAD/gi, '');
  if (compact === '') return null;
  let normal: string;
  const lastComma = compact.lastIndexOf(',');
  const lastDot = compact.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    // The later separator is the decimal one; the other groups thousands.
    const decimal = lastComma > lastDot ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    normal = compact.split(group).join('').replace(decimal, '.');
  } else if (lastComma >= 0) {
    // "12,5" and "12,50" are decimals; "12,500" and "1,250,000" group thousands.
    normal = /^\d{1,3}(,\d{3})+$/.test(compact) ? compact.replace(/,/g, '') : compact.replace(',', '.');
  } else if (/^\d{1,3}(\.\d{3})+$/.test(compact)) {
    // "12.500" groups thousands: an amount has two decimals at most.
    normal = compact.replace(/\./g, '');
  } else {
    normal = compact;
  }
  return /^\d+(\.\d{1,2})?$/.test(normal) ? Number(normal) : Number.NaN;
}

export type DealProblem = 'required' | 'amount' | 'stage';

/** A light check before sending: the API has the last word, this only spares a round trip for the obvious. */
export function checkDeal(draft: DealDraft, { needsStage = false } = {}): Partial<Record<'name' | 'amount' | 'stageId', DealProblem>> {
  const problems: Partial<Record<'name' | 'amount' | 'stageId', DealProblem>> = {};
  if (!draft.name.trim()) problems.name = 'required';
  if (Number.isNaN(parseAmount(draft.amount))) problems.amount = 'amount';
  if (needsStage && !draft.stageId) problems.stageId = 'stage';
  return problems;
}

const text = (s: string) => (s.trim() === '' ? null : s.trim());

/**
 * The deal as the API takes it. Every field is sent (a PUT replaces them all): a blank amount leaves the deal without
 * one. The pipeline and stage count only when creating; a blank owner keeps the owner (or makes the creator it).
 */
export function toDealRequest(draft: DealDraft, pipelineId?: string): DealRequest {
  const amount = parseAmount(draft.amount);
  return {
    name: draft.name.trim(),
    ...(amount !== null && !Number.isNaN(amount) ? { amount: { amount, currency: draft.currency.trim().toUpperCase() || defaultCurrency } } : {}),
    expectedCloseDate: draft.expectedCloseDate || null,
    pipelineId: pipelineId ?? null,
    stageId: pipelineId ? draft.stageId || null : null,
    ownerId: draft.ownerId || null,
    companyId: draft.company?.id ?? null,
    contacts: draft.contacts.map((c) => ({ contactId: c.contactId, role: c.role })),
    source: text(draft.source),
    nextStep: text(draft.nextStep),
    forecastCategory: draft.forecastCategory,
  };
}
