import { useTranslation } from 'react-i18next';
import { TextField } from '../../ui/Field';

export interface ContactDraft {
  firstName: string;
  lastName: string;
  email: string;
}

export const contactFields = ['firstName', 'lastName', 'email'] as const;

export function ContactFields({ draft, onChange, errorOf }: {
  draft: ContactDraft;
  onChange: (draft: ContactDraft) => void;
  errorOf: (field: string) => string | undefined;
}) {
  const { t } = useTranslation('contacts');
  const set = (field: keyof ContactDraft) => (e: { target: { value: string } }) => onChange({ ...draft, [field]: e.target.value });
  return (
    <>
      <div className="row" style={{ alignItems: 'start' }}>
        <div className="grow"><TextField label={t('form.firstName')} name="firstName" autoComplete="off" autoFocus value={draft.firstName} onChange={set('firstName')} error={errorOf('firstName')} /></div>
        <div className="grow"><TextField label={t('form.lastName')} name="lastName" autoComplete="off" value={draft.lastName} onChange={set('lastName')} error={errorOf('lastName')} /></div>
      </div>
      <TextField label={t('form.email')} name="email" type="email" autoComplete="off" value={draft.email} onChange={set('email')} error={errorOf('email')} />
    </>
  );
}

/** Blank fields are sent as null: the API stores "no value", not an empty string. */
export function toRequest(draft: ContactDraft) {
  const value = (s: string) => (s.trim() === '' ? null : s.trim());
  return { firstName: value(draft.firstName), lastName: value(draft.lastName), email: value(draft.email) };
}
