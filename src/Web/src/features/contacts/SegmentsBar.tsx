import { useId, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { useNotifications } from '../../app/notifications';
import { useLocale } from '../../i18n/useLocale';
import { NameDialog } from './NameDialog';
import { segmentKeys, useSegments } from './queries';
import { paramsWithSegment, segmentBody, segmentOfParams, type Segment, type SegmentKind } from './savedViews';
import type { ListView } from './listView';

/**
 * The segment the list shows (`?segment=`; the search, filters and sort still apply on top), and the ways to make one:
 * the search and filters saved as a dynamic segment, or an empty static segment to put contacts in by hand.
 */
export function SegmentsBar({ view, mayWrite }: { view: ListView; mayWrite: boolean }) {
  const { t } = useTranslation('contacts');
  const locale = useLocale();
  const selectId = useId();
  const queryClient = useQueryClient();
  const { notify } = useNotifications();
  const [params, setParams] = useSearchParams();
  const segments = useSegments();
  const [creating, setCreating] = useState<SegmentKind | null>(null);
  const current = segmentOfParams(params);
  const sorted = useMemo(
    () => [...(segments.data ?? [])].sort((a, b) => a.name.localeCompare(b.name, locale, { sensitivity: 'base' })),
    [segments.data, locale],
  );
  const dynamic = sorted.filter((s) => s.kind === 'Dynamic');
  const manual = sorted.filter((s) => s.kind === 'Static');
  // A segment named by a link but not (yet) listed still shows as chosen.
  const unknown = current && segments.data && !segments.data.some((s) => s.id === current);

  const create = async (name: string) => {
    const made = await unwrap(api.POST('/api/v1/contacts/segments', { body: segmentBody(name, creating ?? 'Static', view) }));
    queryClient.setQueryData<Segment[]>(segmentKeys.all, (list) => [...(list ?? []), made]);
    void queryClient.invalidateQueries({ queryKey: segmentKeys.all });
  };

  return (
    <div className="views-bar">
      <div className="field">
        <label htmlFor={selectId}>{t('segments.label')}</label>
        <select id={selectId} value={current ?? ''}
          onChange={(e) => setParams((p) => paramsWithSegment(p, e.target.value || null))}>
          <option value="">{t('segments.all')}</option>
          {unknown && <option value={current}>{current}</option>}
          {dynamic.length > 0 && <optgroup label={t('segments.dynamicGroup')}>{dynamic.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}</optgroup>}
          {manual.length > 0 && <optgroup label={t('segments.staticGroup')}>{manual.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}</optgroup>}
        </select>
      </div>
      {mayWrite && (
        <>
          <button type="button" className="button" aria-haspopup="dialog" onClick={() => setCreating('Dynamic')}>{t('segments.saveAs')}</button>
          <button type="button" className="button" aria-haspopup="dialog" onClick={() => setCreating('Static')}>{t('segments.newStatic')}</button>
        </>
      )}
      <Link className="button ghost" to="/contacts/segments">{t('segments.manage')}</Link>

      <NameDialog open={creating !== null}
        title={creating === 'Dynamic' ? t('segments.saveAsTitle') : t('segments.newStaticTitle')}
        hint={creating === 'Dynamic' ? t('segments.saveAsHint') : t('segments.newStaticHint')}
        label={t('segments.name')} submitLabel={t('segments.create')}
        run={create}
        onDone={(name) => { notify(t('segments.created', { name })); setCreating(null); }}
        onClose={() => setCreating(null)} />
    </div>
  );
}
