import { useEffect, useState } from 'react';
import { useNotifications, type Notification } from './notifications';

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
