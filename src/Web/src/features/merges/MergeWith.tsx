import { useEffect, useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Dialog } from '../../ui/Dialog';
import { asProblem, useProblemText } from '../../ui/problems';
import type { Mergeable, MergeKind } from './mergeKind';
import './merges.css';

interface Props<R extends Mergeable, P, C> {
  kind: MergeKind<R, P, C>;
  /** The record whose page this is: the one kept. */
  id: string;
  name: string;
}

/** "Merge with…" on a contact's or a company's page: find the other record, then compare both on the merge screen, this one kept. */
export function MergeWith<R extends Mergeable, P, C>(props: Props<R, P, C>) {
  const { t } = useTranslation(props.kind.namespace);
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>{t('mergeWith.button')}</button>
      <Dialog open={open} title={t('mergeWith.title')} onClose={() => setOpen(false)}>
        <OtherRecordSearch {...props} />
      </Dialog>
    </>
  );
}

function OtherRecordSearch<R extends Mergeable, P, C>({ kind, id: recordId, name }: Props<R, P, C>) {
  const { t } = useTranslation(kind.namespace);
  const problemText = useProblemText(kind.namespace);
  const navigate = useNavigate();
  const id = useId();
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSearch(typed.trim()), 200);
    return () => clearTimeout(timer);
  }, [typed]);
  const found = useQuery({
    queryKey: ['search', 'merge', kind.path, search],
    queryFn: () => kind.find(search),
    enabled: search.length >= 2,
  });
  const choices = (found.data ?? []).filter((r) => r.id !== recordId);
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
                <button type="button" className="button ghost" onClick={() => navigate(kind.href([recordId, c.id]))}>
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
