import { useEffect } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../api/session';
import { switchLanguage } from '../i18n';
import { isLanguage } from '../i18n/languages';
import { asProblem, useProblemText } from '../ui/problems';

/** Screens behind it need a session; without one the user goes to sign-in and comes back to where they were. */
export function RequireSession() {
  const { data: me, isPending, error } = useMe();
  const location = useLocation();
  const { t } = useTranslation();
  const problemText = useProblemText();
  // The profile's language applies when it is read or changes, not each time the profile object is replaced.
  const profileLanguage = me?.language;
  useEffect(() => {
    if (isLanguage(profileLanguage)) void switchLanguage(profileLanguage);
  }, [profileLanguage]);

  if (isPending) return <p className="auth-page" role="status">{t('loading')}</p>;
  if (error) {
    return <div className="auth-page"><p className="notice error" role="alert">{problemText(asProblem(error))}</p></div>;
  }
  if (!me) {
    const returnTo = location.pathname + location.search;
    return <Navigate to={returnTo === '/' ? '/sign-in' : `/sign-in?returnTo=${encodeURIComponent(returnTo)}`} replace />;
  }
  if (me.mfaEnrolmentRequired && location.pathname !== '/profile') return <Navigate to="/profile" replace />;
  return <Outlet />;
}
