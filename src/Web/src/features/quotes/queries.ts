import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { ApiError, unwrap } from '../../api/problem';
import type { components } from '../../api/schema';
import { dealKeys } from '../deals/queries';

export type Order = components['schemas']['OrderResponse'];
export type Subscription = components['schemas']['SubscriptionResponse'];
export type OnboardingChecklist = components['schemas']['OnboardingChecklistResponse'];
export type OnboardingTemplate = components['schemas']['OnboardingTemplateResponse'];
export type SellerProfile = components['schemas']['SellerProfileResponse'];

/**
 * The quotes, the catalogue and the sales settings, under the deals' key: invalidating `dealKeys.all` refreshes them too,
 * and invalidating a deal (`dealKeys.detail`) refreshes its quotes, orders, subscriptions and onboarding.
 */
export const salesKeys = {
  quote: (id: string) => ['deals', 'quote', id] as const,
  pdf: (id: string, version: number) => ['deals', 'quote', id, 'pdf', version] as const,
  dealQuotes: (dealId: string) => [...dealKeys.detail(dealId), 'quotes'] as const,
  dealOrders: (dealId: string) => [...dealKeys.detail(dealId), 'orders'] as const,
  dealSubscriptions: (dealId: string) => [...dealKeys.detail(dealId), 'subscriptions'] as const,
  dealOnboarding: (dealId: string) => [...dealKeys.detail(dealId), 'onboarding'] as const,
  products: ['deals', 'products'] as const,
  productList: (q: string, includeInactive: boolean) => ['deals', 'products', 'list', q, includeInactive] as const,
  productSearch: (q: string) => ['deals', 'products', 'search', q] as const,
  vatRates: ['deals', 'vat-rates'] as const,
  templates: ['deals', 'onboarding-templates'] as const,
  seller: ['deals', 'seller'] as const,
};

export function useQuote(id: string, enabled = true) {
  return useQuery({
    queryKey: salesKeys.quote(id),
    queryFn: () => unwrap(api.GET('/api/v1/quotes/{id}', { params: { path: { id } } })),
    enabled,
  });
}

export function useDealQuotes(dealId: string, enabled = true) {
  return useQuery({
    queryKey: salesKeys.dealQuotes(dealId),
    queryFn: () => unwrap(api.GET('/api/v1/deals/{id}/quotes', { params: { path: { id: dealId } } })),
    enabled,
  });
}

export function useDealOrders(dealId: string) {
  return useQuery({
    queryKey: salesKeys.dealOrders(dealId),
    queryFn: () => unwrap(api.GET('/api/v1/deals/{id}/orders', { params: { path: { id: dealId } } })),
  });
}

export function useDealSubscriptions(dealId: string) {
  return useQuery({
    queryKey: salesKeys.dealSubscriptions(dealId),
    queryFn: () => unwrap(api.GET('/api/v1/subscriptions', { params: { query: { dealId } } })),
  });
}

/** A won deal's onboarding checklist, or null when it has none (404 `onboarding.none`). */
export function useDealOnboarding(dealId: string) {
  return useQuery({
    queryKey: salesKeys.dealOnboarding(dealId),
    queryFn: async () => {
      try {
        return await unwrap(api.GET('/api/v1/deals/{id}/onboarding', { params: { path: { id: dealId } } }));
      } catch (error) {
        if (error instanceof ApiError && error.problem.code === 'onboarding.none') return null;
        throw error;
      }
    },
  });
}

/** The VAT rates set up (France's 20, 10, 5.5, 2.1 and 0 unless changed), the standard one first. */
export function useVatRates() {
  return useQuery({
    queryKey: salesKeys.vatRates,
    queryFn: () => unwrap(api.GET('/api/v1/vat-rates')),
    staleTime: 10 * 60_000,
  });
}

export function useOnboardingTemplates(enabled = true) {
  return useQuery({
    queryKey: salesKeys.templates,
    queryFn: () => unwrap(api.GET('/api/v1/onboarding-templates')),
    enabled,
  });
}

export function useSellerProfile() {
  return useQuery({
    queryKey: salesKeys.seller,
    queryFn: () => unwrap(api.GET('/api/v1/sales-settings/seller')),
  });
}

/**
 * The quote's PDF as the server prints it, for the preview; an {@link ApiError} when it cannot be printed yet (422
 * `seller.not_set_up`). Keyed by the quote's version, so a saved change prints again.
 */
export function useQuotePdf(id: string, version: number) {
  return useQuery({
    queryKey: salesKeys.pdf(id, version),
    queryFn: () => unwrap(api.GET('/api/v1/quotes/{id}/pdf', { params: { path: { id } }, parseAs: 'blob' })) as Promise<Blob>,
    // A PDF weighs more than a list: only the current one is kept.
    gcTime: 0,
    staleTime: Infinity,
  });
}

/** Where the browser downloads a quote's PDF (the server names the file after the quote's number). */
export const quotePdfUrl = (id: string) => `/api/v1/quotes/${encodeURIComponent(id)}/pdf`;
