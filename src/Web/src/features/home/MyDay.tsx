import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { asProblem, useProblemText } from '../../ui/problems';
import { Due } from '../tasks/TaskCells';
import { taskKeys } from '../tasks/queries';
import type { Task } from '../tasks/tasks';

/** My open tasks overdue and due today (today in my time zone), with the way to all of them. */
export function MyDay() {
  const { t } = useTranslation('home');
  const describe = useProblemText('tasks');
  // Under 'tasks', so that completing or adding a task anywhere reads it again.
  const day = useQuery({ queryKey: [...taskKeys.all, 'my-day'], queryFn: () => unwrap(api.GET('/api/v1/tasks/my-day')) });
  return (
    <div className="card stack">
      <h2>{t('myDay.title')}</h2>
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
