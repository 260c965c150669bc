import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { ApiError, unwrap } from '../../api/problem';
import { can, useSignedInUser } from '../../api/session';
import { useNotifications } from '../../app/notifications';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useDates } from '../../i18n/useLocale';
import { changedSinceMerge } from './mergeDraft';
import type { Company } from './companyMergeDraft';
import './merges.css';

/**
 * On a company's page: the latest merge into it that can still be undone, with the button to undo it; once undone,
 * links to the companies that came back.
 */
export function CompanyMergeNotice({ company }: { company: Company }) {
  const { t } = useTranslation('companyMerges');
  const me = useSignedInUser();
  const dates = useDates();
  const queryClient = useQueryClient();
  const { notify } = useNotifications();
  const [undoing, setUndoing] = useState(false);
  const [restored, setRestored] = useState<string[]>([]);
  const merges = useQuery({
    queryKey: ['companies', 'merges', company.id],
    queryFn: () => unwrap(api.GET('/api/v1/companies/{id}/merges', { params: { path: { id: company.id } } })),
  });
  // The newest merge only: undoing an older one would lose what the newer one changed, and the API refuses it.
  const merge = merges.data?.[0];

  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ['companies'] });
    void queryClient.invalidateQueries({ queryKey: ['contacts'] });
    void queryClient.invalidateQueries({ queryKey: ['timeline', 'companies', company.id] });
    void queryClient.invalidateQueries({ queryKey: ['search'], refetchType: 'none' });
  };

  if (restored.length > 0) return <RestoredCompanies ids={restored} />;
  if (!merge) return null;
  const changed = changedSinceMerge(merge, company);
  return (
    <div className="notice merge-notice">
      <div>
        <p>{t('notice.merged', { count: merge.sourceIds.length, date: dates.dateTime(merge.mergedAtUtc) })}</p>
        <p className="muted">{changed ? t('notice.changed') : t('notice.until', { date: dates.date(merge.undoableUntilUtc) })}</p>
      </div>
      {!changed && can(me, 'contacts.write') && (
        <button type="button" className="button" onClick={() => setUndoing(true)}>{t('notice.undo')}</button>
      )}
      <ConfirmDialog
        namespace="companyMerges"
        open={undoing}
        title={t('notice.title')}
        confirmLabel={t('notice.undo')}
        cancelLabel={t('notice.keep')}
        run={() => unwrap(api.POST('/api/v1/companies/merges/{id}/undo', { params: { path: { id: merge.id } } }))}
        onDone={() => {
          setUndoing(false);
          setRestored(merge.sourceIds);
          for (const id of merge.sourceIds) queryClient.removeQueries({ queryKey: ['companies', 'detail', id] });
          refresh();
          notify(t('notice.done'));
        }}
        onFail={(error) => {
          // Undone elsewhere, too old, or the company changed: the page shows where things stand now.
          if (error instanceof ApiError && error.problem.status === 409) refresh();
        }}
        onClose={() => setUndoing(false)}
      >
        <p>{t('notice.body', { count: merge.sourceIds.length })}</p>
      </ConfirmDialog>
    </div>
  );
}

/** After an undo: the companies that came back, each a link to its page. */
function RestoredCompanies({ ids }: { ids: string[] }) {
  const { t } = useTranslation('companyMerges');
  const notice = useRef<HTMLDivElement>(null);
  const companies = useQueries({
    queries: ids.map((id) => ({
      queryKey: ['companies', 'detail', id],
      queryFn: () => unwrap(api.GET('/api/v1/companies/{id}', { params: { path: { id } } })),
    })),
  });
  // The Undo button is gone with the dialog: the notice takes the focus, so the keyboard carries on from here.
  useEffect(() => notice.current?.focus(), []);
  return (
    <div className="notice success" ref={notice} tabIndex={-1}>
      <p>{t('notice.restored', { count: ids.length })}</p>
      <ul className="plain">
        {companies.map((q, index) => (
          <li key={ids[index]}><Link to={`/companies/${ids[index]}`}>{q.data ? q.data.name : t('common:loading')}</Link></li>
        ))}
      </ul>
    </div>
  );
}
