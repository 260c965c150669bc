import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '../../api/client';
import { unwrap } from '../../api/problem';
import { can, useSignedInUser } from '../../api/session';
import { usePageTitle } from '../../app/usePageTitle';
import { useNotifications } from '../../app/notifications';
import { ConflictNotice } from '../../ui/ConflictNotice';
import { FormMessages, TextAreaField, TextField } from '../../ui/Field';
import { useFormProblem } from '../../ui/problems';
import { salesKeys, useSellerProfile } from '../quotes/queries';
import { Loading, NotAllowed, QueryProblem } from './AdminParts';
import { sellerBody, sellerDraftOf, sellerFields, type SellerDraft, type SellerProfile } from './onboardingDraft';
import './admin.css';
import './salesSetup.css';

export default function SalesSettingsPage() {
  const { t } = useTranslation('salesSetup');
  usePageTitle(t('seller.title'));
  const me = useSignedInUser();
  const seller = useSellerProfile();
  if (!can(me, 'sales.setup')) return <NotAllowed title={t('seller.title')} text={t('seller.notAllowed')} />;
  return (
    <>
      <div className="page-header"><h1>{t('seller.title')}</h1></div>
      <p className="muted">{t('seller.intro')}</p>
      {seller.isError && <QueryProblem error={seller.error} onRetry={() => void seller.refetch()} />}
      {seller.isPending ? <Loading /> : seller.data && <SellerForm seller={seller.data} />}
    </>
  );
}

/** The company identifiers the API checks, whose refusal is told next to their field in the interface's words. */
const identifierCodes: Partial<Record<keyof SellerDraft, string>> = {
  siren: 'company.siren_invalid', siret: 'company.siret_invalid', vatNumber: 'company.vat_number_invalid',
};

function SellerForm({ seller }: { seller: SellerProfile }) {
  const { t } = useTranslation('salesSetup');
  const queryClient = useQueryClient();
  const { notify } = useNotifications();
  const current = useSellerProfile();
  // The version the change is made against ("0" before the first one); a reload after a conflict takes the latest.
  const [base, setBase] = useState(seller);
  const [draft, setDraft] = useState<SellerDraft>(() => sellerDraftOf(seller));
  const [checked, setChecked] = useState(false);
  const form = useFormProblem('salesSetup', sellerFields);
  const save = useMutation({
    mutationFn: () => unwrap(api.PUT('/api/v1/sales-settings/seller', { body: sellerBody(draft), headers: ifMatch(base.version) })),
    onMutate: form.clear,
    onSuccess: (saved) => {
      notify(t('seller.saved'));
      setBase(saved);
      setDraft(sellerDraftOf(saved));
      setChecked(false);
      queryClient.setQueryData(salesKeys.seller, saved);
      // Quotes that could not be printed can be now.
      void queryClient.invalidateQueries({ queryKey: ['deals', 'quote'] });
    },
    onError: form.fail,
  });
  const reload = async () => {
    const { data } = await current.refetch();
    form.clear();
    if (!data) return;
    setBase(data);
    setDraft(sellerDraftOf(data));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setChecked(true);
    form.clear();
    if (!draft.name.trim()) return;
    save.mutate();
  };
  const identifierRefused = Object.values(identifierCodes).includes(form.problem?.code ?? '');
  const errorOf = (field: keyof SellerDraft) => {
    if (field === 'name' && checked && !draft.name.trim()) return t('seller.validation.required');
    const code = identifierCodes[field];
    if (code && form.problem?.code === code) return t(`codes.${code}`);
    return form.fieldError(field);
  };
  const set = (field: keyof SellerDraft) => (e: { target: { value: string } }) => setDraft({ ...draft, [field]: e.target.value });
  return (
    <form className="form" noValidate onSubmit={submit}>
      {form.isConflict
        ? <ConflictNotice onReload={() => void reload()} onDismiss={form.clear} />
        : <FormMessages messages={identifierRefused ? [t('common:problems.validation')] : form.messages} />}
      <p className={`notice ${base.isSetUp ? 'success' : 'warning'}`} role="status" style={{ margin: 0 }}>
        {base.isSetUp ? t('seller.setUp') : t('seller.notSetUp')}
      </p>
      <fieldset>
        <legend>{t('seller.legend')}</legend>
        <TextField label={t('seller.name')} hint={t('seller.nameHint')} required autoComplete="organization" maxLength={200}
          value={draft.name} error={errorOf('name')} onChange={set('name')} />
        <TextAreaField label={t('seller.address')} hint={t('seller.addressHint')} rows={3} maxLength={500} autoComplete="street-address"
          value={draft.address} error={errorOf('address')} onChange={set('address')} />
        <div className="row admin-identifiers">
          <div className="grow">
            <TextField label={t('seller.siren')} hint={t('seller.sirenHint')} inputMode="numeric" autoComplete="off"
              value={draft.siren} error={errorOf('siren')} onChange={set('siren')} />
          </div>
          <div className="grow">
            <TextField label={t('seller.siret')} hint={t('seller.siretHint')} inputMode="numeric" autoComplete="off"
              value={draft.siret} error={errorOf('siret')} onChange={set('siret')} />
          </div>
        </div>
        <TextField label={t('seller.vatNumber')} hint={t('seller.vatNumberHint')} autoComplete="off"
          value={draft.vatNumber} error={errorOf('vatNumber')} onChange={set('vatNumber')} />
        <TextAreaField label={t('seller.legalNotice')} hint={t('seller.legalNoticeHint')} rows={3} maxLength={500}
          value={draft.legalNotice} error={errorOf('legalNotice')} onChange={set('legalNotice')} />
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={save.isPending}>{save.isPending ? t('common:saving') : t('common:save')}</button>
      </div>
    </form>
  );
}
