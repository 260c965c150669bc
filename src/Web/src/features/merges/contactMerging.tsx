import { useTranslation } from 'react-i18next';
import { api, ifMatch } from '../../api/client';
import { unwrap } from '../../api/problem';
import { useSignedInUser } from '../../api/session';
import { addressLines } from '../../ui/address';
import { useDates, useLocale } from '../../i18n/useLocale';
import { contactName } from '../contacts/contactName';
import {
  choicesOf, combinedDetails, distinctNames, hasValue, mergeFields, mergeHref, mergeProblems, mergeRequest,
  type Contact, type MergeChoices, type MergeField, type PickedChoices,
} from './mergeDraft';
import type { CombinedList, MergeKind, MergeRow } from './mergeKind';

/** A contact's value of a field as the merge screen shows it, or null when it has none. */
function useValueOf() {
  const { t } = useTranslation('merges');
  const me = useSignedInUser();
  const locale = useLocale();
  return (c: Contact, field: MergeField): string | null => {
    if (!hasValue(c, field)) return null;
    switch (field) {
      case 'address': return addressLines(c.address, locale).join(', ');
      case 'lifecycleStage': return t(`contacts:stages.${c.lifecycleStage}`);
      case 'owner': return c.ownerId === me.id ? t('owners.you') : t('owners.another');
      case 'jobTitle': return c.jobTitle ?? null;
      case 'source': return c.source ?? null;
      case 'firstName': return c.firstName;
      case 'lastName': return c.lastName;
    }
  };
}

/** One row per single detail a contact holds one value of. */
function useContactRows(_contacts: readonly Contact[], choices: MergeChoices): MergeRow<Contact, PickedChoices>[] {
  const { t } = useTranslation('merges');
  const valueOf = useValueOf();
  return mergeFields.map((field) => ({
    key: field,
    label: t(`fields.${field}`),
    chosen: choices[field],
    valueOf: (c) => valueOf(c, field),
    choiceLabel: (value, name) => value === null ? t(`keepEmpty.${field}`, { name }) : t(`keep.${field}`, { value, name }),
    pick: (picked, id) => ({ ...picked, [field]: id }),
  }));
}

/** Every email address, phone number, company and tag of them all, each once. */
function useContactCombined(contacts: readonly Contact[]): CombinedList[] {
  const { t } = useTranslation('merges');
  const combined = combinedDetails(contacts);
  const labelled = (text: string, label: string | null) => <>{text}{label && <span className="muted"> · {label}</span>}</>;
  return [
    { label: t('combined.emails'), items: combined.emails.map((e) => ({ key: e.address, content: labelled(e.address, e.label) })) },
    { label: t('combined.phones'), items: combined.phones.map((p) => ({ key: p.number, content: labelled(p.international, p.label) })) },
    {
      label: t('combined.companies'),
      items: combined.companies.map((l) => ({
        key: l.companyId,
        content: <>{l.companyName ?? <span className="muted">{t('combined.hiddenCompany')}</span>}{l.role && <span className="muted"> · {l.role}</span>}</>,
      })),
    },
    { label: t('combined.tags'), items: combined.tags.map((tag) => ({ key: tag, content: tag })), tags: true },
  ];
}

/** After a contact's name in the choice of the one kept: its email address and when it was created. */
function ContactKeptDetails({ record: c }: { record: Contact }) {
  const { t } = useTranslation('merges');
  const dates = useDates();
  const email = c.emails.find((e) => e.isPrimary)?.address ?? c.emails[0]?.address;
  return <span className="muted">{email && <> · {email}</>} · {t('kept.created', { date: dates.date(c.createdAtUtc) })}</span>;
}

/** Contacts, on the shared merge screen, undo notice and "Merge with…". */
export const contactMerging: MergeKind<Contact, PickedChoices, MergeChoices> = {
  namespace: 'merges',
  path: 'contacts',
  backKey: 'backToContacts',
  href: mergeHref,
  read: (id) => unwrap(api.GET('/api/v1/contacts/{id}', { params: { path: { id } } })),
  nameOf: contactName,
  screenNames: distinctNames,
  find: async (q) => {
    const found = await unwrap(api.GET('/api/v1/search', { params: { query: { q, limit: 10 } } }));
    return found.items.filter((r) => r.kind === 'Contact');
  },
  mergesOf: (id) => unwrap(api.GET('/api/v1/contacts/{id}/merges', { params: { path: { id } } })),
  merge: async (contacts, choices) => {
    const kept = contacts[0]!;
    const result = await unwrap(api.POST('/api/v1/contacts/{id}/merge', {
      params: { path: { id: kept.id } },
      headers: ifMatch(kept.version),
      body: mergeRequest(contacts, choices),
    }));
    return result.contact;
  },
  undo: (id) => unwrap(api.POST('/api/v1/contacts/merges/{id}/undo', { params: { path: { id } } })),
  undoTouches: ['contacts'],
  choicesOf,
  problems: mergeProblems,
  useRows: useContactRows,
  useCombined: useContactCombined,
  KeptDetails: ContactKeptDetails,
};
