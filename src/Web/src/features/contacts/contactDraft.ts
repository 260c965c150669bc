import type { components } from '../../api/schema';
import { addressDraftOf, addressRequest, emptyAddress, type AddressDraft } from '../../ui/address';
import { customFieldsDraftOf, type CustomFieldsDraft } from '../customFields/values';

export type Contact = components['schemas']['ContactResponse'];
export type ContactRequest = components['schemas']['ContactRequest'];
export type LifecycleStage = components['schemas']['LifecycleStage'];

export const lifecycleStages: readonly LifecycleStage[] = [
  'Subscriber', 'Lead', 'MarketingQualified', 'SalesQualified', 'Opportunity', 'Customer', 'Evangelist', 'Other',
];

export interface ItemDraft {
  /** The address or the number as typed. */
  value: string;
  label: string;
}

export interface CompanyLinkDraft {
  companyId: string;
  /** Shown in the form; null for a company the user cannot see. */
  companyName: string | null;
  role: string;
  isPrimary: boolean;
}

export interface ContactDraft {
  firstName: string;
  lastName: string;
  jobTitle: string;
  emails: ItemDraft[];
  phones: ItemDraft[];
  /** Index in `emails` of the one to use. */
  primaryEmail: number;
  primaryPhone: number;
  companies: CompanyLinkDraft[];
  address: AddressDraft;
  lifecycleStage: LifecycleStage;
  source: string;
  /** Tags as typed, separated by commas. */
  tags: string;
  /** The custom fields' values as typed, by key; sent by the page, which knows the fields' types. */
  customFields: CustomFieldsDraft;
}

export const emptyDraft: ContactDraft = {
  firstName: '', lastName: '', jobTitle: '', emails: [{ value: '', label: '' }], phones: [{ value: '', label: '' }],
  primaryEmail: 0, primaryPhone: 0, companies: [], address: emptyAddress,
  lifecycleStage: 'Lead', source: '', tags: '', customFields: {},
};

const isBlank = (item: ItemDraft) => item.value.trim() === '';

/**
 * The path the API gives a row's errors (`phones[1].number`): blank rows are not sent, so a row's index in the
 * request is the number of filled rows before it.
 */
export function itemPath(list: ItemDraft[], row: number, name: 'emails' | 'phones'): string {
  return `${name}[${list.slice(0, row).filter((item) => !isBlank(item)).length}]`;
}

/** The API's field names of a draft, item paths included, for placing its errors next to the fields. */
export function draftFields(draft: ContactDraft): string[] {
  const rows = (list: ItemDraft[], name: 'emails' | 'phones', field: string) =>
    list.flatMap((_, i) => [`${itemPath(list, i, name)}.${field}`, `${itemPath(list, i, name)}.label`]);
  return [
    'firstName', 'lastName', 'jobTitle', 'emails', 'phones', 'lifecycleStage', 'source', 'tags',
    'address.street', 'address.postalCode', 'address.city', 'address.region', 'address.countryCode',
    ...rows(draft.emails, 'emails', 'address'),
    ...rows(draft.phones, 'phones', 'number'),
  ];
}

export function draftOf(c: Contact): ContactDraft {
  const items = <T,>(list: T[], value: (item: T) => string, label: (item: T) => string | null | undefined) =>
    list.length > 0 ? list.map((item) => ({ value: value(item), label: label(item) ?? '' })) : [{ value: '', label: '' }];
  return {
    firstName: c.firstName,
    lastName: c.lastName,
    jobTitle: c.jobTitle ?? '',
    emails: items(c.emails, (e) => e.address, (e) => e.label),
    phones: items(c.phones, (p) => p.international, (p) => p.label),
    primaryEmail: Math.max(0, c.emails.findIndex((e) => e.isPrimary)),
    primaryPhone: Math.max(0, c.phones.findIndex((p) => p.isPrimary)),
    companies: c.companies.map((l) => ({ companyId: l.companyId, companyName: l.companyName ?? null, role: l.role ?? '', isPrimary: l.isPrimary })),
    address: addressDraftOf(c.address),
    lifecycleStage: c.lifecycleStage,
    source: c.source ?? '',
    tags: c.tags.join(', '),
    customFields: customFieldsDraftOf(c.customFields),
  };
}

const value = (s: string) => (s.trim() === '' ? null : s.trim());

/** Blank fields are sent as null and blank list rows are left out, so the API stores "no value". Duplicates are checked. */
export function toRequest(draft: ContactDraft): ContactRequest {
  const items = (list: ItemDraft[], primary: number) =>
    list.map((item, i) => ({ item, isPrimary: i === primary })).filter(({ item }) => !isBlank(item));
  return {
    firstName: value(draft.firstName),
    lastName: value(draft.lastName),
    jobTitle: value(draft.jobTitle),
    emails: items(draft.emails, draft.primaryEmail).map(({ item, isPrimary }) => ({ address: item.value.trim(), label: value(item.label), isPrimary })),
    phones: items(draft.phones, draft.primaryPhone).map(({ item, isPrimary }) => ({ number: item.value.trim(), label: value(item.label), isPrimary })),
    companies: draft.companies.map((l) => ({ companyId: l.companyId, role: value(l.role), isPrimary: l.isPrimary })),
    address: addressRequest(draft.address),
    lifecycleStage: draft.lifecycleStage,
    source: value(draft.source),
    tags: draft.tags.split(',').map((t) => t.trim()).filter((t) => t !== ''),
    ignoreDuplicates: false,
  };
}
