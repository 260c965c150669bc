import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '../../api/client';
import { unwrap } from '../../api/problem';
import { can, useSignedInUser } from '../../api/session';
import { usePageTitle } from '../../app/usePageTitle';
import { useNotifications } from '../../app/notifications';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ConflictNotice } from '../../ui/ConflictNotice';
import { Dialog } from '../../ui/Dialog';
import { FormMessages, SelectField, TextField } from '../../ui/Field';
import { useFormProblem } from '../../ui/problems';
import { useLocale } from '../../i18n/useLocale';
import { dealFieldNames, formatProbability, type DealFieldName } from '../deals/board';
import { dealKeys, useLostReasons, usePipelines, type LostReason } from '../deals/queries';
import { useOnboardingTemplates } from '../quotes/queries';
import { CheckboxGroup, Loading, NotAllowed, QueryProblem, ScrollTable } from './AdminParts';
import {
  addStage, checkPipeline, hasProblems, maxStages, moveStage, newPipelineDraft, openStagesOf, pipelineBody, pipelineDraftOf, removeStage,
  updateStage, type Pipeline, type PipelineDraft, type StageDraft,
} from './pipelineDraft';
import './admin.css';
import './pipelines.css';
import './salesSetup.css';

export default function PipelinesPage() {
  const { t } = useTranslation('salesSetup');
  usePageTitle(t('title'));
  const me = useSignedInUser();
  if (!can(me, 'sales.setup')) return <NotAllowed title={t('title')} text={t('notAllowed')} />;
  return (
    <>
      <div className="page-header"><h1>{t('title')}</h1></div>
      <p className="muted">{t('intro')}</p>
      <Pipelines />
      <LostReasons />
    </>
  );
}

function Pipelines() {
  const { t } = useTranslation('salesSetup');
  const locale = useLocale();
  const queryClient = useQueryClient();
  const { notify } = useNotifications();
  const pipelines = usePipelines();
  const [editing, setEditing] = useState<{ pipeline: Pipeline | null } | null>(null);
  const [deleting, setDeleting] = useState<Pipeline | null>(null);
  const headingId = useId();
  const templates = useOnboardingTemplates();
  const templateNames = new Map((templates.data ?? []).map((template) => [template.id, template.name]));
  const sorted = [...(pipelines.data ?? [])].sort((a, b) => a.position - b.position);
  const fieldNames = (fields: readonly string[]) =>
    new Intl.ListFormat(locale, { type: 'conjunction' }).format(dealFieldNames.filter((f) => fields.includes(f)).map((f) => t(`deals:fields.${f}`)));

  return (
    <section className="stack admin-section" aria-labelledby={headingId}>
      <div className="page-header" style={{ marginBottom: 0 }}>
        <h2 id={headingId} style={{ margin: 0 }}>{t('pipelines.title')}</h2>
        <button type="button" className="button primary" aria-haspopup="dialog" onClick={() => setEditing({ pipeline: null })}>{t('pipelines.new')}</button>
      </div>
      {pipelines.isError && <QueryProblem error={pipelines.error} onRetry={() => void pipelines.refetch()} />}
      {pipelines.isPending ? <Loading /> : sorted.length === 0 ? <p className="muted">{t('pipelines.empty')}</p> : (
        <ScrollTable caption={t('pipelines.caption')}>
          <thead>
            <tr>
              <th scope="col">{t('pipelines.columns.name')}</th>
              <th scope="col">{t('pipelines.columns.stages')}</th>
              <th scope="col">{t('pipelines.columns.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((pipeline) => (
              <tr key={pipeline.id}>
                <th scope="row">
                  {pipeline.name}
                  {(pipeline.forRenewals || pipeline.onboardingTemplateId) && (
                    <div className="admin-badges admin-pipeline-roles">
                      {pipeline.forRenewals && <span className="badge accent">{t('pipelines.renewals')}</span>}
                      {pipeline.onboardingTemplateId && (
                        <span className="badge">
                          {t('pipelines.onboardingOf', { name: templateNames.get(pipeline.onboardingTemplateId) ?? t('pipelines.form.onboardingMissing') })}
                        </span>
                      )}
                    </div>
                  )}
                </th>
                <td>
                  <ol className="admin-stages">
                    {[...pipeline.stages].sort((a, b) => a.position - b.position).map((stage) => (
                      <li key={stage.id}>
                        <span className={stage.kind === 'Open' ? undefined : `badge ${stage.kind === 'Won' ? 'accent' : 'danger'}`}>{stage.name}</span>
                        {stage.kind === 'Open' && <span className="muted"> · {t('pipelines.probability', { percent: formatProbability(stage.probability, locale) })}</span>}
                        {stage.rottingDays != null && <span className="muted"> · {t('pipelines.rotting', { count: stage.rottingDays })}</span>}
                        {stage.requiredFields.length > 0 && <span className="muted"> · {t('pipelines.requires', { fields: fieldNames(stage.requiredFields) })}</span>}
                      </li>
                    ))}
                  </ol>
                </td>
                <td>
                  <div className="admin-actions">
                    <button type="button" className="button small" aria-haspopup="dialog" aria-label={t('pipelines.editOf', { name: pipeline.name })}
                      onClick={() => setEditing({ pipeline })}>{t('common:edit')}</button>
                    <button type="button" className="button small danger" aria-haspopup="dialog" aria-label={t('pipelines.deleteOf', { name: pipeline.name })}
                      onClick={() => setDeleting(pipeline)}>{t('common:delete')}</button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}

      <Dialog open={editing !== null} className="admin-wide-dialog"
        title={editing?.pipeline ? t('pipelines.form.editTitle', { name: editing.pipeline.name }) : t('pipelines.form.createTitle')}
        onClose={() => setEditing(null)}>
        {editing && <PipelineForm key={editing.pipeline?.id ?? 'new'} pipeline={editing.pipeline} onDone={() => setEditing(null)} />}
      </Dialog>

      <ConfirmDialog namespace="salesSetup" open={deleting !== null} title={t('pipelines.deleteDialog.title', { name: deleting?.name ?? '' })}
        confirmLabel={t('pipelines.deleteDialog.confirm')} onClose={() => setDeleting(null)}
        run={() => {
          // After a refusal the list is read again: a second try sends the version read last.
          const current = pipelines.data?.find((p) => p.id === deleting!.id) ?? deleting!;
          return unwrap(api.DELETE('/api/v1/pipelines/{id}', { params: { path: { id: current.id } }, headers: ifMatch(current.version) }));
        }}
        onDone={() => {
          notify(t('pipelines.deleteDialog.done', { name: deleting?.name ?? '' }));
          void queryClient.invalidateQueries({ queryKey: dealKeys.all });
          setDeleting(null);
        }}
        onFail={() => void queryClient.invalidateQueries({ queryKey: dealKeys.pipelines })}>
        <p>{t('pipelines.deleteDialog.body')}</p>
      </ConfirmDialog>
    </section>
  );
}

/** Creates a pipeline (pipeline null) or redefines one: its name and its stages, open ones in order, then won and lost. */
function PipelineForm({ pipeline, onDone }: { pipeline: Pipeline | null; onDone: () => void }) {
  const { t } = useTranslation('salesSetup');
  const queryClient = useQueryClient();
  const { notify } = useNotifications();
  const pipelines = usePipelines();
  // The version the change is made against; a reload after a conflict takes the latest one.
  const [base, setBase] = useState(pipeline);
  const [draft, setDraft] = useState<PipelineDraft>(() => (pipeline
    ? pipelineDraftOf(pipeline)
    : newPipelineDraft({ won: t('pipelines.form.defaultWon'), lost: t('pipelines.form.defaultLost') })));
  const [checked, setChecked] = useState(false);
  const form = useFormProblem('salesSetup', []);
  const problems = checked ? checkPipeline(draft) : { stages: {} };
  const open = openStagesOf(draft);
  const won = draft.stages.find((s) => s.kind === 'Won');
  const lost = draft.stages.find((s) => s.kind === 'Lost');

  const save = useMutation({
    mutationFn: () => base
      ? unwrap(api.PUT('/api/v1/pipelines/{id}', { params: { path: { id: base.id } }, body: pipelineBody(draft), headers: ifMatch(base.version) }))
      : unwrap(api.POST('/api/v1/pipelines', { body: pipelineBody(draft) })),
    onSuccess: (saved) => {
      notify(base ? t('pipelines.form.saved', { name: saved.name }) : t('pipelines.form.created', { name: saved.name }));
      // The boards show the stages as they are now.
      void queryClient.invalidateQueries({ queryKey: dealKeys.all });
      onDone();
    },
    onError: form.fail,
  });
  const reload = async () => {
    const { data } = await pipelines.refetch();
    const fresh = data?.find((p) => p.id === base?.id);
    form.clear();
    if (!fresh) return;
    setBase(fresh);
    setDraft(pipelineDraftOf(fresh));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setChecked(true);
    form.clear();
    if (hasProblems(checkPipeline(draft))) return;
    save.mutate();
  };
  const stageError = (stage: StageDraft, field: 'name' | 'probability' | 'rottingDays') => {
    const problem = problems.stages[stage.key]?.[field];
    return problem ? t(`pipelines.validation.${problem}`) : undefined;
  };
  const set = (stage: StageDraft, change: Partial<StageDraft>) => setDraft((d) => updateStage(d, stage.key, change));
  const stageProblems = Object.keys(problems.stages).length > 0;

  return (
    <form className="form admin-pipeline-form" noValidate onSubmit={submit}>
      {form.isConflict ? <ConflictNotice onReload={() => void reload()} onDismiss={form.clear} /> : <FormMessages messages={form.messages} />}
      {stageProblems && <FormMessages messages={[t('pipelines.form.checkStages')]} />}
      <TextField label={t('pipelines.form.name')} required autoComplete="off" maxLength={100} value={draft.name} data-autofocus
        error={problems.name ? t(`pipelines.validation.${problems.name}`) : undefined} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
      <fieldset className="admin-stage-list">
        <legend>{t('pipelines.form.openStages')}</legend>
        <span className="hint">{t('pipelines.form.openStagesHint')}</span>
        {open.map((stage, index) => {
          const n = index + 1;
          return (
            <fieldset key={stage.key} className="admin-stage">
              <legend>{t('pipelines.form.stage', { n })}</legend>
              <StageName stage={stage} error={stageError(stage, 'name')} onChange={(name) => set(stage, { name })} />
              <div className="row admin-stage-numbers">
                <div className="grow">
                  <TextField label={t('pipelines.form.probability')} hint={t('pipelines.form.probabilityHint')} inputMode="numeric" autoComplete="off"
                    value={stage.probability} error={stageError(stage, 'probability')} onChange={(e) => set(stage, { probability: e.target.value })} />
                </div>
                <div className="grow">
                  <TextField label={t('pipelines.form.rottingDays')} hint={t('pipelines.form.rottingDaysHint')} inputMode="numeric" autoComplete="off"
                    value={stage.rottingDays} error={stageError(stage, 'rottingDays')} onChange={(e) => set(stage, { rottingDays: e.target.value })} />
                </div>
              </div>
              <RequiredFields stage={stage} onChange={(requiredFields) => set(stage, { requiredFields })} />
              <div className="admin-actions admin-order">
                <button type="button" className="button small" disabled={index === 0} aria-label={t('pipelines.form.moveUpOf', { n })}
                  onClick={() => setDraft((d) => moveStage(d, stage.key, -1))}>
                  <span aria-hidden="true">↑</span> {t('pipelines.form.moveUp')}
                </button>
                <button type="button" className="button small" disabled={index === open.length - 1} aria-label={t('pipelines.form.moveDownOf', { n })}
                  onClick={() => setDraft((d) => moveStage(d, stage.key, 1))}>
                  <span aria-hidden="true">↓</span> {t('pipelines.form.moveDown')}
                </button>
                <button type="button" className="button small danger" disabled={open.length <= 1} aria-label={t('pipelines.form.removeOf', { n })}
                  onClick={() => setDraft((d) => removeStage(d, stage.key))}>
                  {t('pipelines.form.remove')}
                </button>
              </div>
            </fieldset>
          );
        })}
        <button type="button" className="button small" style={{ alignSelf: 'start' }} disabled={draft.stages.length >= maxStages}
          onClick={() => setDraft(addStage)}>
          {t('pipelines.form.addStage')}
        </button>
      </fieldset>
      {[won, lost].map((stage) => stage && (
        <fieldset key={stage.key} className="admin-stage">
          <legend>{stage.kind === 'Won' ? t('pipelines.form.won') : t('pipelines.form.lost')}</legend>
          <span className="hint">{stage.kind === 'Won' ? t('pipelines.form.wonHint') : t('pipelines.form.lostHint')}</span>
          <StageName stage={stage} error={stageError(stage, 'name')} onChange={(name) => set(stage, { name })} />
          <RequiredFields stage={stage} onChange={(requiredFields) => set(stage, { requiredFields })} />
        </fieldset>
      ))}
      <PipelineRoles draft={draft} onChange={setDraft} />
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={save.isPending}>
          {save.isPending ? t('common:saving') : base ? t('common:save') : t('pipelines.form.submitCreate')}
        </button>
        <button type="button" className="button" onClick={onDone}>{t('common:cancel')}</button>
      </div>
    </form>
  );
}

/** The onboarding template a win lays out, and whether renewal deals open in this pipeline. */
function PipelineRoles({ draft, onChange }: { draft: PipelineDraft; onChange: (draft: PipelineDraft) => void }) {
  const { t } = useTranslation('salesSetup');
  const templates = useOnboardingTemplates();
  const renewalsId = useId();
  const list = [...(templates.data ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  const chosen = draft.onboardingTemplateId;
  return (
    <fieldset className="admin-stage admin-roles">
      <legend>{t('pipelines.form.roles')}</legend>
      <SelectField label={t('pipelines.form.onboarding')} hint={t('pipelines.form.onboardingHint')} value={chosen ?? ''}
        onChange={(e) => onChange({ ...draft, onboardingTemplateId: e.target.value || null })}>
        <option value="">{t('pipelines.form.onboardingNone')}</option>
        {chosen && templates.isSuccess && !list.some((template) => template.id === chosen) && (
          <option value={chosen}>{t('pipelines.form.onboardingMissing')}</option>
        )}
        {list.map((template) => <option key={template.id} value={template.id}>{template.name}</option>)}
      </SelectField>
      <Link to="/admin/onboarding" className="admin-fixed">{t('pipelines.form.templatesLink')}</Link>
      <div className="field">
        <div className="checkbox">
          <input id={renewalsId} type="checkbox" checked={draft.forRenewals} aria-describedby={`${renewalsId}-hint`}
            onChange={(e) => onChange({ ...draft, forRenewals: e.target.checked })} />
          <label htmlFor={renewalsId}>{t('pipelines.form.forRenewals')}</label>
        </div>
        <span id={`${renewalsId}-hint`} className="hint">{t('pipelines.form.forRenewalsHint')}</span>
      </div>
    </fieldset>
  );
}

function StageName({ stage, error, onChange }: { stage: StageDraft; error?: string; onChange: (name: string) => void }) {
  const { t } = useTranslation('salesSetup');
  return (
    <TextField label={t('pipelines.form.stageName')} required autoComplete="off" maxLength={60} value={stage.name} error={error}
      onChange={(e) => onChange(e.target.value)} />
  );
}

function RequiredFields({ stage, onChange }: { stage: StageDraft; onChange: (fields: DealFieldName[]) => void }) {
  const { t } = useTranslation('salesSetup');
  return (
    <CheckboxGroup legend={t('pipelines.form.required')} selected={stage.requiredFields}
      options={dealFieldNames.map((field) => ({ value: field, label: t(`deals:fields.${field}`) }))}
      onChange={(next) => onChange(dealFieldNames.filter((f) => next.includes(f)))} />
  );
}

function LostReasons() {
  const { t } = useTranslation('salesSetup');
  const queryClient = useQueryClient();
  const { notify } = useNotifications();
  const reasons = useLostReasons();
  const headingId = useId();
  const [name, setName] = useState('');
  const [checked, setChecked] = useState(false);
  const [renaming, setRenaming] = useState<LostReason | null>(null);
  const adding = useFormProblem('salesSetup', []);
  const actions = useFormProblem('salesSetup', []);
  const refresh = () => queryClient.invalidateQueries({ queryKey: dealKeys.lostReasons });

  const add = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/lost-reasons', { body: { name: name.trim() } })),
    onMutate: adding.clear,
    onSuccess: (reason) => {
      notify(t('reasons.added', { name: reason.name }));
      setName('');
      setChecked(false);
      void refresh();
    },
    onError: adding.fail,
  });
  const toggle = useMutation({
    mutationFn: (reason: LostReason) => unwrap(api.PUT('/api/v1/lost-reasons/{id}', {
      params: { path: { id: reason.id } }, body: { name: reason.name, isActive: !reason.isActive }, headers: ifMatch(reason.version),
    })),
    onMutate: actions.clear,
    onSuccess: (reason) => notify(reason.isActive ? t('reasons.restored', { name: reason.name }) : t('reasons.retiredDone', { name: reason.name })),
    onError: actions.fail,
    onSettled: () => refresh(),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setChecked(true);
    if (!name.trim()) return;
    add.mutate();
  };
  const list = reasons.data ?? [];

  return (
    <section className="stack admin-section" aria-labelledby={headingId}>
      <h2 id={headingId} style={{ margin: 0 }}>{t('reasons.title')}</h2>
      <p className="muted" style={{ margin: 0 }}>{t('reasons.intro')}</p>
      <form className="admin-link" noValidate onSubmit={submit}>
        <TextField label={t('reasons.newName')} autoComplete="off" maxLength={100} value={name}
          error={checked && !name.trim() ? t('pipelines.validation.required') : undefined} onChange={(e) => setName(e.target.value)} />
        <button type="submit" className="button" disabled={add.isPending}>{add.isPending ? t('common:saving') : t('reasons.add')}</button>
      </form>
      <FormMessages messages={[...adding.messages, ...actions.messages]} />
      {toggle.isPending && <p role="status" className="muted">{t('working')}</p>}
      {reasons.isError && <QueryProblem error={reasons.error} onRetry={() => void reasons.refetch()} />}
      {reasons.isPending ? <Loading /> : list.length === 0 ? <p className="muted">{t('reasons.empty')}</p> : (
        <ScrollTable caption={t('reasons.caption')}>
          <thead>
            <tr>
              <th scope="col">{t('reasons.columns.name')}</th>
              <th scope="col">{t('reasons.columns.status')}</th>
              <th scope="col">{t('reasons.columns.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((reason) => (
              <tr key={reason.id} className={reason.isActive ? undefined : 'admin-retired'}>
                <th scope="row">{reason.name}</th>
                <td><span className={`badge${reason.isActive ? ' accent' : ''}`}>{reason.isActive ? t('reasons.active') : t('reasons.retired')}</span></td>
                <td>
                  <div className="admin-actions">
                    <button type="button" className="button small" aria-haspopup="dialog" aria-label={t('reasons.renameOf', { name: reason.name })}
                      onClick={() => setRenaming(reason)}>{t('reasons.rename')}</button>
                    <button type="button" className={`button small${reason.isActive ? ' danger' : ''}`} disabled={toggle.isPending}
                      aria-label={reason.isActive ? t('reasons.retireOf', { name: reason.name }) : t('reasons.restoreOf', { name: reason.name })}
                      onClick={() => toggle.mutate(reason)}>
                      {reason.isActive ? t('reasons.retire') : t('reasons.restore')}
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
      <Dialog open={renaming !== null} title={t('reasons.renameTitle', { name: renaming?.name ?? '' })} onClose={() => setRenaming(null)}>
        {renaming && <RenameForm key={renaming.id} reason={renaming} onDone={() => setRenaming(null)} />}
      </Dialog>
    </section>
  );
}

function RenameForm({ reason, onDone }: { reason: LostReason; onDone: () => void }) {
  const { t } = useTranslation('salesSetup');
  const queryClient = useQueryClient();
  const { notify } = useNotifications();
  const reasons = useLostReasons();
  const [base, setBase] = useState(reason);
  const [name, setName] = useState(reason.name);
  const [checked, setChecked] = useState(false);
  const form = useFormProblem('salesSetup', []);
  const save = useMutation({
    mutationFn: () => unwrap(api.PUT('/api/v1/lost-reasons/{id}', {
      params: { path: { id: base.id } }, body: { name: name.trim(), isActive: base.isActive }, headers: ifMatch(base.version),
    })),
    onMutate: form.clear,
    onSuccess: (saved) => {
      notify(t('reasons.renamed', { name: saved.name }));
      void queryClient.invalidateQueries({ queryKey: dealKeys.lostReasons });
      onDone();
    },
    onError: form.fail,
  });
  const reload = async () => {
    const { data } = await reasons.refetch();
    const fresh = data?.find((r) => r.id === base.id);
    form.clear();
    if (fresh) setBase(fresh);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setChecked(true);
    if (!name.trim()) return;
    save.mutate();
  };
  return (
    <form className="form" noValidate onSubmit={submit}>
      {form.isConflict ? <ConflictNotice onReload={() => void reload()} onDismiss={form.clear} /> : <FormMessages messages={form.messages} />}
      <TextField label={t('reasons.name')} required autoComplete="off" maxLength={100} value={name} data-autofocus
        error={checked && !name.trim() ? t('pipelines.validation.required') : undefined} onChange={(e) => setName(e.target.value)} />
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={save.isPending}>{save.isPending ? t('common:saving') : t('common:save')}</button>
        <button type="button" className="button" onClick={onDone}>{t('common:cancel')}</button>
      </div>
    </form>
  );
}
