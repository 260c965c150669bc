import { useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '../../api/client';
import { ApiError, unwrap } from '../../api/problem';
import { useSignedInUser, can } from '../../api/session';
import type { components } from '../../api/schema';
import { usePageTitle } from '../../app/usePageTitle';
import { useNotifications } from '../../app/notifications';
import { ConflictNotice } from '../../ui/ConflictNotice';
import { FormMessages } from '../../ui/Field';
import { asProblem, useFormProblem, useProblemText } from '../../ui/problems';
import { ContactFields, contactFields, toRequest, type ContactDraft } from './ContactForm';
import { contactName } from './contactName';
import { useDates } from '../../i18n/useLocale';

type Contact = components['schemas']['ContactResponse'];

const draftOf = (c: Contact): ContactDraft => ({ firstName: c.firstName ?? '', lastName: c.lastName ?? '', email: c.email ?? '' });

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
  const dates = useDates();
  const queryClient = useQueryClient();
  const { notify } = useNotifications();
  const contact = useQuery({
    queryKey: ['contacts', 'detail', id],
    queryFn: () => guid.test(id)
      ? unwrap(api.GET('/api/v1/contacts/{id}', { params: { path: { id } } }))
      : Promise.reject(new ApiError({ status: 404 })),
  });
  const [editing, setEditing] = useState<{ draft: ContactDraft; version: number } | null>(null);
  const form = useFormProblem('contacts', contactFields);
  const title = useRef<HTMLHeadingElement>(null);
  // Leaving the form removes the button that had the focus: the contact's name takes it.
  const stopEditing = () => {
    setEditing(null);
    requestAnimationFrame(() => title.current?.focus());
  };
  usePageTitle(contact.data ? contactName(contact.data) : undefined);

  const save = useMutation({
    mutationFn: (edit: { draft: ContactDraft; version: number }) =>
      unwrap(api.PUT('/api/v1/contacts/{id}', {
        params: { path: { id } },
        body: toRequest(edit.draft),
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

  return (
    <section className="stack">
      <Link to="/contacts">← {t('view.backToList')}</Link>
      <div className="page-header">
        <h1 ref={title} tabIndex={-1}>{contactName(c)}</h1>
        {!editing && can(me, 'contacts.write') && (
          <button type="button" className="button" onClick={() => setEditing({ draft: draftOf(c), version: c.version })}>{t('view.edit')}</button>
        )}
      </div>
      {editing ? (
        <>
          {form.isConflict ? <ConflictNotice onReload={() => void reload()} onDismiss={form.clear} /> : <FormMessages messages={form.messages} />}
          <form className="form card" onSubmit={submit} noValidate>
            <ContactFields draft={editing.draft} onChange={(draft) => setEditing({ ...editing, draft })} errorOf={form.fieldError} />
            <div className="form-actions">
              <button type="submit" className="button primary" disabled={save.isPending}>{save.isPending ? t('common:saving') : t('common:save')}</button>
              <button type="button" className="button" onClick={() => { form.clear(); stopEditing(); }}>{t('common:cancel')}</button>
            </div>
          </form>
        </>
      ) : (
        <div className="card">
          <h2>{t('view.details')}</h2>
          <dl className="details">
            <dt>{t('form.firstName')}</dt><dd>{c.firstName || '—'}</dd>
            <dt>{t('form.lastName')}</dt><dd>{c.lastName || '—'}</dd>
            <dt>{t('form.email')}</dt><dd>{c.email ? <a href={`mailto:${c.email}`}>{c.email}</a> : '—'}</dd>
            <dt>{t('view.owner')}</dt><dd>{c.ownerId === me.id ? t('view.you') : t('view.anotherUser')}</dd>
            <dt>{t('view.created')}</dt><dd>{dates.dateTime(c.createdAtUtc)}</dd>
            <dt>{t('view.updated')}</dt><dd>{c.updatedAtUtc ? dates.dateTime(c.updatedAtUtc) : t('view.never')}</dd>
          </dl>
        </div>
      )}
    </section>
  );
}
