/** The forecast's rules apart from the screen: ranges and their presets, filters in the address, figures per currency. */
import type { components } from '../../api/schema';
import { formatPercent } from '../../i18n/format';
import { scopeFromText, scopeQuery, scopeText, type Scope } from '../directory/scope';

export type Forecast = components['schemas']['ForecastResponse'];
export type ForecastPeriod = components['schemas']['ForecastPeriodResponse'];
export type ForecastFigures = components['schemas']['ForecastFigures'];

export type RangePreset = 'thisQuarter' | 'nextQuarter' | 'thisYear' | 'custom';
export const rangePresets: readonly RangePreset[] = ['thisQuarter', 'nextQuarter', 'thisYear', 'custom'];

export type Interval = 'month' | 'quarter';
export const intervals: readonly Interval[] = ['month', 'quarter'];

/** A forecast covers 24 months at most (ADR 18): from a day, up to the day before the same day 24 months later. */
export const maxMonths = 24;

export interface DayRange {
  /** yyyy-mm-dd, both included. */
  from: string;
  to: string;
}

const day = /^\d{4}-\d{2}-\d{2}$/;
const pad = (n: number) => String(n).padStart(2, '0');
const isoDay = (year: number, month: number, dayOfMonth: number) => `${year}-${pad(month)}-${pad(dayOfMonth)}`;
/** The number of days in a month (1–12). */
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Today's date where the user lives (their profile's time zone), as yyyy-mm-dd. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  // The Canadian English calendar writes dates the ISO way.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

function parts(isoDate: string): [number, number, number] {
  const [y, m, d] = isoDate.split('-').map(Number);
  return [y!, m!, d!];
}

/** The calendar quarter `offset` quarters after the one `today` falls in. */
function quarter(today: string, offset: number): DayRange {
  const [year, month] = parts(today);
  const index = year * 4 + Math.floor((month - 1) / 3) + offset;
  const y = Math.floor(index / 4);
  const firstMonth = (index % 4) * 3 + 1;
  return { from: isoDay(y, firstMonth, 1), to: isoDay(y, firstMonth + 2, daysIn(y, firstMonth + 2)) };
}

/** The days a preset covers, seen from `today` (yyyy-mm-dd). A custom range has no days of its own: this quarter's. */
export function presetRange(preset: RangePreset, today: string): DayRange {
  switch (preset) {
    case 'nextQuarter': return quarter(today, 1);
    case 'thisYear': {
      const [year] = parts(today);
      return { from: isoDay(year, 1, 1), to: isoDay(year, 12, 31) };
    }
    default: return quarter(today, 0);
  }
}

/** `isoDate` moved by whole months, the day kept (or the month's last day when it has fewer). */
export function addMonths(isoDate: string, months: number): string {
  const [year, month, dayOfMonth] = parts(isoDate);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return isoDay(y, m, Math.min(dayOfMonth, daysIn(y, m)));
}

export type RangeProblem = 'missing' | 'order' | 'tooLong';

/** What is wrong with a range typed by hand, if anything: the API would refuse it the same way. */
export function checkRange(range: DayRange): RangeProblem | null {
  if (!day.test(range.from) || !day.test(range.to)) return 'missing';
  if (range.from > range.to) return 'order';
  if (range.to >= addMonths(range.from, maxMonths)) return 'tooLong';
  return null;
}

export interface ForecastFilters {
  range: RangePreset;
  /** The days of a custom range; empty otherwise. */
  from: string;
  to: string;
  interval: Interval;
  scope: Scope;
  /** Empty for every pipeline. */
  pipelineId: string;
}

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The filters the address holds (`?range=&from=&to=&interval=&scope=&pipeline=`), so a forecast can be bookmarked. */
export function filtersFromParams(params: URLSearchParams): ForecastFilters {
  const range = params.get('range');
  const interval = params.get('interval');
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const pipeline = params.get('pipeline') ?? '';
  const preset = rangePresets.includes(range as RangePreset) ? (range as RangePreset) : 'thisQuarter';
  return {
    range: preset,
    from: preset === 'custom' && day.test(from) ? from : '',
    to: preset === 'custom' && day.test(to) ? to : '',
    interval: intervals.includes(interval as Interval) ? (interval as Interval) : 'month',
    scope: scopeFromText(params.get('scope')),
    pipelineId: guid.test(pipeline) ? pipeline : '',
  };
}

/** Only what differs from the defaults goes into the address. */
export function paramsFromFilters(filters: ForecastFilters): Record<string, string> {
  const params: Record<string, string> = {};
  if (filters.range !== 'thisQuarter') params.range = filters.range;
  if (filters.range === 'custom') {
    if (filters.from) params.from = filters.from;
    if (filters.to) params.to = filters.to;
  }
  if (filters.interval !== 'month') params.interval = filters.interval;
  if (filters.scope.kind !== 'all') params.scope = scopeText(filters.scope);
  if (filters.pipelineId) params.pipeline = filters.pipelineId;
  return params;
}

/** The days the filters cover: the preset's, or those typed for a custom range. */
export function rangeOf(filters: ForecastFilters, today: string): DayRange {
  return filters.range === 'custom' ? { from: filters.from, to: filters.to } : presetRange(filters.range, today);
}

export interface ForecastQuery {
  from: string;
  to: string;
  interval: Interval;
  ownerId?: string;
  teamId?: string;
  pipelineId?: string;
}

/** The forecast's query string; null while the range is not one the API would take. */
export function forecastQuery(filters: ForecastFilters, today: string, meId: string): ForecastQuery | null {
  const range = rangeOf(filters, today);
  if (checkRange(range)) return null;
  const { scope } = filters;
  return {
    from: range.from,
    to: range.to,
    interval: filters.interval,
    ...scopeQuery(scope, meId),
    ...(filters.pipelineId ? { pipelineId: filters.pipelineId } : {}),
  };
}

/**
 * The currencies a forecast speaks, each charted and tabled on its own (amounts in different currencies are never
 * added): the one with the most won and open money first, then by code.
 */
export function currenciesOf(forecast: Pick<Forecast, 'periods' | 'total'>): string[] {
  const weight = new Map<string, number>();
  for (const period of [...forecast.periods, forecast.total]) {
    for (const figures of period.currencies) {
      weight.set(figures.currency, (weight.get(figures.currency) ?? 0) + figures.won + figures.openPipeline + (figures.quota ?? 0));
    }
  }
  return [...weight.entries()].sort(([a, x], [b, y]) => y - x || a.localeCompare(b)).map(([currency]) => currency);
}

/** A period's figures in one currency; zeros (and no quota) when it has none in it. */
export function figuresIn(period: Pick<ForecastPeriod, 'currencies'>, currency: string): ForecastFigures {
  return period.currencies.find((f) => f.currency === currency) ?? {
    currency, openPipeline: 0, weighted: 0, bestCase: 0, commit: 0, won: 0, quota: null, attainment: null, openCount: 0, wonCount: 0,
  };
}

/** The figures a chart draws as bars, in the order it draws them, from what is closed to what is merely hoped. */
export const chartSeries = ['won', 'commit', 'bestCase', 'weighted', 'openPipeline'] as const;
export type ChartSeries = (typeof chartSeries)[number];

/**
 * How a period reads: "Jan 2027" or "janv. 2027" for a month (`2027-01`); a quarter (`2027-Q1`) by the texts'
 * `quarterText` ("Q1 2027", "T1 2027").
 */
export function periodLabel(key: string, locale: string, quarterText: (quarter: number, year: number) => string): string {
  const q = /^(\d{4})-Q([1-4])$/.exec(key);
  if (q) return quarterText(Number(q[2]), Number(q[1]));
  const m = /^(\d{4})-(\d{2})$/.exec(key);
  if (m) {
    return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' })
      .format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1)));
  }
  return key;
}

/** Whether the range cut a period short (it does not start on its first day or end on its last). */
export function isCut(period: Pick<ForecastPeriod, 'period' | 'from' | 'to'>): boolean {
  const [year, month] = parts(period.from);
  const quarterly = /-Q[1-4]$/.test(period.period);
  const firstMonth = quarterly ? Math.floor((month - 1) / 3) * 3 + 1 : month;
  const lastMonth = quarterly ? firstMonth + 2 : month;
  return period.from !== isoDay(year, firstMonth, 1) || period.to !== isoDay(year, lastMonth, daysIn(year, lastMonth));
}

/** Quota attainment (won ÷ quota) as a whole percentage in the reader's locale; null without a quota. */
export function formatAttainment(attainment: number | null | undefined, locale: string): string | null {
  if (attainment === null || attainment === undefined || !Number.isFinite(attainment)) return null;
  return formatPercent(attainment, locale);
}

export type AttainmentLevel = 'none' | 'behind' | 'close' | 'reached';

/** How far the quota is: reached at 100 %, close from 70 %, behind below. */
export function attainmentLevel(attainment: number | null | undefined): AttainmentLevel {
  if (attainment === null || attainment === undefined || !Number.isFinite(attainment)) return 'none';
  if (attainment >= 1) return 'reached';
  return attainment >= 0.7 ? 'close' : 'behind';
}
