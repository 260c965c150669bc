import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '../../api/client';
import { ApiError, unwrap } from '../../api/problem';
import { can, useSignedInUser } from '../../api/session';
import { usePageTitle } from '../../app/usePageTitle';
import { useNotifications } from '../../app/notifications';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ConflictNotice } from '../../ui/ConflictNotice';
import { FormMessages } from '../../ui/Field';
import { asProblem, useFormProblem, useProblemText } from '../../ui/problems';
import { useDates, useLocale } from '../../i18n/useLocale';
import { formatMoney } from '../../i18n/format';
import { formatDay, formatProbability, missingFieldsOf, openStages, stageOfKind, type Stage } from './board';
import { checkDeal, dealDraftOf, type Deal, type DealDraft } from './dealDraft';
import { useDealRequest } from './useDealRequest';
import { CustomFieldDetails } from '../customFields/CustomFieldDetails';
import { DealFields, type OwnerChoice } from './DealForm';
import { LostDialog, MoveNotice, useFieldList, useMoveDeal, type MoveRefusal, type MovedDeal } from './moving';
import { dealKeys, usePipelines } from './queries';
import { usePeople } from '../directory/queries';
import { choosablePeople } from '../directory/people';
import { SalesPanels } from './SalesPanels';
import { DealTimeline } from './DealTimeline';
import { RelatedTasksPanel } from '../tasks/RelatedTasksPanel';
import { DealInteractionsPanel } from '../interactions/DealInteractionsPanel';
import { UpcomingMeetingsPanel } from '../agenda/UpcomingMeetingsPanel';
import { useUserName, useWho } from './who';
import './deals.css';

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One component per deal: going from one deal to another never carries an edit over. */
export default function DealPage() {
  const { id = '' } = useParams();
  return <DealScreen key={id} id={id} />;
}

function DealScreen({ id }: { id: string }) {
  const { t } = useTranslation('deals');
  const problemText = useProblemText('deals');
  const me = useSignedInUser();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { notify } = useNotifications();
  const fieldList = useFieldList();
  const locale = useLocale();
  const deal = useQuery({
    queryKey: dealKeys.detail(id),
    queryFn: () => guid.test(id)
      ? unwrap(api.GET('/api/v1/deals/{id}', { params: { path: { id } } }))
      : Promise.reject(new ApiError({ status: 404 })),
  });
  const pipelines = usePipelines();
  // Whoever reads the directory may hand a deal over; the others see "you" or "another user".
  const people = usePeople();
  const [editing, setEditing] = useState<{ draft: DealDraft; version: number } | null>(null);
  const [checked, setChecked] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [losing, setLosing] = useState<{ deal: MovedDeal; stage: Stage } | null>(null);
  const [refusal, setRefusal] = useState<MoveRefusal | null>(null);
  const deals = useDealRequest();
  const form = useFormProblem('deals', deals.fieldNames);
  const title = useRef<HTMLHeadingElement>(null);
  usePageTitle(deal.data?.name);
  const stopEditing = () => {
    setEditing(null);
    setChecked(false);
    requestAnimationFrame(() => title.current?.focus());
  };

  const onRefused = (next: MoveRefusal) => {
    setRefusal(next);
    if (next.kind === 'stale') void deal.refetch();
  };
  const move = useMoveDeal({ onMoved: () => setRefusal(null), onRefused });

  const save = useMutation({
    mutationFn: (edit: { draft: DealDraft; version: number }) =>
      unwrap(api.PUT('/api/v1/deals/{id}', { params: { path: { id } }, body: deals.toRequest(edit.draft, undefined, deal.data?.customFields), headers: ifMatch(edit.version) })),
    onMutate: form.clear,
    onSuccess: (updated) => {
      queryClient.setQueryData(dealKeys.detail(id), updated);
      void queryClient.invalidateQueries({ queryKey: dealKeys.boards });
      stopEditing();
      notify(t('form.saved'));
    },
    onError: form.fail,
  });
  const reload = async () => {
    const { data: fresh } = await deal.refetch();
    if (!fresh) return;
    form.clear();
    setEditing({ draft: dealDraftOf(fresh, locale), version: fresh.version });
  };

  if (deal.isPending) return <p role="status">{t('common:loading')}</p>;
  if (deal.isError) {
    return (
      <section className="stack">
        <p className="notice error" role="alert">{problemText(asProblem(deal.error))}</p>
        <Link to="/deals">{t('view.backToBoard')}</Link>
      </section>
    );
  }
  const d = deal.data;
  const stages = pipelines.data?.find((p) => p.id === d.pipelineId)?.stages ?? [];
  const writes = can(me, 'deals.write');
  const owners: OwnerChoice[] | undefined = people.data
    ? choosablePeople(people.data, locale, d.ownerId).map((p) => ({ id: p.id, name: p.displayName }))
    : undefined;
  const problems = checked && editing ? checkDeal(editing.draft) : {};
  const errorOf = (field: string) => {
    const problem = problems[field as keyof typeof problems];
    return problem ? t(`form.validation.${problem}`) : form.fieldError(field);
  };
  // A change that empties a field the deal's stage requires is told with the fields' names.
  const missing = form.problem?.code === 'deal.stage_requirements_missing' ? missingFieldsOf(form.problem) : [];
  const messages = missing.length > 0 ? [t('view.keepRequired', { stage: d.stageName, fields: fieldList(missing) })] : form.messages;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!editing) return;
    setChecked(true);
    form.clear();
    if (Object.keys(checkDeal(editing.draft)).length > 0) return;
    save.mutate(editing);
  };
  const moveTo = (stage: Stage) => {
    setRefusal(null);
    const request = { deal: { id: d.id, name: d.name, version: d.version }, stage };
    if (stage.kind === 'Lost') setLosing(request);
    else move.mutate(request);
  };

  return (
    <section className="stack">
      <Link to={`/deals?pipeline=${d.pipelineId}`}>← {t('view.backToBoard')}</Link>
      <div className="page-header">
        <h1 ref={title} tabIndex={-1}>{d.name}</h1>
        {!editing && writes && (
          <div className="row">
            <button type="button" className="button" onClick={() => {
              form.clear();
              setEditing({ draft: dealDraftOf(d, locale), version: d.version });
            }}>{t('view.edit')}</button>
            <button type="button" className="button danger" aria-haspopup="dialog" onClick={() => setDeleting(true)}>{t('view.delete')}</button>
          </div>
        )}
      </div>

      <Outcome deal={d} />
      {refusal && (
        <MoveNotice refusal={refusal} staleText={t('view.stale')}
          requirementsText={refusal.kind === 'requirements' && refusal.fields.length > 0
            ? t('view.requirements', { stage: refusal.request.stage.name, fields: fieldList(refusal.fields) })
            : t('codes.deal.stage_requirements_missing')}
          onDismiss={() => setRefusal(null)} />
      )}
      {stages.length > 0 && (
        <StagePath deal={d} stages={stages} disabled={!writes || !!editing || move.isPending} onMove={moveTo} />
      )}
      {move.isPending && <p role="status" className="muted">{t('board.moving', { name: d.name })}</p>}

      {editing ? (
        <>
          {form.isConflict ? <ConflictNotice onReload={() => void reload()} onDismiss={form.clear} /> : <FormMessages messages={messages} />}
          <form className="form card" onSubmit={submit} noValidate>
            <DealFields draft={editing.draft} onChange={(draft) => setEditing({ ...editing, draft })} errorOf={errorOf} owners={owners} forecast />
            <div className="form-actions">
              <button type="submit" className="button primary" disabled={save.isPending}>{save.isPending ? t('common:saving') : t('common:save')}</button>
              <button type="button" className="button" onClick={() => { form.clear(); stopEditing(); }}>{t('common:cancel')}</button>
            </div>
          </form>
        </>
      ) : (
        <>
          <Details deal={d} rottingDays={stages.find((s) => s.id === d.stageId)?.rottingDays ?? null} />
          <SalesPanels deal={d} />
          <RelatedTasksPanel relatedType="deal" relatedId={d.id} />
          <UpcomingMeetingsPanel query={{ relatedType: 'deal', relatedId: d.id }} plan={{ relatedType: 'deal', relatedId: d.id, title: d.name }} />
          <DealInteractionsPanel dealId={d.id} links={{ companyId: d.company?.id ?? null, contactIds: d.contacts.map((c) => c.contactId) }} />
          <History deal={d} />
          <DealTimeline deal={d} />
        </>
      )}

      <LostDialog request={losing} onClose={() => setLosing(null)} onMoved={() => setRefusal(null)} onRefused={onRefused} />
      <ConfirmDialog
        namespace="deals"
        open={deleting}
        title={t('view.deleteTitle', { name: d.name })}
        confirmLabel={t('view.delete')}
        run={() => unwrap(api.DELETE('/api/v1/deals/{id}', { params: { path: { id } }, headers: ifMatch(d.version) }))}
        onDone={() => {
          queryClient.removeQueries({ queryKey: dealKeys.detail(id) });
          void queryClient.invalidateQueries({ queryKey: dealKeys.boards });
          notify(t('view.deleted', { name: d.name }));
          navigate(`/deals?pipeline=${d.pipelineId}`);
        }}
        onFail={(error) => {
          if (asProblem(error).status === 412) void deal.refetch();
        }}
        onClose={() => setDeleting(false)}
      >
        <p>{t('view.deleteBody')}</p>
      </ConfirmDialog>
    </section>
  );
}

/** Won or lost: who closed it, when, and why it was lost. */
function Outcome({ deal }: { deal: Deal }) {
  const { t } = useTranslation('deals');
  const dates = useDates();
  const who = useWho();
  if (deal.status === 'Open') return null;
  const when = deal.closedAtUtc ? dates.dateTime(deal.closedAtUtc) : '';
  const won = deal.status === 'Won';
  return (
    <div className={`notice ${won ? 'success' : 'error'}`} role="status">
      <h2>{won ? t('view.wonTitle') : t('view.lostTitle')}</h2>
      <p style={{ margin: 0 }}>
        {won ? t('view.wonOn', { date: when, who: who(deal.closedBy) }) : t('view.lostOn', { date: when, who: who(deal.closedBy) })}
        {!won && deal.lostReason && <> {t('view.lostReason', { reason: deal.lostReason.name })}</>}
      </p>
      {!won && deal.lostNote && <p style={{ margin: 0, whiteSpace: 'pre-line' }}>{t('view.lostNote', { note: deal.lostNote })}</p>}
      <p className="muted" style={{ margin: 0 }}>{t('view.reopenHint')}</p>
    </div>
  );
}

/** The open stages as a path (the current one marked), then winning or losing the deal. */
function StagePath({ deal, stages, disabled, onMove }: { deal: Deal; stages: readonly Stage[]; disabled: boolean; onMove: (stage: Stage) => void }) {
  const { t } = useTranslation('deals');
  const path = openStages(stages);
  const won = stageOfKind(stages, 'Won');
  const lost = stageOfKind(stages, 'Lost');
  const currentIndex = path.findIndex((s) => s.id === deal.stageId);
  return (
    <nav className="card stack" aria-label={t('view.path', { pipeline: deal.pipelineName })}>
      <ol className="stage-path">
        {path.map((stage, index) => (
          <li key={stage.id}>
            {stage.id === deal.stageId ? (
              <span className="stage-current" aria-current="step">
                {stage.name}<span className="visually-hidden"> ({t('view.currentStage')})</span>
              </span>
            ) : (
              <button type="button" className={`button small${index < currentIndex ? ' stage-done' : ''}`} disabled={disabled}
                aria-label={t('view.moveToStage', { stage: stage.name })} onClick={() => onMove(stage)}>
                {stage.name}
              </button>
            )}
          </li>
        ))}
      </ol>
      <div className="deal-outcome">
        {won && deal.stageId !== won.id && (
          <button type="button" className="button small primary" disabled={disabled} onClick={() => onMove(won)}>{t('view.markWon')}</button>
        )}
        {lost && deal.stageId !== lost.id && (
          <button type="button" className="button small danger" aria-haspopup="dialog" disabled={disabled} onClick={() => onMove(lost)}>{t('view.markLost')}</button>
        )}
      </div>
    </nav>
  );
}

function Details({ deal: d, rottingDays }: { deal: Deal; rottingDays: number | null }) {
  const { t } = useTranslation('deals');
  const me = useSignedInUser();
  const locale = useLocale();
  const dates = useDates();
  const userName = useUserName();
  const none = t('view.none');
  return (
    <div className="card">
      <h2>{t('view.details')}</h2>
      <dl className="details">
        <dt>{t('form.amount')}</dt><dd>{d.amount ? formatMoney(d.amount, locale) : none}</dd>
        <dt>{t('form.expectedCloseDate')}</dt><dd>{d.expectedCloseDate ? formatDay(d.expectedCloseDate, locale) : none}</dd>
        <dt>{t('view.pipeline')}</dt><dd>{d.pipelineName}</dd>
        <dt>{t('view.stage')}</dt>
        <dd>
          {t('view.stageWithProbability', { stage: d.stageName, percent: formatProbability(d.probability, locale) })}
          {d.isRotting && (
            <div><span className="badge danger">{t('board.rotting')}</span>{rottingDays != null && <span className="muted"> {t('board.rottingHint', { count: rottingDays })}</span>}</div>
          )}
        </dd>
        <dt>{t('view.status')}</dt><dd>{t(`statuses.${d.status}`)}</dd>
        <dt>{t('view.owner')}</dt><dd>{d.ownerId === me.id ? t('view.you') : userName(d.ownerId) ?? t('view.anotherUser')}</dd>
        <dt>{t('form.company')}</dt>
        <dd>{d.company ? (d.company.name ? <Link to={`/companies/${d.company.id}`}>{d.company.name}</Link> : <span className="muted">{t('view.hiddenCompany')}</span>) : none}</dd>
        <dt>{t('form.contacts')}</dt>
        <dd>
          {d.contacts.length === 0 ? none : (
            <ul className="plain">
              {d.contacts.map((c) => (
                <li key={c.contactId}>
                  {c.name ? <Link to={`/contacts/${c.contactId}`}>{c.name}</Link> : <span className="muted">{t('view.hiddenContact')}</span>}
                  <span className="muted"> · {t(`roles.${c.role}`)}</span>
                  {c.email && <span className="muted"> · {c.email}</span>}
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{t('form.source')}</dt><dd>{d.source || none}</dd>
        <dt>{t('form.nextStep')}</dt><dd>{d.nextStep || none}</dd>
        <dt>{t('form.forecastCategory')}</dt><dd>{t(`forecast.${d.forecastCategory}`)}</dd>
        <CustomFieldDetails entity="Deal" values={d.customFields} none={none} />
        <dt>{t('view.inStageSince')}</dt><dd>{dates.dateTime(d.stageEnteredAtUtc)}</dd>
        <dt>{t('view.created')}</dt><dd>{dates.dateTime(d.createdAtUtc)}</dd>
        <dt>{t('view.updated')}</dt><dd>{dates.dateTime(d.updatedAtUtc)}</dd>
      </dl>
    </div>
  );
}

/** Every stay in a stage, newest first, with who moved the deal there. */
function History({ deal }: { deal: Deal }) {
  const { t } = useTranslation('deals');
  const dates = useDates();
  const who = useWho();
  const id = 'deal-history';
  return (
    <section className="card stack" aria-labelledby={id}>
      <h2 id={id}>{t('view.history')}</h2>
      <ol className="deal-history">
        {deal.stageHistory.map((visit) => (
          <li key={`${visit.stageId}-${visit.enteredAtUtc}`}>
            <strong>{visit.stageName}</strong>
            <div className="muted">
              {visit.exitedAtUtc
                ? t('view.historyRange', { from: dates.dateTime(visit.enteredAtUtc), to: dates.dateTime(visit.exitedAtUtc) })
                : t('view.historySince', { from: dates.dateTime(visit.enteredAtUtc) })}
              {visit.movedBy && <> · {t('view.historyBy', { who: who(visit.movedBy) })}</>}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
