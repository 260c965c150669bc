import { useId, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { can, useSignedInUser } from '../../api/session';
import { usePageTitle } from '../../app/usePageTitle';
import { useNotifications } from '../../app/notifications';
import { FormMessages, SelectField, TextField } from '../../ui/Field';
import { useFormProblem } from '../../ui/problems';
import { taskKeys, useCompleteTask, useTasks } from './queries';
import { addReminder, emptyTaskDraft, maxReminders, priorities, removeReminder, sortForWork, titleMaxLength, toTaskRequest, type TaskDraft } from './tasks';
import { Due, Priority, Related } from './TaskCells';
import './tasks.css';

export default function TasksPage() {
  const { t } = useTranslation('tasks');
  usePageTitle(t('title'));
  const me = useSignedInUser();
  if (!can(me, 'activities.read')) {
    return (
      <>
        <div className="page-header"><h1>{t('title')}</h1></div>
        <div className="notice warning"><p style={{ margin: 0 }}>{t('notAllowed')}</p></div>
      </>
    );
  }
  const writes = can(me, 'activities.write');
  return (
    <>
      <div className="page-header"><h1>{t('title')}</h1></div>
      {writes && <QuickCreate />}
      <MyOpenTasks writes={writes} />
    </>
  );
}

const formFields = ['title', 'dueDate', 'dueAtUtc', 'priority', 'reminders'] as const;

function QuickCreate() {
  const { t } = useTranslation('tasks');
  const queryClient = useQueryClient();
  const { notify } = useNotifications();
  const headingId = useId();
  const [draft, setDraft] = useState<TaskDraft>(emptyTaskDraft);
  const problem = useFormProblem('tasks', formFields);
  const create = useMutation({
    mutationFn: (request: ReturnType<typeof toTaskRequest>) => unwrap(api.POST('/api/v1/tasks', { body: request })),
    onMutate: problem.clear,
    onSuccess: (task) => {
      void queryClient.invalidateQueries({ queryKey: taskKeys.all });
      setDraft(emptyTaskDraft);
      notify(t('create.added', { title: task.title }));
    },
    onError: problem.fail,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(toTaskRequest(draft));
  };
  const change = (patch: Partial<TaskDraft>) => setDraft((current) => ({ ...current, ...patch }));
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('create.title')}</h2>
      <form className="task-quick-create" onSubmit={submit} noValidate>
        <FormMessages messages={problem.messages} />
        <TextField label={t('create.name')} value={draft.title} required maxLength={titleMaxLength}
          error={problem.fieldError('title')} onChange={(e) => change({ title: e.target.value })} />
        <TextField label={t('create.dueDay')} type="date" value={draft.dueDay}
          error={problem.fieldError('dueDate')} onChange={(e) => change({ dueDay: e.target.value })} />
        <TextField label={t('create.dueTime')} type="time" value={draft.dueTime} disabled={!draft.dueDay}
          error={problem.fieldError('dueAtUtc')} onChange={(e) => change({ dueTime: e.target.value })} />
        <SelectField label={t('create.priority')} value={draft.priority}
          onChange={(e) => change({ priority: e.target.value as TaskDraft['priority'] })}>
          {priorities.map((p) => <option key={p} value={p}>{t(`priority.${p}`)}</option>)}
        </SelectField>
        <fieldset className="task-reminders">
          <legend>{t('create.reminders')}</legend>
          <p className="muted"><small>{t('create.remindersHint')}</small></p>
          {draft.reminders.map((at, index) => (
            <div className="task-reminder" key={index}>
              <TextField label={t('create.reminderAt', { n: index + 1 })} type="datetime-local" value={at}
                onChange={(e) => change({ reminders: draft.reminders.map((r, i) => (i === index ? e.target.value : r)) })} />
              <button type="button" className="button small ghost" aria-label={t('create.removeReminder', { n: index + 1 })}
                onClick={() => change({ reminders: removeReminder(draft.reminders, index) })}>×</button>
            </div>
          ))}
          {problem.fieldError('reminders') && <p className="error">{problem.fieldError('reminders')}</p>}
          {draft.reminders.length < maxReminders && (
            <div>
              <button type="button" className="button small" onClick={() => change({ reminders: addReminder(draft.reminders) })}>
                {t('create.addReminder')}
              </button>
            </div>
          )}
        </fieldset>
        <div>
          <button type="submit" className="button primary" disabled={create.isPending}>
            {create.isPending ? t('create.saving') : t('create.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}

function MyOpenTasks({ writes }: { writes: boolean }) {
  const { t } = useTranslation('tasks');
  const { notify } = useNotifications();
  const headingId = useId();
  const tasks = useTasks({ mine: true, status: 'Open' });
  const problem = useFormProblem('tasks', []);
  const { complete, stale } = useCompleteTask((task) => notify(t('completed', { title: task.title })), problem.fail);
  const rows = sortForWork(tasks.data?.items ?? []);
  // A notification leads here with ?id= of its task: that row stands out.
  const [params] = useSearchParams();
  const pointed = params.get('id');
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('mine')}</h2>
      {stale && <p className="notice warning" role="alert">{t('stale')}</p>}
      <FormMessages messages={problem.messages} />
      {tasks.isPending ? <p role="status" className="muted">{t('loading')}</p> : rows.length === 0 ? <p className="muted">{t('empty')}</p> : (
        <div className="table-wrap" role="region" aria-labelledby={`${headingId}-caption`} tabIndex={0}>
          <table>
            <caption id={`${headingId}-caption`} className="visually-hidden">{t('caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('columns.due')}</th>
                <th scope="col">{t('columns.title')}</th>
                <th scope="col">{t('columns.related')}</th>
                <th scope="col">{t('columns.priority')}</th>
                {writes && <th scope="col"><span className="visually-hidden">{t('columns.actions')}</span></th>}
              </tr>
            </thead>
            <tbody aria-busy={complete.isPending || undefined}>
              {rows.map((task) => (
                <tr key={task.id} className={task.id === pointed ? 'task-pointed' : undefined}>
                  <td><Due task={task} /></td>
                  <td>{task.title}</td>
                  <td><Related task={task} /></td>
                  <td><Priority task={task} /></td>
                  {writes && (
                    <td>
                      <button type="button" className="button" disabled={complete.isPending}
                        aria-label={t('doneLabel', { title: task.title })} onClick={() => complete.mutate(task)}>
                        {t('done')}
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {complete.isPending && <p role="status" className="muted">{t('completing')}</p>}
    </section>
  );
}
