import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { asProblem, useProblemText } from '../../ui/problems';
import { Due } from '../tasks/TaskCells';
import { taskKeys } from '../tasks/queries';
import type { Task } from '../tasks/tasks';
import { formatMinutes, wallClock, type CalendarItem } from '../agenda/agenda';

/** Today's meetings and my open tasks overdue and due today (today in my time zone), with the way to all of them. */
export function MyDay() {
  const { t } = useTranslation('home');
  const describe = useProblemText('tasks');
  // Under 'tasks', so that completing or adding a task anywhere reads it again.
  const day = useQuery({ queryKey: [...taskKeys.all, 'my-day'], queryFn: () => unwrap(api.GET('/api/v1/tasks/my-day')) });
  return (
    <div className="card stack">
      <h2>{t('myDay.title')}</h2>
      {day.data && <TodayMeetings today={day.data.today} meetings={day.data.meetings} />}
      {day.isError && <p className="notice error" role="alert">{describe(asProblem(day.error))}</p>}
      {day.data && (day.data.overdue.length + day.data.dueToday.length === 0
        ? <p className="muted" style={{ margin: 0 }}>{t('myDay.nothing')}</p>
        : (
          <>
            <TaskList title={t('myDay.overdue', { count: day.data.overdue.length })} tasks={day.data.overdue} />
            <TaskList title={t('myDay.today', { count: day.data.dueToday.length })} tasks={day.data.dueToday} />
          </>
        ))}
      <div><Link className="button" to="/tasks">{t('myDay.allTasks')}</Link></div>
    </div>
  );
}

/** Today's meetings I attend and have not declined, at the wall-clock times the API gives in my zone. */
function TodayMeetings({ today, meetings }: { today: string; meetings: readonly CalendarItem[] }) {
  const { t } = useTranslation('home');
  const time = (item: CalendarItem) => (item.allDay ? t('myDay.allDay') : `${formatMinutes(wallClock(item.start).minutes)}–${formatMinutes(wallClock(item.end).minutes)}`);
  return (
    <section className="stack" aria-label={t('myDay.meetings', { count: meetings.length })}>
      <h3 style={{ margin: 0 }}>{t('myDay.meetings', { count: meetings.length })}</h3>
      {meetings.length > 0 && (
        <ul className="plain">
          {meetings.map((item) => (
            <li key={`${item.appointmentId}|${item.occurrenceStart}`}>
              <strong>{time(item)}</strong> · {item.private ? t('myDay.busy') : item.title}{item.location ? ` · ${item.location}` : ''}
            </li>
          ))}
        </ul>
      )}
      <div><Link className="button" to={`/agenda?view=day&date=${today}`}>{t('myDay.agenda')}</Link></div>
    </section>
  );
}

function TaskList({ title, tasks }: { title: string; tasks: readonly Task[] }) {
  if (tasks.length === 0) return null;
  return (
    <section className="stack" aria-label={title}>
      <h3 style={{ margin: 0 }}>{title}</h3>
      <ul className="plain">
        {tasks.map((task) => <li key={task.id}><strong>{task.title}</strong> · <Due task={task} /></li>)}
      </ul>
    </section>
  );
}
