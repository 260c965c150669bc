import type { components } from '../../api/schema';

export type AppNotification = components['schemas']['NotificationResponse'];
export type NotificationPage = components['schemas']['PageOfNotificationResponse'];

/** The badge's text: the count, capped so it fits a phone's header. */
export function badgeText(count: number): string | null {
  if (count <= 0) return null;
  return count > 99 ? '99+' : String(count);
}

/** Reads the `data:` of a stream's `notification` event; null for anything that is not one. */
export function parseNotificationEvent(data: string): AppNotification | null {
  try {
    const value = JSON.parse(data) as Partial<AppNotification> | null;
    if (!value || typeof value.id !== 'string' || typeof value.title !== 'string') return null;
    return value as AppNotification;
  } catch {
    return null;
  }
}

/** The first page with a notification that arrived live put first, once (the stream and a refetch may both bring it). */
export function withArrived(page: NotificationPage | undefined, arrived: AppNotification): NotificationPage | undefined {
  if (!page) return page;
  if (page.items.some((n) => n.id === arrived.id)) return page;
  return { ...page, items: [arrived, ...page.items] };
}

/** The page with one notification marked read (as the API answered), or all of them. */
export function markedRead(page: NotificationPage | undefined, read: AppNotification | 'all', at: string): NotificationPage | undefined {
  if (!page) return page;
  return {
    ...page,
    items: page.items.map((n) => (read === 'all' ? (n.readAtUtc ? n : { ...n, readAtUtc: at }) : n.id === read.id ? read : n)),
  };
}
