import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { can, useSignedInUser } from '../../api/session';
import { usePageTitle } from '../../app/usePageTitle';
import { useNotifications } from '../../app/notifications';
import { Dialog } from '../../ui/Dialog';
import { FormMessages, SelectField, TextField } from '../../ui/Field';
import { asProblem, useFormProblem, useProblemText } from '../../ui/problems';
import { useLocale } from '../../i18n/useLocale';
import { formatMoney } from '../../i18n/format';
import {
  boardQuery, chosenPipeline, columnCards, dropAction, extrasAfterMove, filtersFromParams, formatDay, formatProbability, openStages,
  paramsFromFilters, stagesToMoveTo, totalLines, type BoardColumn, type BoardFilters, type BoardQuery, type DealCard, type ExtraPage,
  type Pipeline, type Stage,
} from './board';
import { checkDeal, emptyDealDraft, type DealDraft } from './dealDraft';
import { useDealRequest } from './useDealRequest';
import { BoardFieldFilters } from './BoardFieldFilters';
import { DealFields } from './DealForm';
import { LostDialog, MoveNotice, useFieldList, useMoveDeal, type MoveRefusal, type MoveRequest } from './moving';
import { dealKeys, readColumnPage, useBoard, usePipelines } from './queries';
import { choosablePeople, nameOf, teamsByName } from '../directory/people';
import { useDirectoryTeams, usePeople } from '../directory/queries';
import { scopeFromText, scopeText } from '../directory/scope';
import './deals.css';

export default function BoardPage() {
  const { t } = useTranslation('deals');
  usePageTitle(t('board.title'));
  const me = useSignedInUser();
  if (!can(me, 'deals.read')) {
    return (
      <>
        <div className="page-header"><h1>{t('board.title')}</h1></div>
        <div className="notice warning"><p style={{ margin: 0 }}>{t('board.notAllowed')}</p></div>
      </>
    );
  }
  return <BoardScreen />;
}

function BoardScreen() {
  const { t } = useTranslation('deals');
  const describe = useProblemText('deals');
  const me = useSignedInUser();
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const pipelines = usePipelines();
  const pipeline = chosenPipeline(pipelines.data ?? [], filters.pipelineId);
  const { owner, closeFrom, closeTo, fields } = filters;
  const fieldsKey = JSON.stringify(fields);
  // fieldsKey stands for fields, a new object at each render.
  const query = useMemo(() => boardQuery({ pipelineId: '', owner, closeFrom, closeTo, fields }, me.id), [owner, closeFrom, closeTo, fieldsKey, me.id]);
  const locale = useLocale();
  const people = usePeople();
  const teams = useDirectoryTeams();
  const colleagues = choosablePeople(people.data ?? [], locale).filter((p) => p.id !== me.id);
  const sortedTeams = teamsByName(teams.data ?? [], locale);
  const ownerValue = owner.kind === 'me' ? 'mine' : scopeText(owner);
  const ownerKnown = ownerValue === 'all' || ownerValue === 'mine'
    || sortedTeams.some((team) => `team:${team.id}` === ownerValue) || colleagues.some((p) => `user:${p.id}` === ownerValue);
  const [creating, setCreating] = useState(false);
  const change = (next: Partial<BoardFilters>) => setParams(paramsFromFilters({ ...filters, ...next }), { replace: true });

  return (
    <section className="stack">
      <div className="page-header">
        <h1>{t('board.title')}</h1>
        {pipeline && can(me, 'deals.write') && (
          <button type="button" className="button primary" aria-haspopup="dialog" onClick={() => setCreating(true)}>{t('board.newDeal')}</button>
        )}
      </div>
      {pipelines.isError && <p className="notice error" role="alert">{describe(asProblem(pipelines.error))}</p>}
      {pipelines.isPending ? <p role="status">{t('common:loading')}</p> : !pipeline ? (
        pipelines.isSuccess && <p className="notice warning">{t('board.noPipeline')}</p>
      ) : (
        <>
          <div className="row board-filters" role="group" aria-label={t('board.filters')}>
            {(pipelines.data?.length ?? 0) > 1 && (
              <SelectField label={t('board.pipeline')} value={pipeline.id} onChange={(e) => change({ pipelineId: e.target.value })}>
                {pipelines.data!.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
              </SelectField>
            )}
            <SelectField label={t('board.owner')} value={ownerValue}
              onChange={(e) => change({ owner: e.target.value === 'mine' ? { kind: 'me' } : scopeFromText(e.target.value) })}>
              <option value="all">{t('board.ownerAll')}</option>
              <option value="mine">{t('board.ownerMine')}</option>
              {!ownerKnown && <option value={ownerValue}>…</option>}
              {sortedTeams.length > 0 && (
                <optgroup label={t('board.ownerTeams')}>
                  {sortedTeams.map((team) => <option key={team.id} value={`team:${team.id}`}>{team.name}</option>)}
                </optgroup>
              )}
              {colleagues.length > 0 && (
                <optgroup label={t('board.ownerPeople')}>
                  {colleagues.map((p) => <option key={p.id} value={`user:${p.id}`}>{p.displayName}</option>)}
                </optgroup>
              )}
            </SelectField>
            <TextField label={t('board.closeFrom')} type="date" value={closeFrom} max={closeTo || undefined}
              onChange={(e) => change({ closeFrom: e.target.value })} />
            <TextField label={t('board.closeTo')} type="date" value={closeTo} min={closeFrom || undefined}
              onChange={(e) => change({ closeTo: e.target.value })} />
            {(closeFrom || closeTo) && (
              <button type="button" className="button small" onClick={() => change({ closeFrom: '', closeTo: '' })}>{t('board.clearDates')}</button>
            )}
            <BoardFieldFilters values={fields} onChange={(next) => change({ fields: next })} />
          </div>
          {can(me, 'deals.write') && <p className="muted" style={{ margin: 0 }}>{t('board.hint')}</p>}
          {/* A new board (another pipeline or other filters) starts without the pages loaded for the previous one. */}
          <Columns key={`${pipeline.id}|${JSON.stringify(query)}`} pipeline={pipeline} query={query} />
          <Dialog open={creating} title={t('form.newTitle')} onClose={() => setCreating(false)}>
            {creating && <NewDealForm pipeline={pipeline} onDone={() => setCreating(false)} />}
          </Dialog>
        </>
      )}
    </section>
  );
}

interface Dragged {
  card: DealCard;
  fromStageId: string;
}

/** The drag's own data: the card's id, so that a drop finds the card even if the page re-rendered meanwhile. */
const dealMime = 'application/x-crm-deal';

function Columns({ pipeline, query }: { pipeline: Pipeline; query: BoardQuery }) {
  const { t } = useTranslation('deals');
  const describe = useProblemText('deals');
  const me = useSignedInUser();
  const writes = can(me, 'deals.write');
  const board = useBoard(pipeline.id, query);
  const people = usePeople();
  const ownerOf = (card: DealCard) => {
    if (card.ownerId === me.id) return t('board.ownedByYou');
    const name = nameOf(people.data, card.ownerId);
    return name ? t('board.ownedBy', { name }) : null;
  };
  const fieldList = useFieldList();
  const [extras, setExtras] = useState<Record<string, ExtraPage>>({});
  const [dragged, setDragged] = useState<Dragged | null>(null);
  const [dropTarget, setDropTarget] = useState<string | null>(null);
  const [losing, setLosing] = useState<MoveRequest | null>(null);
  const [refusal, setRefusal] = useState<MoveRefusal | null>(null);
  // The card whose "Move to…" button takes the focus once it shows in the column it was moved to.
  const [focusCard, setFocusCard] = useState<{ id: string; stageId: string } | null>(null);
  // The card and column of each move under way, to place the card once the API has moved it.
  const moving = useRef(new Map<string, Dragged>());
  const columns = board.data?.columns ?? [];

  const onMoved = (deal: { id: string; version: number; status: DealCard['status']; stageEnteredAtUtc: string }, request: MoveRequest) => {
    const origin = moving.current.get(deal.id);
    moving.current.delete(deal.id);
    setRefusal(null);
    setFocusCard({ id: deal.id, stageId: request.stage.id });
    if (!origin) return;
    const card: DealCard = { ...origin.card, version: deal.version, status: deal.status, stageEnteredAtUtc: deal.stageEnteredAtUtc, isRotting: false };
    const toFirstPage = columns.find((c) => c.stage.id === request.stage.id)?.deals ?? [];
    setExtras((current) => extrasAfterMove(current, card, origin.fromStageId, request.stage.id, toFirstPage));
  };
  const onRefused = (next: MoveRefusal) => {
    moving.current.delete(next.request.deal.id);
    setRefusal(next);
    if (next.kind === 'stale') {
      // Someone else moved or changed the deal: the board is read again, from its first pages.
      setExtras({});
      void board.refetch();
    }
  };
  const move = useMoveDeal({ onMoved, onRefused });

  const start = (card: DealCard, fromStageId: string, to: Stage) => {
    const action = dropAction(fromStageId, to);
    if (action === 'none') return;
    setRefusal(null);
    moving.current.set(card.id, { card, fromStageId });
    const request = { deal: { id: card.id, name: card.name, version: card.version }, stage: to };
    if (action === 'askLostReason') setLosing(request);
    else move.mutate(request);
  };

  const loadMore = useMutation({
    mutationFn: ({ stageId, cursor }: { stageId: string; cursor: string }) => readColumnPage(pipeline.id, stageId, cursor, query),
    onSuccess: (page, { stageId }) => setExtras((current) => ({
      ...current,
      [stageId]: { items: [...(current[stageId]?.items ?? []), ...page.items], nextCursor: page.nextCursor ?? null },
    })),
  });

  if (board.isPending) return <p role="status">{t('common:loading')}</p>;
  if (board.isError) return <p className="notice error" role="alert">{describe(asProblem(board.error))}</p>;

  const requirementsText = refusal?.kind === 'requirements'
    ? refusal.fields.length > 0
      ? t('board.requirements', { stage: refusal.request.stage.name, name: refusal.request.deal.name, fields: fieldList(refusal.fields) })
      : t('codes.deal.stage_requirements_missing')
    : '';
  return (
    <>
      {refusal && (
        <MoveNotice refusal={refusal} requirementsText={requirementsText} staleText={t('board.stale', { name: refusal.request.deal.name })}
          action={<Link className="button small primary" to={`/deals/${refusal.request.deal.id}`}>{t('board.fillIn')}</Link>}
          onDismiss={() => setRefusal(null)} />
      )}
      {loadMore.isError && <FormMessages messages={[describe(asProblem(loadMore.error))]} />}
      {move.isPending && <p role="status" className="muted">{t('board.moving', { name: move.variables.deal.name })}</p>}
      <div className="board" role="region" aria-label={t('board.label', { pipeline: board.data.pipelineName })} tabIndex={0}>
        {columns.map((column) => {
          const extra = extras[column.stage.id];
          return (
            <Column key={column.stage.id} column={column} stages={columns.map((c) => c.stage)}
              cards={columnCards(column.deals, extra?.items)}
              nextCursor={extra ? extra.nextCursor : column.nextCursor ?? null}
              loadingMore={loadMore.isPending && loadMore.variables.stageId === column.stage.id}
              onLoadMore={(cursor) => loadMore.mutate({ stageId: column.stage.id, cursor })}
              writes={writes}
              ownerOf={ownerOf}
              dragged={dragged}
              isDropTarget={dropTarget === column.stage.id}
              onDragTarget={(over) => setDropTarget((current) => (over ? column.stage.id : current === column.stage.id ? null : current))}
              onDragCard={setDragged}
              onDrop={(cardId) => {
                setDropTarget(null);
                const source = dragged ?? findCard(columns, extras, cardId);
                if (source) start(source.card, source.fromStageId, column.stage);
                setDragged(null);
              }}
              onChoose={(card, to) => start(card, column.stage.id, to)}
              focusCard={focusCard}
              onFocused={() => setFocusCard(null)}
            />
          );
        })}
      </div>
      <LostDialog request={losing} onClose={() => setLosing(null)} onMoved={onMoved} onRefused={onRefused} />
    </>
  );
}

/** The card of this id on the board, and the column it is in. */
function findCard(columns: readonly BoardColumn[], extras: Readonly<Record<string, ExtraPage>>, id: string): Dragged | null {
  for (const column of columns) {
    const card = columnCards(column.deals, extras[column.stage.id]?.items).find((c) => c.id === id);
    if (card) return { card, fromStageId: column.stage.id };
  }
  return null;
}

function Column({
  column, stages, cards, nextCursor, loadingMore, onLoadMore, writes, ownerOf, dragged, isDropTarget, onDragTarget, onDragCard, onDrop, onChoose,
  focusCard, onFocused,
}: {
  column: BoardColumn;
  stages: Stage[];
  cards: DealCard[];
  nextCursor: string | null;
  loadingMore: boolean;
  onLoadMore: (cursor: string) => void;
  writes: boolean;
  ownerOf: (card: DealCard) => string | null;
  dragged: Dragged | null;
  isDropTarget: boolean;
  onDragTarget: (over: boolean) => void;
  onDragCard: (dragged: Dragged | null) => void;
  onDrop: (cardId: string) => void;
  onChoose: (card: DealCard, to: Stage) => void;
  focusCard: { id: string; stageId: string } | null;
  onFocused: () => void;
}) {
  const { t } = useTranslation('deals');
  const locale = useLocale();
  const headingId = useId();
  const { stage } = column;
  const accepts = (types: readonly string[]) => (dragged ? dragged.fromStageId !== stage.id : types.includes(dealMime));
  const lines = totalLines(column.totals, locale);
  return (
    <section aria-labelledby={headingId} className={`board-column${isDropTarget ? ' drop-target' : ''} board-column-${stage.kind.toLowerCase()}`}
      onDragOver={(e) => {
        if (!accepts(e.dataTransfer.types)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'move';
        if (!isDropTarget) onDragTarget(true);
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) onDragTarget(false);
      }}
      onDrop={(e) => {
        e.preventDefault();
        onDrop(e.dataTransfer.getData(dealMime));
      }}>
      <header className="board-column-header">
        <h2 id={headingId}>{stage.name}</h2>
        <p className="muted">
          {/* Won and lost stages count 100 % and 0 % by definition: only an open stage's chance is worth reading. */}
          {stage.kind === 'Open' && <>{t('board.probability', { percent: formatProbability(stage.probability, locale) })} · </>}
          {t('board.count', { count: column.count })}
        </p>
        {lines.length === 0 ? <p className="muted">{t('board.noAmount')}</p> : (
          <ul className="plain board-totals" aria-label={t('board.totals', { stage: stage.name })}>
            {lines.map((line) => (
              <li key={line.currency}>
                <strong>{t('board.total', { amount: line.amount })}</strong>
                {stage.kind === 'Open' && <span className="muted"> · {t('board.weighted', { amount: line.weighted })}</span>}
              </li>
            ))}
          </ul>
        )}
      </header>
      {isDropTarget && <p className="board-drop-hint" aria-hidden="true">{t('board.dropHere', { stage: stage.name })}</p>}
      {cards.length === 0 ? <p className="muted board-empty">{t('board.empty')}</p> : (
        <ol className="board-cards">
          {cards.map((card) => (
            <li key={card.id}>
              <CardView card={card} owner={ownerOf(card)} stage={stage} targets={writes ? stagesToMoveTo(stages, stage.id) : []} draggable={writes}
                dragging={dragged?.card.id === card.id}
                onDragStart={() => onDragCard({ card, fromStageId: stage.id })}
                onDragEnd={() => {
                  onDragCard(null);
                  onDragTarget(false);
                }}
                onChoose={(to) => onChoose(card, to)}
                focusMove={focusCard?.id === card.id && focusCard.stageId === stage.id} onFocused={onFocused} />
            </li>
          ))}
        </ol>
      )}
      {nextCursor && (
        <button type="button" className="button small" disabled={loadingMore} aria-busy={loadingMore || undefined} onClick={() => onLoadMore(nextCursor)}>
          {loadingMore ? t('board.loadingMore') : t('common:loadMore')}
        </button>
      )}
    </section>
  );
}

function CardView({ card, owner, stage, targets, draggable, dragging, onDragStart, onDragEnd, onChoose, focusMove, onFocused }: {
  card: DealCard;
  /** Who owns the deal, when the reader may know the name. */
  owner: string | null;
  stage: Stage;
  targets: Stage[];
  draggable: boolean;
  dragging: boolean;
  onDragStart: () => void;
  onDragEnd: () => void;
  onChoose: (to: Stage) => void;
  focusMove: boolean;
  onFocused: () => void;
}) {
  const { t } = useTranslation('deals');
  const locale = useLocale();
  const titleId = useId();
  const rottingId = useId();
  return (
    <article aria-labelledby={titleId} aria-describedby={card.isRotting ? rottingId : undefined}
      className={`deal-card${dragging ? ' dragging' : ''}${card.isRotting ? ' rotting' : ''}`} draggable={draggable}
      onDragStart={(e) => {
        e.dataTransfer.effectAllowed = 'move';
        e.dataTransfer.setData(dealMime, card.id);
        e.dataTransfer.setData('text/plain', card.name);
        onDragStart();
      }}
      onDragEnd={onDragEnd}>
      <h3 id={titleId}><Link to={`/deals/${card.id}`} draggable={false}>{card.name}</Link></h3>
      {card.company && <p className="muted">{card.company.name ?? t('view.hiddenCompany')}</p>}
      {owner && <p className="muted deal-card-owner">{owner}</p>}
      <p className="deal-card-amount">{card.amount ? formatMoney(card.amount, locale) : <span className="muted">{t('board.noAmount')}</span>}</p>
      {card.expectedCloseDate && <p className="muted">{t('board.closes', { date: formatDay(card.expectedCloseDate, locale) })}</p>}
      {card.isRotting && (
        <p>
          <span className="badge danger">{t('board.rotting')}</span>
          <span id={rottingId} className="visually-hidden">{t('board.rottingHint', { count: stage.rottingDays ?? 0 })}</span>
        </p>
      )}
      {targets.length > 0 && <MoveMenu name={card.name} titleId={titleId} targets={targets} onChoose={onChoose} focus={focusMove} onFocused={onFocused} />}
    </article>
  );
}

/** The keyboard's way to move a card: a button opening the list of the other stages, inside the card. */
function MoveMenu({ name, titleId, targets, onChoose, focus, onFocused }: {
  name: string;
  titleId: string;
  targets: Stage[];
  onChoose: (to: Stage) => void;
  focus: boolean;
  onFocused: () => void;
}) {
  const { t } = useTranslation('deals');
  const [open, setOpen] = useState(false);
  const listId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);
  // After a move made from this card, the focus follows the card into its new column.
  useEffect(() => {
    if (!focus) return;
    button.current?.focus();
    onFocused();
  }, [focus, onFocused]);
  useEffect(() => {
    if (open) list.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [open]);
  return (
    <div className="move-menu" onKeyDown={(e) => {
      if (e.key === 'Escape' && open) {
        e.stopPropagation();
        setOpen(false);
        button.current?.focus();
      }
    }}>
      <button ref={button} type="button" className="button small" aria-expanded={open} aria-controls={listId} aria-describedby={titleId}
        onClick={() => setOpen((o) => !o)}>
        {t('board.moveTo')}
      </button>
      {open && (
        <ul ref={list} id={listId} className="plain move-choices" aria-label={t('board.moveChoices', { name })}>
          {targets.map((stage) => (
            <li key={stage.id}>
              <button type="button" className="button small ghost" onClick={() => {
                setOpen(false);
                onChoose(stage);
              }}>
                {stage.name}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** A new deal in one of the current pipeline's open stages; it then shows on the board. */
function NewDealForm({ pipeline, onDone }: { pipeline: Pipeline; onDone: () => void }) {
  const { t } = useTranslation('deals');
  const queryClient = useQueryClient();
  const { notify } = useNotifications();
  const stages = openStages(pipeline.stages);
  const [draft, setDraft] = useState<DealDraft>(() => emptyDealDraft(stages[0]?.id ?? ''));
  const [checked, setChecked] = useState(false);
  const deals = useDealRequest();
  const form = useFormProblem('deals', deals.fieldNames);
  const problems = checked ? checkDeal(draft, { needsStage: true }) : {};
  const create = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/deals', { body: deals.toRequest(draft, pipeline.id) })),
    onSuccess: (deal) => {
      void queryClient.invalidateQueries({ queryKey: dealKeys.boards });
      queryClient.setQueryData(dealKeys.detail(deal.id), deal);
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
    if (Object.keys(checkDeal(draft, { needsStage: true })).length > 0) return;
    create.mutate();
  };
  return (
    <form className="form" noValidate onSubmit={submit}>
      <FormMessages messages={form.messages} />
      <DealFields draft={draft} onChange={setDraft} errorOf={errorOf} stages={stages} />
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={create.isPending}>{create.isPending ? t('common:saving') : t('form.create')}</button>
        <button type="button" className="button" onClick={onDone}>{t('common:cancel')}</button>
      </div>
    </form>
  );
}
