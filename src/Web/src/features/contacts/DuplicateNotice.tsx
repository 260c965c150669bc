import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { DuplicateCandidate } from './duplicates';

/** The contacts that may be the person being saved, each openable, and the choice to save anyway. */
export function DuplicateNotice({ candidates, saveAnywayLabel, onSaveAnyway, busy }: {
  candidates: DuplicateCandidate[];
  saveAnywayLabel: string;
  onSaveAnyway: () => void;
  busy: boolean;
}) {
  const { t } = useTranslation('contacts');
  return (
    <div className="notice warning stack" role="alert">
      <h2 style={{ margin: 0 }}>{t('duplicates.title', { count: candidates.length })}</h2>
      <ul className="plain">
        {candidates.map((c) => (
          <li key={c.id}>
            <Link to={`/contacts/${c.id}`}>{c.name}</Link>
            {c.email && <span className="muted"> · {c.email}</span>}
            <span className="muted"> — {c.reasons.map((r) => t(`duplicates.reasons.${r}`)).join(', ')}</span>
          </li>
        ))}
      </ul>
      <div className="form-actions">
        <button type="button" className="button" onClick={onSaveAnyway} disabled={busy}>{saveAnywayLabel}</button>
      </div>
    </div>
  );
}
