import { useRouteError } from 'react-router';
import { useTranslation } from 'react-i18next';

/**
 * A screen that failed to load or to render. Most often the app was upgraded while this tab was open and a screen's code
 * is gone: reloading fetches the new version.
 */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  console.error(error);
  return (
    <main className="auth-page">
      <div className="card auth-card stack" role="alert">
        <h1>{t('routeError.title')}</h1>
        <p>{t('routeError.body')}</p>
        <button type="button" className="button primary" onClick={() => window.location.reload()}>{t('routeError.reload')}</button>
      </div>
    </main>
  );
}
