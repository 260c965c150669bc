import { useId, useMemo, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '../../api/client';
import { unwrap } from '../../api/problem';
import { can, useSignedInUser } from '../../api/session';
import { usePageTitle } from '../../app/usePageTitle';
import { useNotifications } from '../../app/notifications';
import { ConflictNotice } from '../../ui/ConflictNotice';
import { Dialog } from '../../ui/Dialog';
import { FormMessages, SelectField, TextAreaField, TextField } from '../../ui/Field';
import { asProblem, useFormProblem, useProblemText } from '../../ui/problems';
import { useSearchBox } from '../../ui/useSearchBox';
import { formatMoney } from '../../i18n/format';
import { useLocale } from '../../i18n/useLocale';
import { currencyOptions } from '../deals/dealDraft';
import { formatRate } from '../quotes/decimals';
import { salesKeys, useVatRates } from '../quotes/queries';
import {
  billings, checkProduct, descriptionMaxLength, emptyProductDraft, hasProductProblems, nameMaxLength, newPrice, productDraftOf, skuMaxLength,
  toProductRequest, type Billing, type Product, type ProductDraft,
} from './productDraft';
import './products.css';

const pageSize = 50;

export default function ProductsPage() {
  const { t } = useTranslation('products');
  usePageTitle(t('title'));
  const me = useSignedInUser();
  if (!can(me, 'deals.read')) {
    return (
      <>
        <div className="page-header"><h1>{t('title')}</h1></div>
        <div className="notice warning"><p style={{ margin: 0 }}>{t('notAllowed')}</p></div>
      </>
    );
  }
  return <Catalogue setup={can(me, 'sales.setup')} />;
}

function Catalogue({ setup }: { setup: boolean }) {
  const { t } = useTranslation('products');
  const locale = useLocale();
  const problemText = useProblemText('products');
  const { q, typed, setTyped } = useSearchBox();
  const [params, setParams] = useSearchParams();
  const includeRetired = params.get('retired') === '1';
  const [editing, setEditing] = useState<{ product: Product | null } | null>(null);
  const searchId = useId();
  const retiredId = useId();
  const captionId = useId();

  const products = useInfiniteQuery({
    queryKey: salesKeys.productList(q, includeRetired),
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/v1/products', {
      params: { query: { q: q || undefined, includeInactive: includeRetired || undefined, limit: pageSize, cursor: pageParam } },
    })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const rows = useMemo(() => products.data?.pages.flatMap((page) => page.items) ?? [], [products.data]);
  const setRetired = (show: boolean) => setParams((current) => {
    const next = new URLSearchParams(current);
    if (show) next.set('retired', '1');
    else next.delete('retired');
    return next;
  }, { replace: true });

  return (
    <section className="stack">
      <div className="page-header">
        <h1>{t('title')}</h1>
        {setup && (
          <button type="button" className="button primary" aria-haspopup="dialog" onClick={() => setEditing({ product: null })}>{t('new')}</button>
        )}
      </div>
      <p className="muted" style={{ margin: 0 }}>{t('intro')}</p>
      {!setup && <p className="muted" style={{ margin: 0 }}>{t('readOnly')}</p>}
      <div className="row products-filters" role="search">
        <div className="field grow">
          <label htmlFor={searchId}>{t('search')}</label>
          <input id={searchId} type="search" autoComplete="off" value={typed} onChange={(e) => setTyped(e.target.value)} />
        </div>
        <div className="checkbox">
          <input id={retiredId} type="checkbox" checked={includeRetired} onChange={(e) => setRetired(e.target.checked)} />
          <label htmlFor={retiredId}>{t('includeRetired')}</label>
        </div>
      </div>

      {products.isError && <p className="notice error" role="alert">{problemText(asProblem(products.error))}</p>}
      {products.isPending ? <p role="status">{t('common:loading')}</p> : rows.length === 0 ? (
        <p className="muted" role="status">{q ? t('noMatch', { q }) : t('empty')}</p>
      ) : (
        <>
          <div className="table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
            <table className="products-table">
              <caption id={captionId} className="visually-hidden">{t('caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('columns.sku')}</th>
                  <th scope="col">{t('columns.name')}</th>
                  <th scope="col" className="products-amount">{t('columns.prices')}</th>
                  <th scope="col">{t('columns.vatRate')}</th>
                  <th scope="col">{t('columns.billing')}</th>
                  <th scope="col">{t('columns.status')}</th>
                  {setup && <th scope="col">{t('columns.actions')}</th>}
                </tr>
              </thead>
              <tbody>
                {rows.map((product) => (
                  <tr key={product.id} className={product.isActive ? undefined : 'products-retired'}>
                    <td className="products-nowrap"><code>{product.sku}</code></td>
                    <th scope="row">
                      {product.name}
                      {product.description && <div className="muted products-description">{product.description}</div>}
                    </th>
                    <td className="products-amount">
                      <ul className="plain">{product.prices.map((price) => <li key={price.currency}>{formatMoney(price, locale)}</li>)}</ul>
                    </td>
                    <td className="products-nowrap">{formatRate(product.vatRate, locale)}</td>
                    <td>{t(`billing.${product.billing}`)}</td>
                    <td><span className={`badge${product.isActive ? ' accent' : ''}`}>{product.isActive ? t('offered') : t('retired')}</span></td>
                    {setup && (
                      <td>
                        <button type="button" className="button small" aria-haspopup="dialog" aria-label={t('editOf', { name: product.name })}
                          onClick={() => setEditing({ product })}>{t('common:edit')}</button>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {products.hasNextPage && (
            <div>
              <button type="button" className="button" disabled={products.isFetchingNextPage} onClick={() => void products.fetchNextPage()}>
                {products.isFetchingNextPage ? t('common:loading') : t('loadMore')}
              </button>
            </div>
          )}
        </>
      )}

      <Dialog open={editing !== null} className="products-dialog"
        title={editing?.product ? t('form.editTitle', { name: editing.product.name }) : t('form.createTitle')}
        onClose={() => setEditing(null)}>
        {editing && <ProductForm key={editing.product?.id ?? 'new'} product={editing.product} onDone={() => setEditing(null)} />}
      </Dialog>
    </section>
  );
}

const productFields = ['sku', 'name', 'description', 'prices', 'vatRate', 'billing', 'isActive'];

/** Creates a product (product null) or changes one, retiring it included. */
function ProductForm({ product, onDone }: { product: Product | null; onDone: () => void }) {
  const { t } = useTranslation('products');
  const locale = useLocale();
  const queryClient = useQueryClient();
  const { notify } = useNotifications();
  const vatRates = useVatRates();
  const rates = vatRates.data ?? [];
  // The version the change is made against; a reload after a conflict takes the latest one.
  const [base, setBase] = useState(product);
  const [draft, setDraft] = useState<ProductDraft>(() => (product ? productDraftOf(product, locale) : emptyProductDraft(rates)));
  const [checked, setChecked] = useState(false);
  const form = useFormProblem('products', productFields);
  const problems = checked ? checkProduct(draft, locale) : { price: {} };
  const activeId = useId();
  // The standard rate arrives after the form opened: a new product takes it.
  if (!product && draft.vatRate === '' && rates.length > 0) setDraft({ ...draft, vatRate: String(rates[0]) });

  const save = useMutation({
    mutationFn: () => base
      ? unwrap(api.PUT('/api/v1/products/{id}', { params: { path: { id: base.id } }, body: toProductRequest(draft, locale), headers: ifMatch(base.version) }))
      : unwrap(api.POST('/api/v1/products', { body: toProductRequest(draft, locale) })),
    onMutate: form.clear,
    onSuccess: (saved) => {
      notify(base ? t('form.saved', { name: saved.name }) : t('form.created', { name: saved.name }));
      void queryClient.invalidateQueries({ queryKey: salesKeys.products });
      onDone();
    },
    onError: form.fail,
  });
  const reload = async () => {
    if (!base) return;
    const fresh = await unwrap(api.GET('/api/v1/products/{id}', { params: { path: { id: base.id } } }));
    form.clear();
    setBase(fresh);
    setDraft(productDraftOf(fresh, locale));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setChecked(true);
    form.clear();
    if (hasProductProblems(checkProduct(draft, locale))) return;
    save.mutate();
  };
  const error = (problem: string | undefined, field: string) => (problem ? t(`validation.${problem}`) : form.fieldError(field));
  const rateChoices = draft.vatRate && !rates.includes(Number(draft.vatRate)) ? [...rates, Number(draft.vatRate)] : rates;
  const messages = checked && hasProductProblems(problems) && form.messages.length === 0 ? [t('validation.check')] : form.messages;

  return (
    <form className="form products-form" noValidate onSubmit={submit}>
      {form.isConflict ? <ConflictNotice onReload={() => void reload()} onDismiss={form.clear} /> : <FormMessages messages={messages} />}
      <div className="row products-form-row">
        <div className="products-sku">
          <TextField label={t('form.sku')} hint={t('form.skuHint')} required autoComplete="off" maxLength={skuMaxLength} data-autofocus
            value={draft.sku} error={error(problems.sku, 'sku')} onChange={(e) => setDraft({ ...draft, sku: e.target.value })} />
        </div>
        <div className="grow">
          <TextField label={t('form.name')} hint={t('form.nameHint')} required autoComplete="off" maxLength={nameMaxLength}
            value={draft.name} error={error(problems.name, 'name')} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
        </div>
      </div>
      <TextAreaField label={t('form.description')} rows={2} maxLength={descriptionMaxLength} value={draft.description}
        error={error(problems.description, 'description')} onChange={(e) => setDraft({ ...draft, description: e.target.value })} />
      <fieldset>
        <legend>{t('form.prices')}</legend>
        <span className="hint">{t('form.pricesHint')}</span>
        {(problems.prices || form.fieldError('prices')) && <span className="error">{error(problems.prices, 'prices')}</span>}
        {draft.prices.map((price, index) => {
          const n = index + 1;
          const problem = problems.price[price.key];
          const setPrice = (change: Partial<typeof price>) =>
            setDraft({ ...draft, prices: draft.prices.map((p) => (p.key === price.key ? { ...p, ...change } : p)) });
          return (
            <div key={price.key} className="row products-price">
              <div className="grow">
                <TextField label={draft.prices.length > 1 ? t('form.amountOf', { n }) : t('form.amount')} inputMode="decimal" autoComplete="off"
                  value={price.amount} error={problem === 'amount' ? t('validation.amount') : undefined}
                  onChange={(e) => setPrice({ amount: e.target.value })} />
              </div>
              <div className="products-currency">
                <SelectField label={draft.prices.length > 1 ? t('form.currencyOf', { n }) : t('form.currency')} value={price.currency}
                  error={problem === 'currency' || problem === 'duplicate' ? t(`validation.${problem}`) : undefined}
                  onChange={(e) => setPrice({ currency: e.target.value })}>
                  {currencyOptions(price.currency).map((code) => <option key={code} value={code}>{code}</option>)}
                </SelectField>
              </div>
              {draft.prices.length > 1 && (
                <button type="button" className="button small danger products-remove" aria-label={t('form.removePriceOf', { n })}
                  onClick={() => setDraft({ ...draft, prices: draft.prices.filter((p) => p.key !== price.key) })}>
                  {t('form.removePrice')}
                </button>
              )}
            </div>
          );
        })}
        <button type="button" className="button small" style={{ alignSelf: 'start' }}
          onClick={() => setDraft({ ...draft, prices: [...draft.prices, newPrice(currencyOptions().find((c) => !draft.prices.some((p) => p.currency === c)) ?? 'EUR')] })}>
          {t('form.addPrice')}
        </button>
      </fieldset>
      <div className="row products-form-row">
        <div className="grow">
          <SelectField label={t('form.vatRate')} required value={draft.vatRate} error={error(problems.vatRate, 'vatRate')}
            onChange={(e) => setDraft({ ...draft, vatRate: e.target.value })}>
            {draft.vatRate === '' && <option value="">…</option>}
            {rateChoices.map((rate) => <option key={rate} value={String(rate)}>{formatRate(rate, locale)}</option>)}
          </SelectField>
        </div>
        <div className="grow">
          <SelectField label={t('form.billing')} hint={t('form.billingHint')} value={draft.billing} error={form.fieldError('billing')}
            onChange={(e) => setDraft({ ...draft, billing: e.target.value as Billing })}>
            {billings.map((billing) => <option key={billing} value={billing}>{t(`billing.${billing}`)}</option>)}
          </SelectField>
        </div>
      </div>
      <div className="field">
        <div className="checkbox">
          <input id={activeId} type="checkbox" checked={draft.isActive} aria-describedby={`${activeId}-hint`}
            onChange={(e) => setDraft({ ...draft, isActive: e.target.checked })} />
          <label htmlFor={activeId}>{t('form.isActive')}</label>
        </div>
        <span id={`${activeId}-hint`} className="hint">{t('form.isActiveHint')}</span>
      </div>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={save.isPending}>
          {save.isPending ? t('common:saving') : base ? t('common:save') : t('form.submitCreate')}
        </button>
        <button type="button" className="button" onClick={onDone}>{t('common:cancel')}</button>
      </div>
    </form>
  );
}
