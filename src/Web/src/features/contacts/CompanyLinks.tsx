import { useId } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../ui/Field';
import { CompanyPicker } from '../companies/CompanyPicker';
import type { ContactDraft } from './contactDraft';

/** The companies a contact belongs to, with a role in each and the main one marked. */
export function CompanyLinks({ draft, onChange, errorOf }: {
  draft: ContactDraft;
  onChange: (draft: ContactDraft) => void;
  errorOf: (field: string) => string | undefined;
}) {
  const { t } = useTranslation('contacts');
  const groupId = useId();
  const links = draft.companies;
  const setLinks = (next: ContactDraft['companies']) => onChange({ ...draft, companies: next });
  return (
    <fieldset>
      <legend>{t('form.companies')}</legend>
      {errorOf('companies') && <span className="error">{errorOf('companies')}</span>}
      {links.map((link, row) => (
        <div className="row item-row" key={link.companyId} style={{ alignItems: 'end' }}>
          <div className="grow" style={{ paddingBottom: 'var(--space-2)' }}>
            {link.companyName ? <Link to={`/companies/${link.companyId}`}>{link.companyName}</Link> : <span className="muted">{t('view.hiddenCompany')}</span>}
          </div>
          <div className="grow">
            <TextField
              label={t('form.role', { company: link.companyName ?? '' })}
              autoComplete="off"
              value={link.role}
              onChange={(e) => setLinks(links.map((l, i) => (i === row ? { ...l, role: e.target.value } : l)))}
              error={errorOf(`companies[${row}].role`)}
            />
          </div>
          {links.length > 1 && (
            <label className="checkbox" style={{ paddingBottom: 'var(--space-2)' }}>
              <input type="radio" name={`${groupId}-primary`} checked={link.isPrimary} onChange={() => setLinks(links.map((l, i) => ({ ...l, isPrimary: i === row })))}
                aria-label={t('form.primaryOf', { item: link.companyName ?? t('view.hiddenCompany') })} />
              {t('form.primary')}
            </label>
          )}
          <button type="button" className="button small" onClick={() => setLinks(links.filter((_, i) => i !== row))}
            aria-label={t('form.companyRemove', { company: link.companyName ?? '' })}>
            {t('form.remove')}
          </button>
        </div>
      ))}
      {links.length < 10 && (
        <CompanyPicker
          label={t('form.companyAdd')}
          exclude={links.map((l) => l.companyId)}
          onPick={(company) => setLinks([...links, { companyId: company.id, companyName: company.name, role: '', isPrimary: links.length === 0 }])}
        />
      )}
    </fieldset>
  );
}
