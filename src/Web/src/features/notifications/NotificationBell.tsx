import { useEffect, useId, useMemo } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { addTexts } from '../../i18n';
import { usePopover } from '../../app/usePopover';
import { BellIcon } from '../../ui/icons';
import texts from './i18n';
import { badgeText, markedRead, parseNotificationEvent, withArrived, type AppNotification, type NotificationPage } from './notifications';
import './notifications.css';

export const notificationKeys = {
  all: ['notifications'] as const,
  count: ['notifications', 'unread-count'] as const,
  list: ['notifications', 'list'] as const,
};

/**
 * Keeps the bell live: the server pushes each new notification of the user on a server-sent events stream; the browser
 * reconnects by itself after a network break (sending the last event's id, so none is missed).
 */
function useNotificationStream() {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (typeof EventSource === 'undefined') return undefined;
    const source = new EventSource('/api/v1/notifications/stream');
    source.addEventListener('notification', (event) => {
      const arrived = parseNotificationEvent((event as MessageEvent<string>).data);
      if (arrived) queryClient.setQueryData<NotificationPage>(notificationKeys.list, (page) => withArrived(page, arrived));
      void queryClient.invalidateQueries({ queryKey: notificationKeys.all });
    });
    return () => source.close();
  }, [queryClient]);
}

export function NotificationBell() {
  // The bell is in the shell: its words come with it (added once, after i18n has started).
  addTexts('notifications', texts);
  const { t, i18n } = useTranslation('notifications');
  const popover = usePopover<HTMLDivElement>();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const headingId = useId();
  useNotificationStream();

  // Polled slowly as well: a missed event (a long network break) is made up for within a minute.
  const count = useQuery({
    queryKey: notificationKeys.count,
    queryFn: () => unwrap(api.GET('/api/v1/notifications/unread-count')),
    refetchInterval: 60_000,
  });
  const list = useQuery({
    queryKey: notificationKeys.list,
    queryFn: () => unwrap(api.GET('/api/v1/notifications', { params: { query: { limit: 20 } } })),
    enabled: popover.open,
  });
  const read = useMutation({
    mutationFn: (notification: AppNotification) =>
      unwrap(api.POST('/api/v1/notifications/{id}/read', { params: { path: { id: notification.id } } })),
    onSuccess: (notification) => {
      queryClient.setQueryData<NotificationPage>(notificationKeys.list, (page) => markedRead(page, notification, notification.readAtUtc ?? ''));
      void queryClient.invalidateQueries({ queryKey: notificationKeys.count });
    },
  });
  const readAll = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/notifications/read-all')),
    onSuccess: () => {
      queryClient.setQueryData<NotificationPage>(notificationKeys.list, (page) => markedRead(page, 'all', new Date().toISOString()));
      queryClient.setQueryData(notificationKeys.count, { count: 0 });
      void queryClient.invalidateQueries({ queryKey: notificationKeys.all });
    },
  });
  const time = useMemo(() => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' }), [i18n.language]);

  const unread = count.data?.count ?? 0;
  const badge = badgeText(unread);
  const open = (notification: AppNotification) => {
    if (!notification.readAtUtc) read.mutate(notification);
    popover.setOpen(false);
    if (notification.link) navigate(notification.link);
  };
  const items = list.data?.items ?? [];
  return (
    <div className="anchor notification-bell" ref={popover.anchor}>
      <button type="button" className="button small ghost" aria-expanded={popover.open}
        aria-label={unread > 0 ? t('labelWithCount', { count: unread }) : t('label')} onClick={popover.toggle}>
        <BellIcon />{badge && <span className="notification-badge" aria-hidden="true">{badge}</span>}
      </button>
      {popover.open && (
        <div className="popover notification-popover" role="region" aria-labelledby={headingId}>
          <div className="notification-popover-head">
            <h2 id={headingId}>{t('title')}</h2>
            {unread > 0 && (
              <button type="button" className="button small ghost" disabled={readAll.isPending} onClick={() => readAll.mutate()}>
                {t('markAllRead')}
              </button>
            )}
          </div>
          {list.isPending ? <p role="status" className="muted">{t('loading')}</p>
            : list.isError ? <p role="alert" className="muted">{t('failed')}</p>
            : items.length === 0 ? <p className="muted">{t('empty')}</p> : (
              <ul>
                {items.map((n) => (
                  <li key={n.id}>
                    <button type="button" className={n.readAtUtc ? 'notification-item' : 'notification-item unread'} onClick={() => open(n)}>
                      {!n.readAtUtc && <span className="visually-hidden">{t('unread')}: </span>}
                      <strong>{n.title}</strong>
                      {n.body && <span className="notification-body">{n.body}</span>}
                      <small className="muted">{time.format(new Date(n.createdAtUtc))}</small>
                    </button>
                  </li>
                ))}
              </ul>
            )}
        </div>
      )}
    </div>
  );
}
