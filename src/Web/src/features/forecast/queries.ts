import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import type { ForecastQuery } from './forecast';

/**
 * The forecast's queries start with 'deals', like every sales query: a deal created, moved or won anywhere (which
 * invalidates `['deals']`) refreshes the forecast too.
 */
export const forecastKeys = {
  all: ['deals', 'forecast'] as const,
  forecast: (query: ForecastQuery) => ['deals', 'forecast', query] as const,
  quotas: ['deals', 'quotas'] as const,
  quotasOf: (year: number) => ['deals', 'quotas', year] as const,
};

export function useForecast(query: ForecastQuery | null) {
  return useQuery({
    queryKey: forecastKeys.forecast(query ?? { from: '', to: '', interval: 'month' }),
    queryFn: () => unwrap(api.GET('/api/v1/forecast', { params: { query: query! } })),
    enabled: !!query,
    // Another range or scope keeps the previous figures on screen until the new ones arrive.
    placeholderData: (previous) => previous,
  });
}

export function useQuotas(year: number, enabled = true) {
  return useQuery({
    queryKey: forecastKeys.quotasOf(year),
    queryFn: () => unwrap(api.GET('/api/v1/quotas', { params: { query: { year } } })),
    enabled,
  });
}
