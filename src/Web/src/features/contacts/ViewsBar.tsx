import { useId, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNotifications } from '../../app/notifications';
import { useLocale } from '../../i18n/useLocale';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { asProblem, useProblemText } from '../../ui/problems';
import { NameDialog } from './NameDialog';
import { savedViewsApi, viewKeys, useSavedViews, type ListRecords } from './queries';
import {
  appliedView, groupViews, paramsOfSavedView, savedViewBody, showsSavedView, stateOfSavedView, type SavedView, type ViewState,
} from './savedViews';

type Dialogs = 'save' | 'rename' | 'delete' | null;

/**
 * The saved views of the list: mine and those my team shares with me. Applying one sets the search, filters, sort
 * (in the address) and columns; the list as it is can be saved under a name, and my own views updated, renamed or
 * deleted. A teammate's view is applied, never changed. The contact and the company lists each have theirs.
 */
export function ViewsBar({ state, onColumns, records = 'contacts' }: { state: ViewState; onColumns: (columns: string[]) => void; records?: ListRecords }) {
  const { t } = useTranslation(records);
  const locale = useLocale();
  const selectId = useId();
  const noteId = useId();
  const queryClient = useQueryClient();
  const { notify } = useNotifications();
  const problemText = useProblemText(records);
  const calls = savedViewsApi(records);
  const [params, setParams] = useSearchParams();
  const views = useSavedViews(records);
  const [dialog, setDialog] = useState<Dialogs>(null);
  const applied = appliedView(params, views.data);
  const { mine, team } = useMemo(() => groupViews(views.data ?? [], locale), [views.data, locale]);
  const changed = applied ? !showsSavedView(applied, state) : false;
  const refresh = () => queryClient.invalidateQueries({ queryKey: viewKeys.of(records) });

  const apply = (id: string) => {
    const saved = views.data?.find((v) => v.id === id);
    if (!saved) {
      setParams((current) => {
        const next = new URLSearchParams(current);
        next.delete('view');
        return next;
      });
      return;
    }
    setParams((current) => paramsOfSavedView(saved, current));
    const { columns } = stateOfSavedView(saved);
    if (columns.length > 0) onColumns(columns);
  };

  const update = useMutation({
    mutationFn: (view: SavedView) => calls.update(view, savedViewBody(view.name, state, view.isShared)),
    onSuccess: (saved) => {
      notify(t('savedViews.updated', { name: saved.name }));
      void refresh();
    },
    onError: (error) => {
      notify(problemText(asProblem(error)), 'error');
      void refresh();
    },
  });

  const label = (v: SavedView) => (v.isShared ? t('savedViews.sharedMark', { name: v.name }) : v.name);

  return (
    <div className="views-bar">
      <div className="field">
        <label htmlFor={selectId}>{t('savedViews.label')}</label>
        <select id={selectId} value={applied?.id ?? ''} onChange={(e) => apply(e.target.value)}
          aria-describedby={applied && (changed || !applied.isMine) ? noteId : undefined}>
          <option value="">{t('savedViews.none')}</option>
          {mine.length > 0 && <optgroup label={t('savedViews.mine')}>{mine.map((v) => <option key={v.id} value={v.id}>{label(v)}</option>)}</optgroup>}
          {team.length > 0 && <optgroup label={t('savedViews.team')}>{team.map((v) => <option key={v.id} value={v.id}>{label(v)}</option>)}</optgroup>}
        </select>
      </div>
      {applied && changed && <button type="button" className="button" onClick={() => apply(applied.id)}>{t('savedViews.revert')}</button>}
      <button type="button" className="button" aria-haspopup="dialog" onClick={() => setDialog('save')}>{t('savedViews.save')}</button>
      {applied?.isMine && (
        <>
          <button type="button" className="button" disabled={!changed || update.isPending} onClick={() => update.mutate(applied)}>
            {t('savedViews.update')}
          </button>
          <button type="button" className="button" aria-haspopup="dialog" onClick={() => setDialog('rename')}>{t('savedViews.rename')}</button>
          <button type="button" className="button danger" aria-haspopup="dialog" onClick={() => setDialog('delete')}>{t('savedViews.delete')}</button>
        </>
      )}
      {applied && (changed || !applied.isMine) && (
        <p id={noteId} className="muted small views-note">
          {[!applied.isMine ? t('savedViews.teammates') : '', changed ? t('savedViews.changed') : ''].filter(Boolean).join(' ')}
        </p>
      )}

      <NameDialog open={dialog === 'save'} title={t('savedViews.saveTitle')} label={t('savedViews.name')} submitLabel={t('savedViews.create')}
        share={{ label: t('savedViews.share'), hint: t('savedViews.shareHint'), initial: false }}
        run={async (name, shared) => {
          const saved = await calls.create(savedViewBody(name, state, shared));
          queryClient.setQueryData<SavedView[]>(viewKeys.of(records), (list) => [...(list ?? []), saved]);
          setParams((current) => {
            const next = new URLSearchParams(current);
            next.set('view', saved.id);
            return next;
          });
          void refresh();
        }}
        onDone={(name) => { notify(t('savedViews.saved', { name })); setDialog(null); }}
        onClose={() => setDialog(null)} />

      {applied?.isMine && (
        <>
          <NameDialog open={dialog === 'rename'} title={t('savedViews.renameTitle', { name: applied.name })} label={t('savedViews.name')}
            submitLabel={t('savedViews.renameSave')} initialName={applied.name}
            run={(name) => calls.update(applied, savedViewBody(name, stateOfSavedView(applied), applied.isShared))}
            onReload={refresh}
            onDone={(name) => { notify(t('savedViews.renamed', { name })); setDialog(null); void refresh(); }}
            onClose={() => setDialog(null)} />
          <ConfirmDialog open={dialog === 'delete'} namespace={records} title={t('savedViews.deleteTitle', { name: applied.name })}
            confirmLabel={t('savedViews.delete')}
            run={() => calls.remove(applied)}
            onDone={() => {
              notify(t('savedViews.deleted', { name: applied.name }));
              setDialog(null);
              setParams((current) => {
                const next = new URLSearchParams(current);
                next.delete('view');
                return next;
              });
              void refresh();
            }}
            onFail={() => void refresh()}
            onClose={() => setDialog(null)}>
            <p>{t('savedViews.deleteBody')}</p>
          </ConfirmDialog>
        </>
      )}
    </div>
  );
}
