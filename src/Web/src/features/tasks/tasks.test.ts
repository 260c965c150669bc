import { describe, expect, it } from 'vitest';
import {
  addReminder, defaultTaskFilters, emptyTaskDraft, filtersFromParams, filtersToParams, filtersToQuery, isOverdue, matchesRelated, maxReminders, relatedPath,
  removeReminder, sortForWork, toTaskRequest, type Task,
} from './tasks';

function task(id: string, overrides: Partial<Task> = {}): Task {
  return {
    id, title: id, dueDate: null, dueAtUtc: null, priority: 'Normal', status: 'Open', assigneeId: 'me', relatedType: null, relatedId: null,
    source: 'User', createdAtUtc: '2027-01-01T00:00:00Z', version: 1, ...overrides,
  } as Task;
}

describe('sortForWork', () => {
  it('puts open tasks first, the soonest due first, those without a due date last, and keeps the newest first on ties', () => {
    const tasks = [
      task('undated-newer'),
      task('done-early', { status: 'Done', dueDate: '2027-01-01' }),
      task('friday', { dueDate: '2027-01-15' }),
      task('undated-older'),
      task('monday-morning', { dueAtUtc: new Date('2027-01-11T09:00').toISOString() }),
      task('monday', { dueDate: '2027-01-11' }),
    ];

    expect(sortForWork(tasks).map((t) => t.id)).toEqual(['monday', 'monday-morning', 'friday', 'undated-newer', 'undated-older', 'done-early']);
  });
});

describe('isOverdue', () => {
  const now = new Date('2027-01-11T10:00');

  it('says a day is late only once it has passed, and a time as soon as it has', () => {
    expect(isOverdue(task('today', { dueDate: '2027-01-11' }), now)).toBe(false);
    expect(isOverdue(task('yesterday', { dueDate: '2027-01-10' }), now)).toBe(true);
    expect(isOverdue(task('this-morning', { dueAtUtc: new Date('2027-01-11T09:59').toISOString() }), now)).toBe(true);
    expect(isOverdue(task('tonight', { dueAtUtc: new Date('2027-01-11T18:00').toISOString() }), now)).toBe(false);
  });

  it('never says a closed or undated task is late', () => {
    expect(isOverdue(task('done', { dueDate: '2027-01-01', status: 'Done' }), now)).toBe(false);
    expect(isOverdue(task('undated'), now)).toBe(false);
  });
});

describe('toTaskRequest', () => {
  it('sends a day alone as a due date, and a day with a time as an instant in UTC', () => {
    expect(toTaskRequest({ ...emptyTaskDraft, title: '  Rappeler  ', dueDay: '2027-01-11' })).toMatchObject({ title: 'Rappeler', dueDate: '2027-01-11', dueAtUtc: null });
    expect(toTaskRequest({ ...emptyTaskDraft, title: 'Rappeler', dueDay: '2027-01-11', dueTime: '14:30' })).toMatchObject({
      dueDate: null, dueAtUtc: new Date('2027-01-11T14:30').toISOString(),
    });
    expect(toTaskRequest({ ...emptyTaskDraft, title: 'Rappeler', dueTime: '14:30' })).toMatchObject({ dueDate: null, dueAtUtc: null });
  });

  it('names the record the task is about', () => {
    expect(toTaskRequest({ ...emptyTaskDraft, title: 'Relancer' }, { type: 'deal', id: 'd1' })).toMatchObject({ relatedType: 'deal', relatedId: 'd1' });
  });
});

describe('relatedPath', () => {
  it('links deals, contacts and companies, and nothing else', () => {
    expect(relatedPath({ relatedType: 'deal', relatedId: 'd1' })).toBe('/deals/d1');
    expect(relatedPath({ relatedType: 'company', relatedId: 'c1' })).toBe('/companies/c1');
    expect(relatedPath({ relatedType: 'ticket', relatedId: 't1' })).toBeNull();
    expect(relatedPath({ relatedType: null, relatedId: null })).toBeNull();
  });
});

describe('reminders', () => {
  it('sends the filled-in reminders as local times, without the blanks', () => {
    expect(toTaskRequest({ ...emptyTaskDraft, title: 'Rappeler', reminders: ['2027-03-28T09:00', ' ', '2027-03-28T02:30'] }).reminders)
      .toEqual([{ at: '2027-03-28T09:00' }, { at: '2027-03-28T02:30' }]);
    expect(toTaskRequest({ ...emptyTaskDraft, title: 'Rappeler' }).reminders).toEqual([]);
  });

  it('adds a blank reminder up to the maximum and removes the one asked', () => {
    let reminders: string[] = [];
    for (let i = 0; i < maxReminders + 2; i += 1) reminders = addReminder(reminders);
    expect(reminders).toHaveLength(maxReminders);
    expect(removeReminder(['a', 'b', 'c'], 1)).toEqual(['a', 'c']);
  });
});

describe('task filters', () => {
  it('read the defaults from an empty address and leave them out of it', () => {
    const filters = filtersFromParams(new URLSearchParams());
    expect(filters).toEqual(defaultTaskFilters);
    expect(filtersToParams(filters).toString()).toBe('');
    expect(filtersToQuery(filters)).toEqual({ mine: true, status: 'Open' });
  });

  it('keep a colleague, any status and a kind of record, and ignore unknown values', () => {
    const filters = filtersFromParams(new URLSearchParams('who=abc&status=all&related=deal&id=x'));
    expect(filters).toEqual({ who: 'abc', status: 'all', related: 'deal' });
    expect(filtersToParams(filters).toString()).toBe('who=abc&status=all&related=deal');
    expect(filtersToQuery(filters)).toEqual({ assigneeId: 'abc' });
    expect(filtersFromParams(new URLSearchParams('status=Nope&related=planet'))).toEqual(defaultTaskFilters);
    expect(filtersToQuery({ who: 'all', status: 'Done', related: 'any' })).toEqual({ status: 'Done' });
  });

  it('narrow by the kind of record the task is about', () => {
    expect(matchesRelated({ relatedType: 'deal' }, 'deal')).toBe(true);
    expect(matchesRelated({ relatedType: null }, 'deal')).toBe(false);
    expect(matchesRelated({ relatedType: null }, 'any')).toBe(true);
  });
});
