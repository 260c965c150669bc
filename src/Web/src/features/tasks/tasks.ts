import type { components } from '../../api/schema';

export type Task = components['schemas']['TaskResponse'];
export type TaskRequest = components['schemas']['TaskRequest'];
export type TaskPriority = components['schemas']['TaskPriority'];

export const priorities: readonly TaskPriority[] = ['High', 'Normal', 'Low'];
export const titleMaxLength = 200;
export const maxReminders = 5;

/** What the quick-create form holds: a day (`yyyy-mm-dd`) and an optional time (`hh:mm`, the user's own clock). */
export interface TaskDraft {
  title: string;
  dueDay: string;
  dueTime: string;
  priority: TaskPriority;
  /** Reminders as `datetime-local` values (`yyyy-mm-ddThh:mm`), in the assignee's own time zone; blanks are ignored. */
  reminders: string[];
}

export const emptyTaskDraft: TaskDraft = { title: '', dueDay: '', dueTime: '', priority: 'Normal', reminders: [] };

/**
 * The request for a draft: a day alone is a due date; a day and a time are a due instant, read on the browser's clock
 * and sent in UTC. Reminders go as they are: local times, which the server reads in the assignee's time zone.
 */
export function toTaskRequest(draft: TaskDraft, related?: { type: 'contact' | 'company' | 'deal' | 'ticket'; id: string }): TaskRequest {
  const day = draft.dueDay || null;
  const dueAtUtc = day && draft.dueTime ? new Date(`${day}T${draft.dueTime}`).toISOString() : null;
  return {
    title: draft.title.trim(),
    dueDate: dueAtUtc ? null : day,
    dueAtUtc,
    priority: draft.priority,
    relatedType: related?.type ?? null,
    relatedId: related?.id ?? null,
    reminders: draft.reminders.map((at) => at.trim()).filter((at) => at !== '').map((at) => ({ at })),
  };
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

/** Whether an open task's due day or time has passed; a task due today is not late until tomorrow. */
export function isOverdue(task: Task, now: Date): boolean {
  if (task.status !== 'Open') return false;
  if (task.dueAtUtc) return Date.parse(task.dueAtUtc) < now.getTime();
  if (!task.dueDate) return false;
  return new Date(`${task.dueDate}T00:00`).getTime() + 24 * 3600 * 1000 <= now.getTime();
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
