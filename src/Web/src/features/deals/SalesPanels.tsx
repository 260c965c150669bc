import { useEffect, useId, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '../../api/client';
import { unwrap } from '../../api/problem';
import { can, useSignedInUser } from '../../api/session';
import { FormMessages } from '../../ui/Field';
import { asProblem, useFormProblem } from '../../ui/problems';
import { formatMoney } from '../../i18n/format';
import { useDates, useLocale } from '../../i18n/useLocale';
import { formatDay } from './board';
import type { Deal } from './dealDraft';
import { usePeople } from '../directory/queries';
import { nameOf } from '../directory/people';
import {
  salesKeys, useDealOnboarding, useDealOrders, useDealQuotes, useDealSubscriptions, type OnboardingChecklist, type Order, type Subscription,
} from '../quotes/queries';
import type { Quote } from '../quotes/quoteDraft';

/**
 * What the deal led to: its quotes (and a new one), the orders placed from them, the subscriptions they started and
 * the onboarding checklist of its win. Each panel shows only when it has something (the quotes also when the reader may
 * draft one). Their texts are the quotes' (loaded with the deal page).
 */
export function SalesPanels({ deal }: { deal: Deal }) {
  const quotes = useDealQuotes(deal.id);
  const queryClient = useQueryClient();
  // A win moved on the stage path starts the pipeline's onboarding: read it again when the deal's status changes.
  const status = useRef(deal.status);
  useEffect(() => {
    if (status.current === deal.status) return;
    status.current = deal.status;
    void queryClient.invalidateQueries({ queryKey: salesKeys.dealOnboarding(deal.id) });
  }, [deal.status, deal.id, queryClient]);
  return (
    <>
      <QuotesPanel deal={deal} quotes={quotes.data} />
      <OrdersPanel dealId={deal.id} quotes={quotes.data ?? []} />
      <SubscriptionsPanel dealId={deal.id} />
      <OnboardingPanel dealId={deal.id} />
    </>
  );
}

function QuotesPanel({ deal, quotes }: { deal: Deal; quotes: Quote[] | undefined }) {
  const { t } = useTranslation('quotes');
  const me = useSignedInUser();
  const locale = useLocale();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const headingId = useId();
  const problem = useFormProblem('quotes', []);
  const writes = can(me, 'deals.write');
  const create = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/deals/{id}/quotes', { params: { path: { id: deal.id } }, body: {} })),
    onMutate: problem.clear,
    onSuccess: (quote) => {
      queryClient.setQueryData(salesKeys.quote(quote.id), quote);
      void queryClient.invalidateQueries({ queryKey: salesKeys.dealQuotes(deal.id) });
      navigate(`/quotes/${quote.id}`);
    },
    onError: problem.fail,
  });
  if (!quotes || (quotes.length === 0 && !writes)) return null;
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <div className="page-header deal-panel-header">
        <h2 id={headingId}>{t('panels.quotes.title')}</h2>
        {writes && (
          <button type="button" className="button" disabled={create.isPending} onClick={() => create.mutate()}>
            {create.isPending ? t('panels.quotes.creating') : t('panels.quotes.new')}
          </button>
        )}
      </div>
      <FormMessages messages={problem.messages} />
      {quotes.length === 0 ? <p className="muted deal-panel-empty">{t('panels.quotes.empty')}</p> : (
        <div className="table-wrap" role="region" aria-labelledby={`${headingId}-caption`} tabIndex={0}>
          <table>
            <caption id={`${headingId}-caption`} className="visually-hidden">{t('panels.quotes.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('panels.quotes.columns.number')}</th>
                <th scope="col">{t('panels.quotes.columns.status')}</th>
                <th scope="col" className="deal-panel-amount">{t('panels.quotes.columns.total')}</th>
                <th scope="col">{t('panels.quotes.columns.validUntil')}</th>
              </tr>
            </thead>
            <tbody>
              {quotes.map((quote) => (
                <tr key={quote.id}>
                  <td className="deal-panel-nowrap"><Link to={`/quotes/${quote.id}`}>{quote.displayNumber}</Link></td>
                  <td><span className={`badge quote-badge-${quote.status.toLowerCase()}`}>{t(`statuses.${quote.status}`)}</span></td>
                  <td className="deal-panel-amount">{formatMoney({ amount: quote.totals.gross, currency: quote.currency }, locale)}</td>
                  <td className="deal-panel-nowrap">{formatDay(quote.validUntil, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function OrdersPanel({ dealId, quotes }: { dealId: string; quotes: Quote[] }) {
  const { t } = useTranslation('quotes');
  const locale = useLocale();
  const dates = useDates();
  const orders = useDealOrders(dealId);
  const headingId = useId();
  const list: Order[] = orders.data ?? [];
  if (list.length === 0) return null;
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('panels.orders.title')}</h2>
      <div className="table-wrap" role="region" aria-labelledby={`${headingId}-caption`} tabIndex={0}>
        <table>
          <caption id={`${headingId}-caption`} className="visually-hidden">{t('panels.orders.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('panels.orders.columns.number')}</th>
              <th scope="col" className="deal-panel-amount">{t('panels.orders.columns.net')}</th>
              <th scope="col" className="deal-panel-amount">{t('panels.orders.columns.total')}</th>
              <th scope="col">{t('panels.orders.columns.placed')}</th>
              <th scope="col">{t('panels.orders.columns.quote')}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((order) => {
              const quote = quotes.find((q) => q.id === order.quoteId);
              return (
                <tr key={order.id}>
                  <td className="deal-panel-nowrap">{order.number}</td>
                  <td className="deal-panel-amount">{formatMoney({ amount: order.totals.net, currency: order.currency }, locale)}</td>
                  <td className="deal-panel-amount">{formatMoney({ amount: order.totals.gross, currency: order.currency }, locale)}</td>
                  <td className="deal-panel-nowrap">{dates.date(order.placedAtUtc)}</td>
                  <td className="deal-panel-nowrap">{quote ? <Link to={`/quotes/${quote.id}`}>{quote.displayNumber}</Link> : '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function SubscriptionsPanel({ dealId }: { dealId: string }) {
  const { t } = useTranslation('quotes');
  const locale = useLocale();
  const subscriptions = useDealSubscriptions(dealId);
  const headingId = useId();
  const list: Subscription[] = subscriptions.data ?? [];
  if (list.length === 0) return null;
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('panels.subscriptions.title')}</h2>
      <div className="table-wrap" role="region" aria-labelledby={`${headingId}-caption`} tabIndex={0}>
        <table>
          <caption id={`${headingId}-caption`} className="visually-hidden">{t('panels.subscriptions.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('panels.subscriptions.columns.name')}</th>
              <th scope="col" className="deal-panel-amount">{t('panels.subscriptions.columns.mrr')}</th>
              <th scope="col" className="deal-panel-amount">{t('panels.subscriptions.columns.arr')}</th>
              <th scope="col">{t('panels.subscriptions.columns.term')}</th>
              <th scope="col">{t('panels.subscriptions.columns.renewal')}</th>
              <th scope="col">{t('panels.subscriptions.columns.status')}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((subscription) => (
              <tr key={subscription.id}>
                <td>{subscription.name}</td>
                <td className="deal-panel-amount">{formatMoney(subscription.mrr, locale)}</td>
                <td className="deal-panel-amount">{formatMoney(subscription.arr, locale)}</td>
                <td>{t('panels.subscriptions.term', { from: formatDay(subscription.startDate, locale), to: formatDay(subscription.endDate, locale) })}</td>
                <td className="deal-panel-nowrap">{formatDay(subscription.endDate, locale)}</td>
                <td>
                  <span className={`badge${subscription.status === 'Churned' ? ' danger' : subscription.status === 'Active' ? ' accent' : ''}`}>
                    {t(`panels.subscriptions.statuses.${subscription.status}`)}
                  </span>
                  {subscription.churnReason && <div className="muted">{t('panels.subscriptions.churned', { reason: subscription.churnReason })}</div>}
                  {subscription.renewalDealId && subscription.renewalDealId !== dealId && (
                    <div><Link to={`/deals/${subscription.renewalDealId}`}>{t('panels.subscriptions.renewalDeal')}</Link></div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** Today as yyyy-mm-dd in the browser's day, to tell overdue tasks. */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

function OnboardingPanel({ dealId }: { dealId: string }) {
  const { t } = useTranslation('quotes');
  const me = useSignedInUser();
  const locale = useLocale();
  const dates = useDates();
  const queryClient = useQueryClient();
  const onboarding = useDealOnboarding(dealId);
  const people = usePeople();
  const headingId = useId();
  const [stale, setStale] = useState(false);
  const problem = useFormProblem('quotes', []);
  const tick = useMutation({
    mutationFn: ({ checklist, index, done }: { checklist: OnboardingChecklist; index: number; done: boolean }) =>
      unwrap(api.PUT('/api/v1/deals/{id}/onboarding/tasks/{index}', {
        params: { path: { id: dealId, index } }, body: { done }, headers: ifMatch(checklist.version),
      })),
    onMutate: () => {
      problem.clear();
      setStale(false);
    },
    onSuccess: (checklist) => queryClient.setQueryData(salesKeys.dealOnboarding(dealId), checklist),
    onError: (error) => {
      if (asProblem(error).status === 412) {
        setStale(true);
        void onboarding.refetch();
      } else {
        problem.fail(error);
      }
    },
  });
  const checklist = onboarding.data;
  if (!checklist) return null;
  const writes = can(me, 'deals.write');
  const who = (userId: string) => (userId === me.id ? t('panels.onboarding.you')
    : nameOf(people.data, userId) ?? t('panels.onboarding.another'));
  const done = checklist.tasks.filter((task) => task.doneAtUtc).length;
  const day = today();
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <div className="page-header deal-panel-header">
        <h2 id={headingId}>{t('panels.onboarding.title')}</h2>
        <span className="badge accent">{t('panels.onboarding.progress', { done, count: checklist.tasks.length })}</span>
      </div>
      <p className="muted deal-panel-empty">{t('panels.onboarding.template', { name: checklist.templateName, date: dates.date(checklist.startedAtUtc) })}</p>
      {stale && <p className="notice warning" role="alert">{t('panels.onboarding.stale')}</p>}
      <FormMessages messages={problem.messages} />
      <ul className="plain onboarding-tasks" aria-busy={tick.isPending || undefined}>
        {checklist.tasks.map((task) => {
          const boxId = `${headingId}-task-${task.index}`;
          const overdue = !task.doneAtUtc && task.dueDate < day;
          // Shown ticked (or not) at once, while the server records it.
          const ticked = tick.isPending && tick.variables?.index === task.index ? tick.variables.done : !!task.doneAtUtc;
          return (
            <li key={task.index} className={task.doneAtUtc ? 'onboarding-done' : undefined}>
              <div className="checkbox">
                <input id={boxId} type="checkbox" checked={ticked} disabled={!writes || tick.isPending}
                  aria-describedby={`${boxId}-details`}
                  onChange={(e) => tick.mutate({ checklist, index: task.index, done: e.target.checked })} />
                <label htmlFor={boxId}>{task.title}</label>
              </div>
              <div id={`${boxId}-details`} className="muted onboarding-details">
                {t('panels.onboarding.due', { date: formatDay(task.dueDate, locale) })}
                {overdue && <> · <span className="badge danger">{t('panels.onboarding.overdue')}</span></>}
                {' · '}{t('panels.onboarding.for', { who: who(task.assigneeId) })}
                {task.doneAtUtc && <> · {t('panels.onboarding.doneOn', { date: dates.date(task.doneAtUtc) })}</>}
              </div>
            </li>
          );
        })}
      </ul>
      {tick.isPending && <p role="status" className="muted">{t('panels.onboarding.ticking')}</p>}
      {/* Read by screen readers when a task is ticked. */}
      <span className="visually-hidden" aria-live="polite">{t('panels.onboarding.progress', { done, count: checklist.tasks.length })}</span>
    </section>
  );
}
