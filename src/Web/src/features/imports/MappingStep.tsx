import { useId, useMemo, useRef, useState, type FormEvent, type RefObject } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { ApiError, unwrap } from '../../api/problem';
import { FormMessages, SelectField } from '../../ui/Field';
import { useFormProblem } from '../../ui/problems';
import { useLocale } from '../../i18n/useLocale';
import { useCustomFields } from '../customFields/queries';
import type { CustomField } from '../customFields/values';
import {
  assignField, customKeyOf, customTargetPrefix, delimiterName, draftOf, duplicatePolicies, formatFileSize, importableCustomFields, importFields,
  matchKeys, missingColumns, samplesOf, settingsKey, toSettings, type ImportDraft, type ImportPreview, type ImportRecord, type ImportSettingsBody,
  type ImportTarget, chooseMatch, matchableCustomFields, matchChoiceOf,
} from './importDraft';
import { importsListKey } from './queries';

/**
 * Step 2: what the file was read as, where each of its columns goes, what a row matching an existing contact does; a
 * dry run over the first rows, then the start.
 */
export function MappingStep({ record, onStarted, onGone }: {
  record: ImportRecord;
  onStarted: (started: ImportRecord) => void;
  /** The import was started meanwhile (another tab) or its file is gone: read it again. */
  onGone: () => void;
}) {
  const { t } = useTranslation('imports');
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<ImportDraft>(() => draftOf(record));
  const [preview, setPreview] = useState<{ key: string; result: ImportPreview } | null>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const form = useFormProblem('imports', []);
  const settings = toSettings(draft);
  const missing = missingColumns(draft);
  const path = { params: { path: { id: record.id } } };
  const failed = (error: unknown) => {
    form.fail(error);
    if (error instanceof ApiError && error.problem.status === 409) onGone();
  };

  const dryRun = useMutation({
    mutationFn: (body: ImportSettingsBody) => unwrap(api.POST('/api/v1/contacts/imports/{id}/preview', { ...path, body })),
    onMutate: form.clear,
    onSuccess: (result, body) => {
      setPreview({ key: settingsKey(body), result });
      requestAnimationFrame(() => previewHeading.current?.focus());
    },
    onError: failed,
  });
  const start = useMutation({
    mutationFn: (body: ImportSettingsBody) => unwrap(api.POST('/api/v1/contacts/imports/{id}/start', { ...path, body })),
    onMutate: form.clear,
    onSuccess: (started) => {
      void queryClient.invalidateQueries({ queryKey: importsListKey, refetchType: 'none' });
      onStarted(started);
    },
    onError: failed,
  });
  const busy = dryRun.isPending || start.isPending;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    start.mutate(settings);
  };

  return (
    <>
      <FoundFile record={record} />
      <form className="stack" onSubmit={submit} noValidate>
        <ColumnsTable record={record} draft={draft} onChange={setDraft} />
        <div aria-live="polite">
          {missing.length > 0 && (
            <div className="notice warning">
              <ul>{missing.map((code) => <li key={code}>{t(`codes.${code}`)}</li>)}</ul>
            </div>
          )}
        </div>
        <DuplicateSettings draft={draft} onChange={setDraft} />
        {preview && (preview.key === settingsKey(settings)
          ? <PreviewResult result={preview.result} headingRef={previewHeading} />
          : <p className="notice" role="status">{t('preview.stale')}</p>)}
        <FormMessages messages={form.messages} />
        <div className="form-actions">
          <button type="button" className="button" disabled={busy} onClick={() => dryRun.mutate(settings)}>
            {dryRun.isPending ? t('mapping.previewing') : t('mapping.preview')}
          </button>
          <button type="submit" className="button primary" disabled={busy}>{start.isPending ? t('mapping.starting') : t('mapping.start')}</button>
        </div>
      </form>
    </>
  );
}

function FoundFile({ record }: { record: ImportRecord }) {
  const { t } = useTranslation('imports');
  const locale = useLocale();
  const headingId = useId();
  const delimiter = record.delimiter ? delimiterName(record.delimiter) : null;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('found.heading')}</h2>
      <dl className="details">
        <dt>{t('found.file')}</dt><dd>{record.fileName} ({formatFileSize(record.fileSize, locale)})</dd>
        <dt>{t('found.format')}</dt><dd>{t(`formats.${record.format}`, { defaultValue: record.format })}</dd>
        {record.encoding && <><dt>{t('found.encoding')}</dt><dd>{record.encoding}</dd></>}
        {record.delimiter && <><dt>{t('found.delimiter')}</dt><dd>{delimiter ? t(`delimiters.${delimiter}`) : `“${record.delimiter}”`}</dd></>}
        <dt>{t('found.columns')}</dt><dd>{record.headers.length}</dd>
      </dl>
    </section>
  );
}

function ColumnsTable({ record, draft, onChange }: { record: ImportRecord; draft: ImportDraft; onChange: (draft: ImportDraft) => void }) {
  const { t } = useTranslation('imports');
  const headingId = useId();
  const customFields = useCustomFields('Contact');
  const offered = useMemo(() => importableCustomFields(customFields.data ?? []), [customFields.data]);
  // A target the draft holds that the list would not offer (a suggestion whose field is not loaded yet, or no longer
  // importable) stays shown by its key, so the chooser never shows another value than the one sent.
  const labelOf = (key: string) => customFields.data?.find((field) => field.key === key)?.label ?? key;
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('mapping.heading')}</h2>
      <p className="muted">{t('mapping.intro')}</p>
      <div className="table-wrap">
        <table className="import-mapping">
          <thead>
            <tr><th scope="col">{t('mapping.column')}</th><th scope="col">{t('mapping.samples')}</th><th scope="col">{t('mapping.field')}</th></tr>
          </thead>
          <tbody>
            {record.headers.map((header, column) => {
              const name = header.trim() || t('mapping.unnamed', { n: column + 1 });
              const samples = samplesOf(record.sample, column);
              return (
                <tr key={column}>
                  <th scope="row">{name}</th>
                  <td>
                    {samples.length > 0
                      ? <ul className="plain import-samples">{samples.map((value, i) => <li key={i}>{value}</li>)}</ul>
                      : <span className="muted">{t('mapping.noSample')}</span>}
                  </td>
                  <td>
                    <TargetSelect label={t('mapping.fieldFor', { header: name })} value={draft.mapping[column] ?? ''}
                      customFields={offered} labelOf={labelOf} onChange={(target) => onChange(assignField(draft, column, target))} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The chooser of one column's target: the contact fields, then the custom fields by label, grouped. */
function TargetSelect({ label, value, customFields, labelOf, onChange }: {
  label: string;
  value: ImportTarget;
  customFields: readonly CustomField[];
  labelOf: (key: string) => string;
  onChange: (target: ImportTarget) => void;
}) {
  const { t } = useTranslation('imports');
  const heldKey = customKeyOf(value);
  const held = heldKey !== null && !customFields.some((field) => field.key === heldKey) ? heldKey : null;
  return (
    <select className="import-select" aria-label={label} value={value} onChange={(e) => onChange(e.target.value as ImportTarget)}>
      <option value="">{t('mapping.skip')}</option>
      <optgroup label={t('mapping.contactFields')}>
        {importFields.map((field) => <option key={field} value={field}>{t(`fields.${field}`)}</option>)}
      </optgroup>
      {(customFields.length > 0 || held !== null) && (
        <optgroup label={t('mapping.customFields')}>
          {customFields.map((field) => <option key={field.key} value={`${customTargetPrefix}${field.key}`}>{field.label}</option>)}
          {held !== null && <option value={`${customTargetPrefix}${held}`}>{labelOf(held)}</option>}
        </optgroup>
      )}
    </select>
  );
}

function DuplicateSettings({ draft, onChange }: { draft: ImportDraft; onChange: (draft: ImportDraft) => void }) {
  const { t } = useTranslation('imports');
  const customFields = useCustomFields('Contact');
  const matchable = matchableCustomFields(draft, customFields.data ?? []);
  const headingId = useId();
  const policyName = useId();
  return (
    <section className="card stack import-duplicates" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('mapping.duplicates')}</h2>
      <fieldset>
        <legend>{t('mapping.policy')}</legend>
        {duplicatePolicies.map((policy) => (
          <label className="checkbox" key={policy}>
            <input type="radio" name={policyName} value={policy} checked={draft.policy === policy} onChange={() => onChange({ ...draft, policy })} />
            {t(`policies.${policy}`)}
          </label>
        ))}
      </fieldset>
      {draft.policy !== 'CreateAnyway' && (
        <SelectField label={t('mapping.matchKey')} hint={t('mapping.matchKeyHint')} value={matchChoiceOf(draft)}
          onChange={(e) => onChange(chooseMatch(draft, e.target.value))}>
          {matchKeys.map((key) => <option key={key} value={key}>{t(`matchKeys.${key}`)}</option>)}
          {matchable.map((field) => <option key={field.key} value={`${customTargetPrefix}${field.key}`}>{field.label}</option>)}
        </SelectField>
      )}
    </section>
  );
}

function PreviewResult({ result, headingRef }: { result: ImportPreview; headingRef: RefObject<HTMLHeadingElement | null> }) {
  const { t } = useTranslation('imports');
  const headingId = useId();
  const none = '—';
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>{t('preview.heading')}</h2>
      <p className="muted">{t('preview.intro')}</p>
      <p>{t('preview.counts', { create: result.create, update: result.update, skip: result.skip, fail: result.fail })}</p>
      {/* Scrolled sideways on a narrow screen, with the keyboard too (its rows may hold no link to tab to). */}
      <div className="table-wrap" tabIndex={0} role="region" aria-label={t('preview.rows')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('preview.line')}</th>
              <th scope="col">{t('preview.action')}</th>
              <th scope="col">{t('preview.name')}</th>
              <th scope="col">{t('preview.email')}</th>
              <th scope="col">{t('preview.phone')}</th>
              <th scope="col">{t('preview.problems')}</th>
            </tr>
          </thead>
          <tbody>
            {result.rows.map((row) => {
              const name = [row.firstName, row.lastName].filter(Boolean).join(' ');
              return (
                <tr key={row.line}>
                  <td className="import-number">{row.line}</td>
                  <td className="import-nowrap">
                    <span className={`badge${row.action === 'Fail' ? ' danger' : row.action === 'Create' ? ' accent' : ''}`}>{t(`actions.${row.action}`)}</span>
                    {row.matchedContactId && <> <Link to={`/contacts/${row.matchedContactId}`}>{t('preview.existing')}</Link></>}
                  </td>
                  <td>{name || none}</td>
                  <td className="import-break">{row.email || none}</td>
                  <td className="import-nowrap">{row.phone || none}</td>
                  <td className="import-problems">
                    {row.problems.length === 0 ? none : (
                      <ul className="plain">
                        {row.problems.map((problem, i) => (
                          <li key={i}>{t('preview.problem', { column: problem.column || t('preview.wholeRow'), reason: problem.reason })}</li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
