import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '../../api/client';
import { unwrap } from '../../api/problem';
import { meQueryKey, useSetMe, type Me } from '../../api/session';
import { useNotifications } from '../../app/notifications';
import { switchLanguage } from '../../i18n';
import { timeZones } from '../../i18n/format';
import { isLanguage, languages } from '../../i18n/languages';
import { ConflictNotice } from '../../ui/ConflictNotice';
import { FormMessages, SelectField, TextField } from '../../ui/Field';
import { useFormProblem } from '../../ui/problems';
import { draftOf, followSavedProfile, sameDraft, toProfileBody, type ProfileDraft } from './profileDraft';

const fields = ['displayName', 'language', 'timeZone'] as const;

/** The user's name, language and time zone. What they typed stays in the form whatever the answer. */
export function ProfileSection({ me }: { me: Me }) {
  const { t, i18n } = useTranslation('profile');
  const headingId = useId();
  const queryClient = useQueryClient();
  const setMe = useSetMe();
  const { notify } = useNotifications();
  const form = useFormProblem('profile', fields);

  const [draft, setDraft] = useState<ProfileDraft>(() => draftOf(me));
  // The saved profile the form started from; when it changes elsewhere (the header's language switch), an untouched
  // form follows it (state adjusted during render, as React recommends, rather than in an effect).
  const [base, setBase] = useState<ProfileDraft>(() => draftOf(me));
  const saved = draftOf(me);
  if (!sameDraft(saved, base)) {
    setBase(saved);
    setDraft(followSavedProfile(draft, base, saved));
  }

  const zones = useMemo(() => timeZones(me.timeZone), [me.timeZone]);
  const set = <K extends keyof ProfileDraft>(key: K, value: ProfileDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const save = useMutation({
    mutationFn: (values: ProfileDraft) =>
      unwrap(api.PUT('/api/v1/me/profile', { body: toProfileBody(values), headers: ifMatch(me.profileVersion) })),
    onMutate: () => form.clear(),
    onSuccess: async (updated) => {
      const fresh = draftOf(updated);
      setBase(fresh);
      setDraft(fresh);
      setMe(updated);
      if (isLanguage(updated.language) && updated.language !== i18n.language) await switchLanguage(updated.language);
      notify(t('profile.saved', { lng: updated.language }));
    },
    onError: (error) => form.fail(error),
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save.mutate(draft);
  };

  /** After a 412: fetch the profile as saved elsewhere and show it, dropping what was typed (the user chose to). */
  const reload = async () => {
    await queryClient.invalidateQueries({ queryKey: meQueryKey });
    const latest = queryClient.getQueryData<Me | null>(meQueryKey);
    if (latest) {
      const fresh = draftOf(latest);
      setBase(fresh);
      setDraft(fresh);
    }
    form.clear();
  };

  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('profile.heading')}</h2>
      <dl className="details">
        <dt>{t('profile.email')}</dt>
        <dd>{me.email}</dd>
        <dt>{t('profile.roles')}</dt>
        <dd>{me.roles.length > 0 ? me.roles.join(', ') : t('profile.noRole')}</dd>
      </dl>
      {form.isConflict && <ConflictNotice onReload={() => void reload()} onDismiss={form.clear} />}
      <form className="form" noValidate onSubmit={submit}>
        {!form.isConflict && <FormMessages messages={form.messages} />}
        <TextField label={t('profile.displayName')} value={draft.displayName} required maxLength={200} autoComplete="name"
          onChange={(e) => set('displayName', e.target.value)} error={form.fieldError('displayName')} />
        <SelectField label={t('profile.language')} value={draft.language}
          onChange={(e) => set('language', e.target.value)} error={form.fieldError('language')}>
          {languages.map((l) => <option key={l} value={l} lang={l}>{t(`common:language.${l}`)}</option>)}
        </SelectField>
        <SelectField label={t('profile.timeZone')} value={draft.timeZone} hint={t('profile.timeZoneHint')}
          onChange={(e) => set('timeZone', e.target.value)} error={form.fieldError('timeZone')}>
          {zones.map((z) => <option key={z} value={z}>{z.replaceAll('_', ' ')}</option>)}
        </SelectField>
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={save.isPending}>
            {save.isPending ? t('common:saving') : t('common:save')}
          </button>
        </div>
      </form>
    </section>
  );
}
