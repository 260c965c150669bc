/** The drafts behind the onboarding templates' form and the seller's legal mentions, and what the API receives from them. */
import type { Problem } from '../../api/problem';
import type { components } from '../../api/schema';

export type OnboardingTemplate = components['schemas']['OnboardingTemplateResponse'];
export type OnboardingTemplateRequest = components['schemas']['OnboardingTemplateRequest'];
export type SellerProfile = components['schemas']['SellerProfileResponse'];
export type SellerProfileRequest = components['schemas']['SellerProfileRequest'];

export const templateNameMaxLength = 100;
export const stepTitleMaxLength = 200;
export const maxSteps = 50;
export const maxOffsetDays = 365;

export interface StepDraft {
  /** Tells rows apart while they move; not sent. */
  key: string;
  title: string;
  /** Days after the win, as typed. */
  offsetDays: string;
  /** A user's id, or blank for the deal's owner. */
  assigneeId: string;
}

export interface TemplateDraft {
  name: string;
  steps: StepDraft[];
}

let made = 0;
const newKey = () => `step-${++made}`;

export function newStep(offsetDays = 0): StepDraft {
  return { key: newKey(), title: '', offsetDays: String(offsetDays), assigneeId: '' };
}

export function emptyTemplateDraft(): TemplateDraft {
  return { name: '', steps: [newStep()] };
}

export function templateDraftOf(template: OnboardingTemplate): TemplateDraft {
  return {
    name: template.name,
    steps: template.steps.map((s) => ({ key: newKey(), title: s.title, offsetDays: String(s.offsetDays), assigneeId: s.assigneeId ?? '' })),
  };
}

/** A new task after the last one, due a week after it, while the template has room. */
export function addStep(draft: TemplateDraft): TemplateDraft {
  if (draft.steps.length >= maxSteps) return draft;
  const last = Number(draft.steps.at(-1)?.offsetDays);
  const offset = Number.isInteger(last) ? Math.min(last + 7, maxOffsetDays) : 0;
  return { ...draft, steps: [...draft.steps, newStep(offset)] };
}

/** Removes a task; the last one stays (a template has one at least). */
export function removeStep(draft: TemplateDraft, key: string): TemplateDraft {
  return draft.steps.length <= 1 ? draft : { ...draft, steps: draft.steps.filter((s) => s.key !== key) };
}

/** Moves a task one place up (-1) or down (+1). */
export function moveStep(draft: TemplateDraft, key: string, direction: -1 | 1): TemplateDraft {
  const from = draft.steps.findIndex((s) => s.key === key);
  const to = from + direction;
  if (from < 0 || to < 0 || to >= draft.steps.length) return draft;
  const steps = [...draft.steps];
  [steps[from], steps[to]] = [steps[to]!, steps[from]!];
  return { ...draft, steps };
}

export function updateStep(draft: TemplateDraft, key: string, change: Partial<Omit<StepDraft, 'key'>>): TemplateDraft {
  return { ...draft, steps: draft.steps.map((s) => (s.key === key ? { ...s, ...change } : s)) };
}

export type StepProblem = Partial<Record<'title' | 'offsetDays', 'required' | 'tooLong' | 'offsetDays'>>;

export interface TemplateProblems {
  name?: 'required' | 'tooLong';
  /** By step key. */
  steps: Record<string, StepProblem>;
}

/** A light check before sending: the API has the last word, this only spares a round trip for the obvious. */
export function checkTemplate(draft: TemplateDraft): TemplateProblems {
  const problems: TemplateProblems = { steps: {} };
  const name = draft.name.trim();
  if (!name) problems.name = 'required';
  else if (name.length > templateNameMaxLength) problems.name = 'tooLong';
  for (const step of draft.steps) {
    const problem: StepProblem = {};
    const title = step.title.trim();
    if (!title) problem.title = 'required';
    else if (title.length > stepTitleMaxLength) problem.title = 'tooLong';
    const days = step.offsetDays.trim();
    if (!/^\d+$/.test(days) || Number(days) > maxOffsetDays) problem.offsetDays = 'offsetDays';
    if (Object.keys(problem).length > 0) problems.steps[step.key] = problem;
  }
  return problems;
}

export const hasTemplateProblems = (problems: TemplateProblems) => !!problems.name || Object.keys(problems.steps).length > 0;

export function templateBody(draft: TemplateDraft): OnboardingTemplateRequest {
  return {
    name: draft.name.trim(),
    steps: draft.steps.map((s) => ({ title: s.title.trim(), offsetDays: Number(s.offsetDays.trim()), assigneeId: s.assigneeId || null })),
  };
}

// ——— The seller's legal mentions ———

/** The task (1 for the first) whose assignee the API refused as no longer active, else null. */
export function inactiveAssigneeTask(problem: Problem | null | undefined): number | null {
  const task = problem?.body?.task;
  return problem?.code === 'onboarding.assignee_inactive' && typeof task === 'number' ? task : null;
}

export interface SellerDraft {
  name: string;
  /** One line per line of the postal address. */
  address: string;
  siren: string;
  siret: string;
  vatNumber: string;
  legalNotice: string;
}

export const sellerFields = ['name', 'address', 'siren', 'siret', 'vatNumber', 'legalNotice'] as const;

export function sellerDraftOf(seller: SellerProfile | undefined): SellerDraft {
  return {
    name: seller?.name ?? '',
    address: seller?.address ?? '',
    siren: seller?.siren ?? '',
    siret: seller?.siret ?? '',
    vatNumber: seller?.vatNumber ?? '',
    legalNotice: seller?.legalNotice ?? '',
  };
}

const optional = (text: string) => (text.trim() === '' ? null : text.trim());

export function sellerBody(draft: SellerDraft): SellerProfileRequest {
  return {
    name: draft.name.trim(),
    address: draft.address.replace(/\r\n/g, '\n').split('\n').map((line) => line.trim()).filter(Boolean).join('\n'),
    siren: optional(draft.siren),
    siret: optional(draft.siret),
    vatNumber: optional(draft.vatNumber),
    legalNotice: optional(draft.legalNotice),
  };
}
