import { useId } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { can, useSignedInUser } from '../../api/session';
import { usePageTitle } from '../../app/usePageTitle';
import { asProblem, useProblemText } from '../../ui/problems';
import { useSearchBox } from '../../ui/useSearchBox';
import { contactName } from './contactName';
import { ExportLinks } from './ExportLinks';
import { useDates } from '../../i18n/useLocale';

export default function ContactsPage() {
  const { t } = useTranslation('contacts');
  const problemText = useProblemText('contacts');
  usePageTitle(t('list.title'));
  const me = useSignedInUser();
  const dates = useDates();
  const searchId = useId();
  const { q, typed, setTyped } = useSearchBox();

  const count = useQuery({
    queryKey: ['contacts', 'count'],
    queryFn: () => unwrap(api.GET('/api/v1/contacts/count')),
  });
  const list = useInfiniteQuery({
    queryKey: ['contacts', 'list', q],
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/v1/contacts', {
      params: { query: { limit: 50, cursor: pageParam, ...(q ? { q } : {}) } },
    })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const contacts = list.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <section className="stack">
      <div className="page-header">
        <h1>{t('list.title')}{count.data && <span className="badge" style={{ marginLeft: 'var(--space-2)' }}>{t('list.count', { count: count.data.count })}</span>}</h1>
        <div className="row">
          {can(me, 'contacts.export') && <ExportLinks q={q} />}
          {can(me, 'contacts.write') && (
            <>
              <Link className="button" to="/contacts/duplicates">{t('list.duplicates')}</Link>
              <Link className="button" to="/contacts/import">{t('list.import')}</Link>
              <Link className="button primary" to="/contacts/new">{t('list.new')}</Link>
            </>
          )}
        </div>
      </div>
      <div className="field" style={{ maxWidth: '28rem' }}>
        <label htmlFor={searchId}>{t('list.search')}</label>
        <input id={searchId} type="search" value={typed} onChange={(e) => setTyped(e.target.value)} />
      </div>
      {list.error && <p className="notice error" role="alert">{problemText(asProblem(list.error))}</p>}
      {list.isPending ? <p role="status">{t('common:loading')}</p> : contacts.length === 0 ? (
        <p className="muted">{q ? t('list.noMatch', { q }) : t('list.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead><tr><th scope="col">{t('list.name')}</th><th scope="col">{t('list.email')}</th><th scope="col">{t('list.phone')}</th><th scope="col">{t('list.stage')}</th><th scope="col">{t('list.created')}</th></tr></thead>
            <tbody>
              {contacts.map((c) => (
                <tr key={c.id}>
                  <td><Link to={`/contacts/${c.id}`}>{contactName(c)}</Link></td>
                  <td>{c.emails.find((e) => e.isPrimary)?.address ?? '—'}</td>
                  <td>{c.phones.find((p) => p.isPrimary)?.international ?? '—'}</td>
                  <td>{t(`stages.${c.lifecycleStage}`)}</td>
                  <td>{dates.date(c.createdAtUtc)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {list.hasNextPage && (
        <button type="button" className="button" onClick={() => void list.fetchNextPage()} disabled={list.isFetchingNextPage}>{t('common:loadMore')}</button>
      )}
    </section>
  );
}
