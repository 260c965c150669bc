import { useEffect, useId, useState, type FormEvent, type ReactNode } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '../../api/client';
import { unwrap } from '../../api/problem';
import { can, useSignedInUser } from '../../api/session';
import { usePageTitle } from '../../app/usePageTitle';
import { useNotifications } from '../../app/notifications';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ConflictNotice } from '../../ui/ConflictNotice';
import { FormMessages, SelectField, TextAreaField, TextField } from '../../ui/Field';
import { asProblem, useFormProblem, useProblemText } from '../../ui/problems';
import { formatMoney, formatNumber } from '../../i18n/format';
import { useDates, useLocale } from '../../i18n/useLocale';
import { formatDay } from '../deals/board';
import type { Deal } from '../deals/dealDraft';
import { dealKeys } from '../deals/queries';
import { EmailQuoteDialog } from './EmailQuoteDialog';
import { formatRate } from './decimals';
import { ProductPicker } from './ProductPicker';
import {
  addLine, checkQuote, draftLineAmounts, draftTotals, freeLine, hasQuoteProblems, isChanged, lineProblemOf, maxLines, moveLine, notesMaxLength,
  productLine, quoteActions, quoteDraftOf, quoteLanguages, removeLine, toQuoteRequest, updateLine,
  type LineField, type Quote, type QuoteDraft, type QuoteLanguage, type QuoteLineDraft,
} from './quoteDraft';
import type { QuoteTotals } from './quoteTotals';
import { quotePdfUrl, salesKeys, useDealQuotes, useQuote, useQuotePdf, useVatRates } from './queries';
import { contactRecipients } from './quoteEmail';
import './quotes.css';

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One component per quote: going from a quote to its new revision never carries an edit over. */
export default function QuotePage() {
  const { id = '' } = useParams();
  return <QuoteScreen key={id} id={id} />;
}

function useDeal(dealId: string | undefined) {
  return useQuery({
    queryKey: dealKeys.detail(dealId ?? ''),
    queryFn: () => unwrap(api.GET('/api/v1/deals/{id}', { params: { path: { id: dealId! } } })),
    enabled: !!dealId,
  });
}

function QuoteScreen({ id }: { id: string }) {
  const { t } = useTranslation('quotes');
  const problemText = useProblemText('quotes');
  const me = useSignedInUser();
  const valid = guid.test(id);
  const quote = useQuote(id, valid);
  const deal = useDeal(quote.data?.dealId);
  const revisions = useDealQuotes(quote.data?.dealId ?? '', !!quote.data);
  const number = quote.data?.displayNumber;
  usePageTitle(number ? t('title', { number }) : undefined);

  if (!valid || quote.isError) {
    return (
      <section className="stack">
        <p className="notice error" role="alert">{problemText(valid ? asProblem(quote.error) : { status: 404, code: 'quote.not_found' })}</p>
        <Link to="/deals">{t('backToDeals')}</Link>
      </section>
    );
  }
  if (quote.isPending) return <p role="status">{t('common:loading')}</p>;
  const q = quote.data;
  const writes = can(me, 'deals.write');
  const editable = writes && quoteActions(q.status).edit;
  // The latest revision of the same number, when it is another one than this.
  const newer = revisions.data?.filter((r) => r.number === q.number && r.revision > q.revision).sort((a, b) => b.revision - a.revision)[0];

  return (
    <section className="stack quote-page">
      <Link to={`/deals/${q.dealId}`}>← {deal.data ? t('backToDeal', { name: deal.data.name }) : t('backToDeals')}</Link>
      <div className="page-header">
        <h1>{t('title', { number: q.displayNumber })}</h1>
        <span className={`badge quote-status quote-status-${q.status.toLowerCase()}`}>{t(`statuses.${q.status}`)}</span>
      </div>
      {newer && (
        <p className="notice warning">
          {t('newerRevision')} <Link to={`/quotes/${newer.id}`}>{newer.displayNumber}</Link>
        </p>
      )}
      <Facts quote={q} dealName={deal.data?.name} />
      {editable ? <QuoteEditor quote={q} deal={deal.data} /> : <QuoteView quote={q} deal={deal.data} writes={writes} />}
    </section>
  );
}

function Facts({ quote: q, dealName }: { quote: Quote; dealName?: string }) {
  const { t } = useTranslation('quotes');
  const dates = useDates();
  const locale = useLocale();
  return (
    <dl className="details card quote-facts">
      <dt>{t('facts.deal')}</dt><dd><Link to={`/deals/${q.dealId}`}>{dealName ?? '…'}</Link></dd>
      <dt>{t('facts.currency')}</dt><dd>{q.currency}</dd>
      {q.status !== 'Draft' && <><dt>{t('facts.validUntil')}</dt><dd>{formatDay(q.validUntil, locale)}</dd></>}
      {q.status !== 'Draft' && <><dt>{t('facts.language')}</dt><dd>{t(`form.languages.${q.language === 'en' ? 'en' : 'fr'}`)}</dd></>}
      <dt>{t('facts.created')}</dt><dd>{dates.dateTime(q.createdAtUtc)}</dd>
      {q.sentAtUtc && <><dt>{t('facts.sent')}</dt><dd>{dates.dateTime(q.sentAtUtc)}</dd></>}
      {q.decidedAtUtc && <><dt>{t('facts.decided')}</dt><dd>{dates.dateTime(q.decidedAtUtc)}</dd></>}
      {q.expiredAtUtc && <><dt>{t('facts.expired')}</dt><dd>{dates.dateTime(q.expiredAtUtc)}</dd></>}
      {q.lastEmailedAtUtc && (
        <><dt>{t('facts.emailed')}</dt><dd>{t('facts.emailedTo', { date: dates.dateTime(q.lastEmailedAtUtc), to: q.lastEmailedTo ?? '' })}</dd></>
      )}
    </dl>
  );
}

/** Keeps the quote's query, its deal's list and the deal itself (won on acceptance) current after a change. */
function useQuoteChanged() {
  const queryClient = useQueryClient();
  return (saved: Quote) => {
    queryClient.setQueryData(salesKeys.quote(saved.id), saved);
    void queryClient.invalidateQueries({ queryKey: dealKeys.detail(saved.dealId) });
    void queryClient.invalidateQueries({ queryKey: dealKeys.boards });
  };
}

// ——— The draft editor ———

/** The product a line sells, as its badge says it: its SKU, and its name when the description says something else. */
function ProductBadge({ sku, name, description }: { sku: string | null | undefined; name: string | null | undefined; description: string }) {
  const { t } = useTranslation('quotes');
  const text = !sku ? t('lines.catalogueProduct') : name && name !== description.trim() ? t('lines.productNamed', { sku, name }) : t('lines.product', { sku });
  return <span className="badge accent quote-product">{text}</span>;
}

/** The "send by email" dialog, with the deal's contacts offered as recipients. */
function EmailDialog({ open, quote, deal, onClose }: { open: boolean; quote: Quote; deal: Deal | undefined; onClose: () => void }) {
  const changed = useQuoteChanged();
  const current = useQuote(quote.id);
  return (
    <EmailQuoteDialog open={open} quote={current.data ?? quote} dealName={deal?.name} recipients={contactRecipients(deal?.contacts ?? [])}
      onSent={(saved) => {
        onClose();
        changed(saved);
      }}
      onRefused={(status) => {
        if (status === 409 || status === 412 || status === 422) void current.refetch();
      }}
      onClose={onClose} />
  );
}

function QuoteEditor({ quote, deal }: { quote: Quote; deal: Deal | undefined }) {
  const { t } = useTranslation('quotes');
  const locale = useLocale();
  const { notify } = useNotifications();
  const changed = useQuoteChanged();
  const vatRates = useVatRates();
  const current = useQuote(quote.id);
  const [draft, setDraft] = useState<QuoteDraft>(() => quoteDraftOf(quote, locale));
  const [checked, setChecked] = useState(false);
  const [emailing, setEmailing] = useState(false);
  const form = useFormProblem('quotes', ['validUntil', 'language', 'notes']);
  const problems = checked ? checkQuote(draft, locale) : { lines: {} };
  const dirty = isChanged(draft, quote, locale);
  const totals = draftTotals(draft, locale);
  const rates = vatRates.data ?? [];
  // A line the API refused is told next to its field.
  const refusedLine = form.problem?.code === 'quote.line_invalid' ? lineProblemOf(form.problem.body) : null;

  const keep = (saved: Quote) => {
    changed(saved);
    setDraft(quoteDraftOf(saved, locale));
    setChecked(false);
  };
  const save = useMutation({
    mutationFn: async ({ send }: { send: boolean }) => {
      let saved = quote;
      if (dirty) {
        saved = await unwrap(api.PUT('/api/v1/quotes/{id}', { params: { path: { id: quote.id } }, body: toQuoteRequest(draft, locale), headers: ifMatch(quote.version) }));
        // Kept at once: a refused send after a good save must not lose the save's version.
        keep(saved);
      }
      if (send) saved = await unwrap(api.POST('/api/v1/quotes/{id}/send', { params: { path: { id: quote.id } }, headers: ifMatch(saved.version) }));
      return { saved, send };
    },
    onMutate: form.clear,
    onSuccess: ({ saved, send }) => {
      keep(saved);
      notify(send ? t('actions.sent', { number: saved.displayNumber }) : t('actions.saved', { number: saved.displayNumber }));
    },
    onError: (error) => {
      form.fail(error);
      // No longer a draft (sent from another tab): the page shows it as it is now.
      if (asProblem(error).code === 'quote.not_draft') void current.refetch();
    },
  });
  const reload = async () => {
    const { data: fresh } = await current.refetch();
    form.clear();
    if (fresh) keep(fresh);
  };
  const run = (send: boolean, then?: () => void) => {
    setChecked(true);
    form.clear();
    if (hasQuoteProblems(checkQuote(draft, locale))) return;
    save.mutate({ send }, { onSuccess: then });
  };
  // What is emailed is the saved quote: unsaved changes are saved first.
  const email = () => (dirty ? run(false, () => setEmailing(true)) : setEmailing(true));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    run(false);
  };
  const lineError = (line: QuoteLineDraft, index: number, field: LineField) => {
    const problem = problems.lines[line.key]?.[field];
    if (problem) return t(`lines.validation.${problem}`);
    return refusedLine && refusedLine.line === index + 1 && refusedLine.field === field ? t(`lines.validation.${field}`) : undefined;
  };
  const messages = checked && Object.keys(problems.lines).length > 0 && form.messages.length === 0 ? [t('form.checkLines')] : form.messages;

  return (
    <>
      <form className="stack quote-editor" noValidate onSubmit={submit} aria-busy={save.isPending || undefined}>
        {form.isConflict ? <ConflictNotice onReload={() => void reload()} onDismiss={form.clear} /> : <FormMessages messages={messages} />}
        <div className="card quote-terms">
          <TextField label={t('form.validUntil')} type="date" required value={draft.validUntil}
            error={problems.validUntil ? t('validation.required') : form.fieldError('validUntil')}
            onChange={(e) => setDraft({ ...draft, validUntil: e.target.value })} />
          <SelectField label={t('form.language')} hint={t('form.languageHint')} value={draft.language} error={form.fieldError('language')}
            onChange={(e) => setDraft({ ...draft, language: e.target.value as QuoteLanguage })}>
            {quoteLanguages.map((language) => <option key={language} value={language}>{t(`form.languages.${language}`)}</option>)}
          </SelectField>
          <p className="muted quote-currency">{t('form.currencyIs', { currency: quote.currency })}</p>
        </div>

        <LinesEditor draft={draft} currency={quote.currency} rates={rates} onChange={setDraft} errorOf={lineError} />

        <TotalsCard totals={totals} currency={quote.currency} incomplete={totals.incomplete} live />

        <div className="card">
          <TextAreaField label={t('form.notes')} hint={t('form.notesHint')} rows={3} maxLength={notesMaxLength} value={draft.notes}
            error={problems.notes ? t('validation.notesTooLong') : form.fieldError('notes')}
            onChange={(e) => setDraft({ ...draft, notes: e.target.value })} />
        </div>

        <div className="quote-actions card" role="group" aria-label={t('actions.label')}>
          <button type="submit" className="button primary" disabled={save.isPending}>
            {save.isPending ? t('common:saving') : t('actions.save')}
          </button>
          <button type="button" className="button" disabled={save.isPending} aria-haspopup="dialog" onClick={email}>
            {t('email.open')}
          </button>
          <button type="button" className="button" disabled={save.isPending} aria-describedby="quote-send-hint" onClick={() => run(true)}>
            {t('actions.send')}
          </button>
          {dirty && <span className="badge">{t('form.unsaved')}</span>}
          <p id="quote-send-hint" className="muted quote-hint">{t('actions.sendHint')}</p>
        </div>
      </form>
      <PdfCard quote={quote} dirty={dirty} />
      <EmailDialog open={emailing} quote={quote} deal={deal} onClose={() => setEmailing(false)} />
    </>
  );
}

function LinesEditor({ draft, currency, rates, onChange, errorOf }: {
  draft: QuoteDraft;
  currency: string;
  rates: readonly number[];
  onChange: (draft: QuoteDraft) => void;
  errorOf: (line: QuoteLineDraft, index: number, field: LineField) => string | undefined;
}) {
  const { t } = useTranslation('quotes');
  const locale = useLocale();
  const headingId = useId();
  const full = draft.lines.length >= maxLines;
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId} className="quote-section-title">{t('lines.title')}</h2>
      {draft.lines.length === 0 ? <p className="muted">{t('lines.empty')}</p> : (
        <div className="table-wrap quote-lines-wrap">
          <table className="quote-lines">
            <caption className="visually-hidden">{t('lines.caption')}</caption>
            <thead>
              <tr>
                <th scope="col" className="quote-col-description">{t('lines.columns.description')}</th>
                <th scope="col" className="quote-col-number">{t('lines.columns.quantity')}</th>
                <th scope="col" className="quote-col-number">{t('lines.columns.unitPrice')}</th>
                <th scope="col" className="quote-col-number">{t('lines.columns.discount')}</th>
                <th scope="col">{t('lines.columns.vatRate')}</th>
                <th scope="col" className="quote-col-number">{t('lines.columns.net')}</th>
                <th scope="col">{t('lines.columns.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {draft.lines.map((line, index) => (
                <LineRow key={line.key} line={line} index={index} count={draft.lines.length} currency={currency} rates={rates} locale={locale}
                  errorOf={(field) => errorOf(line, index, field)}
                  onChange={(change) => onChange(updateLine(draft, line.key, change))}
                  onMove={(direction) => onChange(moveLine(draft, line.key, direction))}
                  onRemove={() => onChange(removeLine(draft, line.key))} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="quote-add">
        <ProductPicker label={t('lines.pickProduct')} currency={currency} disabled={full}
          onPick={(product) => onChange(addLine(draft, productLine(product, currency, locale)))} />
        <button type="button" className="button" disabled={full} onClick={() => onChange(addLine(draft, freeLine(rates)))}>
          {t('lines.addFree')}
        </button>
      </div>
      {full && <p className="muted">{t('lines.max')}</p>}
    </section>
  );
}

function LineRow({ line, index, count, currency, rates, locale, errorOf, onChange, onMove, onRemove }: {
  line: QuoteLineDraft;
  index: number;
  count: number;
  currency: string;
  rates: readonly number[];
  locale: string;
  errorOf: (field: LineField) => string | undefined;
  onChange: (change: Partial<QuoteLineDraft>) => void;
  onMove: (direction: -1 | 1) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation('quotes');
  const id = useId();
  const n = index + 1;
  const amounts = draftLineAmounts(line, locale);
  const rateChoices = line.vatRate && !rates.includes(Number(line.vatRate)) ? [...rates, Number(line.vatRate)] : rates;
  const cell = (field: LineField, label: string, input: (props: { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string }) => ReactNode, hint?: string) => {
    const error = errorOf(field);
    const inputId = `${id}-${field}`;
    const describedBy = [error ? `${inputId}-error` : null, hint ? `${inputId}-hint` : null].filter(Boolean).join(' ') || undefined;
    return (
      <>
        <label htmlFor={inputId} className="quote-cell-label">{label}<span className="visually-hidden"> ({t('lines.line', { n })})</span></label>
        {input({ id: inputId, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
        {hint && <span id={`${inputId}-hint`} className="hint">{hint}</span>}
        {error && <span id={`${inputId}-error`} className="error">{error}</span>}
      </>
    );
  };
  return (
    <tr className="quote-line">
      <td className="quote-col-description"><div className="field">
        {line.productId && <ProductBadge sku={line.sku} name={line.productName} description={line.description} />}
        {cell('description', t('lines.columns.description'), (props) => (
          <input {...props} type="text" autoComplete="off" maxLength={500} value={line.description} onChange={(e) => onChange({ description: e.target.value })} />
        ))}
      </div></td>
      <td className="quote-col-number"><div className="field">
        {cell('quantity', t('lines.columns.quantity'), (props) => (
          <input {...props} type="text" inputMode="decimal" autoComplete="off" value={line.quantity} onChange={(e) => onChange({ quantity: e.target.value })} />
        ))}
      </div></td>
      <td className="quote-col-number"><div className="field">
        {cell('unitPrice', t('lines.columns.unitPrice'), (props) => (
          <input {...props} type="text" inputMode="decimal" autoComplete="off" value={line.unitPrice} onChange={(e) => onChange({ unitPrice: e.target.value })} />
        ), line.productId && line.unitPrice.trim() === '' ? t('lines.noPrice', { currency }) : undefined)}
      </div></td>
      <td className="quote-col-number"><div className="field">
        {cell('discountPercent', t('lines.columns.discount'), (props) => (
          <input {...props} type="text" inputMode="decimal" autoComplete="off" value={line.discountPercent} onChange={(e) => onChange({ discountPercent: e.target.value })} />
        ))}
      </div></td>
      <td><div className="field">
        {cell('vatRate', t('lines.columns.vatRate'), (props) => (
          <select {...props} value={line.vatRate} onChange={(e) => onChange({ vatRate: e.target.value })}>
            {line.vatRate === '' && <option value="">{t('lines.chooseRate')}</option>}
            {rateChoices.map((rate) => <option key={rate} value={String(rate)}>{formatRate(rate, locale)}</option>)}
          </select>
        ))}
      </div></td>
      <td className="quote-col-number quote-line-net">
        <span className="quote-cell-label">{t('lines.columns.net')} </span>
        <span className="quote-net">{amounts ? formatMoney({ amount: amounts.net, currency }, locale) : t('lines.pending')}</span>
      </td>
      <td>
        <div className="quote-line-actions">
          <button type="button" className="button small" disabled={index === 0} aria-label={t('lines.moveUpOf', { n })} onClick={() => onMove(-1)}>
            <span aria-hidden="true">↑</span><span className="quote-action-text"> {t('lines.moveUp')}</span>
          </button>
          <button type="button" className="button small" disabled={index === count - 1} aria-label={t('lines.moveDownOf', { n })} onClick={() => onMove(1)}>
            <span aria-hidden="true">↓</span><span className="quote-action-text"> {t('lines.moveDown')}</span>
          </button>
          <button type="button" className="button small danger" aria-label={t('lines.removeOf', { n })} onClick={onRemove}>{t('lines.remove')}</button>
        </div>
      </td>
    </tr>
  );
}

/** The totals per VAT rate, then excluding VAT, VAT and including VAT: live in the editor, as saved elsewhere. */
function TotalsCard({ totals, currency, incomplete = 0, live = false }: { totals: QuoteTotals; currency: string; incomplete?: number; live?: boolean }) {
  const { t } = useTranslation('quotes');
  const locale = useLocale();
  const headingId = useId();
  const money = (amount: number) => formatMoney({ amount, currency }, locale);
  return (
    <section className="card stack quote-totals" aria-labelledby={headingId}>
      <h2 id={headingId} className="quote-section-title">{t('totals.title')}</h2>
      {live && <p className="muted quote-hint">{t('totals.hint')}</p>}
      {incomplete > 0 && <p className="muted quote-hint" role="status">{t('totals.incomplete', { count: incomplete })}</p>}
      {totals.perRate.length > 0 && (
        <table className="quote-rates">
          <caption>{t('totals.perRateCaption')}</caption>
          <thead>
            <tr><th scope="col">{t('totals.rate')}</th><th scope="col">{t('totals.base')}</th><th scope="col">{t('totals.vat')}</th></tr>
          </thead>
          <tbody>
            {totals.perRate.map((rate) => (
              <tr key={rate.vatRate}>
                <th scope="row">{formatRate(rate.vatRate, locale)}</th>
                <td>{money(rate.net)}</td>
                <td>{money(rate.vat)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <dl className="details quote-sums">
        <dt>{t('totals.net')}</dt><dd>{money(totals.net)}</dd>
        <dt>{t('totals.vatTotal')}</dt><dd>{money(totals.vat)}</dd>
        <dt>{t('totals.gross')}</dt><dd>{money(totals.gross)}</dd>
      </dl>
    </section>
  );
}

// ——— A quote no longer edited ———

function QuoteView({ quote: q, deal, writes }: { quote: Quote; deal: Deal | undefined; writes: boolean }) {
  const { t } = useTranslation('quotes');
  const locale = useLocale();
  const dates = useDates();
  const headingId = useId();
  const money = (amount: number) => formatMoney({ amount, currency: q.currency }, locale);
  const reason = !writes ? t('readOnly.role') : q.status === 'Sent' ? t('readOnly.sent') : q.status === 'Draft' ? null : t('readOnly.closed');
  return (
    <>
      {q.status === 'Accepted' && (
        <div className="notice success" role="status">
          <p>{t('acceptedNotice', { date: q.decidedAtUtc ? dates.dateTime(q.decidedAtUtc) : '' })}</p>
          <Link to={`/deals/${q.dealId}`}>{t('seeOrder')}</Link>
        </div>
      )}
      {reason && q.status !== 'Accepted' && <p className="muted">{reason}</p>}
      {writes && <StatusActions quote={q} deal={deal} />}
      <section className="card stack" aria-labelledby={headingId}>
        <h2 id={headingId} className="quote-section-title">{t('lines.title')}</h2>
        {q.lines.length === 0 ? <p className="muted">{t('lines.empty')}</p> : (
          <div className="table-wrap" role="region" aria-label={t('lines.caption')} tabIndex={0}>
            <table className="quote-lines-read">
              <caption className="visually-hidden">{t('lines.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('lines.columns.description')}</th>
                  <th scope="col" className="quote-col-number">{t('lines.columns.quantity')}</th>
                  <th scope="col" className="quote-col-number">{t('lines.columns.unitPrice')}</th>
                  <th scope="col" className="quote-col-number">{t('lines.columns.discount')}</th>
                  <th scope="col">{t('lines.columns.vatRate')}</th>
                  <th scope="col" className="quote-col-number">{t('lines.columns.net')}</th>
                </tr>
              </thead>
              <tbody>
                {q.lines.map((line, index) => (
                  <tr key={index}>
                    <td>
                      {line.productId && <><ProductBadge sku={line.productSku} name={line.productName} description={line.description} />{' '}</>}
                      {line.description}
                    </td>
                    <td className="quote-col-number">{formatNumber(line.quantity, locale)}</td>
                    <td className="quote-col-number">{money(line.unitPrice)}</td>
                    <td className="quote-col-number">{line.discountPercent ? formatRate(line.discountPercent, locale) : '—'}</td>
                    <td>{formatRate(line.vatRate, locale)}</td>
                    <td className="quote-col-number">{money(line.net)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <TotalsCard totals={q.totals} currency={q.currency} />
      {q.notes && (
        <section className="card">
          <h2 className="quote-section-title">{t('form.notes')}</h2>
          <p className="quote-notes">{q.notes}</p>
        </section>
      )}
      <PdfCard quote={q} dirty={false} />
    </>
  );
}

/** Accept or decline a sent quote, or make a new revision of one that did not go through. */
function StatusActions({ quote: q, deal }: { quote: Quote; deal: Deal | undefined }) {
  const { t } = useTranslation('quotes');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { notify } = useNotifications();
  const changed = useQuoteChanged();
  const current = useQuote(q.id);
  const [deciding, setDeciding] = useState<'accept' | 'decline' | null>(null);
  const [emailing, setEmailing] = useState(false);
  const problem = useFormProblem('quotes', []);
  const actions = quoteActions(q.status);
  const revise = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/quotes/{id}/revise', { params: { path: { id: q.id } } })),
    onMutate: problem.clear,
    onSuccess: (revision) => {
      void queryClient.invalidateQueries({ queryKey: salesKeys.dealQuotes(q.dealId) });
      notify(t('actions.revised', { number: revision.displayNumber }));
      navigate(`/quotes/${revision.id}`);
    },
    onError: problem.fail,
  });
  if (!actions.decide && !actions.revise && !actions.email) return null;
  const decide = (kind: 'accept' | 'decline') => {
    // After a refusal the quote is read again: a second try sends the version read last.
    const version = current.data?.version ?? q.version;
    return unwrap(kind === 'accept'
      ? api.POST('/api/v1/quotes/{id}/accept', { params: { path: { id: q.id } }, headers: ifMatch(version) })
      : api.POST('/api/v1/quotes/{id}/decline', { params: { path: { id: q.id } }, headers: ifMatch(version) }));
  };
  return (
    <div className="stack">
      <FormMessages messages={problem.messages} />
      <div className="quote-actions card" role="group" aria-label={t('actions.label')}>
        {actions.decide && (
          <>
            <button type="button" className="button primary" aria-haspopup="dialog" onClick={() => setDeciding('accept')}>{t('actions.accept')}</button>
            <button type="button" className="button danger" aria-haspopup="dialog" onClick={() => setDeciding('decline')}>{t('actions.decline')}</button>
          </>
        )}
        {actions.email && (
          <button type="button" className="button" aria-haspopup="dialog" onClick={() => setEmailing(true)}>{t('email.open')}</button>
        )}
        {actions.revise && (
          <button type="button" className="button" disabled={revise.isPending} onClick={() => revise.mutate()}>
            {revise.isPending ? t('actions.working') : t('actions.revise')}
          </button>
        )}
      </div>
      <ConfirmDialog namespace="quotes" open={deciding !== null}
        title={deciding === 'accept' ? t('actions.acceptTitle', { number: q.displayNumber }) : t('actions.declineTitle', { number: q.displayNumber })}
        confirmLabel={deciding === 'accept' ? t('actions.acceptConfirm') : t('actions.declineConfirm')}
        run={() => decide(deciding!)}
        onDone={() => {
          const kind = deciding;
          setDeciding(null);
          void current.refetch().then(({ data }) => data && changed(data));
          notify(kind === 'accept' ? t('actions.accepted', { number: q.displayNumber }) : t('actions.declined', { number: q.displayNumber }));
        }}
        onFail={(error) => {
          const status = asProblem(error).status;
          if (status === 409 || status === 412 || status === 422) void current.refetch();
        }}
        onClose={() => setDeciding(null)}>
        <p>{deciding === 'accept' ? t('actions.acceptBody') : t('actions.declineBody')}</p>
      </ConfirmDialog>
      <EmailDialog open={emailing} quote={q} deal={deal} onClose={() => setEmailing(false)} />
    </div>
  );
}

// ——— The PDF ———

/** The PDF as the server prints it: a download link and a preview, or why it cannot be printed yet. */
function PdfCard({ quote: q, dirty }: { quote: Quote; dirty: boolean }) {
  const { t } = useTranslation('quotes');
  const me = useSignedInUser();
  const problemText = useProblemText('quotes');
  const pdf = useQuotePdf(q.id, q.version);
  const [url, setUrl] = useState<string | null>(null);
  const headingId = useId();
  useEffect(() => {
    if (!pdf.data) {
      setUrl(null);
      return;
    }
    const made = URL.createObjectURL(pdf.data);
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [pdf.data]);
  const problem = pdf.isError ? asProblem(pdf.error) : null;
  return (
    <section className="card stack quote-pdf-card" aria-labelledby={headingId}>
      <h2 id={headingId} className="quote-section-title">{t('pdf.title')}</h2>
      {pdf.isPending && <p role="status" className="muted">{t('pdf.loading')}</p>}
      {problem && (
        <div className={`notice ${problem.code === 'seller.not_set_up' ? 'warning' : 'error'}`} role="alert">
          <p>{problemText(problem)}</p>
          {problem.code === 'seller.not_set_up' && (can(me, 'sales.setup')
            ? <Link to="/admin/sales-settings">{t('pdf.settings')}</Link>
            : <p style={{ margin: 0 }}>{t('pdf.askAdmin')}</p>)}
        </div>
      )}
      {pdf.isSuccess && (
        <>
          {dirty && <p className="muted quote-hint">{t('pdf.savedOnly')}</p>}
          <div>
            <a className="button" href={quotePdfUrl(q.id)} download={`${q.displayNumber}.pdf`}>{t('pdf.download')}</a>
          </div>
          {/* A browser without a PDF viewer (some phones, headless ones) is only offered the download. */}
          {url && (navigator.pdfViewerEnabled === false ? <p className="muted quote-hint">{t('pdf.noPreview')}</p> : (
            <object className="quote-pdf" data={url} type="application/pdf" aria-label={t('pdf.preview', { number: q.displayNumber })}>
              <p className="muted">{t('pdf.noPreview')}</p>
            </object>
          ))}
        </>
      )}
    </section>
  );
}

