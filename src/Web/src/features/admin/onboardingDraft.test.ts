import { describe, expect, it } from 'vitest';
import {
  addStep, checkTemplate, emptyTemplateDraft, hasTemplateProblems, inactiveAssigneeTask, moveStep, removeStep, sellerBody, sellerDraftOf, templateBody, templateDraftOf,
  updateStep, type OnboardingTemplate,
} from './onboardingDraft';

const template: OnboardingTemplate = {
  id: 't1', name: 'SaaS kick-off', version: 4,
  steps: [
    { title: 'Kick-off call', offsetDays: 2, assigneeId: null },
    { title: 'Training', offsetDays: 10, assigneeId: '0190a0a0-0000-7000-8000-0000000000aa' },
  ],
};

describe('the onboarding template draft', () => {
  it('gives back the template it read, the deal owner as a blank assignee', () => {
    const draft = templateDraftOf(template);
    expect(draft.steps.map((s) => s.assigneeId)).toEqual(['', '0190a0a0-0000-7000-8000-0000000000aa']);
    expect(templateBody(draft)).toEqual({ name: 'SaaS kick-off', steps: template.steps });
  });

  it('adds a task a week after the last, moves and removes tasks, keeping one', () => {
    let draft = templateDraftOf(template);
    draft = addStep(draft);
    expect(draft.steps.map((s) => s.offsetDays)).toEqual(['2', '10', '17']);
    const [first, second] = draft.steps;
    expect(moveStep(draft, second!.key, -1).steps.map((s) => s.title)).toEqual(['Training', 'Kick-off call', '']);
    expect(moveStep(draft, first!.key, -1)).toBe(draft);
    const single = emptyTemplateDraft();
    expect(removeStep(single, single.steps[0]!.key)).toBe(single);
  });

  it('tells a missing name, an untitled task and a day out of range', () => {
    const draft = emptyTemplateDraft();
    const step = draft.steps[0]!.key;
    expect(checkTemplate(draft)).toEqual({ name: 'required', steps: { [step]: { title: 'required' } } });
    const late = updateStep({ ...draft, name: 'Go-live' }, step, { title: 'Review', offsetDays: '400' });
    expect(checkTemplate(late)).toEqual({ steps: { [step]: { offsetDays: 'offsetDays' } } });
    expect(hasTemplateProblems(checkTemplate(updateStep(late, step, { offsetDays: '0' })))).toBe(false);
    expect(checkTemplate(updateStep(late, step, { offsetDays: '1.5' })).steps[step]).toEqual({ offsetDays: 'offsetDays' });
  });
});

describe('the seller’s legal mentions', () => {
  it('sends blanks as nothing and the address one line per line', () => {
    const draft = { ...sellerDraftOf(undefined), name: ' Acme SAS ', address: '12 rue de la Paix\r\n\r\n 75002 Paris ', siret: ' 732 829 320 00017 ' };
    expect(sellerBody(draft)).toEqual({
      name: 'Acme SAS', address: '12 rue de la Paix\n75002 Paris', siren: null, siret: '732 829 320 00017', vatNumber: null, legalNotice: null,
    });
  });

  it('finds the task whose assignee the API refused as no longer active', () => {
    const refused = { status: 422, code: 'onboarding.assignee_inactive', body: { code: 'onboarding.assignee_inactive', task: 2 } };
    expect(inactiveAssigneeTask(refused)).toBe(2);
    expect(inactiveAssigneeTask({ status: 422, code: 'onboarding.assignee_inactive' })).toBeNull();
    expect(inactiveAssigneeTask({ status: 400, code: 'onboarding.step_invalid', body: { task: 2 } })).toBeNull();
    expect(inactiveAssigneeTask(null)).toBeNull();
  });
});
