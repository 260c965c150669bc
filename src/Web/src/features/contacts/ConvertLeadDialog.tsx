import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { useNotifications } from '../../app/notifications';
import { Dialog } from '../../ui/Dialog';
import { FormMessages, SelectField, TextField } from '../../ui/Field';
import { useFormProblem } from '../../ui/problems';
import { CustomFieldInputs } from '../customFields/CustomFieldInputs';
import { useCustomFields } from '../customFields/queries';
import { customFieldNames, customFieldsBody, type CustomFieldsDraft } from '../customFields/values';
import { currencyOptions } from '../deals/dealDraft';
import { dealKeys, usePipelines } from '../deals/queries';
import { contactName } from './contactName';
import type { Contact } from './contactDraft';
import { checkConversion, conversionDraftOf, conversionFields, hasCompany, toConversionRequest, type ConversionDraft } from './leadConversion';

/**
 * "Convert to deal": the lead becomes an opportunity and a deal opens for it (with a new company when it has none and
 * one is named), then the deal's page shows.
 */
export function ConvertLeadDialog({ contact, open, onClose }: { contact: Contact; open: boolean; onClose: () => void }) {
  const { t } = useTranslation('contacts');
  return (
    <Dialog open={open} title={t('convert.title', { name: contactName(contact) })} onClose={onClose}>
      {open && <ConvertLeadForm contact={contact} onClose={onClose} />}
    </Dialog>
  );
}

function ConvertLeadForm({ contact, onClose }: { contact: Contact; onClose: () => void }) {
  const { t } = useTranslation(['contacts', 'deals']);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { notify } = useNotifications();
  const pipelines = usePipelines();
  const [draft, setDraft] = useState<ConversionDraft>(() => conversionDraftOf(contact));
  const [checked, setChecked] = useState(false);
  const dealFields = useCustomFields('Deal').data ?? [];
  const [customFields, setCustomFields] = useState<CustomFieldsDraft>({});
  // The deals' texts explain the API's codes about the deal, its pipeline, its amount and its custom fields.
  const form = useFormProblem('deals', [...conversionFields, ...customFieldNames(dealFields)]);
  const withNewCompany = !hasCompany(contact);
  const name = contactName(contact);
  const problems = checked ? checkConversion(draft) : {};
  const set = (field: keyof ConversionDraft) => (e: { target: { value: string } }) => setDraft({ ...draft, [field]: e.target.value });
  const sortedPipelines = [...(pipelines.data ?? [])].sort((a, b) => a.position - b.position);
  const primary = contact.companies.find((c) => c.isPrimary);

  const convert = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/deals/from-lead', {
      body: { ...toConversionRequest(contact.id, draft, withNewCompany), customFields: customFieldsBody(dealFields, customFields, {}) },
    })),
    onMutate: form.clear,
    onSuccess: (deal) => {
      queryClient.setQueryData(dealKeys.detail(deal.id), deal);
      // The contact is an opportunity now, perhaps with a new company; boards and lists show the deal.
      void queryClient.invalidateQueries({ queryKey: ['contacts'] });
      void queryClient.invalidateQueries({ queryKey: ['companies'] });
      void queryClient.invalidateQueries({ queryKey: ['timeline'] });
      void queryClient.invalidateQueries({ queryKey: dealKeys.all });
      notify(t('convert.done', { name, deal: deal.name }));
      onClose();
      navigate(`/deals/${deal.id}`);
    },
    onError: form.fail,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setChecked(true);
    form.clear();
    if (Object.keys(checkConversion(draft)).length > 0) return;
    convert.mutate();
  };
  const errorOf = (field: string) => (field === 'amount' && problems.amount ? t('deals:form.validation.amount') : form.fieldError(field));

  if (pipelines.isSuccess && pipelines.data.length === 0) {
    return <p className="notice warning">{t('convert.noPipeline')}</p>;
  }
  return (
    <form className="form" noValidate onSubmit={submit}>
      <p className="muted" style={{ margin: 0 }}>{t('convert.intro', { name })}</p>
      <FormMessages messages={form.messages} />
      <TextField label={t('convert.dealName')} name="name" autoComplete="off" maxLength={200} data-autofocus value={draft.name}
        onChange={set('name')} error={errorOf('name')} hint={t('convert.dealNameHint')} />
      <div className="row deal-amount-row">
        <div className="grow">
          <TextField label={t('deals:form.amount')} name="amount" autoComplete="off" inputMode="decimal" value={draft.amount}
            onChange={set('amount')} error={errorOf('amount')} hint={t('deals:form.amountHint')} />
        </div>
        <div className="deal-currency">
          <SelectField label={t('deals:form.currency')} name="currency" value={draft.currency} onChange={set('currency')} error={errorOf('currency')}>
            {currencyOptions(draft.currency).map((code) => <option key={code} value={code}>{code}</option>)}
          </SelectField>
        </div>
      </div>
      <TextField label={t('deals:form.expectedCloseDate')} name="expectedCloseDate" type="date" value={draft.expectedCloseDate}
        onChange={set('expectedCloseDate')} error={errorOf('expectedCloseDate')} />
      {sortedPipelines.length > 1 && (
        <SelectField label={t('convert.pipeline')} name="pipelineId" value={draft.pipelineId || sortedPipelines[0]!.id}
          onChange={set('pipelineId')} error={errorOf('pipelineId')} hint={t('convert.pipelineHint')}>
          {sortedPipelines.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
        </SelectField>
      )}
      {withNewCompany ? (
        <TextField label={t('convert.newCompany')} name="newCompanyName" autoComplete="organization" maxLength={200} value={draft.newCompanyName}
          onChange={set('newCompanyName')} error={errorOf('newCompanyName')} hint={t('convert.newCompanyHint', { name })} />
      ) : (
        <p style={{ margin: 0 }}>{t('convert.company', { company: primary?.companyName ?? t('view.hiddenCompany') })}</p>
      )}
      <CustomFieldInputs entity="Deal" draft={customFields} onChange={setCustomFields} errorOf={errorOf} />
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={convert.isPending} aria-busy={convert.isPending || undefined}>
          {convert.isPending ? t('common:working') : t('convert.submit')}
        </button>
        <button type="button" className="button" onClick={onClose}>{t('common:cancel')}</button>
      </div>
    </form>
  );
}
