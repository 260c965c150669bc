import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import type { Me } from '../../api/session';
import { useNotifications } from '../../app/notifications';
import { formatDateTime } from '../../i18n/format';
import { useLocale } from '../../i18n/useLocale';
import { CopyButton } from '../../ui/CopyButton';
import { asProblem, useProblemText } from '../../ui/problems';

const feedQueryKey = ['calendar-feed'] as const;

/**
 * The private calendar subscription: its address is shown once when opened or renewed, to paste into Outlook, Google
 * Calendar or Apple Calendar; renewing or revoking stops the old address.
 */
export function CalendarFeedSection({ me }: { me: Me }) {
  const { t } = useTranslation('profile');
  const problemText = useProblemText('profile');
  const headingId = useId();
  const queryClient = useQueryClient();
  const { notify } = useNotifications();
  const locale = useLocale();
  const [address, setAddress] = useState<string | null>(null);

  const feed = useQuery({ queryKey: feedQueryKey, queryFn: () => unwrap(api.GET('/api/v1/calendar/feed')) });
  const refresh = () => queryClient.invalidateQueries({ queryKey: feedQueryKey });
  const open = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/calendar/feed')),
    onSuccess: async (opened) => {
      setAddress(opened.url);
      await refresh();
    },
  });
  const close = useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/v1/calendar/feed')),
    onSuccess: async () => {
      setAddress(null);
      notify(t('calendarFeed.revokedNotice'));
      await refresh();
    },
  });
  const failure = open.error ?? close.error ?? feed.error;

  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('calendarFeed.heading')}</h2>
      <p>{t('calendarFeed.intro')}</p>
      {failure && <p className="notice error" role="alert">{problemText(asProblem(failure))}</p>}
      {address && (
        <div className="notice stack" role="status">
          <p>{t('calendarFeed.shownOnce')}</p>
          <label className="field">
            <span>{t('calendarFeed.address')}</span>
            <input readOnly value={address} onFocus={(e) => e.currentTarget.select()} />
          </label>
          <CopyButton text={address} label={t('calendarFeed.copy')} primary />
        </div>
      )}
      {feed.isPending ? (
        <p role="status">{t('common:loading')}</p>
      ) : feed.data?.open ? (
        <>
          <p>{t('calendarFeed.openSince', { date: formatDateTime(feed.data.openedAtUtc!, locale, me.timeZone) })}</p>
          <div className="row">
            <button type="button" className="button" disabled={open.isPending} onClick={() => open.mutate()}>{t('calendarFeed.renew')}</button>
            <button type="button" className="button danger" disabled={close.isPending} onClick={() => close.mutate()}>{t('calendarFeed.revoke')}</button>
          </div>
        </>
      ) : (
        <p><button type="button" className="button primary" disabled={open.isPending} onClick={() => open.mutate()}>{t('calendarFeed.open')}</button></p>
      )}
    </section>
  );
}
