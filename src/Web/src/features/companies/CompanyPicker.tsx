import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';

export interface PickedCompany {
  id: string;
  name: string;
}

/** A search box listing the companies whose name holds what is typed; choosing one hands it to `onPick`. */
export function CompanyPicker({ label, onPick, exclude = [] }: {
  label: string;
  onPick: (company: PickedCompany) => void;
  exclude?: string[];
}) {
  const { t } = useTranslation('common');
  const id = useId();
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSearch(typed.trim()), 200);
    return () => clearTimeout(timer);
  }, [typed]);
  const found = useQuery({
    queryKey: ['companies', 'picker', search],
    queryFn: () => unwrap(api.GET('/api/v1/companies', { params: { query: { q: search, limit: 8 } } })),
    enabled: search.length >= 1,
  });
  const choices = (found.data?.items ?? []).filter((c) => !exclude.includes(c.id));
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="search" autoComplete="off" value={typed} onChange={(e) => setTyped(e.target.value)} aria-describedby={`${id}-results`} />
      <div id={`${id}-results`} aria-live="polite">
        {search.length >= 1 && found.isSuccess && choices.length === 0 && <span className="hint">{t('companyPicker.none', { q: search })}</span>}
        {choices.length > 0 && (
          <ul className="plain picker-results">
            {choices.map((c) => (
              <li key={c.id}>
                <button type="button" className="button small ghost" onClick={() => { onPick({ id: c.id, name: c.name }); setTyped(''); setSearch(''); }}>
                  {c.name}{c.address.city ? <span className="muted"> · {c.address.city}</span> : null}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
