import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import './ui/styles.css';
import { initI18n } from './i18n';
import { router } from './app/routes';
import { whenSessionEnds } from './api/client';
import { forgetSession } from './api/session';
import { ApiError } from './api/problem';
import { NotificationsProvider } from './app/notifications';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // 4xx answers are final; only a lost connection or a 5xx is worth a second try.
      retry: (failures, error) => failures < 2 && !(error instanceof ApiError && error.problem.status >= 400 && error.problem.status < 500),
      refetchOnWindowFocus: false,
    },
  },
});
whenSessionEnds(() => forgetSession(queryClient));

void initI18n().then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <NotificationsProvider>
          <RouterProvider router={router} />
        </NotificationsProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
});
