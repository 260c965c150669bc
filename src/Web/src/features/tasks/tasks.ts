import type { components } from '../../api/schema';
import { buildRecurrence, noRepeat, readRecurrence, sameRepeat, type Frequency, type Repeat } from '../../ui/recurrence';
import { instantOf, wallClockIn } from '../../ui/zonedTime';

export type Task = components['schemas']['TaskResponse'];
export type TaskRequest = components['schemas']['TaskRequest'];
export type TaskPriority = components['schemas']['TaskPriority'];
export type ChecklistItem = components['schemas']['TaskChecklistItemResponse'];
export type RelatedType = 'contact' | 'company' | 'deal' | 'ticket';

export const priorities: readonly TaskPriority[] = ['High', 'Normal', 'Low'];
export const titleMaxLength = 200;
export const maxReminders = 5;
export const descriptionMaxLength = 5000;
export const maxChecklistItems = 50;
export const checklistTextMaxLength = 200;
/** The repetitions a task's form offers; quick creation offers the first ones. */
export const taskFrequencies: readonly Frequency[] = ['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY'];
export const quickFrequencies: readonly Frequency[] = ['none', 'DAILY', 'WEEKLY', 'MONTHLY'];

/** What the quick-create form holds: a day (`yyyy-mm-dd`) and an optional time (`hh:mm`, the user's own clock). */
export interface TaskDraft {
  title: string;
  dueDay: string;
  dueTime: string;
  priority: TaskPriority;
  /** Reminders as `datetime-local` values (`yyyy-mm-ddThh:mm`), in the assignee's own time zone; blanks are ignored. */
  reminders: string[];
  /** How the task comes back once done; only a task with a due day repeats. */
  repeat: Frequency;
}

export const emptyTaskDraft: TaskDraft = { title: '', dueDay: '', dueTime: '', priority: 'Normal', reminders: [], repeat: 'none' };

/**
 * The request for a draft: a day alone is a due date; a day and a time are a due instant, read on the wall clock of
 * `timeZone` (the user's, as lists show it) and sent in UTC. Reminders go as they are: local times, which the server
 * reads in the assignee's time zone.
 */
export function toTaskRequest(draft: TaskDraft, timeZone: string, related?: { type: RelatedType; id: string }): TaskRequest {
  const day = draft.dueDay || null;
  const dueAtUtc = day && draft.dueTime ? instantOf(`${day}T${draft.dueTime}`, timeZone).toISOString() : null;
  return {
    title: draft.title.trim(),
    dueDate: dueAtUtc ? null : day,
    dueAtUtc,
    priority: draft.priority,
    relatedType: related?.type ?? null,
    relatedId: related?.id ?? null,
    reminders: remindersOf(draft.reminders),
    recurrence: day ? buildRecurrence({ ...noRepeat, frequency: draft.repeat }, !dueAtUtc) : null,
  };
}

function remindersOf(reminders: readonly string[]): { at: string }[] {
  return reminders.map((at) => at.trim()).filter((at) => at !== '').map((at) => ({ at }));
}

/** A draft's reminders with one added (blank, to fill in) or removed, never more than the API takes. */
export function addReminder(reminders: readonly string[]): string[] {
  return reminders.length >= maxReminders ? [...reminders] : [...reminders, ''];
}

export function removeReminder(reminders: readonly string[], index: number): string[] {
  return reminders.filter((_, i) => i !== index);
}

/** When a task is due, as a sortable key: a due day counts from its start, on the browser's clock. */
function dueTime(task: Task): number | null {
  if (task.dueAtUtc) return Date.parse(task.dueAtUtc);
  if (task.dueDate) return new Date(`${task.dueDate}T00:00`).getTime();
  return null;
}

/**
 * The order a person works in: open tasks first, the soonest due first and those without a due date after them,
 * then the newest first (the API's own order, by id, kept for ties).
 */
export function sortForWork(tasks: readonly Task[]): Task[] {
  return tasks
    .map((task, index) => ({ task, index, due: dueTime(task) }))
    .sort((a, b) => {
      const open = Number(b.task.status === 'Open') - Number(a.task.status === 'Open');
      if (open !== 0) return open;
      if (a.due !== b.due) {
        if (a.due === null) return 1;
        if (b.due === null) return -1;
        return a.due - b.due;
      }
      return a.index - b.index;
    })
    .map(({ task }) => task);
}

/**
 * Whether an open task's due day or time has passed; a task due today (in `timeZone`, the user's) is not late until
 * tomorrow.
 */
export function isOverdue(task: Task, now: Date, timeZone: string): boolean {
  if (task.status !== 'Open') return false;
  if (task.dueAtUtc) return Date.parse(task.dueAtUtc) < now.getTime();
  if (!task.dueDate) return false;
  return task.dueDate < wallClockIn(now, timeZone).slice(0, 10);
}

/** The page of the record a task is about, when the interface has one (tickets do not have pages yet). */
export function relatedPath(task: Pick<Task, 'relatedType' | 'relatedId'>): string | null {
  if (!task.relatedId) return null;
  switch (task.relatedType) {
    case 'deal': return `/deals/${task.relatedId}`;
    case 'contact': return `/contacts/${task.relatedId}`;
    case 'company': return `/companies/${task.relatedId}`;
    default: return null;
  }
}

export type TaskStatusFilter = Task['status'] | 'all';
export type RelatedFilter = 'any' | 'contact' | 'company' | 'deal';

/** What the tasks list shows, kept in the address: whose tasks (`mine`, `all` I may see, or a colleague's id), their status and kind of record. */
export interface TaskFilters {
  who: string;
  status: TaskStatusFilter;
  related: RelatedFilter;
}

export const defaultTaskFilters: TaskFilters = { who: 'mine', status: 'Open', related: 'any' };
const statuses: readonly TaskStatusFilter[] = ['Open', 'Done', 'Cancelled', 'all'];
const relatedKinds: readonly RelatedFilter[] = ['any', 'contact', 'company', 'deal'];

export function filtersFromParams(params: URLSearchParams): TaskFilters {
  const status = params.get('status') as TaskStatusFilter | null;
  const related = params.get('related') as RelatedFilter | null;
  return {
    who: params.get('who') || defaultTaskFilters.who,
    status: status && statuses.includes(status) ? status : defaultTaskFilters.status,
    related: related && relatedKinds.includes(related) ? related : defaultTaskFilters.related,
  };
}

/** The address's parameters for some filters: the defaults are left out, a notification's `id` is dropped. */
export function filtersToParams(filters: TaskFilters): URLSearchParams {
  const params = new URLSearchParams();
  (Object.keys(defaultTaskFilters) as (keyof TaskFilters)[])
    .filter((key) => filters[key] !== defaultTaskFilters[key])
    .forEach((key) => params.set(key, filters[key]));
  return params;
}

/** The list request for some filters (related kinds other than "any" are narrowed on the page: the API filters by one record). */
export function filtersToQuery(filters: TaskFilters): { mine?: boolean; assigneeId?: string; status?: Task['status'] } {
  return {
    ...(filters.who === 'mine' ? { mine: true } : filters.who === 'all' ? {} : { assigneeId: filters.who }),
    ...(filters.status === 'all' ? {} : { status: filters.status }),
  };
}

export function matchesRelated(task: Pick<Task, 'relatedType'>, related: RelatedFilter): boolean {
  return related === 'any' || task.relatedType === related;
}

/** A checklist line in a form: `key` names it on screen; a line without `id` is new (the API gives it one). */
export interface ChecklistLine {
  key: string;
  id: string | null;
  text: string;
  done: boolean;
}

let newLines = 0;

export function checklistLines(items: readonly ChecklistItem[]): ChecklistLine[] {
  return items.map((item) => ({ key: item.id, id: item.id, text: item.text, done: item.done }));
}

/** The lines with one more at the end, to do; a blank text or a full checklist adds nothing. */
export function addChecklistLine(lines: readonly ChecklistLine[], text: string): ChecklistLine[] {
  if (!text.trim() || lines.length >= maxChecklistItems) return [...lines];
  newLines += 1;
  return [...lines, { key: `new-${newLines}`, id: null, text: text.trim(), done: false }];
}

export function renameChecklistLine(lines: readonly ChecklistLine[], key: string, text: string): ChecklistLine[] {
  return lines.map((line) => (line.key === key ? { ...line, text } : line));
}

export function removeChecklistLine(lines: readonly ChecklistLine[], key: string): ChecklistLine[] {
  return lines.filter((line) => line.key !== key);
}

/** The checklist as the API takes it, in order: the texts trimmed (a blank one is refused, not dropped), new lines without id. */
export function checklistRequest(lines: readonly ChecklistLine[]): NonNullable<TaskRequest['checklist']> {
  return lines.map((line) => ({ ...(line.id ? { id: line.id } : {}), text: line.text.trim(), done: line.done }));
}

/** "2/5": how many of a checklist's items are done; null without a checklist. */
export function progressText(checklist: readonly Pick<ChecklistItem, 'done'>[] | undefined): string | null {
  if (!checklist || checklist.length === 0) return null;
  return `${checklist.filter((item) => item.done).length}/${checklist.length}`;
}

/** How a task repeats, as its marker says it: a frequency, `custom` for a rule the interface cannot word, null for a one-off. */
export function repeatKind(rule: string | null | undefined): Exclude<Frequency, 'none'> | 'custom' | null {
  if (!rule) return null;
  const repeat = readRecurrence(rule, taskFrequencies);
  return repeat.custom || repeat.frequency === 'none' ? 'custom' : repeat.frequency;
}

/** What the task's form holds: the due as the quick creation's (the browser's clock), the repeat as the agenda's form. */
export interface TaskEditDraft {
  title: string;
  description: string;
  dueDay: string;
  dueTime: string;
  priority: TaskPriority;
  assigneeId: string;
  reminders: string[];
  repeat: Repeat;
  /** A rule the form cannot show, kept as it is until another repetition is chosen. */
  customRule: string | null;
  checklist: ChecklistLine[];
}

/** A due instant on the wall clock of `timeZone`: its day and its time. */
function localDue(iso: string, timeZone: string): { day: string; time: string } {
  const [day = '', time = ''] = wallClockIn(new Date(iso), timeZone).split('T');
  return { day, time };
}

export function editDraftOf(task: Task, timeZone: string): TaskEditDraft {
  const due = task.dueAtUtc ? localDue(task.dueAtUtc, timeZone) : { day: task.dueDate ?? '', time: '' };
  const repeat = readRecurrence(task.recurrence, taskFrequencies);
  return {
    title: task.title,
    description: task.description ?? '',
    dueDay: due.day,
    dueTime: due.time,
    priority: task.priority,
    assigneeId: task.assigneeId,
    reminders: task.reminders.map((r) => r.at.slice(0, 16)),
    repeat: repeat.custom ? noRepeat : repeat,
    customRule: repeat.custom ?? null,
    checklist: checklistLines(task.checklist),
  };
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The PUT that saves a task's form. What the form did not change goes back as the task has it: the due instant (to the
 * second), the rule's own text (so the series still counts from its first due), the reminders and checklist (null keeps
 * them). The rule is always sent: the API makes a task without one a one-off. Times are on the wall clock of `timeZone`.
 */
export function editRequest(draft: TaskEditDraft, task: Task, timeZone: string): TaskRequest {
  const initial = editDraftOf(task, timeZone);
  const day = draft.dueDay || null;
  const sameDue = draft.dueDay === initial.dueDay && (draft.dueTime === initial.dueTime || !day);
  const dueAtUtc = sameDue ? task.dueAtUtc ?? null : day && draft.dueTime ? instantOf(`${day}T${draft.dueTime}`, timeZone).toISOString() : null;
  const dueDate = sameDue ? task.dueDate ?? null : dueAtUtc ? null : day;
  const before = readRecurrence(task.recurrence, taskFrequencies);
  const recurrence = draft.customRule
    ? draft.customRule
    : draft.repeat.frequency === 'none'
      ? null
      : task.recurrence && !before.custom && sameRepeat(before, draft.repeat) ? task.recurrence : buildRecurrence(draft.repeat, !dueAtUtc);
  const reminders = remindersOf(draft.reminders);
  const checklist = checklistRequest(draft.checklist);
  const description = draft.description.trim();
  return {
    title: draft.title.trim(),
    description: description || null,
    dueDate,
    dueAtUtc,
    priority: draft.priority,
    assigneeId: draft.assigneeId,
    relatedType: task.relatedType ?? null,
    relatedId: task.relatedId ?? null,
    reminders: sameJson(reminders, remindersOf(initial.reminders)) ? null : reminders,
    checklist: sameJson(checklist, checklistRequest(initial.checklist)) ? null : checklist,
    recurrence,
  };
}

/** The PUT that rewrites a task as it is but for `patch` (cancelling it): its rule sent back, its reminders and checklist kept. */
export function rewriteRequest(task: Task, patch: Partial<TaskRequest> = {}): TaskRequest {
  return {
    title: task.title,
    description: task.description ?? null,
    dueDate: task.dueDate ?? null,
    dueAtUtc: task.dueAtUtc ?? null,
    priority: task.priority,
    assigneeId: task.assigneeId,
    relatedType: task.relatedType ?? null,
    relatedId: task.relatedId ?? null,
    recurrence: task.recurrence ?? null,
    reminders: null,
    checklist: null,
    ...patch,
  };
}
