import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '../api/client';
import { unwrap } from '../api/problem';
import { meQueryKey, useSetMe, useSignedInUser } from '../api/session';
import { switchLanguage } from '../i18n';
import { isLanguage, languages } from '../i18n/languages';
import { useNotifications } from './notifications';

/** Changes the interface language at once and keeps it in the user's profile, so emails and other devices follow. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const me = useSignedInUser();
  const setMe = useSetMe();
  const { notify } = useNotifications();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (language: string) =>
      unwrap(api.PUT('/api/v1/me/profile', {
        body: { displayName: me.displayName, language, timeZone: me.timeZone },
        headers: ifMatch(me.profileVersion),
      })),
    onSuccess: (updated) => setMe(updated),
    // Most likely a profile changed elsewhere (412): this visit keeps the language, the profile is read again.
    onError: () => {
      notify(t('language.notSaved'), 'error');
      void queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
  });
  return (
    <div className="language-switch">
      <label htmlFor={id} className="visually-hidden">{t('language.label')}</label>
      <select id={id} className="button small" value={i18n.language} disabled={save.isPending}
        onChange={(e) => {
          const language = e.target.value;
          if (!isLanguage(language)) return;
          void switchLanguage(language);
          save.mutate(language);
        }}>
        {languages.map((l) => <option key={l} value={l} lang={l}>{t(`language.${l}`)}</option>)}
      </select>
    </div>
  );
}
