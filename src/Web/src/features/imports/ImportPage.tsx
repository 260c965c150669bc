import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { ApiError, unwrap } from '../../api/problem';
import { can, useSignedInUser } from '../../api/session';
import { usePageTitle } from '../../app/usePageTitle';
import { FormMessages, TextField } from '../../ui/Field';
import { asProblem, useFormProblem, useProblemText } from '../../ui/problems';
import { useDates, useLocale } from '../../i18n/useLocale';
import { formatNumber } from '../../i18n/format';
import { MappingStep } from './MappingStep';
import { ProgressStep } from './ProgressStep';
import { isFinished, pollInterval, stepOf } from './importProgress';
import { importQueryKey, importsListKey } from './queries';
import { StatusBadge } from './StatusBadge';
import type { ImportRecord } from './importDraft';
import './imports.css';

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const readImport = (id: string) => guid.test(id)
  ? unwrap(api.GET('/api/v1/contacts/imports/{id}', { params: { path: { id } } }))
  : Promise.reject(new ApiError({ status: 404 }));

/**
 * The contact import wizard: the file (with the recent imports) at /contacts/import, then at /contacts/import/:id the
 * mapping of its columns and the progress, so that a reload resumes where the import stands.
 */
export default function ImportPage() {
  const { id } = useParams();
  const { t } = useTranslation('imports');
  const me = useSignedInUser();
  usePageTitle(t('title'));
  if (!can(me, 'contacts.write')) {
    return (
      <section className="stack">
        <Link to="/contacts">← {t('backToContacts')}</Link>
        <div className="page-header"><h1>{t('title')}</h1></div>
        <p className="notice error" role="alert">{t('common:problems.forbidden')}</p>
      </section>
    );
  }
  return id ? <ImportWizard key={id} id={id} /> : <NewImport />;
}

function Steps({ current }: { current: 1 | 2 | 3 }) {
  const { t } = useTranslation('imports');
  const steps = [t('steps.file'), t('steps.mapping'), t('steps.progress')];
  return (
    <ol className="import-steps" aria-label={t('steps.label')}>
      {steps.map((label, index) => (
        <li key={label} aria-current={index + 1 === current ? 'step' : undefined}>{label}</li>
      ))}
    </ol>
  );
}

function NewImport() {
  const { t } = useTranslation('imports');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [missingFile, setMissingFile] = useState(false);
  const form = useFormProblem('imports', []);
  const upload = useMutation({
    mutationFn: (chosen: File) => {
      const body = new FormData();
      body.append('file', chosen, chosen.name);
      return unwrap(api.POST('/api/v1/contacts/imports', {
        // The schema types the binary field as a string; the FormData goes out as it is, and the browser writes the
        // multipart Content-Type with its boundary. The client's middleware adds the antiforgery header as for any change.
        body: body as unknown as { file: string },
        bodySerializer: (form) => form,
      }));
    },
    onMutate: form.clear,
    onSuccess: (created) => {
      queryClient.setQueryData(importQueryKey(created.id), created);
      void queryClient.invalidateQueries({ queryKey: importsListKey, refetchType: 'none' });
      navigate(`/contacts/import/${created.id}`);
    },
    onError: form.fail,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMissingFile(!file);
    if (file) upload.mutate(file);
  };
  return (
    <section className="stack">
      <Link to="/contacts">← {t('backToContacts')}</Link>
      <div className="page-header"><h1>{t('title')}</h1></div>
      <Steps current={1} />
      <FormMessages messages={missingFile ? [t('upload.chooseFirst')] : form.messages} />
      <form className="form card" onSubmit={submit} noValidate>
        <h2>{t('upload.heading')}</h2>
        <p className="muted">{t('upload.intro')}</p>
        <TextField label={t('upload.file')} type="file" name="file" accept=".csv,.txt,.xlsx,.vcf"
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            setMissingFile(false);
            form.clear();
          }} />
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={upload.isPending}>{upload.isPending ? t('upload.sending') : t('upload.submit')}</button>
        </div>
      </form>
      <RecentImports />
    </section>
  );
}

function RecentImports() {
  const { t } = useTranslation('imports');
  const problemText = useProblemText('imports');
  const dates = useDates();
  const locale = useLocale();
  const headingId = useId();
  const list = useQuery({ queryKey: importsListKey, queryFn: () => unwrap(api.GET('/api/v1/contacts/imports')) });
  const count = (value: number) => formatNumber(value, locale);
  return (
    <section className="stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('recent.heading')}</h2>
      {list.error ? <p className="notice error" role="alert">{problemText(asProblem(list.error))}</p>
        : list.isPending ? <p role="status">{t('common:loading')}</p>
          : list.data.length === 0 ? <p className="muted">{t('recent.empty')}</p> : (
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('recent.file')}</th>
                    <th scope="col">{t('recent.status')}</th>
                    <th scope="col">{t('recent.date')}</th>
                    <th scope="col" className="import-number">{t('counts.rows')}</th>
                    <th scope="col" className="import-number">{t('counts.created')}</th>
                    <th scope="col" className="import-number">{t('counts.updated')}</th>
                    <th scope="col" className="import-number">{t('counts.skipped')}</th>
                    <th scope="col" className="import-number">{t('counts.failed')}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.data.map((i) => (
                    <tr key={i.id}>
                      <td className="import-break"><Link to={`/contacts/import/${i.id}`}>{i.fileName}</Link></td>
                      <td><StatusBadge status={i.status} /></td>
                      <td className="import-nowrap">{dates.dateTime(i.createdAtUtc)}</td>
                      <td className="import-number">{count(i.counts.rows)}</td>
                      <td className="import-number">{count(i.counts.created)}</td>
                      <td className="import-number">{count(i.counts.updated)}</td>
                      <td className="import-number">{count(i.counts.skipped)}</td>
                      <td className="import-number">{count(i.counts.failed)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
    </section>
  );
}

/** One import, from its mapping to its end; asked for every second while a worker is on it. */
function ImportWizard({ id }: { id: string }) {
  const { t } = useTranslation('imports');
  const problemText = useProblemText('imports');
  const queryClient = useQueryClient();
  const record = useQuery({
    queryKey: importQueryKey(id),
    queryFn: () => readImport(id),
    refetchInterval: (query) => pollInterval(query.state.data?.status),
  });
  const status = record.data?.status;
  const startedHere = useRef(false);

  // Once the worker is done (imported or reverted), the contacts lists and the imports list are out of date.
  useEffect(() => {
    if (isFinished(status) || status === 'Reverted') {
      void queryClient.invalidateQueries({ queryKey: ['contacts'] });
      void queryClient.invalidateQueries({ queryKey: importsListKey });
    }
  }, [status, queryClient]);

  const header = (
    <>
      <Link to="/contacts/import">← {t('backToImports')}</Link>
      <div className="page-header"><h1>{t('title')}</h1></div>
    </>
  );
  if (record.isPending) return <section className="stack">{header}<p role="status">{t('common:loading')}</p></section>;
  if (!record.data) {
    return (
      <section className="stack">
        {header}
        <p className="notice error" role="alert">{problemText(asProblem(record.error))}</p>
      </section>
    );
  }
  const current: ImportRecord = record.data;
  const update = (changed: ImportRecord) => queryClient.setQueryData(importQueryKey(id), changed);
  const reread = () => void queryClient.invalidateQueries({ queryKey: importQueryKey(id) });
  return (
    <section className="stack">
      {header}
      {/* A poll that failed (the connection dropped): the import as last read stays, and the page keeps asking. */}
      {record.error && <p className="notice error" role="alert">{problemText(asProblem(record.error))}</p>}
      <Steps current={stepOf(current.status)} />
      {current.status === 'Uploaded'
        ? <MappingStep record={current} onGone={reread} onStarted={(started) => {
          startedHere.current = true;
          update(started);
        }} />
        : <ProgressStep record={current} focusOnMount={startedHere.current} onChanged={update} onStale={reread} />}
    </section>
  );
}
