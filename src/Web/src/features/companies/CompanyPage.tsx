import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '../../api/client';
import { ApiError, unwrap } from '../../api/problem';
import { can, useSignedInUser } from '../../api/session';
import { usePageTitle } from '../../app/usePageTitle';
import { useNotifications } from '../../app/notifications';
import { addressLines } from '../../ui/address';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ConflictNotice } from '../../ui/ConflictNotice';
import { FormMessages } from '../../ui/Field';
import { asProblem, useFormProblem, useProblemText } from '../../ui/problems';
import { useLocale } from '../../i18n/useLocale';
import { TimelinePanel } from '../contacts/TimelinePanel';
import { LogInteractionPanel } from '../interactions/LogInteractionPanel';
import { UpcomingMeetingsPanel } from '../agenda/UpcomingMeetingsPanel';
import { RelatedTasksPanel } from '../tasks/RelatedTasksPanel';
import { DealsPanel } from '../contacts/DealsPanel';
import { MergeNotice } from '../merges/MergeNotice';
import { MergeWith } from '../merges/MergeWith';
import { companyMerging } from '../merges/companyMerging';
import { CompanyFields } from './CompanyForm';
import { companyDraftOf, companyFields, toCompanyRequest, type Company as CompanyRecord, type CompanyDraft } from './companyDraft';
import { CustomFieldDetails } from '../customFields/CustomFieldDetails';
import { useCustomFields } from '../customFields/queries';
import { customFieldNames, customFieldsBody } from '../customFields/values';

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const readCompany = (id: string) => guid.test(id)
  ? unwrap(api.GET('/api/v1/companies/{id}', { params: { path: { id } } }))
  : Promise.reject(new ApiError({ status: 404 }));

/** One component per company: going from one company to another never carries an edit over. */
export default function CompanyPage() {
  const { id = '' } = useParams();
  return <Company key={id} id={id} />;
}

function Company({ id }: { id: string }) {
  const { t } = useTranslation('companies');
  const problemText = useProblemText('companies');
  const me = useSignedInUser();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { notify } = useNotifications();
  const company = useQuery({ queryKey: ['companies', 'detail', id], queryFn: () => readCompany(id) });
  const parentId = company.data?.parentCompanyId ?? null;
  // A parent the reader cannot see answers 404: it is then shown unnamed.
  const parent = useQuery({ queryKey: ['companies', 'detail', parentId], queryFn: () => readCompany(parentId!), enabled: !!parentId, retry: false });
  const parentName = parent.data?.name ?? null;
  const [editing, setEditing] = useState<{ draft: CompanyDraft; version: number } | null>(null);
  const [deleting, setDeleting] = useState(false);
  const fields = useCustomFields('Company').data ?? [];
  const form = useFormProblem('companies', [...companyFields, ...customFieldNames(fields)]);
  const title = useRef<HTMLHeadingElement>(null);
  const stopEditing = () => {
    setEditing(null);
    requestAnimationFrame(() => title.current?.focus());
  };
  usePageTitle(company.data?.name);

  const save = useMutation({
    mutationFn: (edit: { draft: CompanyDraft; version: number }) =>
      unwrap(api.PUT('/api/v1/companies/{id}', {
        params: { path: { id } },
        // Only the custom fields whose value differs from the record as read are sent: the API keeps the others.
        body: { ...toCompanyRequest(edit.draft), customFields: customFieldsBody(fields, edit.draft.customFields, company.data?.customFields) },
        headers: ifMatch(edit.version),
      })),
    onMutate: form.clear,
    onSuccess: (updated) => {
      queryClient.setQueryData(['companies', 'detail', id], updated);
      void queryClient.invalidateQueries({ queryKey: ['companies'], exact: false, refetchType: 'none' });
      stopEditing();
      notify(t('form.saved'));
    },
    onError: form.fail,
  });
  const reload = async () => {
    const { data: fresh } = await company.refetch();
    if (!fresh) return;
    form.clear();
    setEditing({ draft: companyDraftOf(fresh, parentName), version: fresh.version });
  };

  if (company.isPending) return <p role="status">{t('common:loading')}</p>;
  if (company.error) {
    return (
      <section>
        <p className="notice error" role="alert">{problemText(asProblem(company.error))}</p>
        <Link to="/companies">{t('view.backToList')}</Link>
      </section>
    );
  }
  const c = company.data;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (editing) save.mutate(editing);
  };

  return (
    <section className="stack">
      <Link to="/companies">← {t('view.backToList')}</Link>
      <div className="page-header">
        <h1 ref={title} tabIndex={-1}>{c.name}</h1>
        {!editing && can(me, 'contacts.write') && (
          <div className="row">
            <button type="button" className="button" onClick={() => setEditing({ draft: companyDraftOf(c, parentName), version: c.version })}>{t('view.edit')}</button>
            <MergeWith kind={companyMerging} id={c.id} name={c.name} />
            <button type="button" className="button danger" onClick={() => setDeleting(true)}>{t('view.delete')}</button>
          </div>
        )}
      </div>
      {editing ? (
        <>
          {form.isConflict ? <ConflictNotice onReload={() => void reload()} onDismiss={form.clear} /> : <FormMessages messages={form.messages} />}
          <form className="form card" onSubmit={submit} noValidate>
            <CompanyFields draft={editing.draft} onChange={(draft) => setEditing({ ...editing, draft })} errorOf={form.fieldError} selfId={c.id} />
            <div className="form-actions">
              <button type="submit" className="button primary" disabled={save.isPending}>{save.isPending ? t('common:saving') : t('common:save')}</button>
              <button type="button" className="button" onClick={() => { form.clear(); stopEditing(); }}>{t('common:cancel')}</button>
            </div>
          </form>
        </>
      ) : (
        <>
          <MergeNotice kind={companyMerging} record={c} />
          <CompanyDetails company={c} parentName={parentName} isMine={c.ownerId === me.id} />
          <CompanyContacts companyId={c.id} />
          {can(me, 'deals.read') && <DealsPanel namespace="companies" subject={{ kind: 'company', id: c.id, company: { id: c.id, name: c.name } }} />}
          <UpcomingMeetingsPanel query={{ relatedType: 'company', relatedId: c.id }} plan={{ relatedType: 'company', relatedId: c.id }} />
          <RelatedTasksPanel relatedType="company" relatedId={c.id} />
          <LogInteractionPanel links={{ companyId: c.id }} />
          <TimelinePanel subject="companies" subjectId={c.id} />
        </>
      )}
      <ConfirmDialog
        namespace="companies"
        open={deleting}
        title={t('view.deleteTitle', { name: c.name })}
        confirmLabel={t('view.delete')}
        run={() => unwrap(api.DELETE('/api/v1/companies/{id}', { params: { path: { id } }, headers: ifMatch(c.version) }))}
        onDone={() => {
          queryClient.removeQueries({ queryKey: ['companies', 'detail', id] });
          void queryClient.invalidateQueries({ queryKey: ['companies'] });
          void queryClient.invalidateQueries({ queryKey: ['contacts'] });
          notify(t('view.deleted', { name: c.name }));
          navigate('/companies');
        }}
        onClose={() => setDeleting(false)}
      >
        <p>{t('view.deleteBody')}</p>
      </ConfirmDialog>
    </section>
  );
}

function CompanyDetails({ company: c, parentName, isMine }: { company: CompanyRecord; parentName: string | null; isMine: boolean }) {
  const { t } = useTranslation('companies');
  const locale = useLocale();
  const none = t('view.none');
  const lines = addressLines(c.address, locale);
  return (
    <div className="card">
      <h2>{t('view.details')}</h2>
      <dl className="details">
        <dt>{t('form.domains')}</dt><dd>{c.domains.length === 0 ? none : c.domains.join(', ')}</dd>
        <dt>{t('form.industry')}</dt><dd>{c.industry || none}</dd>
        <dt>{t('form.size')}</dt><dd>{c.size ? t(`sizes.${c.size}`) : none}</dd>
        <dt>{t('form.siren')}</dt><dd>{c.siren ?? none}</dd>
        <dt>{t('form.siret')}</dt><dd>{c.siret ?? none}</dd>
        <dt>{t('form.vatNumber')}</dt><dd>{c.vatNumber ?? none}</dd>
        <dt>{t('form.phone')}</dt><dd>{c.phone ? <a href={`tel:${c.phone.number}`}>{c.phone.international}</a> : none}</dd>
        <dt>{t('form.website')}</dt><dd>{c.website ? <a href={c.website} rel="noopener noreferrer" target="_blank">{c.website}</a> : none}</dd>
        <dt>{t('common:address.title')}</dt><dd>{lines.length === 0 ? none : <address>{lines.map((line) => <div key={line}>{line}</div>)}</address>}</dd>
        <dt>{t('form.parent')}</dt>
        <dd>{c.parentCompanyId ? (parentName ? <Link to={`/companies/${c.parentCompanyId}`}>{parentName}</Link> : <span className="muted">{t('view.hiddenCompany')}</span>) : none}</dd>
        <dt>{t('form.tags')}</dt>
        <dd>{c.tags.length === 0 ? none : <span className="row" style={{ gap: 'var(--space-1)' }}>{c.tags.map((tag) => <span key={tag} className="badge">{tag}</span>)}</span>}</dd>
        <CustomFieldDetails entity="Company" values={c.customFields} none={none} />
        <dt>{t('view.owner')}</dt><dd>{isMine ? t('view.you') : t('view.anotherUser')}</dd>
      </dl>
    </div>
  );
}

function CompanyContacts({ companyId }: { companyId: string }) {
  const { t } = useTranslation('companies');
  const contacts = useQuery({
    queryKey: ['contacts', 'of-company', companyId],
    queryFn: () => unwrap(api.GET('/api/v1/companies/{id}/contacts', { params: { path: { id: companyId }, query: { limit: 200 } } })),
  });
  const items = contacts.data?.items ?? [];
  return (
    <div className="card stack">
      <h2>{t('view.contacts')}</h2>
      {contacts.isPending ? <p role="status">{t('common:loading')}</p> : items.length === 0 ? <p className="muted">{t('view.noContacts')}</p> : (
        <ul className="plain">
          {items.map((contact) => {
            const role = contact.companies.find((l) => l.companyId === companyId)?.role;
            const name = [contact.firstName, contact.lastName].filter(Boolean).join(' ');
            return (
              <li key={contact.id}>
                <Link to={`/contacts/${contact.id}`}>{name}</Link>
                {role && <span className="muted"> · {role}</span>}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
