import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useSignedInUser } from '../../api/session';
import { useDates, useLocale } from '../../i18n/useLocale';
import { formatDay } from '../deals/board';
import { isOverdue, progressText, relatedPath, repeatKind, type Task } from './tasks';

/** When a task is due, as the reader says it: in the user's time zone when it has an hour; null without a due. */
export function useDueText() {
  const locale = useLocale();
  const dates = useDates();
  return (task: Pick<Task, 'dueAtUtc' | 'dueDate'>): string | null =>
    task.dueAtUtc ? dates.dateTime(task.dueAtUtc) : task.dueDate ? formatDay(task.dueDate, locale) : null;
}

/** When a task is due (in the user's time zone when it has an hour), flagged when overdue. */
export function Due({ task }: { task: Task }) {
  const { t } = useTranslation('tasks');
  const me = useSignedInUser();
  const when = useDueText()(task);
  if (!when) return <span className="muted">{t('noDue')}</span>;
  return (
    <>
      {when}
      {isOverdue(task, new Date(), me.timeZone) && <> <span className="badge danger">{t('overdue')}</span></>}
    </>
  );
}

export function Related({ task }: { task: Task }) {
  const { t } = useTranslation('tasks');
  if (!task.relatedType) return null;
  const label = t(`related.${task.relatedType}`, { defaultValue: task.relatedType });
  const path = relatedPath(task);
  return path ? <Link to={path}>{label}</Link> : <>{label}</>;
}

export function Priority({ task }: { task: Task }) {
  const { t } = useTranslation('tasks');
  return <span className={task.priority === 'High' ? 'badge danger' : task.priority === 'Low' ? 'badge' : 'badge accent'}>{t(`priority.${task.priority}`)}</span>;
}

/** "2/5" for a task with a checklist, read out in words. */
export function ChecklistProgress({ task }: { task: Pick<Task, 'checklist'> }) {
  const { t } = useTranslation('tasks');
  const text = progressText(task.checklist);
  if (!text) return null;
  const label = t('checklist.progress', { done: task.checklist.filter((item) => item.done).length, total: task.checklist.length });
  return (
    <span className="badge task-progress" title={label}>
      <span aria-hidden="true">{text}</span>
      <span className="visually-hidden">{label}</span>
    </span>
  );
}

/** A small mark for a repeating task, named for assistive technologies ("Repeats weekly"). */
export function RepeatMarker({ task }: { task: Pick<Task, 'recurrence'> }) {
  const { t } = useTranslation('tasks');
  const kind = repeatKind(task.recurrence);
  if (!kind) return null;
  const label = t(`repeat.marker.${kind}`);
  return <span className="task-repeat" role="img" aria-label={label} title={label}>↻</span>;
}

/** What follows a task's title in a list: its repeat mark and checklist progress. */
export function TitleMarks({ task }: { task: Task }) {
  if (!task.recurrence && task.checklist.length === 0) return null;
  return (
    <span className="task-marks">
      <RepeatMarker task={task} />
      <ChecklistProgress task={task} />
    </span>
  );
}
