import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import type { components } from '../../api/schema';
import { useDates } from '../../i18n/useLocale';
import { asProblem, useProblemText } from '../../ui/problems';
import type { Deal } from './dealDraft';
import { dealKeys } from './queries';
import { useWho } from './who';

type Entry = components['schemas']['DealTimelineEntry'];

/** Entries that name a quote link to it. */
const quoteKinds: ReadonlySet<Entry['kind']> = new Set(['QuoteCreated', 'QuoteSent', 'QuoteEmailed', 'QuoteAccepted', 'QuoteDeclined', 'QuoteExpired']);

/**
 * What happened to the deal, newest first: stages, quotes, order and onboarding. Read again whenever the deal changes
 * (its version is in the query's key), and a page at a time.
 */
export function DealTimeline({ deal }: { deal: Deal }) {
  const { t } = useTranslation(['deals', 'common']);
  const describe = useProblemText('deals');
  const dates = useDates();
  const who = useWho();
  const timeline = useInfiniteQuery({
    queryKey: [...dealKeys.detail(deal.id), 'timeline', deal.version],
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/v1/deals/{id}/timeline', { params: { path: { id: deal.id }, query: { limit: 20, cursor: pageParam } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const id = 'deal-timeline';
  const entries = timeline.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <section className="card stack" aria-labelledby={id}>
      <h2 id={id}>{t('timeline.title')}</h2>
      {timeline.isError && <p className="notice error" role="alert">{describe(asProblem(timeline.error))}</p>}
      {timeline.isPending ? <p role="status" className="muted">{t('common:loading')}</p> : (
        <ol className="deal-history">
          {entries.map((entry) => (
            <li key={entry.id}>
              <strong>
                {quoteKinds.has(entry.kind) && entry.subjectId
                  ? <Link to={`/quotes/${entry.subjectId}`}>{t(`timeline.kinds.${entry.kind}`, { subject: entry.subject ?? '' })}</Link>
                  : t(`timeline.kinds.${entry.kind}`, { subject: entry.subject ?? '' })}
              </strong>
              {entry.detail && <span> · {entry.detail}</span>}
              <div className="muted">
                {dates.dateTime(entry.atUtc)}
                {entry.by && <> · {t('view.historyBy', { who: who(entry.by) })}</>}
              </div>
            </li>
          ))}
        </ol>
      )}
      {timeline.hasNextPage && (
        <button type="button" className="button small" disabled={timeline.isFetchingNextPage} onClick={() => void timeline.fetchNextPage()}>
          {timeline.isFetchingNextPage ? t('common:loading') : t('common:loadMore')}
        </button>
      )}
    </section>
  );
}
