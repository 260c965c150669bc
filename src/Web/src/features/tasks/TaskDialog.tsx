import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { can, useSignedInUser } from '../../api/session';
import { useNotifications } from '../../app/notifications';
import { useDates, useLocale } from '../../i18n/useLocale';
import { ConflictNotice } from '../../ui/ConflictNotice';
import { Dialog } from '../../ui/Dialog';
import { FormMessages, SelectField, TextAreaField, TextField } from '../../ui/Field';
import { asProblem, useFormProblem, useProblemText } from '../../ui/problems';
import { readRecurrence } from '../../ui/recurrence';
import { formatDay } from '../deals/board';
import { choosablePeople, nameOf } from '../directory/people';
import { usePeople } from '../directory/queries';
import { fetchTask, runTaskAction, taskKeys, updateTask, useTask, useTaskChanged, type TaskChange } from './queries';
import {
  addChecklistLine, checklistTextMaxLength, descriptionMaxLength, editDraftOf, editRequest, maxChecklistItems, priorities, progressText, removeChecklistLine,
  renameChecklistLine, repeatKind, taskFrequencies, titleMaxLength, type Task, type TaskEditDraft,
} from './tasks';
import { Due, Priority, Related, useDueText } from './TaskCells';
import { ReminderFields, RepeatFields } from './TaskFields';
import './tasks.css';

/**
 * The notice once a task is done: a repeating one says when the next comes back (read from the task it put on the
 * list).
 */
export function useCompletedNotice() {
  const { t } = useTranslation('tasks');
  const { notify } = useNotifications();
  const queryClient = useQueryClient();
  const dueText = useDueText();
  return async (task: Task) => {
    if (!task.nextTaskId) {
      notify(t('completed', { title: task.title }));
      return;
    }
    const nextId = task.nextTaskId;
    const next = await queryClient.fetchQuery({ queryKey: taskKeys.detail(nextId), queryFn: () => fetchTask(nextId) }).catch(() => null);
    const due = next && dueText(next);
    notify(due ? t('completedNext', { title: task.title, due }) : t('completedRepeats', { title: task.title }));
  };
}

/**
 * One task in a dialog: its details, its checklist ticked off there, and the actions on it; "Edit" turns the dialog
 * into the task's form. `onOpen` shows another task (the next of a series) in its place.
 */
export function TaskDialog({ id, onClose, onOpen }: { id: string | null; onClose: () => void; onOpen: (id: string) => void }) {
  const { t } = useTranslation('tasks');
  const task = useTask(id);
  const describe = useProblemText('tasks');
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<string | null>(null);
  // A reload after a conflict starts the form again from the task read anew.
  const [reloads, setReloads] = useState(0);
  const data = task.data && task.data.id === id ? task.data : undefined;
  return (
    <Dialog open={!!id} title={data?.title ?? t('details.loading')} onClose={onClose} className="task-dialog">
      {!id ? null : task.isError ? (
        <FormMessages messages={[describe(asProblem(task.error))]} />
      ) : !data ? (
        <p role="status" className="muted">{t('details.loading')}</p>
      ) : editing === data.id ? (
        <TaskForm key={`${data.id}|${reloads}`} task={data} onClose={() => setEditing(null)}
          onReload={async () => {
            await queryClient.refetchQueries({ queryKey: taskKeys.detail(data.id) });
            setReloads((n) => n + 1);
          }} />
      ) : (
        <TaskDetails task={data} onEdit={() => setEditing(data.id)} onOpen={onOpen} />
      )}
    </Dialog>
  );
}

function TaskDetails({ task, onEdit, onOpen }: { task: Task; onEdit: () => void; onOpen: (id: string) => void }) {
  const { t } = useTranslation('tasks');
  const me = useSignedInUser();
  const writes = can(me, 'activities.write');
  const locale = useLocale();
  const dates = useDates();
  const people = usePeople();
  const { notify } = useNotifications();
  const queryClient = useQueryClient();
  const changed = useTaskChanged();
  const completedNotice = useCompletedNotice();
  const checklistId = useId();
  const [stale, setStale] = useState(false);
  const problem = useFormProblem('tasks', []);
  const act = useMutation({
    mutationFn: runTaskAction,
    onMutate: async (action) => {
      setStale(false);
      problem.clear();
      // A ticked item shows ticked at once; the answer (or the task read again after a refusal) sets it right. A read
      // still on its way (after a save) would bring back the item as it was: it is dropped first.
      if (action.kind === 'tick') {
        await queryClient.cancelQueries({ queryKey: taskKeys.detail(task.id) });
        queryClient.setQueryData(taskKeys.detail(task.id), {
          ...action.task, checklist: action.task.checklist.map((item) => (item.id === action.itemId ? { ...item, done: action.done } : item)),
        });
      }
    },
    onSuccess: (saved, action) => {
      changed(saved);
      if (action.kind === 'complete') void completedNotice(saved);
      if (action.kind === 'reopen') notify(t('details.reopened', { title: saved.title }));
      if (action.kind === 'cancel') notify(t('details.cancelled', { title: saved.title }));
    },
    onError: (error) => {
      // Changed meanwhile, or refused: the task is read again, to act on what it is now.
      if (asProblem(error).status === 412) setStale(true);
      else problem.fail(error);
      void queryClient.invalidateQueries({ queryKey: taskKeys.all });
    },
  });
  const run = (change: TaskChange) => act.mutate({ ...change, task });
  const open = task.status === 'Open';
  const assignee = task.assigneeId === me.id ? t('panel.you') : nameOf(people.data, task.assigneeId) ?? t('panel.another');
  const progress = progressText(task.checklist);
  return (
    <div className="stack task-details">
      {stale && <p className="notice warning" role="alert">{t('details.stale')}</p>}
      <FormMessages messages={problem.messages} />
      <dl className="details">
        <dt>{t('details.status')}</dt>
        <dd>{t(`panel.status.${task.status}`)}</dd>
        <dt>{t('details.due')}</dt>
        <dd><Due task={task} /></dd>
        <dt>{t('details.priority')}</dt>
        <dd><Priority task={task} /></dd>
        <dt>{t('details.assignee')}</dt>
        <dd>{assignee}</dd>
        {task.relatedType && (
          <>
            <dt>{t('details.related')}</dt>
            <dd><Related task={task} /></dd>
          </>
        )}
        {task.recurrence && (
          <>
            <dt>{t('details.repeat')}</dt>
            <dd>{describeRepeat(task.recurrence, t, locale)}</dd>
          </>
        )}
        {task.reminders.length > 0 && (
          <>
            <dt>{t('details.reminders')}</dt>
            <dd><ul className="plain">{task.reminders.map((r) => <li key={r.atUtc}>{dates.dateTime(r.atUtc)}</li>)}</ul></dd>
          </>
        )}
        {task.description && (
          <>
            <dt>{t('details.description')}</dt>
            <dd className="task-description">{task.description}</dd>
          </>
        )}
      </dl>
      {task.checklist.length > 0 && (
        <section className="task-checklist" aria-labelledby={checklistId}>
          <h3 id={checklistId}>{t('checklist.title')} <span className="badge">{progress}</span></h3>
          <ul className="plain" aria-busy={act.isPending || undefined}>
            {task.checklist.map((item) => (
              <li key={item.id}>
                <label className="checkbox">
                  <input type="checkbox" checked={item.done} disabled={!writes || !open || act.isPending}
                    onChange={(e) => run({ kind: 'tick', itemId: item.id, done: e.target.checked })} />
                  <span className={item.done ? 'task-item-done' : undefined}>{item.text}</span>
                </label>
              </li>
            ))}
          </ul>
        </section>
      )}
      {task.nextTaskId && (
        <div>
          <button type="button" className="button small" onClick={() => onOpen(task.nextTaskId!)}>{t('details.next')}</button>
        </div>
      )}
      {writes && (
        <div className="form-actions">
          {open ? (
            <button type="button" className="button primary" disabled={act.isPending} onClick={() => run({ kind: 'complete' })}>{t('details.complete')}</button>
          ) : (
            <button type="button" className="button primary" disabled={act.isPending} onClick={() => run({ kind: 'reopen' })}>{t('details.reopen')}</button>
          )}
          <button type="button" className="button" disabled={act.isPending} onClick={onEdit} data-autofocus>{t('details.edit')}</button>
          {open && (
            <button type="button" className="button danger" disabled={act.isPending} onClick={() => run({ kind: 'cancel' })}>{t('details.cancel')}</button>
          )}
        </div>
      )}
      {act.isPending && <p role="status" className="muted">{t('details.working')}</p>}
    </div>
  );
}

/** "Every week, 5 times", "Every month, until 1 Mar 2027", or "By its own rule (…)". */
function describeRepeat(rule: string, t: (key: string, options?: Record<string, unknown>) => string, locale: string): string {
  const kind = repeatKind(rule);
  if (kind === 'custom' || !kind) return `${t('repeat.every.custom')} (${rule})`;
  const repeat = readRecurrence(rule, taskFrequencies);
  const end = repeat.end === 'count' ? t('repeat.times', { count: Number(repeat.count) })
    : repeat.end === 'until' ? t('repeat.untilDay', { day: formatDay(repeat.until, locale) }) : null;
  return [t(`repeat.every.${kind}`), end].filter(Boolean).join(', ');
}

const formFields = ['title', 'description', 'dueDate', 'dueAtUtc', 'priority', 'assigneeId', 'reminders', 'recurrence', 'checklist'] as const;

/**
 * The task's form, at the version it was opened on (a change made meanwhile is a conflict, told as such). A checklist
 * item typed but not added yet is saved with the rest.
 */
function TaskForm({ task: opened, onClose, onReload }: { task: Task; onClose: () => void; onReload: () => Promise<void> }) {
  const { t } = useTranslation('tasks');
  const me = useSignedInUser();
  const locale = useLocale();
  const people = usePeople();
  const { notify } = useNotifications();
  const changed = useTaskChanged();
  const id = useId();
  const [task] = useState(opened);
  const [draft, setDraft] = useState<TaskEditDraft>(() => editDraftOf(opened, me.timeZone));
  const [newItem, setNewItem] = useState('');
  const problem = useFormProblem('tasks', formFields);
  const save = useMutation({
    mutationFn: (toSave: TaskEditDraft) => updateTask(task, editRequest(toSave, task, me.timeZone)),
    onMutate: problem.clear,
    onSuccess: (saved) => {
      changed(saved);
      notify(t('edit.saved', { title: saved.title }));
      onClose();
    },
    onError: problem.fail,
  });
  const change = (patch: Partial<TaskEditDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const addItem = () => {
    change({ checklist: addChecklistLine(draft.checklist, newItem) });
    setNewItem('');
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(newItem.trim() ? { ...draft, checklist: addChecklistLine(draft.checklist, newItem) } : draft);
  };
  return (
    <form className="stack task-form" onSubmit={submit} noValidate>
      {problem.isConflict ? (
        <ConflictNotice onReload={() => void onReload()} onDismiss={problem.clear} />
      ) : <FormMessages messages={problem.messages} />}
      <TextField label={t('create.name')} value={draft.title} required maxLength={titleMaxLength} data-autofocus
        error={problem.fieldError('title')} onChange={(e) => change({ title: e.target.value })} />
      <div className="task-form-pair">
        <TextField label={t('create.dueDay')} type="date" value={draft.dueDay}
          error={problem.fieldError('dueDate')} onChange={(e) => change({ dueDay: e.target.value })} />
        <TextField label={t('create.dueTime')} type="time" value={draft.dueTime} disabled={!draft.dueDay}
          error={problem.fieldError('dueAtUtc')} onChange={(e) => change({ dueTime: e.target.value })} />
      </div>
      <div className="task-form-pair">
        <SelectField label={t('create.priority')} value={draft.priority} error={problem.fieldError('priority')}
          onChange={(e) => change({ priority: e.target.value as TaskEditDraft['priority'] })}>
          {priorities.map((p) => <option key={p} value={p}>{t(`priority.${p}`)}</option>)}
        </SelectField>
        {people.data && (
          <SelectField label={t('edit.assignee')} value={draft.assigneeId} error={problem.fieldError('assigneeId')}
            onChange={(e) => change({ assigneeId: e.target.value })}>
            {!people.data.some((p) => p.id === draft.assigneeId) && <option value={draft.assigneeId}>{t('panel.another')}</option>}
            {choosablePeople(people.data, locale, draft.assigneeId).map((p) => <option key={p.id} value={p.id}>{p.displayName}</option>)}
          </SelectField>
        )}
      </div>
      <RepeatFields repeat={draft.repeat} customRule={draft.customRule} error={problem.fieldError('recurrence')}
        onChange={(repeat, customRule) => change({ repeat, customRule })} />
      <fieldset className="task-checklist-edit">
        <legend>{t('checklist.title')}</legend>
        {draft.checklist.length > 0 && (
          <ol className="plain">
            {draft.checklist.map((line, index) => (
              <li className="task-reminder" key={line.key}>
                <TextField label={t('checklist.item', { n: index + 1 })} value={line.text} maxLength={checklistTextMaxLength}
                  onChange={(e) => change({ checklist: renameChecklistLine(draft.checklist, line.key, e.target.value) })} />
                <button type="button" className="button small ghost" aria-label={t('checklist.remove', { n: index + 1 })}
                  onClick={() => change({ checklist: removeChecklistLine(draft.checklist, line.key) })}>×</button>
              </li>
            ))}
          </ol>
        )}
        {problem.fieldError('checklist') && <p className="error">{problem.fieldError('checklist')}</p>}
        {draft.checklist.length < maxChecklistItems && (
          <div className="task-checklist-new">
            <TextField label={t('checklist.new')} value={newItem} maxLength={checklistTextMaxLength}
              onChange={(e) => setNewItem(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  addItem();
                }
              }} />
            <button type="button" className="button small" disabled={!newItem.trim()} onClick={addItem}>{t('checklist.add')}</button>
          </div>
        )}
      </fieldset>
      <ReminderFields reminders={draft.reminders} error={problem.fieldError('reminders')} onChange={(reminders) => change({ reminders })} />
      <TextAreaField label={t('edit.description')} rows={3} value={draft.description} maxLength={descriptionMaxLength}
        error={problem.fieldError('description')} onChange={(e) => change({ description: e.target.value })} />
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={save.isPending} aria-describedby={save.isPending ? `${id}-saving` : undefined}>
          {save.isPending ? t('edit.saving') : t('edit.submit')}
        </button>
        <button type="button" className="button" onClick={onClose}>{t('edit.cancel')}</button>
      </div>
      {save.isPending && <p id={`${id}-saving`} role="status" className="muted">{t('edit.saving')}</p>}
    </form>
  );
}
