import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { usePageTitle } from '../../app/usePageTitle';
import { useNotifications } from '../../app/notifications';
import { FormMessages } from '../../ui/Field';
import { useFormProblem } from '../../ui/problems';
import { ContactFields } from './ContactForm';
import { DuplicateNotice } from './DuplicateNotice';
import { duplicatesOf } from './duplicates';
import { draftFields, emptyDraft, toRequest, type ContactDraft } from './contactDraft';
import { contactName } from './contactName';
import { useCustomFields } from '../customFields/queries';
import { customFieldNames, customFieldsBody } from '../customFields/values';

export default function NewContactPage() {
  const { t } = useTranslation('contacts');
  usePageTitle(t('form.newTitle'));
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { notify } = useNotifications();
  const [draft, setDraft] = useState<ContactDraft>(emptyDraft);
  const fields = useCustomFields('Contact').data ?? [];
  const form = useFormProblem('contacts', [...draftFields(draft), ...customFieldNames(fields)]);
  const create = useMutation({
    mutationFn: (ignoreDuplicates: boolean) => unwrap(api.POST('/api/v1/contacts', {
      body: { ...toRequest(draft), customFields: customFieldsBody(fields, draft.customFields, {}), ignoreDuplicates },
    })),
    onMutate: form.clear,
    onSuccess: (contact) => {
      void queryClient.invalidateQueries({ queryKey: ['contacts'] });
      notify(t('form.created', { name: contactName(contact) }));
      navigate(`/contacts/${contact.id}`);
    },
    onError: form.fail,
  });
  const candidates = duplicatesOf(form.problem);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(false);
  };
  return (
    <section className="stack">
      <div className="page-header"><h1>{t('form.newTitle')}</h1></div>
      {candidates.length > 0
        ? <DuplicateNotice candidates={candidates} saveAnywayLabel={t('duplicates.createAnyway')} onSaveAnyway={() => create.mutate(true)} busy={create.isPending} />
        : <FormMessages messages={form.messages} />}
      <form className="form card" onSubmit={submit} noValidate>
        <ContactFields draft={draft} onChange={setDraft} errorOf={form.fieldError} />
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={create.isPending}>{create.isPending ? t('common:saving') : t('form.create')}</button>
          <Link to="/contacts" className="button">{t('common:cancel')}</Link>
        </div>
      </form>
    </section>
  );
}
