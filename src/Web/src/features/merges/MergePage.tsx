import { useId, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQueries, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '../../api/client';
import { ApiError, unwrap } from '../../api/problem';
import { can, useSignedInUser } from '../../api/session';
import type { components } from '../../api/schema';
import { usePageTitle } from '../../app/usePageTitle';
import { useNotifications } from '../../app/notifications';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { addressLines } from '../../ui/address';
import { asProblem, useProblemText } from '../../ui/problems';
import { useDates, useLocale } from '../../i18n/useLocale';
import { contactName } from '../contacts/contactName';
import {
  choicesOf, combinedDetails, distinctNames, hasValue, mergeFields, mergeHref, mergeProblems, mergeRequest, parseIds, withKept,
  type Contact, type MergeChoices, type MergeField, type PickedChoices,
} from './mergeDraft';
import './merges.css';

type MergeResult = components['schemas']['MergeResult'];

/**
 * /contacts/merge?ids=<kept>,<other>[,…]: the contacts side by side, a choice per single detail of the value the kept
 * contact takes (preselected as the API would), what it gains from all of them, and the merge.
 */
export default function MergePage() {
  const { t } = useTranslation('merges');
  const me = useSignedInUser();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const ids = parseIds(params.get('ids'));
  usePageTitle(t('title'));
  const header = (
    <>
      <Link to="/contacts">← {t('backToContacts')}</Link>
      <div className="page-header"><h1>{t('title')}</h1></div>
    </>
  );
  if (!can(me, 'contacts.write')) {
    return <section className="stack">{header}<p className="notice error" role="alert">{t('common:problems.forbidden')}</p></section>;
  }
  if (ids.length < 2) {
    return <section className="stack">{header}<p className="notice warning">{t('tooFew')}</p></section>;
  }
  // The same contacts with another one kept stay the same screen: the values already chosen are not lost.
  const sameContacts = [...ids].sort().join(',');
  return (
    <section className="stack">
      {header}
      <p className="muted">{t('intro')}</p>
      <MergeContacts key={sameContacts} ids={ids} onKeep={(id) => navigate(mergeHref(withKept(ids, id)), { replace: true })} />
    </section>
  );
}

function MergeContacts({ ids, onKeep }: { ids: string[]; onKeep: (id: string) => void }) {
  const { t } = useTranslation('merges');
  const problemText = useProblemText('merges');
  const locale = useLocale();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { notify } = useNotifications();
  const queries = useQueries({
    queries: ids.map((id) => ({
      queryKey: ['contacts', 'detail', id],
      queryFn: () => unwrap(api.GET('/api/v1/contacts/{id}', { params: { path: { id } } })),
    })),
  });
  const [picked, setPicked] = useState<PickedChoices>({});
  const [confirming, setConfirming] = useState(false);
  const [stale, setStale] = useState(false);
  const merged = useRef<MergeResult | null>(null);

  const failed = queries.find((q) => q.error);
  if (failed) return <p className="notice error" role="alert">{problemText(asProblem(failed.error))}</p>;
  if (queries.some((q) => !q.data)) return <p role="status">{t('common:loading')}</p>;
  const contacts = queries.map((q) => q.data!);
  const kept = contacts[0]!;
  const others = contacts.slice(1);
  const names = distinctNames(contacts);
  const nameOf = (c: Contact) => names.get(c.id) ?? contactName(c);
  const choices = choicesOf(contacts, picked);
  const problems = mergeProblems(contacts, choices);
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });

  const finish = (result: MergeResult) => {
    queryClient.setQueryData(['contacts', 'detail', kept.id], result.contact);
    for (const key of [['contacts', 'list'], ['contacts', 'count'], ['contacts', 'duplicates'], ['contacts', 'merges', kept.id], ['timeline', 'contacts', kept.id], ['search']]) {
      void queryClient.invalidateQueries({ queryKey: key, refetchType: 'none' });
    }
    notify(t('done', { count: others.length, name: contactName(result.contact) }));
    // The merged contacts now answer 404: forgotten once this screen, which still shows them, is gone.
    void Promise.resolve(navigate(`/contacts/${kept.id}`)).then(() => {
      for (const other of others) {
        queryClient.removeQueries({ queryKey: ['contacts', 'detail', other.id] });
        queryClient.removeQueries({ queryKey: ['timeline', 'contacts', other.id] });
      }
    });
  };

  return (
    <>
      <KeptChooser contacts={contacts} nameOf={nameOf} onKeep={onKeep} />
      {stale && <p className="notice warning" role="alert">{t('stale', { name: nameOf(kept) })}</p>}
      <ChoicesTable contacts={contacts} nameOf={nameOf} choices={choices} onPick={(field, id) => setPicked({ ...picked, [field]: id })} />
      <Combined contacts={contacts} />
      <div aria-live="polite">
        {problems.length > 0 && (
          <div className="notice warning">
            <ul>{problems.map((code) => <li key={code}>{t(`codes.${code}`)}</li>)}</ul>
          </div>
        )}
      </div>
      <div className="form-actions">
        <button type="button" className="button primary" onClick={() => { setStale(false); setConfirming(true); }}>
          {t('submit', { count: contacts.length })}
        </button>
      </div>
      <ConfirmDialog
        namespace="merges"
        open={confirming}
        title={t('confirm.title', { count: contacts.length })}
        confirmLabel={t('confirm.button')}
        run={async () => {
          merged.current = await unwrap(api.POST('/api/v1/contacts/{id}/merge', {
            params: { path: { id: kept.id } },
            headers: ifMatch(kept.version),
            body: mergeRequest(contacts, choices),
          }));
        }}
        onDone={() => {
          setConfirming(false);
          if (merged.current) finish(merged.current);
        }}
        onFail={(error) => {
          if (!(error instanceof ApiError)) return;
          // One of them changed or went away meanwhile: the page shows them as they are now.
          if (error.problem.status === 412 || error.problem.status === 404) {
            void queryClient.invalidateQueries({ queryKey: ['contacts', 'detail'] });
          }
          if (error.problem.status === 412) {
            setConfirming(false);
            setStale(true);
          }
        }}
        onClose={() => setConfirming(false)}
      >
        <p>{t('confirm.body', { count: others.length, others: list.format(others.map(nameOf)), kept: nameOf(kept) })}</p>
        <p>{t('confirm.undo')}</p>
      </ConfirmDialog>
    </>
  );
}

/** A contact's value of a field as the page shows it, or null when it has none. */
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

/** Which contact is kept: the first column of the table, and the one the others are merged into. */
function KeptChooser({ contacts, nameOf, onKeep }: { contacts: Contact[]; nameOf: (c: Contact) => string; onKeep: (id: string) => void }) {
  const { t } = useTranslation('merges');
  const dates = useDates();
  const groupId = useId();
  return (
    <fieldset className="card merge-kept">
      <legend>{t('kept.legend')}</legend>
      {contacts.map((c, index) => {
        const email = c.emails.find((e) => e.isPrimary)?.address ?? c.emails[0]?.address;
        return (
          <label key={c.id} className="merge-choice">
            <input type="radio" name={`${groupId}-kept`} checked={index === 0} onChange={() => onKeep(c.id)} />
            <span>
              <strong>{nameOf(c)}</strong>
              <span className="muted">{email && <> · {email}</>} · {t('kept.created', { date: dates.date(c.createdAtUtc) })}</span>
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}

/** One row per single detail, one column per contact (the kept one first), a radio in each cell. */
function ChoicesTable({ contacts, nameOf, choices, onPick }: {
  contacts: Contact[];
  nameOf: (c: Contact) => string;
  choices: MergeChoices;
  onPick: (field: MergeField, id: string) => void;
}) {
  const { t } = useTranslation('merges');
  const valueOf = useValueOf();
  const groupId = useId();
  return (
    <div className="table-wrap">
      <table className="merge-table">
        <caption className="visually-hidden">{t('table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.detail')}</th>
            {contacts.map((c, index) => (
              <th scope="col" key={c.id} className={index === 0 ? 'merge-kept-column' : undefined}>
                <Link to={`/contacts/${c.id}`}>{nameOf(c)}</Link>
                {index === 0 && <span className="badge accent">{t('kept.badge')}</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {mergeFields.map((field) => (
            <tr key={field}>
              <th scope="row">{t(`fields.${field}`)}</th>
              {contacts.map((c, index) => {
                const value = valueOf(c, field);
                const label = value === null ? t(`keepEmpty.${field}`, { name: nameOf(c) }) : t(`keep.${field}`, { value, name: nameOf(c) });
                return (
                  <td key={c.id} className={index === 0 ? 'merge-kept-column' : undefined}>
                    <label className="merge-choice">
                      <input type="radio" name={`${groupId}-${field}`} checked={choices[field] === c.id} onChange={() => onPick(field, c.id)} aria-label={label} />
                      <span>
                        <span className="merge-who">{t(index === 0 ? 'cellWhoKept' : 'cellWho', { name: nameOf(c) })} </span>
                        {value ?? <span className="muted">{t('empty')}</span>}
                      </span>
                    </label>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** What the merged contact gains from all of them, each once. */
function Combined({ contacts }: { contacts: Contact[] }) {
  const { t } = useTranslation('merges');
  const headingId = useId();
  const combined = combinedDetails(contacts);
  const none = <span className="muted">{t('empty')}</span>;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('combined.heading')}</h2>
      <p className="muted">{t('combined.intro')}</p>
      <dl className="details">
        <dt>{t('combined.emails')}</dt>
        <dd>
          {combined.emails.length === 0 ? none : (
            <ul className="plain">{combined.emails.map((e) => <li key={e.address}>{e.address}{e.label && <span className="muted"> · {e.label}</span>}</li>)}</ul>
          )}
        </dd>
        <dt>{t('combined.phones')}</dt>
        <dd>
          {combined.phones.length === 0 ? none : (
            <ul className="plain">{combined.phones.map((p) => <li key={p.number}>{p.international}{p.label && <span className="muted"> · {p.label}</span>}</li>)}</ul>
          )}
        </dd>
        <dt>{t('combined.companies')}</dt>
        <dd>
          {combined.companies.length === 0 ? none : (
            <ul className="plain">
              {combined.companies.map((l) => (
                <li key={l.companyId}>
                  {l.companyName ?? <span className="muted">{t('combined.hiddenCompany')}</span>}
                  {l.role && <span className="muted"> · {l.role}</span>}
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{t('combined.tags')}</dt>
        <dd>
          {combined.tags.length === 0 ? none : (
            <ul className="plain merge-tags">{combined.tags.map((tag) => <li key={tag} className="badge">{tag}</li>)}</ul>
          )}
        </dd>
      </dl>
    </section>
  );
}
