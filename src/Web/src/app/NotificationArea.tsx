import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotifications, type Notification } from './notifications';
import { usePopover } from './usePopover';
import { BellIcon } from '../ui/icons';

export function NotificationArea() {
  const { t, i18n } = useTranslation();
  const { items, markAllRead, clear } = useNotifications();
  const popover = usePopover<HTMLDivElement>();
  const unread = items.filter((n) => !n.read).length;
  return (
    <div className="anchor" ref={popover.anchor}>
      <button type="button" className="button small ghost" aria-expanded={popover.open}
        aria-label={unread > 0 ? t('notifications.labelWithCount', { count: unread }) : t('notifications.label')}
        onClick={() => { popover.toggle(); markAllRead(); }}>
        <BellIcon />{unread > 0 && <span aria-hidden="true">{unread}</span>}
      </button>
      {popover.open && (
        <div className="popover" role="region" aria-label={t('notifications.label')}>
          {items.length === 0 ? <p className="muted" style={{ margin: 'var(--space-2)' }}>{t('notifications.empty')}</p> : (
            <>
              <NotificationList items={items} language={i18n.language} />
              <button type="button" className="button small ghost" onClick={clear}>{t('notifications.clear')}</button>
            </>
          )}
        </div>
      )}
    </div>
  );
}

/** Made only when the list is opened: the first date formatter of a page costs a lot (it loads the locale's data). */
function NotificationList({ items, language }: { items: Notification[]; language: string }) {
  const time = new Intl.DateTimeFormat(language, { timeStyle: 'short' });
  return (
    <ul>
      {items.map((n) => (
        <li key={n.id} style={{ padding: 'var(--space-2) var(--space-3)' }}><small className="muted">{time.format(n.at)}</small> {n.text}</li>
      ))}
    </ul>
  );
}

/** The latest notification, shown for a few seconds; screen readers hear it through the live region. */
export function Toasts() {
  const { items } = useNotifications();
  const [visible, setVisible] = useState<Notification | null>(null);
  const latest = items[0];
  const latestId = latest?.id;
  useEffect(() => {
    if (latestId === undefined) {
      setVisible(null);
      return;
    }
    setVisible(latest ?? null);
    const timer = setTimeout(() => setVisible(null), 5000);
    return () => clearTimeout(timer);
    // Only a new notification restarts the toast; marking it read does not.
  }, [latestId]);
  return (
    <div className="toasts" role="status" aria-live="polite">
      {visible && <div className={`notice ${visible.tone === 'error' ? 'error' : 'success'}`}>{visible.text}</div>}
    </div>
  );
}
