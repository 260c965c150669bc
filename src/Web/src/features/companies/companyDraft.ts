import type { components } from '../../api/schema';
import { addressDraftOf, addressRequest, emptyAddress, type AddressDraft } from '../../ui/address';
import { customFieldsDraftOf, type CustomFieldsDraft } from '../customFields/values';

export type Company = components['schemas']['CompanyResponse'];
export type CompanyRequest = components['schemas']['CompanyRequest'];
export type CompanySize = components['schemas']['CompanySize'];

export const companySizes: readonly CompanySize[] = ['Micro', 'Small', 'Medium', 'Large', 'Enterprise'];

export interface CompanyDraft {
  name: string;
  /** Domains as typed, separated by commas or spaces. */
  domains: string;
  industry: string;
  size: CompanySize | '';
  siren: string;
  siret: string;
  vatNumber: string;
  phone: string;
  website: string;
  address: AddressDraft;
  parent: { id: string; name: string | null } | null;
  /** Tags as typed, separated by commas. */
  tags: string;
  /** The custom fields' values as typed, by key; sent by the page, which knows the fields' types. */
  customFields: CustomFieldsDraft;
}

export const emptyCompanyDraft: CompanyDraft = {
  name: '', domains: '', industry: '', size: '', siren: '', siret: '', vatNumber: '', phone: '', website: '',
  address: emptyAddress, parent: null, tags: '', customFields: {},
};

export const companyFields = [
  'name', 'domains', 'industry', 'size', 'siren', 'siret', 'vatNumber', 'phone', 'website', 'tags', 'parentCompanyId',
  'address.street', 'address.postalCode', 'address.city', 'address.region', 'address.countryCode',
] as const;

export function companyDraftOf(c: Company, parentName: string | null): CompanyDraft {
  return {
    name: c.name,
    domains: c.domains.join(', '),
    industry: c.industry ?? '',
    size: c.size ?? '',
    siren: c.siren ?? '',
    siret: c.siret ?? '',
    vatNumber: c.vatNumber ?? '',
    phone: c.phone?.international ?? '',
    website: c.website ?? '',
    address: addressDraftOf(c.address),
    parent: c.parentCompanyId ? { id: c.parentCompanyId, name: parentName } : null,
    tags: c.tags.join(', '),
    customFields: customFieldsDraftOf(c.customFields),
  };
}

const value = (s: string) => (s.trim() === '' ? null : s.trim());
const list = (s: string, separator: RegExp) => s.split(separator).map((part) => part.trim()).filter((part) => part !== '');

/** Blank fields are sent as null, so the API stores "no value". */
export function toCompanyRequest(draft: CompanyDraft): CompanyRequest {
  return {
    name: value(draft.name),
    domains: list(draft.domains, /[,\s]+/),
    industry: value(draft.industry),
    size: draft.size === '' ? undefined : draft.size,
    siren: value(draft.siren),
    siret: value(draft.siret),
    vatNumber: value(draft.vatNumber),
    phone: value(draft.phone),
    website: value(draft.website),
    address: addressRequest(draft.address),
    parentCompanyId: draft.parent?.id ?? null,
    tags: list(draft.tags, /,/),
  };
}
