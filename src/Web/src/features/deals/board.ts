/** The board's rules and arithmetic, apart from the screen: filters, drops, columns' pages, totals and days. */
import type { components } from '../../api/schema';
import type { Problem } from '../../api/problem';
import { formatDate, formatMoney, formatPercent } from '../../i18n/format';
import { scopeFromText, scopeQuery, scopeText, type Scope } from '../directory/scope';

export type Pipeline = components['schemas']['PipelineResponse'];
export type Stage = components['schemas']['StageResponse'];
export type StageKind = components['schemas']['StageKind'];
export type Board = components['schemas']['BoardResponse'];
export type BoardColumn = components['schemas']['BoardColumn'];
export type DealCard = components['schemas']['DealCard'];
export type MoneyTotal = components['schemas']['MoneyTotal'];

/** The fields a stage can require, in the order the forms show them. */
export const dealFieldNames = ['amount', 'expectedCloseDate', 'company', 'contacts', 'nextStep', 'source'] as const;
export type DealFieldName = (typeof dealFieldNames)[number];

export const isDealField = (value: unknown): value is DealFieldName => dealFieldNames.includes(value as DealFieldName);

export interface BoardFilters {
  /** Empty for the first pipeline. */
  pipelineId: string;
  /** Whose deals: everyone's, mine, a colleague's or a team's (with the teams below it). */
  owner: Scope;
  /** yyyy-mm-dd or empty. */
  closeFrom: string;
  closeTo: string;
  /** Deal custom fields the board is narrowed to, key to value (an option's key, true or false). */
  fields: Readonly<Record<string, string>>;
}

const day = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The filters the address holds (`?pipeline=&owner=mine|user:<id>|team:<id>&from=&to=&cf.region=nord`), so a board can
 * be bookmarked and shared.
 */
export function filtersFromParams(params: URLSearchParams): BoardFilters {
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const fields: Record<string, string> = {};
  params.forEach((value, name) => {
    if (name.startsWith('cf.') && name.length > 3 && value) fields[name.slice(3)] = value;
  });
  return {
    fields,
    pipelineId: params.get('pipeline') ?? '',
    owner: params.get('owner') === 'mine' ? { kind: 'me' } : scopeFromText(params.get('owner')),
    closeFrom: day.test(from) ? from : '',
    closeTo: day.test(to) ? to : '',
  };
}

export function paramsFromFilters(filters: BoardFilters): Record<string, string> {
  const params: Record<string, string> = {};
  if (filters.pipelineId) params.pipeline = filters.pipelineId;
  if (filters.owner.kind === 'me') params.owner = 'mine';
  else if (filters.owner.kind !== 'all') params.owner = scopeText(filters.owner);
  if (filters.closeFrom) params.from = filters.closeFrom;
  if (filters.closeTo) params.to = filters.closeTo;
  for (const [key, value] of Object.entries(filters.fields)) {
    if (value) params[`cf.${key}`] = value;
  }
  return params;
}

export interface BoardQuery {
  ownerId?: string;
  teamId?: string;
  closeFrom?: string;
  closeTo?: string;
  /** Conditions on deal custom fields, `cf.<key>:eq:<value>`. */
  filter?: string[];
}

/** The board's query string: only what narrows it. */
export function boardQuery(filters: BoardFilters, meId: string): BoardQuery {
  return {
    ...scopeQuery(filters.owner, meId),
    ...(filters.closeFrom ? { closeFrom: filters.closeFrom } : {}),
    ...(filters.closeTo ? { closeTo: filters.closeTo } : {}),
    ...fieldConditions(filters.fields),
  };
}

/** A comma or backslash inside a value is written `\,` or `\\` in the API's filter syntax. */
function fieldConditions(fields: Readonly<Record<string, string>>): { filter?: string[] } {
  const filter = Object.entries(fields)
    .filter(([, value]) => value !== '')
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, value]) => `cf.${key}:eq:${value.replace(/\\/g, '\\\\').replace(/,/g, '\\,')}`);
  return filter.length > 0 ? { filter } : {};
}

/** The pipeline the board shows: the one asked for if it still exists, else the first. */
export function chosenPipeline(pipelines: readonly Pipeline[], wanted: string): Pipeline | undefined {
  return pipelines.find((p) => p.id === wanted) ?? [...pipelines].sort((a, b) => a.position - b.position)[0];
}

export type DropAction = 'none' | 'move' | 'askLostReason';

/** What dropping a card on a stage does: nothing on its own stage, a question first on the lost stage, else a move. */
export function dropAction(fromStageId: string, to: Pick<Stage, 'id' | 'kind'>): DropAction {
  if (fromStageId === to.id) return 'none';
  return to.kind === 'Lost' ? 'askLostReason' : 'move';
}

/** The stages a card can be moved to from its own, in the board's order. */
export function stagesToMoveTo(stages: readonly Stage[], fromStageId: string): Stage[] {
  return [...stages].sort((a, b) => a.position - b.position).filter((s) => s.id !== fromStageId);
}

/** The stages a deal page offers as steps: the open ones, in order. */
export function openStages(stages: readonly Stage[]): Stage[] {
  return [...stages].sort((a, b) => a.position - b.position).filter((s) => s.kind === 'Open');
}

export const stageOfKind = (stages: readonly Stage[], kind: StageKind) => stages.find((s) => s.kind === kind);

/** The fields a 422 `deal.stage_requirements_missing` says the deal lacks (its `missingFields` member). */
export function missingFieldsOf(problem: Problem | null | undefined): DealFieldName[] {
  const listed = problem?.body?.missingFields;
  return Array.isArray(listed) ? listed.filter(isDealField) : [];
}

export interface ExtraPage {
  items: DealCard[];
  nextCursor: string | null;
}

/** Cards newest first, as the API pages them (ids grow with time). */
const newestFirst = (a: DealCard, b: DealCard) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/**
 * A column's cards as shown: the board's first page, then the pages loaded with "Load more"; a card in both (it moved
 * in meanwhile) is shown once, with the board's newer copy.
 */
export function columnCards(first: readonly DealCard[], extra: readonly DealCard[] = []): DealCard[] {
  const seen = new Set(first.map((c) => c.id));
  return [...first, ...extra.filter((c) => !seen.has(c.id))];
}

/**
 * The loaded-more pages after a card moved from one column to another: it leaves the first column's pages; it joins
 * the second's when that column shows more than its first page and the card sorts after that page (the refreshed
 * board brings it otherwise).
 */
export function extrasAfterMove(
  extras: Readonly<Record<string, ExtraPage>>, moved: DealCard, fromStageId: string, toStageId: string, toFirstPage: readonly DealCard[],
): Record<string, ExtraPage> {
  const next: Record<string, ExtraPage> = { ...extras };
  const from = extras[fromStageId];
  if (from) next[fromStageId] = { ...from, items: from.items.filter((c) => c.id !== moved.id) };
  const to = extras[toStageId];
  const lastShown = toFirstPage[toFirstPage.length - 1];
  if (to && lastShown && moved.id < lastShown.id) {
    next[toStageId] = { ...to, items: [...to.items.filter((c) => c.id !== moved.id), moved].sort(newestFirst) };
  }
  return next;
}

/** A day without time (yyyy-mm-dd) in the reader's locale: the same day wherever the reader is. */
export function formatDay(isoDay: string, locale: string): string {
  return formatDate(`${isoDay}T00:00:00Z`, locale, 'UTC');
}

export interface TotalLine {
  currency: string;
  amount: string;
  weighted: string;
}

/** A column's sums, one line per currency (never added across currencies), in the reader's money format. */
export function totalLines(totals: readonly MoneyTotal[], locale: string): TotalLine[] {
  return [...totals]
    .sort((a, b) => a.currency.localeCompare(b.currency))
    .map((total) => ({
      currency: total.currency,
      amount: formatMoney({ amount: total.amount, currency: total.currency }, locale),
      weighted: formatMoney({ amount: total.weighted, currency: total.currency }, locale),
    }));
}

/** A stage's win probability (0–100) as a percentage in the reader's locale. */
export const formatProbability = (probability: number, locale: string) => formatPercent(probability / 100, locale);
