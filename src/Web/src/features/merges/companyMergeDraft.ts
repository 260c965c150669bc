import type { components } from '../../api/schema';

export type Company = components['schemas']['CompanyResponse'];

/** The details a company holds one value of: the kept company takes each from one of the companies merged. */
export type CompanyMergeField =
  'name' | 'industry' | 'size' | 'siren' | 'vatNumber' | 'address' | 'phone' | 'website' | 'owner' | 'parentCompany';

export const companyMergeFields: readonly CompanyMergeField[] =
  ['name', 'industry', 'size', 'siren', 'vatNumber', 'address', 'phone', 'website', 'owner', 'parentCompany'];

/**
 * For each field, and each custom field by key, the id of the company whose value wins. The parent company is null
 * when none of them belongs to a company outside the merge and nobody chose: the kept company then has no parent.
 */
export interface CompanyChoices {
  fields: Record<Exclude<CompanyMergeField, 'parentCompany'>, string> & { parentCompany: string | null };
  customFields: Record<string, string>;
}

/** What the user picked; what was not picked follows the API's default rule. */
export interface PickedCompanyChoices {
  fields?: Partial<Record<CompanyMergeField, string>>;
  customFields?: Record<string, string>;
}

/** The body of POST /companies/merges; domains are left out, so the kept company keeps every one. */
export interface CompanyMergeBody {
  keepId: string;
  mergeIds: string[];
  fields: CompanyChoices['fields'] & { customFields: Record<string, string> };
}

const blank = (value: string | null | undefined) => !value || value.trim() === '';

/**
 * Whether a company has a value for the field, as the API decides which company's value a field keeps by default. A
 * parent among the merged companies counts as none: the kept company cannot belong to itself.
 */
export function hasCompanyValue(company: Company, field: CompanyMergeField, merged: ReadonlySet<string>): boolean {
  switch (field) {
    case 'industry': return !blank(company.industry);
    case 'size': return !!company.size;
    case 'siren': return !blank(company.siren);
    case 'vatNumber': return !blank(company.vatNumber);
    case 'phone': return !!company.phone;
    case 'website': return !blank(company.website);
    case 'address': {
      const a = company.address;
      return [a.street, a.postalCode, a.city, a.region, a.countryCode].some((part) => !blank(part));
    }
    case 'parentCompany': return !!company.parentCompanyId && !merged.has(company.parentCompanyId);
    case 'name':
    case 'owner':
      return true;
  }
}

/** The keys of the custom fields any of the companies holds a value of, in the order met. */
export function customFieldKeys(companies: readonly Company[]): string[] {
  return [...new Set(companies.flatMap((c) => Object.keys(c.customFields ?? {})))];
}

/** The API's rule for what nobody chose: the kept company's value (it comes first), else the first other one's. */
function firstHolding(companies: readonly Company[], holds: (c: Company) => boolean): string {
  const [kept] = companies;
  if (!kept) throw new Error('A merge needs companies.');
  return holds(kept) ? kept.id : companies.find(holds)?.id ?? kept.id;
}

/** Every field's winner: what the user picked (among these companies), else the default rule. */
export function companyChoicesOf(companies: readonly Company[], picked: PickedCompanyChoices = {}): CompanyChoices {
  const ids = new Set(companies.map((c) => c.id));
  const pick = (choice: string | undefined, holds: (c: Company) => boolean) =>
    choice && ids.has(choice) ? choice : firstHolding(companies, holds);
  const chosenParent = picked.fields?.parentCompany;
  return {
    fields: {
      ...Object.fromEntries(companyMergeFields.map((field) => [field, pick(picked.fields?.[field], (c) => hasCompanyValue(c, field, ids))])),
      parentCompany: chosenParent && ids.has(chosenParent)
        ? chosenParent
        : companies.find((c) => hasCompanyValue(c, 'parentCompany', ids))?.id ?? null,
    } as CompanyChoices['fields'],
    customFields: Object.fromEntries(customFieldKeys(companies).map((key) =>
      [key, pick(picked.customFields?.[key], (c) => c.customFields?.[key] !== undefined)])),
  };
}

/** The request merging the other companies into the first one, every choice named as the user saw it. */
export function companyMergeRequest(companies: readonly Company[], choices: CompanyChoices): CompanyMergeBody {
  const [kept, ...others] = companies;
  if (!kept) throw new Error('A merge needs companies.');
  return { keepId: kept.id, mergeIds: others.map((c) => c.id), fields: { ...choices.fields, customFields: choices.customFields } };
}

function distinct(items: string[], key: (item: string) => string): string[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && !!seen.add(key(item)));
}

/** What the kept company keeps from all of them, the kept one's first: every domain (at most 10) and every tag. */
export function combinedCompany(companies: readonly Company[]): { domains: string[]; tags: string[] } {
  return {
    domains: distinct(companies.flatMap((c) => c.domains), (d) => d).slice(0, 10),
    tags: distinct(companies.flatMap((c) => c.tags).map((t) => t.split(/\s+/).filter(Boolean).join(' ')).filter((t) => t !== ''), (t) => t.toLowerCase()),
  };
}

/** The API's rules a merge would break, as its error codes, so the page can say so before the user tries. */
export function companyMergeProblems(companies: readonly Company[], choices: CompanyChoices): string[] {
  const ids = new Set(companies.map((c) => c.id));
  const parentFrom = companies.find((c) => c.id === choices.fields.parentCompany);
  const problems: string[] = [];
  if (parentFrom?.parentCompanyId && ids.has(parentFrom.parentCompanyId)) problems.push('company.parent_company_loop');
  if (combinedCompany(companies).tags.length > 50) problems.push('tag.too_many');
  return problems;
}

/** The company merge screen for these companies, the first one kept. */
export function companyMergeHref(ids: readonly string[]): string {
  return `/companies/merge?ids=${ids.join(',')}`;
}
