/** The draft behind the pipeline form of the sales setup, and what the API receives from it. */
import type { components } from '../../api/schema';
import { dealFieldNames, type DealFieldName } from '../deals/board';

export type Pipeline = components['schemas']['PipelineResponse'];
export type PipelineRequest = components['schemas']['PipelineRequest'];
export type StageKind = components['schemas']['StageKind'];

export const maxStages = 30;
export const maxRottingDays = 365;
export const stageNameMaxLength = 60;

export interface StageDraft {
  /** Tells rows apart while they move; not sent. */
  key: string;
  /** The stage kept, or null for a new one (the API gives it an id). */
  id: string | null;
  name: string;
  kind: StageKind;
  /** Whole percent 0–100, as typed; only open stages have their own (won is 100, lost 0). */
  probability: string;
  /** Days without activity before a deal is flagged, as typed; blank for never. Open stages only. */
  rottingDays: string;
  requiredFields: DealFieldName[];
}

/** Open stages in order, then the won stage, then the lost stage: always one of each closing kind. */
export interface PipelineDraft {
  name: string;
  stages: StageDraft[];
  /** Whether renewal deals open in this pipeline, and the onboarding template its wins lay out. */
  forRenewals: boolean;
  onboardingTemplateId: string | null;
}

let made = 0;
const newKey = () => `new-${++made}`;

export function newStage(name = '', probability = 10): StageDraft {
  return { key: newKey(), id: null, name, kind: 'Open', probability: String(probability), rottingDays: '', requiredFields: [] };
}

/** A new pipeline: one open stage to name, and the won and lost stages named in the reader's language. */
export function newPipelineDraft(names: { won: string; lost: string }): PipelineDraft {
  return {
    name: '',
    forRenewals: false,
    onboardingTemplateId: null,
    stages: [
      newStage(),
      { ...newStage(names.won, 100), kind: 'Won' },
      { ...newStage(names.lost, 0), kind: 'Lost' },
    ],
  };
}

const kindOrder: Record<StageKind, number> = { Open: 0, Won: 1, Lost: 2 };

export function pipelineDraftOf(pipeline: Pipeline): PipelineDraft {
  const stages = [...pipeline.stages].sort((a, b) => kindOrder[a.kind] - kindOrder[b.kind] || a.position - b.position);
  return {
    name: pipeline.name,
    forRenewals: pipeline.forRenewals,
    onboardingTemplateId: pipeline.onboardingTemplateId ?? null,
    stages: stages.map((s) => ({
      key: s.id,
      id: s.id,
      name: s.name,
      kind: s.kind,
      probability: String(s.probability),
      rottingDays: s.rottingDays == null ? '' : String(s.rottingDays),
      requiredFields: dealFieldNames.filter((f) => s.requiredFields.includes(f)),
    })),
  };
}

export const openStagesOf = (draft: PipelineDraft) => draft.stages.filter((s) => s.kind === 'Open');

/** Puts the stages back in the order the API keeps: open ones as given, then won, then lost. */
function ordered(stages: StageDraft[]): StageDraft[] {
  return [...stages.filter((s) => s.kind === 'Open'), ...stages.filter((s) => s.kind === 'Won'), ...stages.filter((s) => s.kind === 'Lost')];
}

/** A new open stage after the last open one (before won and lost), while the pipeline has room. */
export function addStage(draft: PipelineDraft): PipelineDraft {
  if (draft.stages.length >= maxStages) return draft;
  return { ...draft, stages: ordered([...draft.stages, newStage()]) };
}

/** Removes an open stage; the won and lost stages stay, and so does the last open one. */
export function removeStage(draft: PipelineDraft, key: string): PipelineDraft {
  const stage = draft.stages.find((s) => s.key === key);
  if (!stage || stage.kind !== 'Open' || openStagesOf(draft).length <= 1) return draft;
  return { ...draft, stages: draft.stages.filter((s) => s.key !== key) };
}

/** Moves an open stage one place up (-1) or down (+1) among the open stages. */
export function moveStage(draft: PipelineDraft, key: string, direction: -1 | 1): PipelineDraft {
  const open = openStagesOf(draft);
  const from = open.findIndex((s) => s.key === key);
  const to = from + direction;
  if (from < 0 || to < 0 || to >= open.length) return draft;
  const reordered = [...open];
  [reordered[from], reordered[to]] = [reordered[to]!, reordered[from]!];
  return { ...draft, stages: ordered([...reordered, ...draft.stages.filter((s) => s.kind !== 'Open')]) };
}

export function updateStage(draft: PipelineDraft, key: string, change: Partial<Omit<StageDraft, 'key' | 'id' | 'kind'>>): PipelineDraft {
  return { ...draft, stages: draft.stages.map((s) => (s.key === key ? { ...s, ...change } : s)) };
}

export type StageProblem = Partial<Record<'name' | 'probability' | 'rottingDays', 'required' | 'duplicate' | 'tooLong' | 'probability' | 'rottingDays'>>;

export interface PipelineProblems {
  name?: 'required' | 'tooLong';
  /** By stage key. */
  stages: Record<string, StageProblem>;
}

const wholeNumber = /^\d+$/;

/** A light check before sending: the API has the last word, this only spares a round trip for the obvious. */
export function checkPipeline(draft: PipelineDraft): PipelineProblems {
  const problems: PipelineProblems = { stages: {} };
  const name = draft.name.trim();
  if (!name) problems.name = 'required';
  else if (name.length > 100) problems.name = 'tooLong';
  const seen = new Set<string>();
  for (const stage of draft.stages) {
    const stageProblem: StageProblem = {};
    const stageName = stage.name.trim();
    const folded = stageName.toLocaleLowerCase();
    if (!stageName) stageProblem.name = 'required';
    else if (stageName.length > stageNameMaxLength) stageProblem.name = 'tooLong';
    else if (seen.has(folded)) stageProblem.name = 'duplicate';
    seen.add(folded);
    if (stage.kind === 'Open') {
      const probability = stage.probability.trim();
      if (!wholeNumber.test(probability) || Number(probability) > 100) stageProblem.probability = 'probability';
      const days = stage.rottingDays.trim();
      if (days && (!wholeNumber.test(days) || Number(days) < 1 || Number(days) > maxRottingDays)) stageProblem.rottingDays = 'rottingDays';
    }
    if (Object.keys(stageProblem).length > 0) problems.stages[stage.key] = stageProblem;
  }
  return problems;
}

export const hasProblems = (problems: PipelineProblems) => !!problems.name || Object.keys(problems.stages).length > 0;

/**
 * The pipeline as the API takes it: every stage, in order, a kept one with its id; what this form does not change is
 * sent back as read (the API would clear an onboarding template left out).
 */
export function pipelineBody(draft: PipelineDraft): PipelineRequest {
  return {
    name: draft.name.trim(),
    forRenewals: draft.forRenewals,
    onboardingTemplateId: draft.onboardingTemplateId,
    stages: ordered(draft.stages).map((s) => ({
      id: s.id,
      name: s.name.trim(),
      kind: s.kind,
      probability: s.kind === 'Won' ? 100 : s.kind === 'Lost' ? 0 : Number(s.probability.trim()),
      rottingDays: s.kind === 'Open' && s.rottingDays.trim() ? Number(s.rottingDays.trim()) : null,
      requiredFields: dealFieldNames.filter((f) => s.requiredFields.includes(f)),
    })),
  };
}
