import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../i18n/format';
import { barHeight, barSlots, chartBox, scaleFor, yOf } from './chart';
import { chartSeries, type ForecastFigures } from './forecast';

export interface ChartRow {
  key: string;
  label: string;
  figures: ForecastFigures;
}

const compactFormats = new Map<string, Intl.NumberFormat>();

/** An axis label: "€10K", "10 k€". */
function compactMoney(value: number, currency: string, locale: string): string {
  const key = `${locale}|${currency}`;
  let format = compactFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 });
    compactFormats.set(key, format);
  }
  return format.format(value);
}

/** The colours of the bars, named for the legend: the same classes colour the swatches. */
export function Legend({ currency }: { currency: string }) {
  const { t } = useTranslation('forecast');
  return (
    <ul className="forecast-legend" aria-label={t('currency.legend', { currency })}>
      {chartSeries.map((series) => (
        <li key={series}><span className={`swatch bar-${series}`} aria-hidden="true" />{t(`figures.${series}`)}</li>
      ))}
      <li><span className="swatch quota" aria-hidden="true" />{t('currency.quotaLine')}</li>
    </ul>
  );
}

/**
 * The forecast in one currency as grouped bars per period, with the quota as a dashed line across each group. The
 * drawing is one image for assistive technologies: the table that follows it carries the figures.
 */
export function ForecastChart({ rows, currency, locale }: { rows: readonly ChartRow[]; currency: string; locale: string }) {
  const { t } = useTranslation('forecast');
  const titleId = useId();
  const descId = useId();
  const values = rows.flatMap((row) => [...chartSeries.map((s) => row.figures[s]), row.figures.quota ?? 0]);
  const scale = scaleFor(Math.max(0, ...values));
  const box = chartBox(rows.length);
  const base = box.height - box.bottom;
  return (
    <div className="forecast-chart" role="region" aria-label={t('currency.chartRegion', { currency })} tabIndex={0}>
      <svg role="img" aria-labelledby={`${titleId} ${descId}`} width={box.width} height={box.height} viewBox={`0 0 ${box.width} ${box.height}`}>
        <title id={titleId}>{t('currency.chart', { currency })}</title>
        <desc id={descId}>{t('currency.chartDescription')}</desc>
        <g className="axis">
          {scale.ticks.map((tick) => {
            const y = yOf(tick, scale, box);
            return (
              <g key={tick}>
                <line x1={box.left} x2={box.width - box.right} y1={y} y2={y} className={tick === 0 ? 'baseline' : 'gridline'} />
                <text x={box.left - 6} y={y} dy="0.32em" textAnchor="end">{compactMoney(tick, currency, locale)}</text>
              </g>
            );
          })}
        </g>
        {rows.map((row, group) => {
          const slots = barSlots(group, rows.length, chartSeries.length, box);
          const quota = row.figures.quota;
          return (
            <g key={row.key}>
              {chartSeries.map((series, i) => {
                const value = row.figures[series];
                const height = barHeight(value, scale, box);
                const slot = slots.bars[i]!;
                return (
                  <rect key={series} className={`bar bar-${series}`} x={slot.x} width={slot.width} y={base - height} height={height}>
                    <title>{t('currency.tip', { period: row.label, figure: t(`figures.${series}`), amount: formatMoney({ amount: value, currency }, locale) })}</title>
                  </rect>
                );
              })}
              {quota != null && quota > 0 && (
                <line className="quota-line" x1={slots.start - 3} x2={slots.end + 3} y1={yOf(quota, scale, box)} y2={yOf(quota, scale, box)}>
                  <title>{t('currency.tip', { period: row.label, figure: t('figures.quota'), amount: formatMoney({ amount: quota, currency }, locale) })}</title>
                </line>
              )}
              <text className="period-label" x={slots.center} y={box.height - 8} textAnchor="middle">{row.label}</text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}
