import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { can, useSignedInUser } from '../../api/session';
import { useNotifications } from '../../app/notifications';
import { Dialog } from '../../ui/Dialog';
import { FormMessages, SelectField } from '../../ui/Field';
import { asProblem, useFormProblem, useProblemText } from '../../ui/problems';
import { useLocale } from '../../i18n/useLocale';
import { formatMoney } from '../../i18n/format';
import { formatDay, openStages, type Pipeline } from '../deals/board';
import { checkDeal, emptyDealDraft, type DealDraft } from '../deals/dealDraft';
import { useDealRequest } from '../deals/useDealRequest';
import { DealFields } from '../deals/DealForm';
import { dealKeys, usePipelines } from '../deals/queries';
import '../deals/deals.css';

/** What the panel is about, and what a new deal starts with. */
export interface DealsSubject {
  kind: 'contact' | 'company';
  id: string;
  /** The company a new deal is for: the company itself, or the contact's main company. */
  company: { id: string; name: string | null } | null;
  /** The contact a new deal names, on a contact's page. */
  contact?: { id: string; name: string };
}

/** Under 'deals', like every sales query: a deal created, moved or won anywhere refreshes the panel. */
const panelKey = (subject: DealsSubject) => [...dealKeys.all, 'of', subject.kind, subject.id] as const;

/**
 * The deals of a contact or a company, newest first, each a link to its page with its stage, amount and status; "New
 * deal" opens the deals' own form with the record filled in. `namespace` holds the panel's texts (`dealsPanel.*`).
 */
export function DealsPanel({ subject, namespace }: { subject: DealsSubject; namespace: 'contacts' | 'companies' }) {
  const { t } = useTranslation([namespace, 'deals']);
  const me = useSignedInUser();
  const locale = useLocale();
  const describe = useProblemText('deals');
  const headingId = useId();
  const [creating, setCreating] = useState(false);
  const deals = useInfiniteQuery({
    queryKey: panelKey(subject),
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/v1/deals', {
      params: { query: { ...(subject.kind === 'contact' ? { contactId: subject.id } : { companyId: subject.id }), limit: 20, cursor: pageParam } },
    })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const items = deals.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h2 id={headingId} style={{ margin: 0 }}>{t('dealsPanel.title')}</h2>
        {can(me, 'deals.write') && (
          <button type="button" className="button small" aria-haspopup="dialog" onClick={() => setCreating(true)}>{t('dealsPanel.new')}</button>
        )}
      </div>
      {deals.isError && <p className="notice error" role="alert">{describe(asProblem(deals.error))}</p>}
      {deals.isPending ? <p role="status">{t('common:loading')}</p> : items.length === 0 ? (
        !deals.isError && <p className="muted" style={{ margin: 0 }}>{t('dealsPanel.none')}</p>
      ) : (
        <ul className="plain deals-of-record">
          {items.map((deal) => (
            <li key={deal.id}>
              <div className="row" style={{ gap: 'var(--space-2)' }}>
                <Link to={`/deals/${deal.id}`}>{deal.name}</Link>
                <span className={`badge${deal.status === 'Won' ? ' accent' : deal.status === 'Lost' ? ' danger' : ''}`}>{t(`dealsPanel.statuses.${deal.status}`)}</span>
              </div>
              <p className="muted" style={{ margin: 0 }}>
                {[
                  deal.stageName,
                  deal.amount ? formatMoney(deal.amount, locale) : t('dealsPanel.noAmount'),
                  deal.status === 'Open' && deal.expectedCloseDate ? t('dealsPanel.closes', { date: formatDay(deal.expectedCloseDate, locale) }) : null,
                ].filter(Boolean).join(' · ')}
              </p>
            </li>
          ))}
        </ul>
      )}
      {deals.hasNextPage && (
        <button type="button" className="button small" disabled={deals.isFetchingNextPage} onClick={() => void deals.fetchNextPage()}>
          {t('common:loadMore')}
        </button>
      )}
      <Dialog open={creating} title={t('deals:form.newTitle')} onClose={() => setCreating(false)}>
        {creating && <NewDealForm subject={subject} onDone={() => setCreating(false)} />}
      </Dialog>
    </section>
  );
}

/** The deals' own form, in a pipeline's first open stage, with the company and the contact filled in. */
function NewDealForm({ subject, onDone }: { subject: DealsSubject; onDone: () => void }) {
  const { t } = useTranslation('deals');
  const queryClient = useQueryClient();
  const { notify } = useNotifications();
  const pipelines = usePipelines();
  const sorted = [...(pipelines.data ?? [])].sort((a, b) => a.position - b.position);
  const [pipelineId, setPipelineId] = useState('');
  const pipeline: Pipeline | undefined = sorted.find((p) => p.id === pipelineId) ?? sorted[0];
  const stages = pipeline ? openStages(pipeline.stages) : [];
  const [draft, setDraft] = useState<DealDraft>(() => ({
    ...emptyDealDraft(),
    company: subject.company,
    contacts: subject.contact ? [{ contactId: subject.contact.id, name: subject.contact.name, role: 'DecisionMaker' }] : [],
  }));
  // A stage of the chosen pipeline: its first open one until another is chosen.
  const current = { ...draft, stageId: stages.some((s) => s.id === draft.stageId) ? draft.stageId : stages[0]?.id ?? '' };
  const [checked, setChecked] = useState(false);
  const deals = useDealRequest();
  const form = useFormProblem('deals', deals.fieldNames);
  const problems = checked ? checkDeal(current, { needsStage: true }) : {};
  const create = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/deals', { body: deals.toRequest(current, pipeline!.id) })),
    onMutate: form.clear,
    onSuccess: (deal) => {
      queryClient.setQueryData(dealKeys.detail(deal.id), deal);
      void queryClient.invalidateQueries({ queryKey: dealKeys.all });
      notify(t('form.created', { name: deal.name }));
      onDone();
    },
    onError: form.fail,
  });
  const errorOf = (field: string) => {
    const problem = problems[field as keyof typeof problems];
    return problem ? t(`form.validation.${problem}`) : form.fieldError(field);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setChecked(true);
    form.clear();
    if (!pipeline || Object.keys(checkDeal(current, { needsStage: true })).length > 0) return;
    create.mutate();
  };
  if (pipelines.isPending) return <p role="status">{t('common:loading')}</p>;
  if (!pipeline) return <p className="notice warning">{t('board.noPipeline')}</p>;
  return (
    <form className="form" noValidate onSubmit={submit}>
      <FormMessages messages={form.messages} />
      {sorted.length > 1 && (
        <SelectField label={t('board.pipeline')} name="pipelineId" value={pipeline.id} onChange={(e) => setPipelineId(e.target.value)}>
          {sorted.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
        </SelectField>
      )}
      <DealFields draft={current} onChange={setDraft} errorOf={errorOf} stages={stages} />
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={create.isPending}>{create.isPending ? t('common:saving') : t('form.create')}</button>
        <button type="button" className="button" onClick={onDone}>{t('common:cancel')}</button>
      </div>
    </form>
  );
}
