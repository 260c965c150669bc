import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../api/problem';
import { can, useSignedInUser } from '../../api/session';
import { useNotifications } from '../../app/notifications';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useDates } from '../../i18n/useLocale';
import { changedSinceMerge } from './mergeDraft';
import type { Mergeable, MergeKind } from './mergeKind';
import './merges.css';

/**
 * On a contact's or a company's page: the latest merge into it that can still be undone, with the button to undo it;
 * once undone, links to the records that came back.
 */
export function MergeNotice<R extends Mergeable, P, C>({ kind, record }: { kind: MergeKind<R, P, C>; record: R }) {
  const { t } = useTranslation(kind.namespace);
  const me = useSignedInUser();
  const dates = useDates();
  const queryClient = useQueryClient();
  const { notify } = useNotifications();
  const [undoing, setUndoing] = useState(false);
  const [restored, setRestored] = useState<string[]>([]);
  const merges = useQuery({
    queryKey: [kind.path, 'merges', record.id],
    queryFn: () => kind.mergesOf(record.id),
  });
  // The newest merge only: undoing an older one would lose what the newer one changed, and the API refuses it.
  const merge = merges.data?.[0];

  const refresh = () => {
    for (const path of kind.undoTouches) void queryClient.invalidateQueries({ queryKey: [path] });
    void queryClient.invalidateQueries({ queryKey: ['timeline', kind.path, record.id] });
    void queryClient.invalidateQueries({ queryKey: ['search'], refetchType: 'none' });
  };

  if (restored.length > 0) return <RestoredRecords kind={kind} ids={restored} />;
  if (!merge) return null;
  const changed = changedSinceMerge(merge, record);
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
        namespace={kind.namespace}
        open={undoing}
        title={t('notice.title')}
        confirmLabel={t('notice.undo')}
        cancelLabel={t('notice.keep')}
        run={() => kind.undo(merge.id)}
        onDone={() => {
          setUndoing(false);
          setRestored(merge.sourceIds);
          // The merged records' pages, cached as "not found" if visited meanwhile, are read again.
          for (const id of merge.sourceIds) queryClient.removeQueries({ queryKey: [kind.path, 'detail', id] });
          refresh();
          notify(t('notice.done'));
        }}
        onFail={(error) => {
          // Undone elsewhere, too old, or the record changed: the page shows where things stand now.
          if (error instanceof ApiError && error.problem.status === 409) refresh();
        }}
        onClose={() => setUndoing(false)}
      >
        <p>{t('notice.body', { count: merge.sourceIds.length })}</p>
      </ConfirmDialog>
    </div>
  );
}

/** After an undo: the records that came back, each a link to its page. */
function RestoredRecords<R extends Mergeable, P, C>({ kind, ids }: { kind: MergeKind<R, P, C>; ids: string[] }) {
  const { t } = useTranslation(kind.namespace);
  const notice = useRef<HTMLDivElement>(null);
  const records = useQueries({
    queries: ids.map((id) => ({ queryKey: [kind.path, 'detail', id], queryFn: () => kind.read(id) })),
  });
  // The Undo button is gone with the dialog: the notice takes the focus, so the keyboard carries on from here.
  useEffect(() => notice.current?.focus(), []);
  return (
    <div className="notice success" ref={notice} tabIndex={-1}>
      <p>{t('notice.restored', { count: ids.length })}</p>
      <ul className="plain">
        {records.map((q, index) => (
          <li key={ids[index]}>
            <Link to={`/${kind.path}/${ids[index]}`}>{q.data ? kind.nameOf(q.data) : t('common:loading')}</Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
