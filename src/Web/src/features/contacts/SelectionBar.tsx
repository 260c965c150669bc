import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { useNotifications } from '../../app/notifications';
import { Dialog } from '../../ui/Dialog';
import { FormMessages, SelectField } from '../../ui/Field';
import { asProblem, useFormProblem, useProblemText } from '../../ui/problems';
import type { CustomField } from '../customFields/values';
import { BulkActionsButton } from './BulkActions';
import { maxTickedContacts } from './bulkActions';
import { batches, type Selection } from './selection';
import { staticSegments, type Segment } from './savedViews';

/** Adds contacts to, or takes them from, a static segment, a call per thousand; answers how many changed in all. */
async function changeMembers(segmentId: string, ids: Selection, add: boolean): Promise<number> {
  let changed = 0;
  for (const contactIds of batches(ids)) {
    const path = add ? '/api/v1/contacts/segments/{id}/members' : '/api/v1/contacts/segments/{id}/members/remove';
    changed += (await unwrap(api.POST(path, { params: { path: { id: segmentId } }, body: { contactIds } }))).changed;
  }
  return changed;
}

/**
 * What can be done with the ticked rows: put them in a static segment, or take them out of the static segment shown; the
 * bulk actions (owner, tags, a field, deletion).
 */
export function SelectionBar({ selected, segments, shown, customFields, onClear, onBulkOpen }: {
  selected: Selection;
  /** The contact custom fields, which the "Set a field" action offers. */
  customFields: readonly CustomField[];
  segments: readonly Segment[] | undefined;
  /** The segment the list shows, if any. */
  shown: Segment | undefined;
  onClear: () => void;
  /** The bulk actions' dialog opened or closed: the bar stays while it is open. */
  onBulkOpen?: (open: boolean) => void;
}) {
  const { t } = useTranslation('contacts');
  const queryClient = useQueryClient();
  const { notify } = useNotifications();
  const problemText = useProblemText('contacts');
  const [adding, setAdding] = useState(false);
  const refreshList = () => queryClient.invalidateQueries({ queryKey: ['contacts', 'list'] });

  const remove = useMutation({
    mutationFn: (segment: Segment) => changeMembers(segment.id, selected, false),
    onSuccess: (count, segment) => {
      notify(t('selection.removed', { count, name: segment.name }));
      onClear();
      void refreshList();
    },
    onError: (error) => notify(problemText(asProblem(error)), 'error'),
  });

  return (
    <div className="selection-bar" role="region" aria-label={t('selection.region')}>
      <p role="status" className="selection-count">{t('selection.count', { count: selected.size })}</p>
      <button type="button" className="button" aria-haspopup="dialog" onClick={() => setAdding(true)}>{t('selection.add')}</button>
      {shown?.kind === 'Static' && (
        <button type="button" className="button" disabled={remove.isPending} onClick={() => remove.mutate(shown)}>{t('selection.remove')}</button>
      )}
      {selected.size <= maxTickedContacts && (
        <BulkActionsButton label={t('bulk.open')} title={t('bulk.openTitle')} target={{ kind: 'ticked', ids: selected }} count={selected.size}
          customFields={customFields} onOpenChange={onBulkOpen} />
      )}
      <button type="button" className="button ghost" onClick={onClear}>{t('selection.clear')}</button>
      <Dialog open={adding} title={t('selection.addTitle')} onClose={() => setAdding(false)}>
        <AddForm selected={selected} segments={staticSegments(segments)}
          onDone={(count, segment) => {
            notify(t('selection.added', { count, name: segment.name }));
            setAdding(false);
            onClear();
            if (shown?.id === segment.id) void refreshList();
          }}
          onClose={() => setAdding(false)} />
      </Dialog>
    </div>
  );
}

function AddForm({ selected, segments, onDone, onClose }: {
  selected: Selection;
  segments: Segment[];
  onDone: (count: number, segment: Segment) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation(['contacts', 'common']);
  const form = useFormProblem('contacts', []);
  const noteId = useId();
  const [target, setTarget] = useState(segments[0]?.id ?? '');
  const add = useMutation({
    mutationFn: (segment: Segment) => changeMembers(segment.id, selected, true),
    onSuccess: (count, segment) => onDone(count, segment),
    onError: form.fail,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    form.clear();
    const segment = segments.find((s) => s.id === target);
    if (segment) add.mutate(segment);
  };
  if (segments.length === 0) {
    return (
      <div className="stack">
        <p id={noteId}>{t('selection.noStatic')}</p>
        <div className="form-actions"><button type="button" className="button" onClick={onClose}>{t('common:close')}</button></div>
      </div>
    );
  }
  return (
    <form className="form" noValidate onSubmit={submit}>
      <FormMessages messages={form.messages} />
      <p>{t('selection.count', { count: selected.size })}</p>
      <SelectField label={t('selection.target')} value={target} data-autofocus onChange={(e) => setTarget(e.target.value)}>
        {segments.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
      </SelectField>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={add.isPending}>{add.isPending ? t('common:working') : t('selection.addSave')}</button>
        <button type="button" className="button" onClick={onClose}>{t('common:cancel')}</button>
      </div>
    </form>
  );
}
