import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';

export interface PickedContact {
  id: string;
  name: string;
}

/** A search box listing the contacts whose name, email or phone holds what is typed; choosing one hands it to `onPick`. */
export function ContactPicker({ label, onPick, exclude = [] }: {
  label: string;
  onPick: (contact: PickedContact) => void;
  exclude?: string[];
}) {
  const { t } = useTranslation('deals');
  const id = useId();
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSearch(typed.trim()), 200);
    return () => clearTimeout(timer);
  }, [typed]);
  const found = useQuery({
    queryKey: ['contacts', 'picker', search],
    queryFn: () => unwrap(api.GET('/api/v1/contacts', { params: { query: { q: search, limit: 8 } } })),
    enabled: search.length >= 1,
  });
  const choices = (found.data?.items ?? []).filter((c) => !exclude.includes(c.id));
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="search" autoComplete="off" value={typed} onChange={(e) => setTyped(e.target.value)} aria-describedby={`${id}-results`} />
      <div id={`${id}-results`} aria-live="polite">
        {search.length >= 1 && found.isSuccess && choices.length === 0 && <span className="hint">{t('form.contactPickerNone', { q: search })}</span>}
        {choices.length > 0 && (
          <ul className="plain picker-results">
            {choices.map((c) => {
              const name = [c.firstName, c.lastName].filter(Boolean).join(' ');
              const email = c.emails.find((e) => e.isPrimary)?.address ?? c.emails[0]?.address;
              return (
                <li key={c.id}>
                  <button type="button" className="button small ghost" onClick={() => { onPick({ id: c.id, name }); setTyped(''); setSearch(''); }}>
                    {name}{email ? <span className="muted"> · {email}</span> : null}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </div>
  );
}
