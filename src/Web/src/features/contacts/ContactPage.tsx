import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '../../api/client';
import { ApiError, unwrap } from '../../api/problem';
import { useSignedInUser, can } from '../../api/session';
import { usePageTitle } from '../../app/usePageTitle';
import { useNotifications } from '../../app/notifications';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ConflictNotice } from '../../ui/ConflictNotice';
import { FormMessages } from '../../ui/Field';
import { asProblem, useFormProblem, useProblemText } from '../../ui/problems';
import { useDates, useLocale } from '../../i18n/useLocale';
import { addressLines } from '../../ui/address';
import { ContactFields } from './ContactForm';
import { DuplicateNotice } from './DuplicateNotice';
import { TimelinePanel } from './TimelinePanel';
import { LogInteractionPanel } from '../interactions/LogInteractionPanel';
import { UpcomingMeetingsPanel } from '../agenda/UpcomingMeetingsPanel';
import { RelatedTasksPanel } from '../tasks/RelatedTasksPanel';
import { DealsPanel } from './DealsPanel';
import { ConvertLeadDialog } from './ConvertLeadDialog';
import { canConvert } from './leadConversion';
import { MergeNotice } from '../merges/MergeNotice';
import { MergeWith } from '../merges/MergeWith';
import { contactMerging } from '../merges/contactMerging';
import { duplicatesOf } from './duplicates';
import { contactName } from './contactName';
import { draftFields, draftOf, toRequest, type Contact as ContactRecord, type ContactDraft } from './contactDraft';
import { CustomFieldDetails } from '../customFields/CustomFieldDetails';
import { useCustomFields } from '../customFields/queries';
import { customFieldNames, customFieldsBody } from '../customFields/values';

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One component per contact: going from one contact to another never carries an edit over. */
export default function ContactPage() {
  const { id = '' } = useParams();
  return <Contact key={id} id={id} />;
}

function Contact({ id }: { id: string }) {
  const { t } = useTranslation('contacts');
  const problemText = useProblemText('contacts');
  const me = useSignedInUser();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { notify } = useNotifications();
  const contact = useQuery({
    queryKey: ['contacts', 'detail', id],
    queryFn: () => guid.test(id)
      ? unwrap(api.GET('/api/v1/contacts/{id}', { params: { path: { id } } }))
      : Promise.reject(new ApiError({ status: 404 })),
  });
  const [editing, setEditing] = useState<{ draft: ContactDraft; version: number } | null>(null);
  const [deleting, setDeleting] = useState(false);
  const [converting, setConverting] = useState(false);
  const fields = useCustomFields('Contact').data ?? [];
  const form = useFormProblem('contacts', editing ? [...draftFields(editing.draft), ...customFieldNames(fields)] : []);
  const title = useRef<HTMLHeadingElement>(null);
  // Leaving the form removes the button that had the focus: the contact's name takes it.
  const stopEditing = () => {
    setEditing(null);
    requestAnimationFrame(() => title.current?.focus());
  };
  usePageTitle(contact.data ? contactName(contact.data) : undefined);

  const save = useMutation({
    mutationFn: (edit: { draft: ContactDraft; version: number; ignoreDuplicates?: boolean }) =>
      unwrap(api.PUT('/api/v1/contacts/{id}', {
        params: { path: { id } },
        body: {
          ...toRequest(edit.draft),
          // Only the custom fields whose value differs from the record as read are sent: the API keeps the others.
          customFields: customFieldsBody(fields, edit.draft.customFields, contact.data?.customFields),
          ignoreDuplicates: edit.ignoreDuplicates ?? false,
        },
        headers: ifMatch(edit.version),
      })),
    onMutate: form.clear,
    onSuccess: (updated) => {
      queryClient.setQueryData(['contacts', 'detail', id], updated);
      void queryClient.invalidateQueries({ queryKey: ['contacts'], exact: false, refetchType: 'none' });
      stopEditing();
      notify(t('form.saved'));
    },
    onError: form.fail,
  });

  const reload = async () => {
    const { data: fresh } = await contact.refetch();
    if (!fresh) return;
    form.clear();
    setEditing({ draft: draftOf(fresh), version: fresh.version });
  };

  if (contact.isPending) return <p role="status">{t('common:loading')}</p>;
  if (contact.error) {
    return (
      <section>
        <p className="notice error" role="alert">{problemText(asProblem(contact.error))}</p>
        <Link to="/contacts">{t('view.backToList')}</Link>
      </section>
    );
  }
  const c = contact.data;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (editing) save.mutate(editing);
  };
  const mayWrite = can(me, 'contacts.write');
  // Converting a lead changes the contact and opens a deal: both rights are needed.
  const mayConvert = mayWrite && can(me, 'deals.write') && canConvert(c.lifecycleStage);
  const candidates = duplicatesOf(form.problem);
  const primaryCompany = c.companies.find((l) => l.isPrimary);

  return (
    <section className="stack">
      <Link to="/contacts">← {t('view.backToList')}</Link>
      <div className="page-header">
        <h1 ref={title} tabIndex={-1}>{contactName(c)}</h1>
        {!editing && mayWrite && (
          <div className="row">
            {mayConvert && (
              <button type="button" className="button primary" aria-haspopup="dialog" onClick={() => setConverting(true)}>{t('convert.button')}</button>
            )}
            <button type="button" className="button" onClick={() => setEditing({ draft: draftOf(c), version: c.version })}>{t('view.edit')}</button>
            <MergeWith kind={contactMerging} id={c.id} name={contactName(c)} />
            <button type="button" className="button danger" onClick={() => setDeleting(true)}>{t('view.delete')}</button>
          </div>
        )}
      </div>
      {editing ? (
        <>
          {form.isConflict ? <ConflictNotice onReload={() => void reload()} onDismiss={form.clear} />
            : candidates.length > 0
              ? <DuplicateNotice candidates={candidates} saveAnywayLabel={t('duplicates.saveAnyway')} onSaveAnyway={() => save.mutate({ ...editing, ignoreDuplicates: true })} busy={save.isPending} />
              : <FormMessages messages={form.messages} />}
          <form className="form card" onSubmit={submit} noValidate>
            <ContactFields draft={editing.draft} onChange={(draft) => setEditing({ ...editing, draft })} errorOf={form.fieldError} />
            <div className="form-actions">
              <button type="submit" className="button primary" disabled={save.isPending}>{save.isPending ? t('common:saving') : t('common:save')}</button>
              <button type="button" className="button" onClick={() => { form.clear(); stopEditing(); }}>{t('common:cancel')}</button>
            </div>
          </form>
        </>
      ) : (
        <>
          <MergeNotice kind={contactMerging} record={c} />
          <ContactDetails contact={c} isMine={c.ownerId === me.id} />
          {can(me, 'deals.read') && (
            <DealsPanel namespace="contacts" subject={{
              kind: 'contact', id: c.id, contact: { id: c.id, name: contactName(c) },
              company: primaryCompany ? { id: primaryCompany.companyId, name: primaryCompany.companyName ?? null } : null,
            }} />
          )}
          <UpcomingMeetingsPanel query={{ contactId: c.id }} plan={{ contacts: [{ id: c.id, name: contactName(c) }] }} />
          <RelatedTasksPanel relatedType="contact" relatedId={c.id} />
          <LogInteractionPanel links={{ contactIds: [c.id] }} />
          <TimelinePanel subject="contacts" subjectId={c.id} />
        </>
      )}
      {mayConvert && <ConvertLeadDialog contact={c} open={converting} onClose={() => setConverting(false)} />}
      <ConfirmDialog
        namespace="contacts"
        open={deleting}
        title={t('view.deleteTitle', { name: contactName(c) })}
        confirmLabel={t('view.delete')}
        run={() => unwrap(api.DELETE('/api/v1/contacts/{id}', { params: { path: { id } }, headers: ifMatch(c.version) }))}
        onDone={() => {
          queryClient.removeQueries({ queryKey: ['contacts', 'detail', id] });
          void queryClient.invalidateQueries({ queryKey: ['contacts'] });
          notify(t('view.deleted', { name: contactName(c) }));
          navigate('/contacts');
        }}
        onClose={() => setDeleting(false)}
      >
        <p>{t('view.deleteBody')}</p>
      </ConfirmDialog>
    </section>
  );
}

function ContactDetails({ contact: c, isMine }: { contact: ContactRecord; isMine: boolean }) {
  const { t } = useTranslation('contacts');
  const dates = useDates();
  const locale = useLocale();
  const none = t('view.none');
  const lines = addressLines(c.address, locale);
  return (
    <div className="card">
      <h2>{t('view.details')}</h2>
      <dl className="details">
        <dt>{t('form.jobTitle')}</dt><dd>{c.jobTitle || none}</dd>
        <dt>{t('form.emails')}</dt>
        <dd>
          {c.emails.length === 0 ? none : (
            <ul className="plain">
              {c.emails.map((e) => (
                <li key={e.address}>
                  <a href={`mailto:${e.address}`}>{e.address}</a>
                  {e.label && <span className="muted"> · {e.label}</span>}
                  {e.isPrimary && c.emails.length > 1 && <span className="badge">{t('view.primary')}</span>}
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{t('form.phones')}</dt>
        <dd>
          {c.phones.length === 0 ? none : (
            <ul className="plain">
              {c.phones.map((p) => (
                <li key={p.number}>
                  <a href={`tel:${p.number}`}>{p.international}</a>
                  {p.label && <span className="muted"> · {p.label}</span>}
                  {p.isPrimary && c.phones.length > 1 && <span className="badge">{t('view.primary')}</span>}
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{t('form.companies')}</dt>
        <dd>
          {c.companies.length === 0 ? none : (
            <ul className="plain">
              {c.companies.map((l) => (
                <li key={l.companyId}>
                  {l.companyName ? <Link to={`/companies/${l.companyId}`}>{l.companyName}</Link> : <span className="muted">{t('view.hiddenCompany')}</span>}
                  {l.role && <span className="muted"> · {l.role}</span>}
                  {l.isPrimary && c.companies.length > 1 && <span className="badge">{t('view.primary')}</span>}
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{t('common:address.title')}</dt>
        <dd>{lines.length === 0 ? none : <address>{lines.map((line) => <div key={line}>{line}</div>)}</address>}</dd>
        <dt>{t('form.lifecycleStage')}</dt><dd>{t(`stages.${c.lifecycleStage}`)}</dd>
        <dt>{t('form.source')}</dt><dd>{c.source || none}</dd>
        <dt>{t('form.tags')}</dt>
        <dd>{c.tags.length === 0 ? none : <span className="row" style={{ gap: 'var(--space-1)' }}>{c.tags.map((tag) => <span key={tag} className="badge">{tag}</span>)}</span>}</dd>
        <CustomFieldDetails entity="Contact" values={c.customFields} none={none} />
        <dt>{t('view.owner')}</dt><dd>{isMine ? t('view.you') : t('view.anotherUser')}</dd>
        <dt>{t('view.created')}</dt><dd>{dates.dateTime(c.createdAtUtc)}</dd>
        <dt>{t('view.updated')}</dt><dd>{c.updatedAtUtc ? dates.dateTime(c.updatedAtUtc) : t('view.never')}</dd>
      </dl>
    </div>
  );
}
