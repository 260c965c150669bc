/** A postal address as the forms edit it and the API reads and writes it. */
export interface AddressDraft {
  street: string;
  postalCode: string;
  city: string;
  region: string;
  countryCode: string;
}

export const emptyAddress: AddressDraft = { street: '', postalCode: '', city: '', region: '', countryCode: '' };

interface StoredAddress {
  street?: string | null;
  postalCode?: string | null;
  city?: string | null;
  region?: string | null;
  countryCode?: string | null;
}

export function addressDraftOf(a: StoredAddress): AddressDraft {
  return { street: a.street ?? '', postalCode: a.postalCode ?? '', city: a.city ?? '', region: a.region ?? '', countryCode: a.countryCode ?? '' };
}

/** Blank parts are sent as null: the API stores "no value". */
export function addressRequest(a: AddressDraft) {
  const value = (s: string) => (s.trim() === '' ? null : s.trim());
  return { street: value(a.street), postalCode: value(a.postalCode), city: value(a.city), region: value(a.region), countryCode: value(a.countryCode) };
}

/** The lines of an address as read on an envelope, the country named in the reader's language. */
export function addressLines(a: StoredAddress, locale: string): string[] {
  const place = [a.postalCode, a.city].filter(Boolean).join(' ');
  const country = a.countryCode ? new Intl.DisplayNames([locale], { type: 'region' }).of(a.countryCode) : undefined;
  return [a.street, place, a.region, country].filter((line): line is string => !!line);
}
