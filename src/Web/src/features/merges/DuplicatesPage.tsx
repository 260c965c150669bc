import { useId } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { can, useSignedInUser } from '../../api/session';
import { usePageTitle } from '../../app/usePageTitle';
import { asProblem, useProblemText } from '../../ui/problems';
import { formatPercent } from '../../i18n/format';
import { useDates, useLocale } from '../../i18n/useLocale';
import { groupKey, memberName, reviewHref, sharedValue, type DuplicateGroup } from './duplicateGroups';
import { maxMerged } from './mergeDraft';
import DuplicateScanPanel from './DuplicateScanPanel';
import './merges.css';

/** /contacts/duplicates: the groups of contacts that look like one person, each to review and merge. */
export default function DuplicatesPage() {
  const { t } = useTranslation('merges');
  const problemText = useProblemText('merges');
  usePageTitle(t('duplicates.title'));
  const list = useInfiniteQuery({
    queryKey: ['contacts', 'duplicates'],
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/v1/contacts/duplicates', { params: { query: { limit: 20, cursor: pageParam } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const groups = list.data?.pages.flatMap((p) => p.items) ?? [];
  const exactId = useId();
  return (
    <section className="stack">
      <Link to="/contacts">← {t('backToContacts')}</Link>
      <div className="page-header"><h1>{t('duplicates.title')}</h1></div>
      <DuplicateScanPanel />
      <section className="stack" aria-labelledby={exactId}>
        <h2 id={exactId}>{t('duplicates.exactTitle')}</h2>
        <p className="muted">{t('duplicates.intro')}</p>
        {list.error && <p className="notice error" role="alert">{problemText(asProblem(list.error))}</p>}
        {list.isPending ? <p role="status">{t('common:loading')}</p> : groups.length === 0 ? (
          !list.error && <p className="muted">{t('duplicates.empty')}</p>
        ) : (
          <ul className="plain stack">
            {groups.map((group) => <li key={groupKey(group)}><GroupCard group={group} /></li>)}
          </ul>
        )}
        {list.hasNextPage && (
          <button type="button" className="button" onClick={() => void list.fetchNextPage()} disabled={list.isFetchingNextPage}>{t('common:loadMore')}</button>
        )}
      </section>
    </section>
  );
}

function GroupCard({ group }: { group: DuplicateGroup }) {
  const { t } = useTranslation('merges');
  const me = useSignedInUser();
  const dates = useDates();
  const locale = useLocale();
  const headingId = useId();
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <div className="merge-group-header">
        <h3 id={headingId}>{t('duplicates.group', { reason: t(`duplicates.reasons.${group.reason}`), key: sharedValue(group) })}</h3>
        <span className="badge">{t('duplicates.score', { score: formatPercent(group.score, locale) })}</span>
      </div>
      <div className="table-wrap">
        <table className="merge-members">
          <thead>
            <tr>
              <th scope="col">{t('duplicates.name')}</th>
              <th scope="col">{t('duplicates.email')}</th>
              <th scope="col">{t('duplicates.phone')}</th>
              <th scope="col">{t('duplicates.created')}</th>
            </tr>
          </thead>
          <tbody>
            {group.contacts.map((c) => (
              <tr key={c.id}>
                <td><Link to={`/contacts/${c.id}`}>{memberName(c)}</Link></td>
                <td className="merge-break">{c.email ?? '—'}</td>
                <td className="merge-nowrap">{c.phone ?? '—'}</td>
                <td className="merge-nowrap">{dates.date(c.createdAtUtc)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {group.contacts.length > maxMerged && <p className="muted">{t('duplicates.tooMany', { count: group.contacts.length, max: maxMerged })}</p>}
      {can(me, 'contacts.write') && (
        <div className="form-actions">
          <Link className="button primary" to={reviewHref(group)}>{t('duplicates.review')}</Link>
        </div>
      )}
    </section>
  );
}
