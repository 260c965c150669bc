import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { formatMoney } from '../../i18n/format';
import { useLocale } from '../../i18n/useLocale';
import type { Product } from './quoteDraft';
import { salesKeys } from './queries';

/**
 * A search box listing the offered products whose SKU or name holds what is typed, with their price in the quote's
 * currency; choosing one hands it to `onPick`.
 */
export function ProductPicker({ label, currency, onPick, disabled }: {
  label: string;
  currency: string;
  onPick: (product: Product) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation('quotes');
  const locale = useLocale();
  const id = useId();
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSearch(typed.trim()), 200);
    return () => clearTimeout(timer);
  }, [typed]);
  const found = useQuery({
    queryKey: salesKeys.productSearch(search),
    queryFn: () => unwrap(api.GET('/api/v1/products', { params: { query: { q: search, limit: 8 } } })),
    enabled: search.length >= 1,
  });
  const choices = found.data?.items ?? [];
  return (
    <div className="field product-picker">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="search" autoComplete="off" value={typed} disabled={disabled} onChange={(e) => setTyped(e.target.value)}
        aria-describedby={`${id}-hint ${id}-results`} />
      <span id={`${id}-hint`} className="hint">{t('lines.pickerHint')}</span>
      <div id={`${id}-results`} aria-live="polite">
        {search.length >= 1 && found.isSuccess && choices.length === 0 && <span className="hint">{t('lines.pickerNone', { q: search })}</span>}
        {choices.length > 0 && (
          <ul className="plain picker-results">
            {choices.map((product) => {
              const price = product.prices.find((p) => p.currency.toUpperCase() === currency.toUpperCase());
              return (
                <li key={product.id}>
                  <button type="button" className="button small ghost" onClick={() => { onPick(product); setTyped(''); setSearch(''); }}>
                    {product.name}
                    <span className="muted"> · {product.sku}{price ? ` · ${formatMoney(price, locale)}` : ''}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </div>
  );
}
