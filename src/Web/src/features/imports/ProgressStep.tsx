import { useEffect, useId, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../api/client';
import { ApiError, unwrap } from '../../api/problem';
import { can, useSignedInUser } from '../../api/session';
import { useNotifications } from '../../app/notifications';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { asProblem, useProblemText } from '../../ui/problems';
import { formatNumber } from '../../i18n/format';
import { useDates, useLocale } from '../../i18n/useLocale';
import { canRevert, errorReportHref, isActive, isFinished, progressParts } from './importProgress';
import type { ImportRecord } from './importDraft';
import { StatusBadge } from './StatusBadge';

/**
 * Step 3: where a started import stands (its page asks every second while a worker is on it), then what it did: the
 * report of the rows left out, the contacts, looking for the duplicates it may have brought, and reverting it.
 */
export function ProgressStep({ record, focusOnMount, onChanged, onStale }: {
  record: ImportRecord;
  /** Just started from the mapping step, whose buttons are gone: the focus moves to this step's heading. */
  focusOnMount: boolean;
  onChanged: (record: ImportRecord) => void;
  /** The import changed meanwhile (reverted from another tab): read it again. */
  onStale: () => void;
}) {
  const { t } = useTranslation('imports');
  const locale = useLocale();
  const dates = useDates();
  const { notify } = useNotifications();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [reverting, setReverting] = useState(false);
  const me = useSignedInUser();
  const navigate = useNavigate();
  const problemText = useProblemText('imports');
  const findDuplicates = useMutation({
    mutationFn: async () => {
      const outcome = await api.POST('/api/v1/contacts/duplicate-scans');
      // A scan already under way (409) is followed on the duplicates page all the same.
      if (outcome.response.status !== 409) await unwrap(Promise.resolve(outcome));
    },
    onSuccess: () => void navigate('/contacts/duplicates'),
  });
  useEffect(() => {
    if (focusOnMount) heading.current?.focus();
  }, [focusOnMount]);

  const active = isActive(record.status);
  const done = isFinished(record.status) || record.status === 'Reverted';
  const counts = progressParts(record.counts)
    .map((part) => t('progress.part', { label: t(`counts.${part.name}`), value: formatNumber(part.value, locale) }))
    .join(' · ');

  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>{t('progress.heading')}</h2>
      {/* The status is read out when it changes, with the counts once they are final (not every second while it runs). */}
      <p className="import-progress">
        <span role="status"><StatusBadge status={record.status} />{!active && <> {counts}</>}</span>
        {active && <span> {counts}</span>}
      </p>
      {active && <progress className="import-bar" aria-label={t(`statuses.${record.status}`)} />}
      {record.status === 'Failed' && record.failure && <p className="notice error">{t('progress.failure', { reason: record.failure })}</p>}
      {record.status === 'Reverting' && <p>{t('progress.revertingBody')}</p>}
      {record.status === 'Reverted' && record.revertedAtUtc && (
        <p className="notice">{t('progress.revertedBody', { date: dates.dateTime(record.revertedAtUtc) })}</p>
      )}
      <dl className="details">
        <dt>{t('found.file')}</dt><dd>{record.fileName}</dd>
        <dt>{t('progress.settings')}</dt><dd>{t(`policies.${record.policy}`)}</dd>
        {record.startedAtUtc && <><dt>{t('progress.started')}</dt><dd>{dates.dateTime(record.startedAtUtc)}</dd></>}
        {record.finishedAtUtc && <><dt>{t('progress.finished')}</dt><dd>{dates.dateTime(record.finishedAtUtc)}</dd></>}
        {record.revertedAtUtc && <><dt>{t('progress.reverted')}</dt><dd>{dates.dateTime(record.revertedAtUtc)}</dd></>}
      </dl>
      {done && record.counts.failed > 0 && (
        <div className="import-report">
          <a className="button" href={errorReportHref(record.id)} download>{t('progress.errorReport', { count: record.counts.failed })}</a>
          <p className="muted">{t('progress.errorReportHint')}</p>
        </div>
      )}
      {done && (
        <div className="form-actions">
          <Link className="button" to="/contacts">{t('progress.contacts')}</Link>
          <Link className="button" to="/contacts/import">{t('progress.another')}</Link>
          {record.status === 'Completed' && record.counts.created > 0 && can(me, 'contacts.write') && (
            <button type="button" className="button" disabled={findDuplicates.isPending} onClick={() => findDuplicates.mutate()}>{t('progress.findDuplicates')}</button>
          )}
          {canRevert(record) && <button type="button" className="button danger" onClick={() => setReverting(true)}>{t('revert.button')}</button>}
        </div>
      )}
      {findDuplicates.error && <p className="notice error" role="alert">{problemText(asProblem(findDuplicates.error))}</p>}
      <ConfirmDialog
        namespace="imports"
        open={reverting}
        title={t('revert.title')}
        confirmLabel={t('revert.confirm')}
        run={async () => onChanged(await unwrap(api.POST('/api/v1/contacts/imports/{id}/revert', { params: { path: { id: record.id } } })))}
        onDone={() => {
          setReverting(false);
          notify(t('revert.done'));
          heading.current?.focus();
        }}
        onFail={(error) => {
          if (error instanceof ApiError && error.problem.status === 409) onStale();
        }}
        onClose={() => setReverting(false)}
      >
        <p>{t('revert.body', { count: record.counts.created })}</p>
        {record.counts.updated > 0 && <p>{t('revert.updatedKept')}</p>}
      </ConfirmDialog>
    </section>
  );
}
