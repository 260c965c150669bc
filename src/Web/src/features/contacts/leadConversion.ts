/** Converting a lead into a deal, apart from the screen: who can be converted, the form's draft and the request. */
import type { components } from '../../api/schema';
import { defaultCurrency, parseAmount } from '../deals/dealDraft';
import { contactName } from './contactName';
import type { Contact, LifecycleStage } from './contactDraft';

export type ConvertLeadRequest = components['schemas']['ConvertLeadEndpointRequest'];

/**
 * The stages a contact is converted from: those before a sale is discussed. An opportunity already is one, and a
 * customer or an evangelist buys already (a new deal for them is made from the deals' board); "other" is no prospect.
 */
export const convertibleStages: readonly LifecycleStage[] = ['Subscriber', 'Lead', 'MarketingQualified', 'SalesQualified'];

export const canConvert = (stage: LifecycleStage) => convertibleStages.includes(stage);

export interface ConversionDraft {
  /** Prefilled with the contact's name; left empty, the API names the deal after the contact too. */
  name: string;
  /** As typed, in the reader's way of writing numbers. */
  amount: string;
  currency: string;
  /** yyyy-mm-dd or blank. */
  expectedCloseDate: string;
  /** Blank for the first pipeline. */
  pipelineId: string;
  /** Only for a contact without a company: the company to create. Blank creates none. */
  newCompanyName: string;
}

/** The form's field names, as the API's problems name them (a deal's name is `name`, its rules `deal.name_…`). */
export const conversionFields = ['name', 'amount', 'currency', 'expectedCloseDate', 'pipelineId', 'newCompanyName'] as const;

/** Whether the contact has a main company: the deal then goes to that one, and none is created (as the API decides). */
export const hasCompany = (contact: Pick<Contact, 'companies'>) => contact.companies.some((c) => c.isPrimary);

export function conversionDraftOf(contact: Pick<Contact, 'firstName' | 'lastName' | 'emails'>, pipelineId = ''): ConversionDraft {
  return { name: contactName(contact), amount: '', currency: defaultCurrency, expectedCloseDate: '', pipelineId, newCompanyName: '' };
}

/** A light check before sending: an amount the API would take. */
export function checkConversion(draft: ConversionDraft): Partial<Record<'amount', 'amount'>> {
  return Number.isNaN(parseAmount(draft.amount)) ? { amount: 'amount' } : {};
}

const text = (s: string) => (s.trim() === '' ? null : s.trim());

export function toConversionRequest(contactId: string, draft: ConversionDraft, withNewCompany: boolean): ConvertLeadRequest {
  const amount = parseAmount(draft.amount);
  return {
    contactId,
    dealName: text(draft.name),
    ...(amount !== null && !Number.isNaN(amount) ? { amount: { amount, currency: draft.currency.trim().toUpperCase() || defaultCurrency } } : {}),
    expectedCloseDate: draft.expectedCloseDate || null,
    pipelineId: draft.pipelineId || null,
    newCompanyName: withNewCompany ? text(draft.newCompanyName) : null,
  };
}
