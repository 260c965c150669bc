import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from './Field';
import { useLocale } from '../i18n/useLocale';
import { countries } from '../i18n/countries';
import type { AddressDraft } from './address';

/** A postal address: street, postal code and city, region, country chosen from the list. Errors are read at `address.*`. */
export function AddressFields({ address, onChange, errorOf }: {
  address: AddressDraft;
  onChange: (address: AddressDraft) => void;
  errorOf: (field: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const set = (field: keyof AddressDraft) => (e: { target: { value: string } }) => onChange({ ...address, [field]: e.target.value });
  return (
    <fieldset>
      <legend>{t('address.title')}</legend>
      <TextField label={t('address.street')} autoComplete="off" value={address.street} onChange={set('street')} error={errorOf('address.street')} />
      <div className="row" style={{ alignItems: 'start' }}>
        <div style={{ flex: '0 1 9rem' }}><TextField label={t('address.postalCode')} autoComplete="off" value={address.postalCode} onChange={set('postalCode')} error={errorOf('address.postalCode')} /></div>
        <div className="grow"><TextField label={t('address.city')} autoComplete="off" value={address.city} onChange={set('city')} error={errorOf('address.city')} /></div>
      </div>
      <div className="row" style={{ alignItems: 'start' }}>
        <div className="grow"><TextField label={t('address.region')} autoComplete="off" value={address.region} onChange={set('region')} error={errorOf('address.region')} /></div>
        <div className="grow">
          <SelectField label={t('address.country')} value={address.countryCode} onChange={set('countryCode')} error={errorOf('address.countryCode')}>
            <option value="">—</option>
            {countries(locale).map((c) => <option key={c.code} value={c.code}>{c.name}</option>)}
          </SelectField>
        </div>
      </div>
    </fieldset>
  );
}
