import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '../../api/client';
import { unwrap } from '../../api/problem';
import { can, useSignedInUser } from '../../api/session';
import { SelectField } from '../../ui/Field';
import { asProblem, useProblemText } from '../../ui/problems';
import { useLocale } from '../../i18n/useLocale';
import { formatMoney } from '../../i18n/format';
import { currencyOptions, defaultCurrency } from '../deals/dealDraft';
import { usePeople } from '../directory/queries';
import { forecastKeys, useQuotas } from './queries';
import { cellKey, cellText, gridCurrency, monthsOf, quotaCells, quotaChange, quotaRows, yearTotals, type Quota, type QuotaRow } from './quotas';

const monthFormats = new Map<string, [Intl.DateTimeFormat, Intl.DateTimeFormat]>();

/** "Jan" for a column, "January 2027" for a cell's name. */
function monthNames(locale: string): [Intl.DateTimeFormat, Intl.DateTimeFormat] {
  let formats = monthFormats.get(locale);
  if (!formats) {
    formats = [
      new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }),
      new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
    ];
    monthFormats.set(locale, formats);
  }
  return formats;
}

const monthDate = (period: string) => new Date(`${period}-01T00:00:00Z`);

/**
 * The monthly quotas of a year, users down and months across, for those who set up sales: each cell saves when left or
 * on Enter (If-Match with the version read, "0" for a quota not set yet), and says so.
 */
export function QuotaGrid({ initialYear }: { initialYear: number }) {
  const { t } = useTranslation('forecast');
  const describe = useProblemText('forecast');
  const me = useSignedInUser();
  const locale = useLocale();
  const queryClient = useQueryClient();
  const headingId = useId();
  const gridId = useId();
  const [year, setYear] = useState(initialYear);
  const listsPeople = can(me, 'directory.read');
  const people = usePeople();
  const quotas = useQuotas(year);
  const [chosenCurrency, setChosenCurrency] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [failures, setFailures] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState<ReadonlySet<string>>(new Set());

  const list = quotas.data ?? [];
  const currency = chosenCurrency ?? gridCurrency(list, defaultCurrency);
  const cells = quotaCells(list);
  const months = monthsOf(year);
  const [shortMonth, longMonth] = monthNames(locale);
  const rows: QuotaRow[] = listsPeople
    ? quotaRows(people.data ?? [], list, locale)
    : [{ userId: me.id, name: me.displayName }];
  const nameOf = (row: QuotaRow) => (row.userId === me.id ? t('quotas.you', { name: row.name }) : row.name);

  const fail = (key: string, message: string | null) => setFailures((current) => {
    const next = { ...current };
    if (message) next[key] = message;
    else delete next[key];
    return next;
  });
  const busy = (key: string, on: boolean) => setSaving((current) => {
    const next = new Set(current);
    if (on) next.add(key);
    else next.delete(key);
    return next;
  });

  /** Saves what a cell says; true when the cell may show what is saved again. */
  const commit = async (row: QuotaRow, period: string, text: string): Promise<boolean> => {
    const key = cellKey(row.userId, period);
    const saved = cells.get(key);
    const names = { user: nameOf(row), month: longMonth.format(monthDate(period)) };
    const change = quotaChange(text, saved, currency);
    if (change.kind === 'none') {
      fail(key, null);
      return true;
    }
    if (change.kind === 'invalid') {
      fail(key, t('quotas.failed', { ...names, message: t('quotas.invalid') }));
      return false;
    }
    busy(key, true);
    setAnnouncement(t('quotas.saving', names));
    try {
      const body = change.kind === 'set' ? { amount: change.amount, currency: change.currency } : { amount: null };
      const result = await unwrap(api.PUT('/api/v1/quotas/{userId}/{period}', {
        params: { path: { userId: row.userId, period } },
        body,
        headers: ifMatch(saved?.version ?? 0),
      }));
      // The grid shows the answer at once; the forecast above is read again with it.
      queryClient.setQueryData<Quota[]>(forecastKeys.quotasOf(year), (current = []) => {
        const others = current.filter((q) => cellKey(q.userId, q.period) !== key);
        return result ? [...others, result as Quota] : others;
      });
      void queryClient.invalidateQueries({ queryKey: forecastKeys.all });
      fail(key, null);
      setAnnouncement(t(change.kind === 'set' ? 'quotas.saved' : 'quotas.removed', names));
      return true;
    } catch (error) {
      const problem = asProblem(error);
      const stale = problem.status === 412 || problem.code === 'quota.set_meanwhile';
      if (stale) await quotas.refetch();
      fail(key, t('quotas.failed', { ...names, message: stale ? t('quotas.stale') : describe(problem) }));
      setAnnouncement('');
      return stale;
    } finally {
      busy(key, false);
    }
  };

  const messages = Object.entries(failures);
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('quotas.title')}</h2>
      <p className="muted" style={{ margin: 0 }}>{t('quotas.hint')}</p>
      {!listsPeople && <p className="muted" style={{ margin: 0 }}>{t('quotas.onlyYou')}</p>}
      <div className="row quota-tools">
        <div className="row quota-year" role="group" aria-label={t('quotas.year')}>
          <button type="button" className="button small" onClick={() => setYear(year - 1)} aria-label={t('quotas.previousYear', { year: year - 1 })}>‹</button>
          <strong aria-live="polite">{year}</strong>
          <button type="button" className="button small" onClick={() => setYear(year + 1)} aria-label={t('quotas.nextYear', { year: year + 1 })}>›</button>
        </div>
        <SelectField label={t('quotas.currency')} value={currency} onChange={(e) => setChosenCurrency(e.target.value)}>
          {currencyOptions(currency).map((code) => <option key={code} value={code}>{code}</option>)}
        </SelectField>
      </div>
      {messages.length > 0 && (
        <div className="notice error" role="alert">
          <ul>{messages.map(([key, message]) => <li key={key} id={`${gridId}-${key}`}>{message}</li>)}</ul>
        </div>
      )}
      <p role="status" className="muted" style={{ margin: 0 }}>{announcement}</p>
      {quotas.isError && <p className="notice error" role="alert">{describe(asProblem(quotas.error))}</p>}
      {quotas.isPending || (listsPeople && people.isPending) ? <p role="status">{t('common:loading')}</p> : people.isError ? (
        <p className="notice error" role="alert">{describe(asProblem(people.error))}</p>
      ) : rows.length === 0 ? <p className="muted">{t('quotas.noUsers')}</p> : (
        <div className="table-wrap quota-grid" role="region" aria-labelledby={`${gridId}-caption`} tabIndex={0}>
          <table>
            <caption id={`${gridId}-caption`} className="visually-hidden">{t('quotas.caption', { year })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('quotas.user')}</th>
                {months.map((period) => <th key={period} scope="col">{shortMonth.format(monthDate(period))}</th>)}
                <th scope="col">{t('quotas.total')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.userId}>
                  <th scope="row">{nameOf(row)}</th>
                  {months.map((period) => {
                    const key = cellKey(row.userId, period);
                    return (
                      <td key={period}>
                        <QuotaCell
                          label={t('quotas.cell', { user: nameOf(row), month: longMonth.format(monthDate(period)) })}
                          saved={cells.get(key)}
                          gridCurrency={currency}
                          busy={saving.has(key)}
                          errorId={failures[key] ? `${gridId}-${key}` : undefined}
                          onCommit={(text) => commit(row, period, text)}
                        />
                      </td>
                    );
                  })}
                  <td className="number">
                    {yearTotals(list, row.userId).map((total) => formatMoney(total, locale)).join(', ') || <span className="muted">—</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** One month of one user: shows the quota saved until typed into, then what was typed until it is saved. */
function QuotaCell({ label, saved, gridCurrency: currency, busy, errorId, onCommit }: {
  label: string;
  saved: Quota | undefined;
  gridCurrency: string;
  busy: boolean;
  errorId?: string;
  onCommit: (text: string) => Promise<boolean>;
}) {
  const { t } = useTranslation('forecast');
  const locale = useLocale();
  const savedText = cellText(saved, locale);
  const [draft, setDraft] = useState<string | null>(null);
  const otherCurrency = saved && saved.amount.currency !== currency ? saved.amount.currency : null;
  const hintId = useId();
  const commit = () => {
    if (draft === null || busy) return;
    void onCommit(draft).then((done) => {
      if (done) setDraft(null);
    });
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      commit();
    } else if (e.key === 'Escape' && draft !== null) {
      // Escape gives back what is saved, without closing anything around.
      e.stopPropagation();
      setDraft(null);
    }
  };
  return (
    <div className="quota-cell">
      <input type="text" inputMode="decimal" autoComplete="off" aria-label={label} value={draft ?? savedText}
        aria-invalid={errorId ? true : undefined} aria-busy={busy || undefined}
        aria-describedby={[errorId, otherCurrency ? hintId : null].filter(Boolean).join(' ') || undefined}
        onChange={(e) => setDraft(e.target.value)} onBlur={commit} onKeyDown={onKeyDown} />
      {otherCurrency && <span id={hintId} className="hint">{t('quotas.inCurrency', { currency: otherCurrency })}</span>}
    </div>
  );
}
