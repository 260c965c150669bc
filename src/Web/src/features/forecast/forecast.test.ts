import { describe, expect, it } from 'vitest';
import {
  addMonths, attainmentLevel, checkRange, currenciesOf, figuresIn, filtersFromParams, forecastQuery, formatAttainment, isCut, paramsFromFilters,
  periodLabel, presetRange, todayIn, type ForecastFigures, type ForecastPeriod,
} from './forecast';
import { scopeFromText } from '../directory/scope';

const team = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
const figures = (currency: string, values: Partial<ForecastFigures> = {}): ForecastFigures => ({
  currency, openPipeline: 0, weighted: 0, bestCase: 0, commit: 0, won: 0, quota: null, attainment: null, openCount: 0, wonCount: 0, ...values,
});
const period = (key: string, from: string, to: string, currencies: ForecastFigures[] = []): ForecastPeriod =>
  ({ period: key, from, to, openCount: 0, wonCount: 0, currencies });

describe('range presets', () => {
  it('give this quarter, the next one (across the year) and this year', () => {
    expect(presetRange('thisQuarter', '2026-11-29')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(presetRange('nextQuarter', '2026-11-29')).toEqual({ from: '2027-01-01', to: '2027-03-31' });
    expect(presetRange('thisQuarter', '2027-05-31')).toEqual({ from: '2027-04-01', to: '2027-06-30' });
    expect(presetRange('nextQuarter', '2027-02-01')).toEqual({ from: '2027-04-01', to: '2027-06-30' });
    expect(presetRange('thisYear', '2028-02-29')).toEqual({ from: '2028-01-01', to: '2028-12-31' });
  });

  it('take today where the user lives, not in UTC', () => {
    const lateInParis = new Date('2026-12-31T23:30:00Z');
    expect(todayIn('Europe/Paris', lateInParis)).toBe('2027-01-01');
    expect(todayIn('America/New_York', lateInParis)).toBe('2026-12-31');
  });

  it('check a range of one’s own as the API would: both days, in order, 24 months at most', () => {
    expect(checkRange({ from: '2026-01-01', to: '' })).toBe('missing');
    expect(checkRange({ from: '2026-03-01', to: '2026-02-28' })).toBe('order');
    expect(checkRange({ from: '2026-01-15', to: '2028-01-14' })).toBeNull();
    expect(checkRange({ from: '2026-01-15', to: '2028-01-15' })).toBe('tooLong');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
  });
});

describe('filters', () => {
  it('read the address and write back only what differs from the defaults', () => {
    const filters = filtersFromParams(new URLSearchParams(`range=custom&from=2026-02-01&to=2026-07-31&interval=quarter&scope=team:${team}`));
    expect(filters).toEqual({ range: 'custom', from: '2026-02-01', to: '2026-07-31', interval: 'quarter', scope: { kind: 'team', id: team }, pipelineId: '' });
    expect(paramsFromFilters(filters)).toEqual({ range: 'custom', from: '2026-02-01', to: '2026-07-31', interval: 'quarter', scope: `team:${team}` });
    expect(filtersFromParams(new URLSearchParams('range=forever&interval=week&scope=user:nobody&pipeline=x&from=2026-01-01')))
      .toEqual({ range: 'thisQuarter', from: '', to: '', interval: 'month', scope: { kind: 'all' }, pipelineId: '' });
    expect(paramsFromFilters(filtersFromParams(new URLSearchParams()))).toEqual({});
    expect(scopeFromText('me')).toEqual({ kind: 'me' });
  });

  it('ask the API for the preset’s days, an owner for "me" or a user, a team for a team', () => {
    const base = filtersFromParams(new URLSearchParams());
    expect(forecastQuery({ ...base, scope: { kind: 'me' } }, '2026-11-29', 'me-id'))
      .toEqual({ from: '2026-10-01', to: '2026-12-31', interval: 'month', ownerId: 'me-id' });
    expect(forecastQuery({ ...base, scope: { kind: 'team', id: team }, pipelineId: 'p' }, '2026-11-29', 'me-id'))
      .toEqual({ from: '2026-10-01', to: '2026-12-31', interval: 'month', teamId: team, pipelineId: 'p' });
    expect(forecastQuery({ ...base, range: 'custom', from: '2026-05-01', to: '2026-04-01' }, '2026-11-29', 'me-id')).toBeNull();
  });
});

describe('figures', () => {
  it('chart each currency on its own, the one with the most money first, zeros where a period has none', () => {
    const forecast = {
      periods: [period('2027-01', '2027-01-01', '2027-01-31', [figures('USD', { won: 10 })]), period('2027-02', '2027-02-01', '2027-02-28', [figures('EUR', { openPipeline: 900 })])],
      total: period('total', '2027-01-01', '2027-02-28', [figures('EUR', { openPipeline: 900 }), figures('USD', { won: 10 })]),
    };
    expect(currenciesOf(forecast)).toEqual(['EUR', 'USD']);
    expect(figuresIn(forecast.periods[0]!, 'EUR')).toEqual(figures('EUR'));
    expect(currenciesOf({ periods: [], total: period('total', '2027-01-01', '2027-01-31') })).toEqual([]);
  });

  it('name months by the locale and quarters by the texts', () => {
    const quarter = (q: number, y: number) => `Q${q} ${y}`;
    expect(periodLabel('2027-01', 'en-GB', quarter)).toBe('Jan 2027');
    expect(periodLabel('2027-01', 'fr-FR', quarter)).toBe('janv. 2027');
    expect(periodLabel('2027-Q3', 'en-GB', quarter)).toBe('Q3 2027');
  });

  it('tell a period cut short by the range', () => {
    expect(isCut(period('2027-Q1', '2027-01-01', '2027-03-31'))).toBe(false);
    expect(isCut(period('2027-Q1', '2027-02-10', '2027-03-31'))).toBe(true);
    expect(isCut(period('2028-02', '2028-02-01', '2028-02-29'))).toBe(false);
    expect(isCut(period('2028-02', '2028-02-01', '2028-02-28'))).toBe(true);
  });

  it('format attainment as a whole percentage, none without a quota, and say how far it is', () => {
    expect(formatAttainment(0.5, 'en-GB')).toBe('50%');
    expect(formatAttainment(1.234, 'fr-FR')).toMatch(/^123\s%$/);
    expect(formatAttainment(null, 'en-GB')).toBeNull();
    expect(formatAttainment(undefined, 'en-GB')).toBeNull();
    expect([null, 0.2, 0.7, 1, 1.5].map(attainmentLevel)).toEqual(['none', 'behind', 'close', 'reached', 'reached']);
  });
});
