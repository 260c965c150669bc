import { useId } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { can, useSignedInUser } from '../../api/session';
import { usePageTitle } from '../../app/usePageTitle';
import { SelectField, TextField } from '../../ui/Field';
import { asProblem, useProblemText } from '../../ui/problems';
import { useLocale } from '../../i18n/useLocale';
import { formatMoney, formatNumber } from '../../i18n/format';
import { formatDay } from '../deals/board';
import { usePipelines } from '../deals/queries';
import { choosablePeople, teamsByName } from '../directory/people';
import { useDirectoryTeams, usePeople } from '../directory/queries';
import { scopeFromText, scopeText } from '../directory/scope';
import { ForecastChart, Legend, type ChartRow } from './ForecastChart';
import { QuotaGrid } from './QuotaGrid';
import {
  addMonths, attainmentLevel, chartSeries, checkRange, currenciesOf, figuresIn, filtersFromParams, forecastQuery, formatAttainment, intervals,
  isCut, paramsFromFilters, periodLabel, rangeOf, rangePresets, todayIn, type Forecast, type ForecastFigures,
  type ForecastFilters, type RangePreset,
} from './forecast';
import { useForecast } from './queries';
import './forecast.css';

export default function ForecastPage() {
  const { t } = useTranslation('forecast');
  usePageTitle(t('page.title'));
  const me = useSignedInUser();
  if (!can(me, 'deals.read')) {
    return (
      <>
        <div className="page-header"><h1>{t('page.title')}</h1></div>
        <div className="notice warning"><p style={{ margin: 0 }}>{t('page.notAllowed')}</p></div>
      </>
    );
  }
  return <ForecastScreen />;
}

/** A period's name: the texts' quarter ("Q1 2027", "T1 2027") or the locale's month ("Jan 2027"). */
function usePeriodLabel() {
  const { t } = useTranslation('forecast');
  const locale = useLocale();
  return (key: string) => periodLabel(key, locale, (quarter, year) => t('periods.quarter', { quarter, year }));
}

function ForecastScreen() {
  const { t } = useTranslation('forecast');
  const describe = useProblemText('forecast');
  const me = useSignedInUser();
  const locale = useLocale();
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const today = todayIn(me.timeZone);
  const range = rangeOf(filters, today);
  const rangeProblem = checkRange(range);
  const query = forecastQuery(filters, today, me.id);
  const forecast = useForecast(query);
  const pipelines = usePipelines();
  // Without the directory (a custom role), the choice is between everyone and oneself.
  const people = usePeople();
  const teams = useDirectoryTeams();
  const change = (next: Partial<ForecastFilters>) => setParams(paramsFromFilters({ ...filters, ...next }), { replace: true });
  const choosePreset = (preset: RangePreset) => {
    // A range of one's own starts from the days shown, to be changed from there.
    change(preset === 'custom' ? { range: preset, ...range } : { range: preset, from: '', to: '' });
  };

  const scope = scopeText(filters.scope);
  const activeUsers = choosablePeople(people.data ?? [], locale);
  const sortedTeams = teamsByName(teams.data ?? [], locale);
  const scopeKnown = scope === 'all' || scope === 'me'
    || sortedTeams.some((team) => `team:${team.id}` === scope) || activeUsers.some((u) => `user:${u.id}` === scope);

  return (
    <section className="stack">
      <div className="page-header" style={{ marginBottom: 0 }}>
        <h1>{t('page.title')}</h1>
      </div>
      <div className="row forecast-filters" role="group" aria-label={t('page.filters')}>
        <SelectField label={t('page.range')} value={filters.range} onChange={(e) => choosePreset(e.target.value as RangePreset)}>
          {rangePresets.map((preset) => <option key={preset} value={preset}>{t(`page.presets.${preset}`)}</option>)}
        </SelectField>
        {filters.range === 'custom' && (
          <>
            <TextField label={t('page.from')} type="date" value={filters.from} max={filters.to || undefined} required
              onChange={(e) => change({ from: e.target.value })} />
            <TextField label={t('page.to')} type="date" value={filters.to} min={filters.from || undefined} required
              onChange={(e) => change({ to: e.target.value })} />
          </>
        )}
        <SelectField label={t('page.interval')} value={filters.interval} onChange={(e) => change({ interval: e.target.value as ForecastFilters['interval'] })}>
          {intervals.map((interval) => <option key={interval} value={interval}>{t(`page.intervals.${interval}`)}</option>)}
        </SelectField>
        <SelectField label={t('page.scope')} value={scope} onChange={(e) => change({ scope: scopeFromText(e.target.value) })}>
          <option value="all">{t('page.scopes.all')}</option>
          <option value="me">{t('page.scopes.me')}</option>
          {!scopeKnown && <option value={scope}>…</option>}
          {sortedTeams.length > 0 && (
            <optgroup label={t('page.scopes.teams')}>
              {sortedTeams.map((team) => <option key={team.id} value={`team:${team.id}`}>{team.name}</option>)}
            </optgroup>
          )}
          {activeUsers.length > 0 && (
            <optgroup label={t('page.scopes.users')}>
              {activeUsers.map((u) => <option key={u.id} value={`user:${u.id}`}>{u.displayName}</option>)}
            </optgroup>
          )}
        </SelectField>
        {(pipelines.data?.length ?? 0) > 1 && (
          <SelectField label={t('page.pipeline')} value={filters.pipelineId} onChange={(e) => change({ pipelineId: e.target.value })}>
            <option value="">{t('page.allPipelines')}</option>
            {[...pipelines.data!].sort((a, b) => a.position - b.position).map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
          </SelectField>
        )}
      </div>
      {rangeProblem ? (
        <p className="notice error" role="alert">
          {t(`page.rangeProblems.${rangeProblem}`, { limit: rangeProblem === 'tooLong' ? formatDay(addMonths(range.from, 24), locale) : '' })}
        </p>
      ) : (
        <p className="muted" style={{ margin: 0 }}>
          {t('page.covers', { from: formatDay(range.from, locale), to: formatDay(range.to, locale) })} {t('page.rules')}
        </p>
      )}
      {forecast.isError && <p className="notice error" role="alert">{describe(asProblem(forecast.error))}</p>}
      {query && forecast.isPending && <p role="status">{t('common:loading')}</p>}
      {forecast.isPlaceholderData && <p role="status" className="muted" style={{ margin: 0 }}>{t('page.updating')}</p>}
      {query && forecast.data && !forecast.isError && <Figures forecast={forecast.data} busy={forecast.isPlaceholderData} />}
      {can(me, 'sales.setup') && <QuotaGrid initialYear={Number((query?.from ?? today).slice(0, 4))} />}
    </section>
  );
}

function Figures({ forecast, busy }: { forecast: Forecast; busy: boolean }) {
  const { t } = useTranslation('forecast');
  const currencies = currenciesOf(forecast);
  if (currencies.length === 0) return <p className="notice" aria-busy={busy || undefined}>{t('page.empty')}</p>;
  return (
    <div className="stack" aria-busy={busy || undefined}>
      {currencies.map((currency) => <CurrencySection key={currency} forecast={forecast} currency={currency} />)}
    </div>
  );
}

/** One currency: its totals, its chart and the table of its figures per period. */
function CurrencySection({ forecast, currency }: { forecast: Forecast; currency: string }) {
  const { t } = useTranslation('forecast');
  const locale = useLocale();
  const label = usePeriodLabel();
  const headingId = useId();
  const rows: ChartRow[] = forecast.periods.map((period) => ({ key: period.period, label: label(period.period), figures: figuresIn(period, currency) }));
  const total = figuresIn(forecast.total, currency);
  const money = (amount: number) => formatMoney({ amount, currency }, locale);
  const attainment = formatAttainment(total.attainment, locale);
  return (
    <section className="card stack forecast-currency" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('currency.title', { currency })}</h2>
      <dl className="forecast-summary" aria-label={t('currency.summary', { currency })}>
        <div><dt>{t('figures.won')}</dt><dd>{money(total.won)}</dd></div>
        <div><dt>{t('figures.quota')}</dt><dd>{total.quota != null ? money(total.quota) : <span className="muted">{t('figures.noQuota')}</span>}</dd></div>
        <div>
          <dt>{t('figures.attainment')}</dt>
          <dd className={`attainment-${attainmentLevel(total.attainment)}`}>{attainment ?? <span className="muted">{t('figures.noQuota')}</span>}</dd>
        </div>
        <div><dt>{t('figures.commit')}</dt><dd>{money(total.commit)}</dd></div>
        <div><dt>{t('figures.weighted')}</dt><dd>{money(total.weighted)}</dd></div>
        <div><dt>{t('figures.openPipeline')}</dt><dd>{money(total.openPipeline)}</dd></div>
      </dl>
      <Legend currency={currency} />
      <ForecastChart rows={rows} currency={currency} locale={locale} />
      <FiguresTable forecast={forecast} currency={currency} rows={rows} total={total} />
    </section>
  );
}

function FiguresTable({ forecast, currency, rows, total }: { forecast: Forecast; currency: string; rows: readonly ChartRow[]; total: ForecastFigures }) {
  const { t } = useTranslation('forecast');
  const locale = useLocale();
  const captionId = useId();
  const cells = (figures: ForecastFigures) => {
    const attainment = formatAttainment(figures.attainment, locale);
    return (
      <>
        {chartSeries.map((series) => <td key={series} className="number">{formatMoney({ amount: figures[series], currency }, locale)}</td>)}
        <td className="number">{figures.quota != null ? formatMoney({ amount: figures.quota, currency }, locale) : <span className="muted">{t('figures.noQuota')}</span>}</td>
        <td className={`number attainment-${attainmentLevel(figures.attainment)}`}>{attainment ?? <span className="muted">—</span>}</td>
        <td className="number">{formatNumber(figures.openCount, locale)}</td>
        <td className="number">{formatNumber(figures.wonCount, locale)}</td>
      </>
    );
  };
  return (
    <div className="table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="forecast-table">
        <caption id={captionId} className="visually-hidden">{t('currency.table', { currency })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('figures.period')}</th>
            {chartSeries.map((series) => <th key={series} scope="col" className="number">{t(`figures.${series}`)}</th>)}
            <th scope="col" className="number">{t('figures.quota')}</th>
            <th scope="col" className="number">{t('figures.attainment')}</th>
            <th scope="col" className="number">{t('figures.openCount')}</th>
            <th scope="col" className="number">{t('figures.wonCount')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => {
            const period = forecast.periods[index]!;
            return (
              <tr key={row.key}>
                <th scope="row">
                  {row.label}
                  {isCut(period) && (
                    <span className="muted forecast-cut"> ({t('periods.cut', { from: formatDay(period.from, locale), to: formatDay(period.to, locale) })})</span>
                  )}
                </th>
                {cells(row.figures)}
              </tr>
            );
          })}
        </tbody>
        {rows.length > 1 && (
          <tfoot>
            <tr>
              <th scope="row">{t('figures.total')}</th>
              {cells(total)}
            </tr>
          </tfoot>
        )}
      </table>
    </div>
  );
}
