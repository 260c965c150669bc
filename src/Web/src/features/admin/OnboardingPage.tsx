import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '../../api/client';
import { unwrap } from '../../api/problem';
import { can, useSignedInUser } from '../../api/session';
import { usePageTitle } from '../../app/usePageTitle';
import { useNotifications } from '../../app/notifications';
import { ConflictNotice } from '../../ui/ConflictNotice';
import { Dialog } from '../../ui/Dialog';
import { FormMessages, SelectField, TextField } from '../../ui/Field';
import { useFormProblem } from '../../ui/problems';
import { usePipelines } from '../deals/queries';
import { choosablePeople, type Person } from '../directory/people';
import { usePeople } from '../directory/queries';
import { useLocale } from '../../i18n/useLocale';
import { salesKeys, useOnboardingTemplates } from '../quotes/queries';
import { Loading, NotAllowed, QueryProblem, ScrollTable } from './AdminParts';
import {
  addStep, checkTemplate, emptyTemplateDraft, hasTemplateProblems, inactiveAssigneeTask, maxSteps, moveStep, removeStep, stepTitleMaxLength,
  templateBody, templateDraftOf, templateNameMaxLength, updateStep, type OnboardingTemplate, type StepDraft, type TemplateDraft,
} from './onboardingDraft';
import './admin.css';
import './pipelines.css';
import './salesSetup.css';

export default function OnboardingPage() {
  const { t } = useTranslation('salesSetup');
  usePageTitle(t('onboarding.title'));
  const me = useSignedInUser();
  if (!can(me, 'sales.setup')) return <NotAllowed title={t('onboarding.title')} text={t('onboarding.notAllowed')} />;
  return <Templates />;
}

/** Colleagues from the directory, named (and said deactivated) as assignees; none for a role without `directory.read`. */
function useUserNames() {
  const { t } = useTranslation('salesSetup');
  const me = useSignedInUser();
  const people = usePeople();
  const label = (person: Person) => (person.isActive ? person.displayName : t('onboarding.form.inactiveAssignee', { name: person.displayName }));
  return {
    readsDirectory: can(me, 'directory.read'),
    people: people.data,
    label,
    name: (id: string) => {
      const person = people.data?.find((p) => p.id === id);
      return person ? label(person) : null;
    },
  };
}

function Templates() {
  const { t } = useTranslation('salesSetup');
  const templates = useOnboardingTemplates();
  const pipelines = usePipelines();
  const names = useUserNames();
  const [editing, setEditing] = useState<{ template: OnboardingTemplate | null } | null>(null);
  const list = [...(templates.data ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  const who = (assigneeId: string | null | undefined) =>
    !assigneeId ? t('onboarding.dealOwner') : names.name(assigneeId) ?? t('onboarding.anotherUser');

  return (
    <>
      <div className="page-header">
        <h1>{t('onboarding.title')}</h1>
        <button type="button" className="button primary" aria-haspopup="dialog" onClick={() => setEditing({ template: null })}>{t('onboarding.new')}</button>
      </div>
      <p className="muted">{t('onboarding.intro')} <Link to="/admin/pipelines">{t('onboarding.pipelinesLink')}</Link></p>
      {templates.isError && <QueryProblem error={templates.error} onRetry={() => void templates.refetch()} />}
      {templates.isPending ? <Loading /> : list.length === 0 ? <p className="muted">{t('onboarding.empty')}</p> : (
        <ScrollTable caption={t('onboarding.caption')}>
          <thead>
            <tr>
              <th scope="col">{t('onboarding.columns.name')}</th>
              <th scope="col">{t('onboarding.columns.steps')}</th>
              <th scope="col">{t('onboarding.columns.pipelines')}</th>
              <th scope="col">{t('onboarding.columns.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((template) => {
              const using = (pipelines.data ?? []).filter((p) => p.onboardingTemplateId === template.id);
              return (
                <tr key={template.id}>
                  <th scope="row">{template.name}</th>
                  <td>
                    <ol className="admin-steps">
                      {template.steps.map((step, index) => (
                        <li key={index}>
                          {t('onboarding.step', { days: step.offsetDays, title: step.title })}
                          <span className="muted"> · {t('onboarding.assignedTo', { who: who(step.assigneeId) })}</span>
                        </li>
                      ))}
                    </ol>
                  </td>
                  <td>{using.length === 0 ? <span className="muted">{t('onboarding.noPipeline')}</span> : using.map((p) => p.name).join(', ')}</td>
                  <td>
                    <div className="admin-actions">
                      <button type="button" className="button small" aria-haspopup="dialog" aria-label={t('onboarding.editOf', { name: template.name })}
                        onClick={() => setEditing({ template })}>{t('common:edit')}</button>
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </ScrollTable>
      )}
      <Dialog open={editing !== null} className="admin-wide-dialog"
        title={editing?.template ? t('onboarding.form.editTitle', { name: editing.template.name }) : t('onboarding.form.createTitle')}
        onClose={() => setEditing(null)}>
        {editing && <TemplateForm key={editing.template?.id ?? 'new'} template={editing.template} onDone={() => setEditing(null)} />}
      </Dialog>
    </>
  );
}

/** Creates an onboarding template (template null) or rewrites one: its name and its tasks, in order. */
function TemplateForm({ template, onDone }: { template: OnboardingTemplate | null; onDone: () => void }) {
  const { t } = useTranslation('salesSetup');
  const queryClient = useQueryClient();
  const { notify } = useNotifications();
  const templates = useOnboardingTemplates();
  const names = useUserNames();
  const locale = useLocale();
  // The version the change is made against; a reload after a conflict takes the latest one.
  const [base, setBase] = useState(template);
  const [draft, setDraft] = useState<TemplateDraft>(() => (template ? templateDraftOf(template) : emptyTemplateDraft()));
  const [checked, setChecked] = useState(false);
  const form = useFormProblem('salesSetup', ['name', 'steps']);
  const problems = checked ? checkTemplate(draft) : { steps: {} };
  const save = useMutation({
    mutationFn: () => base
      ? unwrap(api.PUT('/api/v1/onboarding-templates/{id}', { params: { path: { id: base.id } }, body: templateBody(draft), headers: ifMatch(base.version) }))
      : unwrap(api.POST('/api/v1/onboarding-templates', { body: templateBody(draft) })),
    onMutate: form.clear,
    onSuccess: (saved) => {
      notify(base ? `${t('onboarding.form.saved', { name: saved.name })} ${t('onboarding.form.savedNote')}` : t('onboarding.form.created', { name: saved.name }));
      void queryClient.invalidateQueries({ queryKey: salesKeys.templates });
      onDone();
    },
    onError: form.fail,
  });
  const reload = async () => {
    const { data } = await templates.refetch();
    const fresh = data?.find((item) => item.id === base?.id);
    form.clear();
    if (!fresh) return;
    setBase(fresh);
    setDraft(templateDraftOf(fresh));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setChecked(true);
    form.clear();
    if (hasTemplateProblems(checkTemplate(draft))) return;
    save.mutate();
  };
  const stepError = (step: StepDraft, field: 'title' | 'offsetDays') => {
    const problem = problems.steps[step.key]?.[field];
    return problem ? t(`onboarding.validation.${problem}`) : undefined;
  };
  const set = (step: StepDraft, change: Partial<Omit<StepDraft, 'key'>>) => setDraft((d) => updateStep(d, step.key, change));
  const refusedTask = inactiveAssigneeTask(form.problem);
  const choices = (step: StepDraft) => choosablePeople(names.people ?? [], locale, step.assigneeId);

  return (
    <form className="form admin-pipeline-form" noValidate onSubmit={submit}>
      {form.isConflict ? <ConflictNotice onReload={() => void reload()} onDismiss={form.clear} /> : <FormMessages messages={form.messages} />}
      {Object.keys(problems.steps).length > 0 && <FormMessages messages={[t('onboarding.form.checkSteps')]} />}
      <TextField label={t('onboarding.form.name')} required autoComplete="off" maxLength={templateNameMaxLength} value={draft.name} data-autofocus
        error={problems.name ? t(`onboarding.validation.${problems.name}`) : form.fieldError('name')}
        onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
      <fieldset className="admin-stage-list">
        <legend>{t('onboarding.form.steps')}</legend>
        <span className="hint">{t('onboarding.form.stepsHint')}</span>
        {draft.steps.map((step, index) => {
          const n = index + 1;
          return (
            <fieldset key={step.key} className="admin-stage">
              <legend>{t('onboarding.form.step', { n })}</legend>
              <TextField label={t('onboarding.form.stepTitle')} required autoComplete="off" maxLength={stepTitleMaxLength} value={step.title}
                error={stepError(step, 'title')} onChange={(e) => set(step, { title: e.target.value })} />
              <div className="row admin-step-row">
                <div className="admin-step-days">
                  <TextField label={t('onboarding.form.offsetDays')} hint={t('onboarding.form.offsetDaysHint')} inputMode="numeric" autoComplete="off"
                    value={step.offsetDays} error={stepError(step, 'offsetDays')} onChange={(e) => set(step, { offsetDays: e.target.value })} />
                </div>
                <div className="grow">
                  <SelectField label={t('onboarding.form.assignee')} value={step.assigneeId}
                    hint={names.readsDirectory ? undefined : t('onboarding.form.assigneeHint')}
                    error={refusedTask === n ? t('onboarding.form.assigneeInactive') : undefined}
                    onChange={(e) => set(step, { assigneeId: e.target.value })}>
                    <option value="">{t('onboarding.form.dealOwner')}</option>
                    {step.assigneeId && !choices(step).some((p) => p.id === step.assigneeId) && (
                      <option value={step.assigneeId}>{t('onboarding.form.keepAssignee')}</option>
                    )}
                    {choices(step).map((person) => (
                      <option key={person.id} value={person.id}>{names.label(person)}</option>
                    ))}
                  </SelectField>
                </div>
              </div>
              <div className="admin-actions admin-order">
                <button type="button" className="button small" disabled={index === 0} aria-label={t('onboarding.form.moveUpOf', { n })}
                  onClick={() => setDraft((d) => moveStep(d, step.key, -1))}>
                  <span aria-hidden="true">↑</span> {t('onboarding.form.moveUp')}
                </button>
                <button type="button" className="button small" disabled={index === draft.steps.length - 1} aria-label={t('onboarding.form.moveDownOf', { n })}
                  onClick={() => setDraft((d) => moveStep(d, step.key, 1))}>
                  <span aria-hidden="true">↓</span> {t('onboarding.form.moveDown')}
                </button>
                <button type="button" className="button small danger" disabled={draft.steps.length <= 1} aria-label={t('onboarding.form.removeOf', { n })}
                  onClick={() => setDraft((d) => removeStep(d, step.key))}>
                  {t('onboarding.form.remove')}
                </button>
              </div>
            </fieldset>
          );
        })}
        <button type="button" className="button small" style={{ alignSelf: 'start' }} disabled={draft.steps.length >= maxSteps}
          onClick={() => setDraft(addStep)}>
          {t('onboarding.form.addStep')}
        </button>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={save.isPending}>
          {save.isPending ? t('common:saving') : base ? t('common:save') : t('onboarding.form.submitCreate')}
        </button>
        <button type="button" className="button" onClick={onDone}>{t('common:cancel')}</button>
      </div>
    </form>
  );
}
