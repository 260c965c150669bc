import { useId, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '../../api/client';
import { unwrap } from '../../api/problem';
import { can, useSignedInUser } from '../../api/session';
import { useNotifications } from '../../app/notifications';
import { usePageTitle } from '../../app/usePageTitle';
import { useDates, useLocale } from '../../i18n/useLocale';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { asProblem, useProblemText } from '../../ui/problems';
import { NameDialog } from './NameDialog';
import { segmentKeys, useSegments } from './queries';
import { renamedSegmentBody, type Segment } from './savedViews';

/** The segments of contacts: each opens in the list; those with contacts.write rename or delete them. */
export default function SegmentsPage() {
  const { t } = useTranslation('contacts');
  usePageTitle(t('segments.title'));
  const me = useSignedInUser();
  const mayWrite = can(me, 'contacts.write');
  const locale = useLocale();
  const dates = useDates();
  const captionId = useId();
  const queryClient = useQueryClient();
  const { notify } = useNotifications();
  const problemText = useProblemText('contacts');
  const segments = useSegments();
  const [action, setAction] = useState<{ kind: 'rename' | 'delete'; id: string } | null>(null);
  const sorted = useMemo(
    () => [...(segments.data ?? [])].sort((a, b) => a.name.localeCompare(b.name, locale, { sensitivity: 'base' })),
    [segments.data, locale],
  );
  // The latest version of the segment acted on: after a 412 the refreshed list gives the version to send next.
  const target = action ? segments.data?.find((s) => s.id === action.id) : undefined;
  const refresh = () => queryClient.invalidateQueries({ queryKey: segmentKeys.all });

  const content = (s: Segment) => {
    if (s.kind === 'Static') return t('segments.content.static');
    const parts = [s.q ? t('segments.content.search', { q: s.q }) : '', s.filters.length > 0 ? t('segments.content.filters', { count: s.filters.length }) : '']
      .filter(Boolean);
    return parts.length > 0 ? parts.join(', ') : t('segments.content.all');
  };

  return (
    <section className="stack">
      <div className="page-header">
        <h1>{t('segments.title')}</h1>
        <Link className="button" to="/contacts">{t('segments.backToList')}</Link>
      </div>
      {segments.error && <p className="notice error" role="alert">{problemText(asProblem(segments.error))}</p>}
      {segments.isPending ? <p role="status">{t('common:loading')}</p> : sorted.length === 0 ? (
        segments.error ? null : <p className="muted">{t('segments.none')}</p>
      ) : (
        <div className="table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
          <table>
            <caption id={captionId} className="visually-hidden">{t('segments.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('segments.columns.name')}</th>
                <th scope="col">{t('segments.columns.kind')}</th>
                <th scope="col">{t('segments.columns.content')}</th>
                <th scope="col">{t('segments.columns.updated')}</th>
                {mayWrite && <th scope="col">{t('segments.columns.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {sorted.map((s) => (
                <tr key={s.id}>
                  <td><Link to={`/contacts?segment=${encodeURIComponent(s.id)}`} aria-label={t('segments.open', { name: s.name })}>{s.name}</Link></td>
                  <td>{s.kind === 'Static' ? t('segments.static') : t('segments.dynamic')}</td>
                  <td>{content(s)}</td>
                  <td>{dates.date(s.updatedAtUtc ?? s.createdAtUtc)}</td>
                  {mayWrite && (
                    <td>
                      <div className="row">
                        <button type="button" className="button small" aria-haspopup="dialog" aria-label={t('segments.renameOf', { name: s.name })}
                          onClick={() => setAction({ kind: 'rename', id: s.id })}>{t('segments.rename')}</button>
                        <button type="button" className="button small danger" aria-haspopup="dialog" aria-label={t('segments.deleteOf', { name: s.name })}
                          onClick={() => setAction({ kind: 'delete', id: s.id })}>{t('segments.delete')}</button>
                      </div>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {target && (
        <>
          <NameDialog open={action?.kind === 'rename'} title={t('segments.renameTitle', { name: target.name })} label={t('segments.name')}
            submitLabel={t('segments.renameSave')} initialName={target.name}
            run={(name) => unwrap(api.PUT('/api/v1/contacts/segments/{id}', {
              params: { path: { id: target.id } }, body: renamedSegmentBody(target, name), headers: ifMatch(target.version),
            }))}
            onReload={refresh}
            onDone={(name) => { notify(t('segments.renamed', { name })); setAction(null); void refresh(); }}
            onClose={() => setAction(null)} />
          <ConfirmDialog open={action?.kind === 'delete'} namespace="contacts" title={t('segments.deleteTitle', { name: target.name })}
            confirmLabel={t('segments.delete')}
            run={() => unwrap(api.DELETE('/api/v1/contacts/segments/{id}', { params: { path: { id: target.id } }, headers: ifMatch(target.version) }))}
            onDone={() => { notify(t('segments.deleted', { name: target.name })); setAction(null); void refresh(); }}
            onFail={() => void refresh()}
            onClose={() => setAction(null)}>
            <p>{t('segments.deleteBody')}</p>
          </ConfirmDialog>
        </>
      )}
    </section>
  );
}
