import { useId } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { can, useSignedInUser } from '../../api/session';
import { usePageTitle } from '../../app/usePageTitle';
import { asProblem, useProblemText } from '../../ui/problems';
import { useSearchBox } from '../../ui/useSearchBox';

export default function CompaniesPage() {
  const { t } = useTranslation('companies');
  const problemText = useProblemText('companies');
  usePageTitle(t('list.title'));
  const me = useSignedInUser();
  const searchId = useId();
  const { q, typed, setTyped } = useSearchBox();

  const list = useInfiniteQuery({
    queryKey: ['companies', 'list', q],
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/v1/companies', {
      params: { query: { limit: 50, cursor: pageParam, ...(q ? { q } : {}) } },
    })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const companies = list.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <section className="stack">
      <div className="page-header">
        <h1>{t('list.title')}</h1>
        {can(me, 'contacts.write') && <Link className="button primary" to="/companies/new">{t('list.new')}</Link>}
      </div>
      <div className="field" style={{ maxWidth: '28rem' }}>
        <label htmlFor={searchId}>{t('list.search')}</label>
        <input id={searchId} type="search" value={typed} onChange={(e) => setTyped(e.target.value)} />
      </div>
      {list.error && <p className="notice error" role="alert">{problemText(asProblem(list.error))}</p>}
      {list.isPending ? <p role="status">{t('common:loading')}</p> : companies.length === 0 ? (
        <p className="muted">{q ? t('list.noMatch', { q }) : t('list.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead><tr><th scope="col">{t('list.name')}</th><th scope="col">{t('list.domain')}</th><th scope="col">{t('list.city')}</th><th scope="col">{t('list.siren')}</th></tr></thead>
            <tbody>
              {companies.map((c) => (
                <tr key={c.id}>
                  <td><Link to={`/companies/${c.id}`}>{c.name}</Link></td>
                  <td>{c.domains[0] ?? '—'}</td>
                  <td>{c.address.city ?? '—'}</td>
                  <td>{c.siren ?? '—'}</td>
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
