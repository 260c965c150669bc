import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '../../api/client';
import { unwrap } from '../../api/problem';
import { can, useSignedInUser } from '../../api/session';
import { useDates } from '../../i18n/useLocale';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { FormMessages, TextAreaField } from '../../ui/Field';
import { asProblem, useFormProblem, useProblemText } from '../../ui/problems';
import type { components } from '../../api/schema';
import { useCustomFields } from '../customFields/queries';
import { labelOfChange, type CustomField } from '../customFields/values';
import { durationParts } from '../interactions/interactions';
import { EditInteraction } from '../interactions/EditInteraction';

type Note = components['schemas']['NoteResponse'];
type Item = components['schemas']['TimelineItem'];

type Filter = 'all' | 'note' | 'changes' | 'deals' | 'activities';

const kindsOf: Record<Filter, string | undefined> = {
  all: undefined, note: 'note', changes: 'created,imported,updated,owner_changed,merged,merge_undone', deals: 'deal_created,deal_won,deal_lost',
  activities: 'call,visit,task_done,meeting',
};

/** The kinds telling of a deal the record takes part in: opened, then won or lost. */
const dealKinds = new Set(['deal_created', 'deal_won', 'deal_lost']);

/**
 * The timeline of a contact or a company, newest first: a box to write a note in Markdown, the notes (the reader's own
 * editable) and what happened to the record, all or one kind.
 */
export function TimelinePanel({ subject, subjectId }: { subject: 'contacts' | 'companies'; subjectId: string }) {
  const { t } = useTranslation();
  const me = useSignedInUser();
  const problemText = useProblemText();
  const queryClient = useQueryClient();
  const [filter, setFilter] = useState<Filter>('all');
  // Changes name custom fields by key (`customFields.budget`): they are told by their label, retired or not.
  const customFields = useCustomFields(subject === 'contacts' ? 'Contact' : 'Company').data ?? [];
  const key = ['timeline', subject, subjectId];
  const timeline = useInfiniteQuery({
    queryKey: [...key, filter],
    queryFn: ({ pageParam }) => {
      const params = { path: { id: subjectId }, query: { limit: 20, cursor: pageParam, kinds: kindsOf[filter] } };
      return unwrap(subject === 'contacts' ? api.GET('/api/v1/contacts/{id}/timeline', { params }) : api.GET('/api/v1/companies/{id}/timeline', { params }));
    },
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const [draft, setDraft] = useState('');
  const form = useFormProblem('common', ['body']);
  const add = useMutation({
    mutationFn: () => {
      const request = { params: { path: { id: subjectId } }, body: { body: draft } };
      return unwrap(subject === 'contacts' ? api.POST('/api/v1/contacts/{id}/notes', request) : api.POST('/api/v1/companies/{id}/notes', request));
    },
    onMutate: form.clear,
    onSuccess: () => {
      setDraft('');
      void queryClient.invalidateQueries({ queryKey: key });
    },
    onError: form.fail,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate();
  };
  const items = timeline.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section className="card stack" aria-labelledby={`timeline-${subjectId}`}>
      <h2 id={`timeline-${subjectId}`}>{t('timeline.title')}</h2>
      {can(me, 'contacts.write') && (
        <form className="stack" onSubmit={submit} noValidate>
          <FormMessages messages={form.messages} />
          <TextAreaField label={t('notes.new')} hint={t('notes.markdown')} rows={3} value={draft} onChange={(e) => setDraft(e.target.value)} error={form.fieldError('body')} />
          <div className="form-actions">
            <button type="submit" className="button primary" disabled={add.isPending}>{add.isPending ? t('saving') : t('notes.add')}</button>
          </div>
        </form>
      )}
      <div className="field" style={{ maxWidth: '16rem' }}>
        <label htmlFor={`timeline-filter-${subjectId}`}>{t('timeline.show')}</label>
        <select id={`timeline-filter-${subjectId}`} value={filter} onChange={(e) => setFilter(e.target.value as Filter)}>
          {(['all', 'note', 'changes', 'deals', 'activities'] as const).map((f) => <option key={f} value={f}>{t(`timeline.filters.${f}`)}</option>)}
        </select>
      </div>
      {timeline.error && <p className="notice error" role="alert">{problemText(asProblem(timeline.error))}</p>}
      {timeline.isPending ? <p role="status">{t('loading')}</p> : items.length === 0 ? <p className="muted">{t('timeline.none')}</p> : (
        <ul className="plain notes">
          {items.map((item) => item.note
            ? <NoteItem key={item.id} note={item.note} onChanged={() => void queryClient.invalidateQueries({ queryKey: key })} />
            : <EventItem key={item.id} item={item} customFields={customFields} />)}
        </ul>
      )}
      {timeline.hasNextPage && <button type="button" className="button" onClick={() => void timeline.fetchNextPage()}>{t('loadMore')}</button>}
    </section>
  );
}

/** Something that happened to the record: created, changed (which fields), handed over, a deal opened or won. */
function EventItem({ item, customFields }: { item: Item; customFields: readonly CustomField[] }) {
  const { t, i18n } = useTranslation();
  const me = useSignedInUser();
  const dates = useDates();
  if (dealKinds.has(item.kind)) return <DealEventItem item={item} />;
  if (item.interaction || item.task || item.meeting) return <ActivityEventItem item={item} />;
  const field = (name: string) =>
    labelOfChange(customFields, name) ?? (i18n.exists(`timeline.fields.${name}`) ? t(`timeline.fields.${name}`) : name);
  const what = item.kind === 'updated'
    ? t('timeline.updated', { fields: item.changedFields.map(field).join(', ') })
    : item.kind === 'owner_changed'
      ? t('timeline.ownerChanged', { owner: item.ownerId === me.id ? t('timeline.you') : t('timeline.anotherUser') })
      : i18n.exists(`timeline.kinds.${item.kind}`) ? t(`timeline.kinds.${item.kind}`) : item.kind;
  return (
    <li className="note">
      <p className="muted" style={{ margin: 0 }}>{dates.dateTime(item.occurredAtUtc)}</p>
      <p style={{ margin: 0 }}>{what}</p>
    </li>
  );
}

/** "Deal opened: Fleet renewal", the deal's name (as it was then) a link to it for those who may read deals. */
function DealEventItem({ item }: { item: Item }) {
  const { t } = useTranslation();
  const me = useSignedInUser();
  const dates = useDates();
  const name = item.deal?.name || t('timeline.deals.someDeal');
  return (
    <li className="note">
      <p className="muted" style={{ margin: 0 }}>{dates.dateTime(item.occurredAtUtc)}</p>
      <p style={{ margin: 0 }}>
        {t(`timeline.deals.${item.kind}`)}{' '}
        {item.deal && can(me, 'deals.read') ? <Link to={`/deals/${item.deal.id}`}>{name}</Link> : <strong>{name}</strong>}
      </p>
    </li>
  );
}

/** A logged call ("Call (outbound, 4 min): reached"), a visit report, a task done or a meeting held, with the first lines of its notes. */
function ActivityEventItem({ item }: { item: Item }) {
  const { t } = useTranslation();
  const dates = useDates();
  const logged = item.interaction;
  let what: string;
  if (item.kind === 'call' && logged) {
    const duration = durationParts(logged.durationSeconds ?? 0);
    what = t('timeline.activities.call', {
      direction: t(`timeline.activities.direction.${logged.direction ?? 'Outbound'}`),
      duration: t(`timeline.activities.${duration.unit}`, { count: duration.count }),
      outcome: t(`timeline.activities.outcome.${logged.outcome ?? 'Reached'}`),
    });
  } else if (item.kind === 'visit') {
    what = logged?.location ? t('timeline.activities.visitAt', { location: logged.location }) : t('timeline.activities.visit');
  } else if (item.kind === 'meeting') {
    what = item.meeting?.location
      ? t('timeline.activities.meetingAt', { title: item.meeting.title, location: item.meeting.location })
      : t('timeline.activities.meeting', { title: item.meeting?.title ?? '' });
  } else {
    what = t('timeline.activities.task_done', { title: item.task?.title ?? '' });
  }
  return (
    <li className="note">
      <p className="muted" style={{ margin: 0 }}>{dates.dateTime(item.occurredAtUtc)}</p>
      <p style={{ margin: 0 }}>{what}{logged?.title && <> — <strong>{logged.title}</strong></>}</p>
      {logged?.excerpt && <p style={{ margin: 0, whiteSpace: 'pre-line' }}>{logged.excerpt}</p>}
      {logged && <EditInteraction interactionId={logged.id} label={t('interactions:edit')} />}
    </li>
  );
}

function NoteItem({ note, onChanged }: { note: Note; onChanged: () => void }) {
  const { t } = useTranslation();
  const dates = useDates();
  const [editing, setEditing] = useState<string | null>(null);
  const form = useFormProblem('common', ['body']);
  const save = useMutation({
    mutationFn: (body: string) => unwrap(api.PUT('/api/v1/notes/{id}', { params: { path: { id: note.id } }, body: { body }, headers: ifMatch(note.version) })),
    onMutate: form.clear,
    onSuccess: () => { setEditing(null); onChanged(); },
    onError: form.fail,
  });
  const [deleting, setDeleting] = useState(false);
  return (
    <li className="note">
      <p className="muted" style={{ margin: 0 }}>
        {note.isMine ? t('notes.byYou') : t('notes.byAnother')} · {dates.dateTime(note.createdAtUtc)}
        {note.updatedAtUtc && <> · {t('notes.edited')}</>}
      </p>
      <FormMessages messages={form.messages} />
      {editing !== null ? (
        <form className="stack" onSubmit={(e) => { e.preventDefault(); save.mutate(editing); }} noValidate>
          <TextAreaField label={t('notes.edit')} rows={3} value={editing} onChange={(e) => setEditing(e.target.value)} error={form.fieldError('body')} />
          <div className="form-actions">
            <button type="submit" className="button primary small" disabled={save.isPending}>{t('save')}</button>
            <button type="button" className="button small" onClick={() => { form.clear(); setEditing(null); }}>{t('cancel')}</button>
          </div>
        </form>
      ) : (
        // The HTML comes from the API, rendered from Markdown and sanitised there (no scripts, styles or handlers).
        <div className="note-body" dangerouslySetInnerHTML={{ __html: note.html }} />
      )}
      {note.isMine && editing === null && (
        <div className="row">
          <button type="button" className="button small ghost" onClick={() => setEditing(note.body)}>{t('notes.edit')}</button>
          <button type="button" className="button small ghost" onClick={() => setDeleting(true)}>{t('notes.delete')}</button>
        </div>
      )}
      <ConfirmDialog
        open={deleting}
        title={t('notes.deleteTitle')}
        confirmLabel={t('notes.delete')}
        run={() => unwrap(api.DELETE('/api/v1/notes/{id}', { params: { path: { id: note.id } }, headers: ifMatch(note.version) }))}
        onDone={onChanged}
        onClose={() => setDeleting(false)}
      >
        <p>{t('notes.deleteBody')}</p>
      </ConfirmDialog>
    </li>
  );
}
