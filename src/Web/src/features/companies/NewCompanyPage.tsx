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
import { CompanyFields } from './CompanyForm';
import { companyFields, emptyCompanyDraft, toCompanyRequest, type CompanyDraft } from './companyDraft';
import { useCustomFields } from '../customFields/queries';
import { customFieldNames, customFieldsBody } from '../customFields/values';

export default function NewCompanyPage() {
  const { t } = useTranslation('companies');
  usePageTitle(t('form.newTitle'));
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { notify } = useNotifications();
  const [draft, setDraft] = useState<CompanyDraft>(emptyCompanyDraft);
  const fields = useCustomFields('Company').data ?? [];
  const form = useFormProblem('companies', [...companyFields, ...customFieldNames(fields)]);
  const create = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/companies', {
      body: { ...toCompanyRequest(draft), customFields: customFieldsBody(fields, draft.customFields, {}) },
    })),
    onMutate: form.clear,
    onSuccess: (company) => {
      void queryClient.invalidateQueries({ queryKey: ['companies'] });
      notify(t('form.created', { name: company.name }));
      navigate(`/companies/${company.id}`);
    },
    onError: form.fail,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate();
  };
  return (
    <section className="stack">
      <div className="page-header"><h1>{t('form.newTitle')}</h1></div>
      <FormMessages messages={form.messages} />
      <form className="form card" onSubmit={submit} noValidate>
        <CompanyFields draft={draft} onChange={setDraft} errorOf={form.fieldError} />
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={create.isPending}>{create.isPending ? t('common:saving') : t('form.create')}</button>
          <Link to="/companies" className="button">{t('common:cancel')}</Link>
        </div>
      </form>
    </section>
  );
}
