import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../ui/Field';
import { AddressFields } from '../../ui/AddressFields';
import { CompanyPicker } from './CompanyPicker';
import { CustomFieldInputs } from '../customFields/CustomFieldInputs';
import { companySizes, type CompanyDraft } from './companyDraft';

export function CompanyFields({ draft, onChange, errorOf, selfId }: {
  draft: CompanyDraft;
  onChange: (draft: CompanyDraft) => void;
  errorOf: (field: string) => string | undefined;
  /** The company being edited, which cannot be its own parent. */
  selfId?: string;
}) {
  const { t } = useTranslation('companies');
  const set = (field: keyof CompanyDraft) => (e: { target: { value: string } }) => onChange({ ...draft, [field]: e.target.value });
  return (
    <>
      <TextField label={t('form.name')} name="name" autoComplete="off" autoFocus value={draft.name} onChange={set('name')} error={errorOf('name')} />
      <TextField label={t('form.domains')} name="domains" autoComplete="off" value={draft.domains} onChange={set('domains')} error={errorOf('domains')} hint={t('form.domainsHint')} />
      <div className="row" style={{ alignItems: 'start' }}>
        <div className="grow"><TextField label={t('form.industry')} name="industry" autoComplete="off" value={draft.industry} onChange={set('industry')} error={errorOf('industry')} /></div>
        <div className="grow">
          <SelectField label={t('form.size')} name="size" value={draft.size} onChange={set('size')} error={errorOf('size')}>
            <option value="">{t('form.sizeUnknown')}</option>
            {companySizes.map((size) => <option key={size} value={size}>{t(`sizes.${size}`)}</option>)}
          </SelectField>
        </div>
      </div>
      <div className="row" style={{ alignItems: 'start' }}>
        <div className="grow"><TextField label={t('form.siren')} name="siren" autoComplete="off" inputMode="numeric" value={draft.siren} onChange={set('siren')} error={errorOf('siren')} /></div>
        <div className="grow"><TextField label={t('form.siret')} name="siret" autoComplete="off" inputMode="numeric" value={draft.siret} onChange={set('siret')} error={errorOf('siret')} /></div>
      </div>
      <TextField label={t('form.vatNumber')} name="vatNumber" autoComplete="off" value={draft.vatNumber} onChange={set('vatNumber')} error={errorOf('vatNumber')} />
      <div className="row" style={{ alignItems: 'start' }}>
        <div className="grow"><TextField label={t('form.phone')} name="phone" type="tel" autoComplete="off" value={draft.phone} onChange={set('phone')} error={errorOf('phone')} /></div>
        <div className="grow"><TextField label={t('form.website')} name="website" autoComplete="off" value={draft.website} onChange={set('website')} error={errorOf('website')} /></div>
      </div>
      <AddressFields address={draft.address} onChange={(address) => onChange({ ...draft, address })} errorOf={errorOf} />
      <fieldset>
        <legend>{t('form.parent')}</legend>
        {errorOf('parentCompanyId') && <span className="error">{errorOf('parentCompanyId')}</span>}
        {draft.parent ? (
          <div className="row">
            <span className="grow">{draft.parent.name ?? t('view.hiddenCompany')}</span>
            <button type="button" className="button small" onClick={() => onChange({ ...draft, parent: null })}>{t('form.parentRemove')}</button>
          </div>
        ) : (
          <CompanyPicker label={t('form.parentPick')} exclude={selfId ? [selfId] : []} onPick={(company) => onChange({ ...draft, parent: company })} />
        )}
      </fieldset>
      <TextField label={t('form.tags')} name="tags" autoComplete="off" value={draft.tags} onChange={set('tags')} error={errorOf('tags')} hint={t('form.tagsHint')} />
      <CustomFieldInputs entity="Company" draft={draft.customFields} onChange={(customFields) => onChange({ ...draft, customFields })} errorOf={errorOf} />
    </>
  );
}
