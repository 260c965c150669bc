import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { can, useSignedInUser } from '../../api/session';
import { useNotifications } from '../../app/notifications';
import { FormMessages, TextField } from '../../ui/Field';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { useFormProblem } from '../../ui/problems';
import { usePeople } from '../directory/queries';
import { nameOf } from '../directory/people';
import { taskKeys, useCompleteTask, useTasks } from './queries';
import { emptyTaskDraft, sortForWork, titleMaxLength, toTaskRequest } from './tasks';
import { Due, Priority, TitleMarks } from './TaskCells';
import { TaskDialog, useCompletedNotice } from './TaskDialog';
import './tasks.css';

export type TaskSubject = 'deal' | 'contact' | 'company';

/**
 * The tasks about a deal, contact or company (a follow-up, an onboarding's), open ones first, each to be marked done,
 * and a quick way to add one about it. Hidden without activities.read.
 */
export function RelatedTasksPanel({ relatedType, relatedId }: { relatedType: TaskSubject; relatedId: string }) {
  const me = useSignedInUser();
  if (!can(me, 'activities.read')) return null;
  return <Panel relatedType={relatedType} relatedId={relatedId} writes={can(me, 'activities.write')} meId={me.id} />;
}

function Panel({ relatedType, relatedId, writes, meId }: { relatedType: TaskSubject; relatedId: string; writes: boolean; meId: string }) {
  const { t } = useTranslation('tasks');
  const headingId = useId();
  const people = usePeople();
  const tasks = useTasks({ relatedType, relatedId });
  const problem = useFormProblem('tasks', []);
  const completedNotice = useCompletedNotice();
  const { complete, stale } = useCompleteTask((task) => void completedNotice(task), problem.fail);
  // A task opens here, in a dialog, without leaving the record.
  const [opened, setOpened] = useState<string | null>(null);
  if (!tasks.data) return null;
  const rows = sortForWork(tasks.data.items);
  const who = (userId: string) => (userId === meId ? t('panel.you') : nameOf(people.data, userId) ?? t('panel.another'));
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <div className="page-header deal-panel-header">
        <h2 id={headingId}>{t('panel.title')}</h2>
      </div>
      {stale && <p className="notice warning" role="alert">{t('stale')}</p>}
      <FormMessages messages={problem.messages} />
      {writes && <AddRelatedTask relatedType={relatedType} relatedId={relatedId} />}
      {rows.length === 0 ? <p className="muted deal-panel-empty">{t(`panel.empty.${relatedType}`)}</p> : (
        <div className="table-wrap" role="region" aria-labelledby={`${headingId}-caption`} tabIndex={0}>
          <table>
            <caption id={`${headingId}-caption`} className="visually-hidden">{t(`panel.caption.${relatedType}`)}</caption>
            <thead>
              <tr>
                <th scope="col">{t('columns.due')}</th>
                <th scope="col">{t('columns.title')}</th>
                <th scope="col">{t('columns.priority')}</th>
                {writes && <th scope="col"><span className="visually-hidden">{t('columns.actions')}</span></th>}
              </tr>
            </thead>
            <tbody aria-busy={complete.isPending || undefined}>
              {rows.map((task) => (
                <tr key={task.id}>
                  <td><Due task={task} /></td>
                  <td>
                    <button type="button" className="task-title-button" onClick={() => setOpened(task.id)}>{task.title}</button>
                    <TitleMarks task={task} />
                    <div className="muted">{t(`panel.status.${task.status}`)} · {t('panel.for', { who: who(task.assigneeId) })}</div>
                  </td>
                  <td><Priority task={task} /></td>
                  {writes && (
                    <td>
                      {task.status === 'Open' && (
                        <button type="button" className="button" disabled={complete.isPending}
                          aria-label={t('doneLabel', { title: task.title })} onClick={() => complete.mutate(task)}>
                          {t('done')}
                        </button>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {complete.isPending && <p role="status" className="muted">{t('completing')}</p>}
      <TaskDialog id={opened} onClose={() => setOpened(null)} onOpen={setOpened} />
    </section>
  );
}

/** A task about the record, for me: its title and an optional day. */
function AddRelatedTask({ relatedType, relatedId }: { relatedType: TaskSubject; relatedId: string }) {
  const { t } = useTranslation('tasks');
  const me = useSignedInUser();
  const queryClient = useQueryClient();
  const { notify } = useNotifications();
  const [title, setTitle] = useState('');
  const [dueDay, setDueDay] = useState('');
  const problem = useFormProblem('tasks', ['title', 'dueDate']);
  const add = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/tasks', {
      body: toTaskRequest({ ...emptyTaskDraft, title, dueDay }, me.timeZone, { type: relatedType, id: relatedId }),
    })),
    onMutate: problem.clear,
    onSuccess: (task) => {
      void queryClient.invalidateQueries({ queryKey: taskKeys.all });
      setTitle('');
      setDueDay('');
      notify(t('create.added', { title: task.title }));
    },
    onError: problem.fail,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate();
  };
  return (
    <form className="task-quick-create" onSubmit={submit} noValidate>
      <FormMessages messages={problem.messages} />
      <TextField label={t('panel.newTask')} value={title} required maxLength={titleMaxLength} error={problem.fieldError('title')}
        onChange={(e) => setTitle(e.target.value)} />
      <TextField label={t('create.dueDay')} type="date" value={dueDay} error={problem.fieldError('dueDate')} onChange={(e) => setDueDay(e.target.value)} />
      <div>
        <button type="submit" className="button" disabled={add.isPending}>{add.isPending ? t('create.saving') : t('panel.add')}</button>
      </div>
    </form>
  );
}
