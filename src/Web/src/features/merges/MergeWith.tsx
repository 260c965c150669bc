import { useEffect, useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { Dialog } from '../../ui/Dialog';
import { asProblem, useProblemText } from '../../ui/problems';
import { mergeHref } from './mergeDraft';
import './merges.css';

/** "Merge with…" on a contact's page: find the other contact, then compare both on the merge screen, this one kept. */
export function MergeWith({ contactId, name }: { contactId: string; name: string }) {
  const { t } = useTranslation('merges');
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>{t('mergeWith.button')}</button>
      <Dialog open={open} title={t('mergeWith.title')} onClose={() => setOpen(false)}>
        <OtherContactSearch contactId={contactId} name={name} />
      </Dialog>
    </>
  );
}

function OtherContactSearch({ contactId, name }: { contactId: string; name: string }) {
  const { t } = useTranslation('merges');
  const problemText = useProblemText('merges');
  const navigate = useNavigate();
  const id = useId();
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSearch(typed.trim()), 200);
    return () => clearTimeout(timer);
  }, [typed]);
  const found = useQuery({
    queryKey: ['search', 'merge', search],
    queryFn: () => unwrap(api.GET('/api/v1/search', { params: { query: { q: search, limit: 10 } } })),
    enabled: search.length >= 2,
  });
  const choices = (found.data?.items ?? []).filter((r) => r.kind === 'Contact' && r.id !== contactId);
  return (
    <div className="stack">
      <p>{t('mergeWith.intro', { name })}</p>
      <div className="field">
        <label htmlFor={id}>{t('mergeWith.search')}</label>
        <input id={id} data-autofocus type="search" autoComplete="off" value={typed} onChange={(e) => setTyped(e.target.value)}
          aria-describedby={`${id}-hint ${id}-results`} />
        <span id={`${id}-hint`} className="hint">{t('mergeWith.hint')}</span>
      </div>
      <div id={`${id}-results`} aria-live="polite">
        {search.length >= 2 && found.error && <p className="notice error">{problemText(asProblem(found.error))}</p>}
        {search.length >= 2 && found.isSuccess && choices.length === 0 && <p className="muted">{t('mergeWith.none', { q: search })}</p>}
        {search.length >= 2 && choices.length > 0 && (
          <ul className="plain merge-results" aria-label={t('mergeWith.results')}>
            {choices.map((c) => (
              <li key={c.id}>
                <button type="button" className="button ghost" onClick={() => navigate(mergeHref([contactId, c.id]))}>
                  <span>{c.title}{c.subtitle && <span className="muted"> · {c.subtitle}</span>}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
