import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useDates, useLocale } from '../../i18n/useLocale';
import { formatDay } from '../deals/board';
import { isOverdue, relatedPath, type Task } from './tasks';

/** When a task is due (in the user's time zone when it has an hour), flagged when overdue. */
export function Due({ task }: { task: Task }) {
  const { t } = useTranslation('tasks');
  const locale = useLocale();
  const dates = useDates();
  const when = task.dueAtUtc ? dates.dateTime(task.dueAtUtc) : task.dueDate ? formatDay(task.dueDate, locale) : null;
  if (!when) return <span className="muted">{t('noDue')}</span>;
  return (
    <>
      {when}
      {isOverdue(task, new Date()) && <> <span className="badge danger">{t('overdue')}</span></>}
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
