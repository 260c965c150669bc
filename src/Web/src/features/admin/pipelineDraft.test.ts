import { describe, expect, it } from 'vitest';
import {
  addStage, checkPipeline, hasProblems, moveStage, newPipelineDraft, openStagesOf, pipelineBody, pipelineDraftOf, removeStage, updateStage,
  type Pipeline,
} from './pipelineDraft';

const pipeline: Pipeline = {
  id: 'p1', name: 'New business', position: 0, version: 4, forRenewals: true, onboardingTemplateId: 't1',
  stages: [
    { id: 'lost', name: 'Lost', kind: 'Lost', position: 4, probability: 0, rottingDays: null, requiredFields: [] },
    { id: 'won', name: 'Won', kind: 'Won', position: 3, probability: 100, rottingDays: null, requiredFields: ['amount'] },
    { id: 'qual', name: 'Qualification', kind: 'Open', position: 0, probability: 10, rottingDays: 14, requiredFields: [] },
    { id: 'prop', name: 'Proposal', kind: 'Open', position: 2, probability: 50, rottingDays: null, requiredFields: ['company', 'amount'] },
    { id: 'needs', name: 'Needs analysis', kind: 'Open', position: 1, probability: 25, rottingDays: 14, requiredFields: [] },
  ],
};

describe('pipelineDraftOf and pipelineBody', () => {
  it('keep open stages in order then won and lost, each with its id, and send them back the same with what the form does not change', () => {
    const draft = pipelineDraftOf(pipeline);
    expect(draft.stages.map((s) => s.name)).toEqual(['Qualification', 'Needs analysis', 'Proposal', 'Won', 'Lost']);
    expect(pipelineBody(draft)).toEqual({
      name: 'New business',
      forRenewals: true,
      onboardingTemplateId: 't1',
      stages: [
        { id: 'qual', name: 'Qualification', kind: 'Open', probability: 10, rottingDays: 14, requiredFields: [] },
        { id: 'needs', name: 'Needs analysis', kind: 'Open', probability: 25, rottingDays: 14, requiredFields: [] },
        { id: 'prop', name: 'Proposal', kind: 'Open', probability: 50, rottingDays: null, requiredFields: ['amount', 'company'] },
        { id: 'won', name: 'Won', kind: 'Won', probability: 100, rottingDays: null, requiredFields: ['amount'] },
        { id: 'lost', name: 'Lost', kind: 'Lost', probability: 0, rottingDays: null, requiredFields: [] },
      ],
    });
  });

  it('sends a new pipeline’s stages without ids, blank rotting as none, trimmed names', () => {
    let draft = newPipelineDraft({ won: 'Gagnée', lost: 'Perdue' });
    draft = { ...draft, name: ' Renouvellements ' };
    draft = updateStage(draft, draft.stages[0]!.key, { name: ' Contact ', probability: '20', rottingDays: ' ' });
    expect(pipelineBody(draft)).toEqual({
      name: 'Renouvellements',
      forRenewals: false,
      onboardingTemplateId: null,
      stages: [
        { id: null, name: 'Contact', kind: 'Open', probability: 20, rottingDays: null, requiredFields: [] },
        { id: null, name: 'Gagnée', kind: 'Won', probability: 100, rottingDays: null, requiredFields: [] },
        { id: null, name: 'Perdue', kind: 'Lost', probability: 0, rottingDays: null, requiredFields: [] },
      ],
    });
  });
});

describe('stage changes', () => {
  it('add a stage before won and lost, move open stages among themselves, and never remove the last open stage or a closing one', () => {
    let draft = pipelineDraftOf(pipeline);
    draft = addStage(draft);
    expect(draft.stages.map((s) => s.kind)).toEqual(['Open', 'Open', 'Open', 'Open', 'Won', 'Lost']);
    const added = openStagesOf(draft)[3]!;
    expect(added.id).toBeNull();

    draft = moveStage(draft, 'prop', -1);
    expect(openStagesOf(draft).map((s) => s.id)).toEqual(['qual', 'prop', 'needs', null]);
    expect(moveStage(draft, 'qual', -1)).toBe(draft);
    expect(moveStage(draft, added.key, 1)).toBe(draft);
    expect(moveStage(draft, 'won', -1)).toBe(draft);

    expect(removeStage(draft, 'won')).toBe(draft);
    draft = removeStage(removeStage(removeStage(draft, 'qual'), 'prop'), 'needs');
    expect(openStagesOf(draft)).toHaveLength(1);
    expect(removeStage(draft, added.key)).toBe(draft);
  });
});

describe('checkPipeline', () => {
  it('asks for names, tells twins apart, and keeps probability and rotting days in range', () => {
    let draft = pipelineDraftOf(pipeline);
    draft = { ...draft, name: ' ' };
    draft = updateStage(draft, 'needs', { name: 'qualification ' });
    draft = updateStage(draft, 'prop', { probability: '120', rottingDays: '0' });
    draft = updateStage(draft, 'won', { name: '' });
    const problems = checkPipeline(draft);
    expect(problems.name).toBe('required');
    expect(problems.stages).toEqual({
      needs: { name: 'duplicate' },
      prop: { probability: 'probability', rottingDays: 'rottingDays' },
      won: { name: 'required' },
    });
    expect(hasProblems(problems)).toBe(true);
    expect(hasProblems(checkPipeline(pipelineDraftOf(pipeline)))).toBe(false);
  });
});
