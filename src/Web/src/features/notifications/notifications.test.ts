import { describe, expect, it } from 'vitest';
import { badgeText, markedRead, parseNotificationEvent, withArrived, type AppNotification } from './notifications';

const notification = (id: string, readAtUtc: string | null = null): AppNotification => ({
  id, kind: 'reminder', title: `Reminder ${id}`, body: null, link: `/tasks?id=${id}`, createdAtUtc: '2027-03-28T07:00:00Z', readAtUtc,
});

describe('badgeText', () => {
  it('shows nothing without unread notifications, the count up to 99, then 99+', () => {
    expect([badgeText(0), badgeText(1), badgeText(99), badgeText(100)]).toEqual([null, '1', '99', '99+']);
  });
});

describe('parseNotificationEvent', () => {
  it('reads a notification and refuses what is not one', () => {
    expect(parseNotificationEvent(JSON.stringify(notification('a')))?.title).toBe('Reminder a');
    expect(parseNotificationEvent('not json')).toBeNull();
    expect(parseNotificationEvent('{"id":1}')).toBeNull();
    expect(parseNotificationEvent('null')).toBeNull();
  });
});

describe('withArrived', () => {
  it('puts a new notification first, once', () => {
    const page = { items: [notification('a')], nextCursor: null };
    const once = withArrived(page, notification('b'));
    expect(once?.items.map((n) => n.id)).toEqual(['b', 'a']);
    expect(withArrived(once, notification('b'))?.items.map((n) => n.id)).toEqual(['b', 'a']);
    expect(withArrived(undefined, notification('b'))).toBeUndefined();
  });
});

describe('markedRead', () => {
  it('marks one as the API answered, or every unread one keeping earlier read times', () => {
    const page = { items: [notification('a'), notification('b', '2027-01-01T00:00:00Z')], nextCursor: null };
    expect(markedRead(page, notification('a', '2027-03-28T08:00:00Z'), 'x')?.items.map((n) => n.readAtUtc))
      .toEqual(['2027-03-28T08:00:00Z', '2027-01-01T00:00:00Z']);
    expect(markedRead(page, 'all', '2027-03-28T09:00:00Z')?.items.map((n) => n.readAtUtc))
      .toEqual(['2027-03-28T09:00:00Z', '2027-01-01T00:00:00Z']);
  });
});
