import { useId } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { can, useSignedInUser } from '../../api/session';
import { asProblem, useProblemText } from '../../ui/problems';
import { formatNumber, formatPercent } from '../../i18n/format';
import { useDates, useLocale } from '../../i18n/useLocale';
import { memberName, reviewHref } from './duplicateGroups';
import { groupReasons, groupTitle, isScanActive, scanPollInterval, scanShare, type CandidateGroup, type DuplicateScan } from './duplicateScan';
import { maxMerged } from './mergeDraft';

const latestKey = ['contacts', 'duplicate-scans', 'latest'];

/** The scan of the whole base: started here, followed while it runs, then the groups it found. */
export default function DuplicateScanPanel() {
  const { t } = useTranslation('merges');
  const me = useSignedInUser();
  const problemText = useProblemText('merges');
  const queryClient = useQueryClient();
  const headingId = useId();
  const latest = useQuery({
    queryKey: latestKey,
    queryFn: async () => {
      const outcome = await api.GET('/api/v1/contacts/duplicate-scans/latest');
      return outcome.response.status === 404 ? null : unwrap(Promise.resolve(outcome));
    },
    refetchInterval: (query) => scanPollInterval(query.state.data),
  });
  const start = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/contacts/duplicate-scans')),
    onSuccess: (scan) => queryClient.setQueryData(latestKey, scan),
    onError: () => void queryClient.invalidateQueries({ queryKey: latestKey }),
  });
  const scan = latest.data;
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('scan.title')}</h2>
      <p className="muted">{t('scan.intro')}</p>
      {can(me, 'contacts.write') && (
        <div className="form-actions">
          <button type="button" className="button primary" disabled={isScanActive(scan) || start.isPending} onClick={() => start.mutate()}>
            {t('scan.start')}
          </button>
        </div>
      )}
      {start.error && <p className="notice error" role="alert">{problemText(asProblem(start.error))}</p>}
      {latest.error && <p className="notice error" role="alert">{problemText(asProblem(latest.error))}</p>}
      {scan && <ScanStatus scan={scan} />}
      {scan?.status === 'Completed' && <CandidateGroups scanId={scan.id} />}
    </section>
  );
}

function ScanStatus({ scan }: { scan: DuplicateScan }) {
  const { t } = useTranslation('merges');
  const locale = useLocale();
  const dates = useDates();
  if (scan.status === 'Failed') return <p className="notice error">{t('scan.failed', { reason: scan.failureReason ?? '' })}</p>;
  if (scan.status === 'Completed') {
    return <p role="status">{t('scan.completed', { count: scan.groupsFound, n: formatNumber(scan.groupsFound, locale), date: dates.dateTime(scan.finishedAtUtc ?? scan.createdAtUtc) })}</p>;
  }
  const share = scanShare(scan);
  return (
    <div className="stack">
      <p>{t(`scan.phases.${scan.status === 'Queued' ? 'Queued' : scan.phase}`, { scanned: formatNumber(scan.scanned, locale), total: formatNumber(scan.total, locale) })}</p>
      <progress className="bulk-bar" value={Math.round(share * 100)} max={100} aria-label={t('scan.progress')} aria-valuetext={formatPercent(share, locale)} />
    </div>
  );
}

function CandidateGroups({ scanId }: { scanId: string }) {
  const { t } = useTranslation('merges');
  const problemText = useProblemText('merges');
  const list = useInfiniteQuery({
    queryKey: ['contacts', 'duplicate-scans', scanId, 'groups'],
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/v1/contacts/duplicate-scans/{id}/groups', { params: { path: { id: scanId }, query: { limit: 20, cursor: pageParam } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const groups = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <div className="stack">
      {list.error && <p className="notice error" role="alert">{problemText(asProblem(list.error))}</p>}
      {list.isPending ? <p role="status">{t('common:loading')}</p> : groups.length === 0 ? (
        !list.error && <p className="muted">{t('scan.empty')}</p>
      ) : (
        <ul className="plain stack">
          {groups.map((group) => <li key={group.id}><CandidateCard group={group} /></li>)}
        </ul>
      )}
      {list.hasNextPage && (
        <button type="button" className="button" onClick={() => void list.fetchNextPage()} disabled={list.isFetchingNextPage}>{t('common:loadMore')}</button>
      )}
    </div>
  );
}

function CandidateCard({ group }: { group: CandidateGroup }) {
  const { t } = useTranslation('merges');
  const me = useSignedInUser();
  const dates = useDates();
  const locale = useLocale();
  const headingId = useId();
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <div className="merge-group-header">
        <h3 id={headingId}>{groupTitle(group)}</h3>
        <span className="badge">{t('duplicates.score', { score: formatPercent(group.score, locale) })}</span>
      </div>
      <p className="muted">{groupReasons(group).map((r) => t(`scan.reasons.${r}`)).join(' · ')}</p>
      <div className="table-wrap">
        <table className="merge-members">
          <thead>
            <tr>
              <th scope="col">{t('duplicates.name')}</th>
              <th scope="col">{t('duplicates.email')}</th>
              <th scope="col">{t('duplicates.phone')}</th>
              <th scope="col">{t('scan.companies')}</th>
              <th scope="col">{t('duplicates.created')}</th>
            </tr>
          </thead>
          <tbody>
            {group.contacts.map((c) => (
              <tr key={c.id}>
                <td><Link to={`/contacts/${c.id}`}>{memberName(c)}</Link></td>
                <td className="merge-break">{c.email ?? '—'}</td>
                <td className="merge-nowrap">{c.phone ?? '—'}</td>
                <td className="merge-break">{c.companies.length > 0 ? c.companies.join(', ') : '—'}</td>
                <td className="merge-nowrap">{dates.date(c.createdAtUtc)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {group.contacts.length > maxMerged && <p className="muted">{t('duplicates.tooMany', { count: group.contacts.length, max: maxMerged })}</p>}
      {can(me, 'contacts.write') && (
        <div className="form-actions">
          <Link className="button primary" to={reviewHref(group)}>{t('scan.merge')}</Link>
        </div>
      )}
    </section>
  );
}
