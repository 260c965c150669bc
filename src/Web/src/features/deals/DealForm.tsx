import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { can, useSignedInUser } from '../../api/session';
import { SelectField, TextField } from '../../ui/Field';
import { CompanyPicker } from '../companies/CompanyPicker';
import { ContactPicker } from './ContactPicker';
import { CustomFieldInputs } from '../customFields/CustomFieldInputs';
import { contactRoles, currencyOptions, forecastCategories, type ContactRole, type DealDraft, type ForecastCategory } from './dealDraft';
import type { Stage } from './board';

export interface OwnerChoice {
  id: string;
  name: string;
}

/**
 * The fields of a deal. `stages` (a new deal's first stage) and `owners` (when the reader may read the directory) show the
 * fields only the situation allows; `forecast` shows the forecast category.
 */
export function DealFields({ draft, onChange, errorOf, stages, owners, forecast = false }: {
  draft: DealDraft;
  onChange: (draft: DealDraft) => void;
  errorOf: (field: string) => string | undefined;
  stages?: readonly Stage[];
  owners?: readonly OwnerChoice[];
  forecast?: boolean;
}) {
  const { t } = useTranslation('deals');
  const me = useSignedInUser();
  const readsContacts = can(me, 'contacts.read');
  const set = (field: keyof DealDraft) => (e: { target: { value: string } }) => onChange({ ...draft, [field]: e.target.value });
  const setRole = (row: number, role: ContactRole) => onChange({ ...draft, contacts: draft.contacts.map((c, i) => (i === row ? { ...c, role } : c)) });
  return (
    <>
      <TextField label={t('form.name')} name="name" autoComplete="off" required maxLength={200} data-autofocus value={draft.name}
        onChange={set('name')} error={errorOf('name')} />
      <div className="row deal-amount-row">
        <div className="grow">
          <TextField label={t('form.amount')} name="amount" autoComplete="off" inputMode="decimal" value={draft.amount}
            onChange={set('amount')} error={errorOf('amount')} hint={t('form.amountHint')} />
        </div>
        <div className="deal-currency">
          <SelectField label={t('form.currency')} name="currency" value={draft.currency} onChange={set('currency')} error={errorOf('currency')}>
            {currencyOptions(draft.currency).map((code) => <option key={code} value={code}>{code}</option>)}
          </SelectField>
        </div>
      </div>
      <TextField label={t('form.expectedCloseDate')} name="expectedCloseDate" type="date" value={draft.expectedCloseDate}
        onChange={set('expectedCloseDate')} error={errorOf('expectedCloseDate')} />
      {stages && (
        <SelectField label={t('form.stage')} name="stageId" required value={draft.stageId} onChange={set('stageId')} error={errorOf('stageId')}>
          {stages.map((stage) => <option key={stage.id} value={stage.id}>{stage.name}</option>)}
        </SelectField>
      )}
      {owners && (
        <SelectField label={t('form.owner')} name="ownerId" value={draft.ownerId} onChange={set('ownerId')} error={errorOf('ownerId')}>
          {!owners.some((o) => o.id === draft.ownerId) && <option value={draft.ownerId}>{t('form.ownerKeep')}</option>}
          {owners.map((owner) => <option key={owner.id} value={owner.id}>{owner.name}</option>)}
        </SelectField>
      )}
      <fieldset>
        <legend>{t('form.company')}</legend>
        {errorOf('companyId') && <span className="error">{errorOf('companyId')}</span>}
        {draft.company ? (
          <div className="row">
            <span className="grow">
              {draft.company.name ? <Link to={`/companies/${draft.company.id}`}>{draft.company.name}</Link> : <span className="muted">{t('view.hiddenCompany')}</span>}
            </span>
            <button type="button" className="button small" onClick={() => onChange({ ...draft, company: null })}>{t('form.companyRemove')}</button>
          </div>
        ) : readsContacts ? (
          <CompanyPicker label={t('form.companyPick')} onPick={(company) => onChange({ ...draft, company })} />
        ) : <p className="muted" style={{ margin: 0 }}>{t('form.pickersNeedContacts')}</p>}
      </fieldset>
      <fieldset>
        <legend>{t('form.contacts')}</legend>
        {errorOf('contacts') && <span className="error">{errorOf('contacts')}</span>}
        {draft.contacts.length === 0 && <p className="muted" style={{ margin: 0 }}>{t('form.contactsNone')}</p>}
        {draft.contacts.map((contact, row) => {
          const name = contact.name ?? t('view.hiddenContact');
          return (
            <div className="row deal-form-row" key={contact.contactId}>
              <div className="grow">
                {contact.name ? <Link to={`/contacts/${contact.contactId}`}>{contact.name}</Link> : <span className="muted">{name}</span>}
              </div>
              <div className="grow">
                <SelectField label={t('form.contactRole', { name })} value={contact.role} onChange={(e) => setRole(row, e.target.value as ContactRole)}>
                  {contactRoles.map((role) => <option key={role} value={role}>{t(`roles.${role}`)}</option>)}
                </SelectField>
              </div>
              <button type="button" className="button small" onClick={() => onChange({ ...draft, contacts: draft.contacts.filter((_, i) => i !== row) })}>
                {t('form.contactRemove', { name })}
              </button>
            </div>
          );
        })}
        {readsContacts && draft.contacts.length < 50 && (
          <ContactPicker label={t('form.contactAdd')} exclude={draft.contacts.map((c) => c.contactId)}
            onPick={(picked) => onChange({ ...draft, contacts: [...draft.contacts, { contactId: picked.id, name: picked.name, role: 'Other' }] })} />
        )}
      </fieldset>
      <TextField label={t('form.source')} name="source" autoComplete="off" maxLength={100} value={draft.source}
        onChange={set('source')} error={errorOf('source')} hint={t('form.sourceHint')} />
      <TextField label={t('form.nextStep')} name="nextStep" autoComplete="off" maxLength={500} value={draft.nextStep}
        onChange={set('nextStep')} error={errorOf('nextStep')} />
      {forecast && (
        <SelectField label={t('form.forecastCategory')} name="forecastCategory" value={draft.forecastCategory}
          onChange={(e) => onChange({ ...draft, forecastCategory: e.target.value as ForecastCategory })} error={errorOf('forecastCategory')}>
          {forecastCategories.map((category) => <option key={category} value={category}>{t(`forecast.${category}`)}</option>)}
        </SelectField>
      )}
      <CustomFieldInputs entity="Deal" draft={draft.customFields} onChange={(customFields) => onChange({ ...draft, customFields })} errorOf={errorOf} />
    </>
  );
}
