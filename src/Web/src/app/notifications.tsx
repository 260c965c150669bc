import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useMe } from '../api/session';

export interface Notification {
  id: number;
  text: string;
  tone: 'success' | 'error';
  at: Date;
  read: boolean;
}

interface Notifications {
  items: Notification[];
  notify: (text: string, tone?: Notification['tone']) => void;
  markAllRead: () => void;
  clear: () => void;
}

const NotificationsContext = createContext<Notifications | null>(null);
let nextId = 1;

/**
 * What the app told the user during this visit: shown briefly as a toast, kept in the notification area. Later
 * modules (reminders, assignments) feed the same area from the server.
 */
export function NotificationsProvider({ children }: { children: ReactNode }) {
  const [items, setItems] = useState<Notification[]>([]);
  // What one user was told is not shown to the next one signing in on this tab.
  const userId = useMe().data?.id;
  useEffect(() => setItems([]), [userId]);
  const notify = useCallback((text: string, tone: Notification['tone'] = 'success') => {
    setItems((current) => [{ id: nextId++, text, tone, at: new Date(), read: false }, ...current].slice(0, 50));
  }, []);
  const markAllRead = useCallback(() => setItems((current) => current.map((n) => ({ ...n, read: true }))), []);
  const clear = useCallback(() => setItems([]), []);
  const value = useMemo(() => ({ items, notify, markAllRead, clear }), [items, notify, markAllRead, clear]);
  return <NotificationsContext.Provider value={value}>{children}</NotificationsContext.Provider>;
}

export function useNotifications(): Notifications {
  const value = useContext(NotificationsContext);
  if (!value) throw new Error('useNotifications needs NotificationsProvider.');
  return value;
}
