import { useState, type FormEvent } from 'react';
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

type Note = components['schemas']['NoteResponse'];

/** The notes on a contact or a company: newest first, a box to write one in Markdown, and the reader's own notes editable. */
export function NotesPanel({ subject, subjectId }: { subject: 'contacts' | 'companies'; subjectId: string }) {
  const { t } = useTranslation();
  const me = useSignedInUser();
  const problemText = useProblemText();
  const queryClient = useQueryClient();
  const key = ['notes', subject, subjectId];
  const notes = useInfiniteQuery({
    queryKey: key,
    queryFn: ({ pageParam }) => {
      const params = { path: { id: subjectId }, query: { limit: 20, cursor: pageParam } };
      return unwrap(subject === 'contacts' ? api.GET('/api/v1/contacts/{id}/notes', { params }) : api.GET('/api/v1/companies/{id}/notes', { params }));
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
  const items = notes.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <section className="card stack" aria-labelledby={`notes-${subjectId}`}>
      <h2 id={`notes-${subjectId}`}>{t('notes.title')}</h2>
      {can(me, 'contacts.write') && (
        <form className="stack" onSubmit={submit} noValidate>
          <FormMessages messages={form.messages} />
          <TextAreaField label={t('notes.new')} hint={t('notes.markdown')} rows={3} value={draft} onChange={(e) => setDraft(e.target.value)} error={form.fieldError('body')} />
          <div className="form-actions">
            <button type="submit" className="button primary" disabled={add.isPending}>{add.isPending ? t('saving') : t('notes.add')}</button>
          </div>
        </form>
      )}
      {notes.error && <p className="notice error" role="alert">{problemText(asProblem(notes.error))}</p>}
      {notes.isPending ? <p role="status">{t('loading')}</p> : items.length === 0 ? <p className="muted">{t('notes.none')}</p> : (
        <ul className="plain notes">
          {items.map((note) => <NoteItem key={note.id} note={note} onChanged={() => void queryClient.invalidateQueries({ queryKey: key })} />)}
        </ul>
      )}
      {notes.hasNextPage && <button type="button" className="button" onClick={() => void notes.fetchNextPage()}>{t('loadMore')}</button>}
    </section>
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
