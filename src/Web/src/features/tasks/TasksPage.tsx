import { useId, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { can, useSignedInUser } from '../../api/session';
import { usePageTitle } from '../../app/usePageTitle';
import { useNotifications } from '../../app/notifications';
import { FormMessages, SelectField, TextField } from '../../ui/Field';
import { useFormProblem } from '../../ui/problems';
import { taskKeys, useCompleteTask, useCompleteTasks, useTasks } from './queries';
import {
  emptyTaskDraft, filtersFromParams, filtersToParams, filtersToQuery, matchesRelated, priorities, quickFrequencies, sortForWork, titleMaxLength, toTaskRequest,
  type RelatedFilter, type TaskDraft, type TaskFilters, type TaskStatusFilter,
} from './tasks';
import type { Frequency } from '../../ui/recurrence';
import { usePeople } from '../directory/queries';
import { choosablePeople, nameOf } from '../directory/people';
import { useLocale } from '../../i18n/useLocale';
import { Due, Priority, Related, TitleMarks } from './TaskCells';
import { ReminderFields } from './TaskFields';
import { TaskDialog, useCompletedNotice } from './TaskDialog';
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
      <TasksList writes={writes} />
    </>
  );
}

const formFields = ['title', 'dueDate', 'dueAtUtc', 'priority', 'reminders', 'recurrence'] as const;

function QuickCreate() {
  const { t } = useTranslation('tasks');
  const me = useSignedInUser();
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
    create.mutate(toTaskRequest(draft, me.timeZone));
  };
  const change = (patch: Partial<TaskDraft>) => setDraft((current) => ({ ...current, ...patch }));
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('create.title')}</h2>
      <form className="task-quick-create" onSubmit={submit} noValidate>
        <FormMessages messages={problem.messages} />
        <div className="task-quick-title">
          <TextField label={t('create.name')} value={draft.title} required maxLength={titleMaxLength}
            error={problem.fieldError('title')} onChange={(e) => change({ title: e.target.value })} />
        </div>
        <TextField label={t('create.dueDay')} type="date" value={draft.dueDay}
          error={problem.fieldError('dueDate')} onChange={(e) => change({ dueDay: e.target.value })} />
        <TextField label={t('create.dueTime')} type="time" value={draft.dueTime} disabled={!draft.dueDay}
          error={problem.fieldError('dueAtUtc')} onChange={(e) => change({ dueTime: e.target.value })} />
        <SelectField label={t('create.priority')} value={draft.priority}
          onChange={(e) => change({ priority: e.target.value as TaskDraft['priority'] })}>
          {priorities.map((p) => <option key={p} value={p}>{t(`priority.${p}`)}</option>)}
        </SelectField>
        <SelectField label={t('create.repeat')} value={draft.dueDay ? draft.repeat : 'none'} disabled={!draft.dueDay}
          error={problem.fieldError('recurrence')} onChange={(e) => change({ repeat: e.target.value as Frequency })}>
          {quickFrequencies.map((f) => <option key={f} value={f}>{f === 'none' ? t('repeat.none') : t(`repeat.every.${f}`)}</option>)}
        </SelectField>
        <ReminderFields reminders={draft.reminders} error={problem.fieldError('reminders')} onChange={(reminders) => change({ reminders })} />
        <div>
          <button type="submit" className="button primary" disabled={create.isPending}>
            {create.isPending ? t('create.saving') : t('create.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}

/** Tasks as the filters say (mine and open by default), soonest due first; open ones can be marked done one by one or together. */
function TasksList({ writes }: { writes: boolean }) {
  const { t } = useTranslation('tasks');
  const { notify } = useNotifications();
  const headingId = useId();
  const locale = useLocale();
  const me = useSignedInUser();
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const people = usePeople();
  const tasks = useTasks(filtersToQuery(filters));
  const problem = useFormProblem('tasks', []);
  const completedNotice = useCompletedNotice();
  const { complete, stale } = useCompleteTask((task) => void completedNotice(task), problem.fail);
  const completeMany = useCompleteTasks();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [failures, setFailures] = useState<{ title: string; code: string }[]>([]);
  const rows = sortForWork((tasks.data?.items ?? []).filter((task) => matchesRelated(task, filters.related)));
  const chosen = rows.filter((task) => selected.has(task.id) && task.status === 'Open');
  const isDefault = filters.who === 'mine' && filters.status === 'Open' && filters.related === 'any';
  // A notification leads here with ?id= of its task: that row stands out.
  const pointed = params.get('id');
  const selectable = writes && rows.some((task) => task.status === 'Open');

  const filter = (patch: Partial<TaskFilters>) => {
    setSelected(new Set());
    setParams(filtersToParams({ ...filters, ...patch }), { replace: true });
  };
  const toggle = (id: string) => setSelected((current) => {
    const next = new Set(current);
    if (!next.delete(id)) next.add(id);
    return next;
  });
  const completeChosen = () => {
    setFailures([]);
    completeMany.mutate(chosen, {
      onSuccess: (result) => {
        setSelected(new Set());
        if (result.completed.length > 0) notify(t('bulk.done', { count: result.completed.length }));
        setFailures(result.failed.map((f) => ({ title: rows.find((task) => task.id === f.id)?.title ?? f.id, code: f.code })));
      },
      onError: problem.fail,
    });
  };
  // A task opens in a dialog named by the address (`?id=`), the filters kept: a notification's link opens it too.
  const linkTo = (id: string) => {
    const next = filtersToParams(filters);
    next.set('id', id);
    return `?${next.toString()}`;
  };
  const closeTask = () => setParams(filtersToParams(filters), { replace: true });
  const whoName = (id: string) => (id === me.id ? t('panel.you') : nameOf(people.data, id) ?? t('panel.another'));

  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{isDefault ? t('mine') : t('filtered')}</h2>
      <div className="task-filters row" role="group" aria-label={t('filters.legend')}>
        <SelectField label={t('filters.who')} value={filters.who} onChange={(e) => filter({ who: e.target.value })}>
          <option value="mine">{t('filters.mine')}</option>
          <option value="all">{t('filters.all')}</option>
          {choosablePeople(people.data ?? [], locale, filters.who).filter((p) => p.id !== me.id).map((p) => (
            <option key={p.id} value={p.id}>{p.displayName}</option>
          ))}
        </SelectField>
        <SelectField label={t('filters.status')} value={filters.status} onChange={(e) => filter({ status: e.target.value as TaskStatusFilter })}>
          {(['Open', 'Done', 'Cancelled'] as const).map((s) => <option key={s} value={s}>{t(`panel.status.${s}`)}</option>)}
          <option value="all">{t('filters.anyStatus')}</option>
        </SelectField>
        <SelectField label={t('filters.related')} value={filters.related} onChange={(e) => filter({ related: e.target.value as RelatedFilter })}>
          <option value="any">{t('filters.anything')}</option>
          {(['contact', 'company', 'deal'] as const).map((r) => <option key={r} value={r}>{t(`related.${r}`)}</option>)}
        </SelectField>
      </div>
      {stale && <p className="notice warning" role="alert">{t('stale')}</p>}
      <FormMessages messages={problem.messages} />
      {failures.length > 0 && (
        <div className="notice warning" role="alert">
          <p>{t('bulk.failed', { count: failures.length })}</p>
          <ul>{failures.map((f) => <li key={f.title}>{f.title} — {t(`bulk.reasons.${f.code}`, { defaultValue: f.code })}</li>)}</ul>
        </div>
      )}
      {selectable && (
        <div className="row">
          <button type="button" className="button primary" disabled={chosen.length === 0 || completeMany.isPending} onClick={completeChosen}>
            {t('bulk.complete', { count: chosen.length })}
          </button>
        </div>
      )}
      {tasks.isPending ? <p role="status" className="muted">{t('loading')}</p> : rows.length === 0 ? <p className="muted">{isDefault ? t('empty') : t('emptyFiltered')}</p> : (
        <div className="table-wrap" role="region" aria-labelledby={`${headingId}-caption`} tabIndex={0}>
          <table>
            <caption id={`${headingId}-caption`} className="visually-hidden">{isDefault ? t('caption') : t('captionFiltered')}</caption>
            <thead>
              <tr>
                {selectable && (
                  <th scope="col">
                    <input type="checkbox" aria-label={t('bulk.selectAll')}
                      checked={chosen.length > 0 && chosen.length === rows.filter((task) => task.status === 'Open').length}
                      onChange={(e) => setSelected(new Set(e.target.checked ? rows.filter((task) => task.status === 'Open').map((task) => task.id) : []))} />
                  </th>
                )}
                <th scope="col">{t('columns.due')}</th>
                <th scope="col">{t('columns.title')}</th>
                {filters.who !== 'mine' && <th scope="col">{t('columns.assignee')}</th>}
                <th scope="col">{t('columns.related')}</th>
                <th scope="col">{t('columns.priority')}</th>
                {filters.status !== 'Open' && <th scope="col">{t('columns.status')}</th>}
                {writes && <th scope="col"><span className="visually-hidden">{t('columns.actions')}</span></th>}
              </tr>
            </thead>
            <tbody aria-busy={complete.isPending || completeMany.isPending || undefined}>
              {rows.map((task) => (
                <tr key={task.id} className={task.id === pointed ? 'task-pointed' : undefined}>
                  {selectable && (
                    <td>
                      {task.status === 'Open' && (
                        <input type="checkbox" aria-label={t('bulk.select', { title: task.title })}
                          checked={selected.has(task.id)} onChange={() => toggle(task.id)} />
                      )}
                    </td>
                  )}
                  <td><Due task={task} /></td>
                  <td>
                    <Link to={linkTo(task.id)}>{task.title}</Link>
                    <TitleMarks task={task} />
                  </td>
                  {filters.who !== 'mine' && <td>{whoName(task.assigneeId)}</td>}
                  <td><Related task={task} /></td>
                  <td><Priority task={task} /></td>
                  {filters.status !== 'Open' && <td>{t(`panel.status.${task.status}`)}</td>}
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
      {(complete.isPending || completeMany.isPending) && <p role="status" className="muted">{t('completing')}</p>}
      <TaskDialog id={pointed} onClose={closeTask} onOpen={(id) => setParams(new URLSearchParams(linkTo(id)))} />
    </section>
  );
}
