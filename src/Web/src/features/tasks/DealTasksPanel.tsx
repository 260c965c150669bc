import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { can, useSignedInUser } from '../../api/session';
import { useNotifications } from '../../app/notifications';
import { FormMessages } from '../../ui/Field';
import { useFormProblem } from '../../ui/problems';
import { usePeople } from '../directory/queries';
import { nameOf } from '../directory/people';
import { useCompleteTask, useTasks } from './queries';
import { sortForWork } from './tasks';
import { Due, Priority } from './TaskCells';
import './tasks.css';

/** The tasks about a deal (a follow-up, its onboarding's), open ones first, each to be marked done. Hidden without activities.read. */
export function DealTasksPanel({ dealId }: { dealId: string }) {
  const me = useSignedInUser();
  if (!can(me, 'activities.read')) return null;
  return <Panel dealId={dealId} writes={can(me, 'activities.write')} meId={me.id} />;
}

function Panel({ dealId, writes, meId }: { dealId: string; writes: boolean; meId: string }) {
  const { t } = useTranslation('tasks');
  const { notify } = useNotifications();
  const headingId = useId();
  const people = usePeople();
  const tasks = useTasks({ relatedType: 'deal', relatedId: dealId });
  const problem = useFormProblem('tasks', []);
  const { complete, stale } = useCompleteTask((task) => notify(t('completed', { title: task.title })), problem.fail);
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
      {rows.length === 0 ? <p className="muted deal-panel-empty">{t('panel.empty')}</p> : (
        <div className="table-wrap" role="region" aria-labelledby={`${headingId}-caption`} tabIndex={0}>
          <table>
            <caption id={`${headingId}-caption`} className="visually-hidden">{t('panel.caption')}</caption>
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
                    {task.title}
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
    </section>
  );
}
