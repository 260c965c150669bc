import { describe, expect, it } from 'vitest';
import {
  addChecklistLine, addReminder, checklistLines, checklistRequest, defaultTaskFilters, editDraftOf, editRequest, emptyTaskDraft, filtersFromParams, filtersToParams,
  filtersToQuery, isOverdue, matchesRelated, maxChecklistItems, maxReminders, progressText, relatedPath, removeChecklistLine, removeReminder, renameChecklistLine,
  repeatKind, rewriteRequest, sortForWork, toTaskRequest, type Task,
} from './tasks';

const paris = 'Europe/Paris';

function task(id: string, overrides: Partial<Task> = {}): Task {
  return {
    id, title: id, dueDate: null, dueAtUtc: null, priority: 'Normal', status: 'Open', assigneeId: 'me', relatedType: null, relatedId: null,
    source: 'User', createdAtUtc: '2027-01-01T00:00:00Z', reminders: [], checklist: [], recurrence: null, nextTaskId: null, version: 1, ...overrides,
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
  const now = new Date('2027-01-11T10:00:00Z');

  it('says a day is late only once it has passed, and a time as soon as it has', () => {
    expect(isOverdue(task('today', { dueDate: '2027-01-11' }), now, paris)).toBe(false);
    expect(isOverdue(task('yesterday', { dueDate: '2027-01-10' }), now, paris)).toBe(true);
    expect(isOverdue(task('this-morning', { dueAtUtc: '2027-01-11T09:59:00Z' }), now, paris)).toBe(true);
    expect(isOverdue(task('tonight', { dueAtUtc: '2027-01-11T18:00:00Z' }), now, paris)).toBe(false);
  });

  it('counts days in the user’s zone: at 23:30 UTC it is already tomorrow in Tokyo', () => {
    const lateEvening = new Date('2027-01-11T23:30:00Z');
    expect(isOverdue(task('monday', { dueDate: '2027-01-11' }), lateEvening, 'Europe/London')).toBe(false);
    expect(isOverdue(task('monday', { dueDate: '2027-01-11' }), lateEvening, 'Asia/Tokyo')).toBe(true);
  });

  it('never says a closed or undated task is late', () => {
    expect(isOverdue(task('done', { dueDate: '2027-01-01', status: 'Done' }), now, paris)).toBe(false);
    expect(isOverdue(task('undated'), now, paris)).toBe(false);
  });
});

describe('toTaskRequest', () => {
  it('sends a day alone as a due date, and a day with a time as an instant in UTC, read in the user’s zone', () => {
    expect(toTaskRequest({ ...emptyTaskDraft, title: '  Rappeler  ', dueDay: '2027-01-11' }, paris)).toMatchObject({ title: 'Rappeler', dueDate: '2027-01-11', dueAtUtc: null });
    expect(toTaskRequest({ ...emptyTaskDraft, title: 'Rappeler', dueDay: '2027-01-11', dueTime: '14:30' }, paris)).toMatchObject({
      dueDate: null, dueAtUtc: '2027-01-11T13:30:00.000Z',
    });
    expect(toTaskRequest({ ...emptyTaskDraft, title: 'Rappeler', dueTime: '14:30' }, paris)).toMatchObject({ dueDate: null, dueAtUtc: null });
  });

  it('names the record the task is about', () => {
    expect(toTaskRequest({ ...emptyTaskDraft, title: 'Relancer' }, paris, { type: 'deal', id: 'd1' })).toMatchObject({ relatedType: 'deal', relatedId: 'd1' });
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
    expect(toTaskRequest({ ...emptyTaskDraft, title: 'Rappeler', reminders: ['2027-03-28T09:00', ' ', '2027-03-28T02:30'] }, paris).reminders)
      .toEqual([{ at: '2027-03-28T09:00' }, { at: '2027-03-28T02:30' }]);
    expect(toTaskRequest({ ...emptyTaskDraft, title: 'Rappeler' }, paris).reminders).toEqual([]);
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

describe('quick creation repeat', () => {
  it('repeats a task due on a day, by the day when it has no time, and never a task without a due day', () => {
    expect(toTaskRequest({ ...emptyTaskDraft, title: 'Rapport', dueDay: '2027-01-11', repeat: 'WEEKLY' }, paris).recurrence).toBe('FREQ=WEEKLY');
    expect(toTaskRequest({ ...emptyTaskDraft, title: 'Rapport', dueDay: '2027-01-11', dueTime: '09:00', repeat: 'DAILY' }, paris).recurrence).toBe('FREQ=DAILY');
    expect(toTaskRequest({ ...emptyTaskDraft, title: 'Rapport', repeat: 'WEEKLY' }, paris).recurrence).toBeNull();
    expect(toTaskRequest({ ...emptyTaskDraft, title: 'Rapport', dueDay: '2027-01-11' }, paris).recurrence).toBeNull();
  });
});

describe('checklist lines', () => {
  const items = [{ id: 'a', text: 'Devis', done: true }, { id: 'b', text: 'Contrat', done: false }];

  it('adds a trimmed line to do, without id, and nothing blank or past the maximum', () => {
    const lines = addChecklistLine(checklistLines(items), '  Facture ');
    expect(lines.map((l) => [l.id, l.text, l.done])).toEqual([['a', 'Devis', true], ['b', 'Contrat', false], [null, 'Facture', false]]);
    expect(new Set(lines.map((l) => l.key)).size).toBe(3);
    expect(addChecklistLine(lines, '   ')).toHaveLength(3);
    let full = lines;
    for (let i = 0; i < maxChecklistItems + 3; i += 1) full = addChecklistLine(full, `Étape ${i}`);
    expect(full).toHaveLength(maxChecklistItems);
  });

  it('renames and removes the line asked, and sends the lines in order, new ones without id', () => {
    let lines = addChecklistLine(checklistLines(items), 'Facture');
    lines = renameChecklistLine(lines, 'a', ' Devis signé ');
    lines = removeChecklistLine(lines, 'b');
    expect(checklistRequest(lines)).toEqual([{ id: 'a', text: 'Devis signé', done: true }, { text: 'Facture', done: false }]);
  });

  it('keeps an emptied line, for the API to refuse rather than lose it silently', () => {
    expect(checklistRequest(renameChecklistLine(checklistLines(items), 'b', '  '))).toEqual([{ id: 'a', text: 'Devis', done: true }, { id: 'b', text: '', done: false }]);
  });
});

describe('progressText', () => {
  it('counts the done items of a checklist, and says nothing without one', () => {
    expect(progressText([{ done: true }, { done: false }, { done: true }, { done: false }, { done: false }])).toBe('2/5');
    expect(progressText([{ done: false }, { done: false }])).toBe('0/2');
    expect(progressText([])).toBeNull();
  });
});

describe('repeatKind', () => {
  it('words the usual frequencies and calls any other rule custom', () => {
    expect(repeatKind('FREQ=WEEKLY')).toBe('WEEKLY');
    expect(repeatKind('FREQ=YEARLY;COUNT=3')).toBe('YEARLY');
    expect(repeatKind('FREQ=WEEKLY;BYDAY=MO')).toBe('custom');
    expect(repeatKind(null)).toBeNull();
  });
});

describe('editing a task', () => {
  const weekly = task('t1', {
    title: 'Point hebdo', description: 'Ordre du jour', dueDate: '2027-01-11', recurrence: 'COUNT=5;FREQ=WEEKLY', assigneeId: 'me', relatedType: 'deal', relatedId: 'd1',
    reminders: [{ at: '2027-01-11T08:30', atUtc: '2027-01-11T07:30:00Z' }], checklist: [{ id: 'a', text: 'Devis', done: true }],
  });

  it('sends back what was not changed as the task has it: the rule’s own text, reminders and checklist kept', () => {
    const request = editRequest(editDraftOf(weekly, paris), weekly, paris);
    expect(request).toEqual({
      title: 'Point hebdo', description: 'Ordre du jour', dueDate: '2027-01-11', dueAtUtc: null, priority: 'Normal', assigneeId: 'me', relatedType: 'deal', relatedId: 'd1',
      reminders: null, checklist: null, recurrence: 'COUNT=5;FREQ=WEEKLY',
    });
  });

  it('reads the repeat into the form and builds a new rule when it changes', () => {
    const draft = editDraftOf(weekly, paris);
    expect(draft.repeat).toMatchObject({ frequency: 'WEEKLY', end: 'count', count: '5' });
    expect(editRequest({ ...draft, repeat: { ...draft.repeat, end: 'until', until: '2027-03-01' } }, weekly, paris).recurrence).toBe('FREQ=WEEKLY;UNTIL=20270301');
    expect(editRequest({ ...draft, repeat: { ...draft.repeat, frequency: 'none' } }, weekly, paris).recurrence).toBeNull();
  });

  it('keeps a rule the form cannot show as it is, until another repetition is chosen', () => {
    const mondays = task('t2', { dueDate: '2027-01-11', recurrence: 'FREQ=WEEKLY;BYDAY=MO,WE' });
    const draft = editDraftOf(mondays, paris);
    expect(draft).toMatchObject({ customRule: 'FREQ=WEEKLY;BYDAY=MO,WE', repeat: { frequency: 'none' } });
    expect(editRequest({ ...draft, title: 'Autre' }, mondays, paris).recurrence).toBe('FREQ=WEEKLY;BYDAY=MO,WE');
    expect(editRequest({ ...draft, customRule: null, repeat: { ...draft.repeat, frequency: 'MONTHLY' } }, mondays, paris).recurrence).toBe('FREQ=MONTHLY');
    expect(editRequest({ ...draft, customRule: null }, mondays, paris).recurrence).toBeNull();
  });

  it('sends a changed due, checklist and reminders', () => {
    const draft = editDraftOf(weekly, paris);
    const request = editRequest({
      ...draft, dueDay: '2027-01-12', dueTime: '14:00', reminders: [], checklist: addChecklistLine(draft.checklist, 'Contrat'),
    }, weekly, paris);
    expect(request).toMatchObject({
      dueDate: null, dueAtUtc: '2027-01-12T13:00:00.000Z', reminders: [], checklist: [{ id: 'a', text: 'Devis', done: true }, { text: 'Contrat', done: false }],
    });
    expect(editRequest({ ...draft, dueDay: '' }, weekly, paris)).toMatchObject({ dueDate: null, dueAtUtc: null, recurrence: 'COUNT=5;FREQ=WEEKLY' });
  });

  it('reads a due instant on the user’s wall clock and keeps it to the second when untouched', () => {
    const timed = task('t3', { dueAtUtc: '2027-01-11T08:30:15.000Z' });
    expect(editDraftOf(timed, paris)).toMatchObject({ dueDay: '2027-01-11', dueTime: '09:30' });
    expect(editRequest(editDraftOf(timed, paris), timed, paris).dueAtUtc).toBe(timed.dueAtUtc);
  });

  it('rewrites a task as it is to cancel it, its rule sent back', () => {
    expect(rewriteRequest(weekly, { status: 'Cancelled' })).toMatchObject({ status: 'Cancelled', recurrence: 'COUNT=5;FREQ=WEEKLY', reminders: null, checklist: null, dueDate: '2027-01-11' });
  });
});
