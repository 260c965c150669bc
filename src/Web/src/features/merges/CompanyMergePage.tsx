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
import { useLocale } from '../../i18n/useLocale';
import { parseIds, withKept } from './mergeDraft';
import {
  combinedCompany, companyChoicesOf, companyMergeFields, companyMergeHref, companyMergeProblems, companyMergeRequest, customFieldKeys,
  hasCompanyValue, type Company, type CompanyChoices, type CompanyMergeField, type PickedCompanyChoices,
} from './companyMergeDraft';
import './merges.css';

type CompanyMergeResult = components['schemas']['CompanyMergeResult'];

/** /companies/merge?ids=<kept>,<other>[,…]: the companies side by side, a choice per detail, what the kept one gains from all, and the merge. */
export default function CompanyMergePage() {
  const { t } = useTranslation('companyMerges');
  const me = useSignedInUser();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const ids = parseIds(params.get('ids'));
  usePageTitle(t('title'));
  const header = (
    <>
      <Link to="/companies">← {t('back')}</Link>
      <div className="page-header"><h1>{t('title')}</h1></div>
    </>
  );
  if (!can(me, 'contacts.write')) {
    return <section className="stack">{header}<p className="notice error" role="alert">{t('common:problems.forbidden')}</p></section>;
  }
  if (ids.length < 2) {
    return <section className="stack">{header}<p className="notice warning">{t('tooFew')}</p></section>;
  }
  // The same companies with another one kept stay the same screen: the values already chosen are not lost.
  return (
    <section className="stack">
      {header}
      <p className="muted">{t('intro')}</p>
      <MergeCompanies key={[...ids].sort().join(',')} ids={ids} onKeep={(id) => navigate(companyMergeHref(withKept(ids, id)), { replace: true })} />
    </section>
  );
}

function MergeCompanies({ ids, onKeep }: { ids: string[]; onKeep: (id: string) => void }) {
  const { t } = useTranslation('companyMerges');
  const problemText = useProblemText('companyMerges');
  const locale = useLocale();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { notify } = useNotifications();
  const queries = useQueries({
    queries: ids.map((id) => ({
      queryKey: ['companies', 'detail', id],
      queryFn: () => unwrap(api.GET('/api/v1/companies/{id}', { params: { path: { id } } })),
    })),
  });
  const [picked, setPicked] = useState<PickedCompanyChoices>({});
  const [confirming, setConfirming] = useState(false);
  const [stale, setStale] = useState(false);
  const merged = useRef<CompanyMergeResult | null>(null);

  const failed = queries.find((q) => q.error);
  if (failed) return <p className="notice error" role="alert">{problemText(asProblem(failed.error))}</p>;
  if (queries.some((q) => !q.data)) return <p role="status">{t('common:loading')}</p>;
  const companies = queries.map((q) => q.data!);
  const kept = companies[0]!;
  const others = companies.slice(1);
  const choices = companyChoicesOf(companies, picked);
  const problems = companyMergeProblems(companies, choices);
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });

  const finish = (result: CompanyMergeResult) => {
    queryClient.setQueryData(['companies', 'detail', kept.id], result.company);
    for (const key of [['companies', 'list'], ['companies', 'merges', kept.id], ['timeline', 'companies', kept.id], ['search']]) {
      void queryClient.invalidateQueries({ queryKey: key, refetchType: 'none' });
    }
    notify(t('done', { count: others.length, name: result.company.name }));
    // The merged companies now answer 404: forgotten once this screen, which still shows them, is gone.
    void Promise.resolve(navigate(`/companies/${kept.id}`)).then(() => {
      for (const other of others) queryClient.removeQueries({ queryKey: ['companies', 'detail', other.id] });
    });
  };

  return (
    <>
      <fieldset className="card merge-kept">
        <legend>{t('kept.legend')}</legend>
        {companies.map((c, index) => (
          <label key={c.id} className="merge-choice">
            <input type="radio" name="kept-company" checked={index === 0} onChange={() => onKeep(c.id)} />
            <span><strong>{c.name}</strong>{c.domains[0] && <span className="muted"> · {c.domains[0]}</span>}</span>
          </label>
        ))}
      </fieldset>
      {stale && <p className="notice warning" role="alert">{t('stale', { name: kept.name })}</p>}
      <ChoicesTable companies={companies} choices={choices} onPick={(row, id) => setPicked(
        row.custom
          ? { ...picked, customFields: { ...picked.customFields, [row.key]: id } }
          : { ...picked, fields: { ...picked.fields, [row.key]: id } })} />
      <Combined companies={companies} />
      <div aria-live="polite">
        {problems.length > 0 && <div className="notice warning"><ul>{problems.map((code) => <li key={code}>{t(`codes.${code}`)}</li>)}</ul></div>}
      </div>
      <div className="form-actions">
        <button type="button" className="button primary" onClick={() => { setStale(false); setConfirming(true); }}>
          {t('submit', { count: companies.length })}
        </button>
      </div>
      <ConfirmDialog
        namespace="companyMerges"
        open={confirming}
        title={t('confirm.title', { count: companies.length })}
        confirmLabel={t('confirm.button')}
        run={async () => {
          merged.current = await unwrap(api.POST('/api/v1/companies/merges', { headers: ifMatch(kept.version), body: companyMergeRequest(companies, choices) }));
        }}
        onDone={() => {
          setConfirming(false);
          if (merged.current) finish(merged.current);
        }}
        onFail={(error) => {
          if (!(error instanceof ApiError)) return;
          // One of them changed or went away meanwhile: the page shows them as they are now.
          if (error.problem.status === 412 || error.problem.status === 404) void queryClient.invalidateQueries({ queryKey: ['companies', 'detail'] });
          if (error.problem.status === 412) {
            setConfirming(false);
            setStale(true);
          }
        }}
        onClose={() => setConfirming(false)}
      >
        <p>{t('confirm.body', { count: others.length, others: list.format(others.map((c) => c.name)), kept: kept.name })}</p>
        <p>{t('confirm.undo')}</p>
      </ConfirmDialog>
    </>
  );
}

type Row = { custom: false; key: CompanyMergeField } | { custom: true; key: string };

/** A company's value of a row as the page shows it, or null when it has none. */
function useValueOf(companies: readonly Company[]) {
  const { t } = useTranslation('companyMerges');
  const me = useSignedInUser();
  const locale = useLocale();
  const ids = new Set(companies.map((c) => c.id));
  const names = new Map(companies.map((c) => [c.id, c.name]));
  return (c: Company, row: Row): string | null => {
    if (row.custom) {
      const value = c.customFields?.[row.key];
      return value === undefined || value === null ? null : Array.isArray(value) ? value.join(', ') : String(value);
    }
    if (!hasCompanyValue(c, row.key, ids) && row.key !== 'parentCompany') return null;
    switch (row.key) {
      case 'name': return c.name;
      case 'industry': return c.industry ?? null;
      case 'size': return c.size ? t(`companies:sizes.${c.size}`) : null;
      case 'siren': return [c.siren, c.siret].filter(Boolean).join(' · ');
      case 'vatNumber': return c.vatNumber ?? null;
      case 'address': return addressLines(c.address, locale).join(', ');
      case 'phone': return c.phone?.international ?? null;
      case 'website': return c.website ?? null;
      case 'owner': return c.ownerId === me.id ? t('owners.you') : t('owners.another');
      case 'parentCompany':
        return !c.parentCompanyId ? null : names.get(c.parentCompanyId) ? t('parentMerged', { name: names.get(c.parentCompanyId) }) : t('parentOther');
    }
  };
}

/** One row per detail (custom fields included), one column per company (the kept one first), a radio in each cell. */
function ChoicesTable({ companies, choices, onPick }: { companies: Company[]; choices: CompanyChoices; onPick: (row: Row, id: string) => void }) {
  const { t } = useTranslation('companyMerges');
  const valueOf = useValueOf(companies);
  const groupId = useId();
  const rows: Row[] = [
    ...companyMergeFields.map((key) => ({ custom: false as const, key })),
    ...customFieldKeys(companies).map((key) => ({ custom: true as const, key })),
  ];
  return (
    <div className="table-wrap">
      <table className="merge-table">
        <caption className="visually-hidden">{t('table.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.detail')}</th>
            {companies.map((c, index) => (
              <th scope="col" key={c.id} className={index === 0 ? 'merge-kept-column' : undefined}>
                <Link to={`/companies/${c.id}`}>{c.name}</Link>
                {index === 0 && <span className="badge accent">{t('kept.badge')}</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const label = row.custom ? row.key : t(`fields.${row.key}`);
            const chosen = row.custom ? choices.customFields[row.key] : choices.fields[row.key];
            return (
              <tr key={`${row.custom ? 'cf' : 'f'}-${row.key}`}>
                <th scope="row">{label}</th>
                {companies.map((c, index) => {
                  const value = valueOf(c, row);
                  return (
                    <td key={c.id} className={index === 0 ? 'merge-kept-column' : undefined}>
                      <label className="merge-choice">
                        <input type="radio" name={`${groupId}-${row.custom ? 'cf' : 'f'}-${row.key}`} checked={chosen === c.id} onChange={() => onPick(row, c.id)}
                          aria-label={value === null ? t('keepEmpty', { field: label, name: c.name }) : t('keep', { field: label, value, name: c.name })} />
                        <span>
                          <span className="merge-who">{t(index === 0 ? 'cellWhoKept' : 'cellWho', { name: c.name })} </span>
                          {value ?? <span className="muted">{t('empty')}</span>}
                        </span>
                      </label>
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** What the kept company gains from all of them, each once. */
function Combined({ companies }: { companies: Company[] }) {
  const { t } = useTranslation('companyMerges');
  const headingId = useId();
  const combined = combinedCompany(companies);
  const none = <span className="muted">{t('empty')}</span>;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('combined.heading')}</h2>
      <p className="muted">{t('combined.intro')}</p>
      <dl className="details">
        <dt>{t('combined.domains')}</dt>
        <dd>{combined.domains.length === 0 ? none : <ul className="plain">{combined.domains.map((d) => <li key={d}>{d}</li>)}</ul>}</dd>
        <dt>{t('combined.tags')}</dt>
        <dd>{combined.tags.length === 0 ? none : <ul className="plain merge-tags">{combined.tags.map((tag) => <li key={tag} className="badge">{tag}</li>)}</ul>}</dd>
      </dl>
    </section>
  );
}
