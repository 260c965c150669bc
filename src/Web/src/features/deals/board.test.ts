import { describe, expect, it } from 'vitest';
import {
  boardQuery, chosenPipeline, columnCards, dropAction, extrasAfterMove, filtersFromParams, formatDay, formatProbability, missingFieldsOf,
  openStages, paramsFromFilters, stagesToMoveTo, totalLines, type DealCard, type Pipeline, type Stage,
} from './board';

const stage = (id: string, position: number, kind: Stage['kind'] = 'Open'): Stage =>
  ({ id, name: id, kind, position, probability: kind === 'Won' ? 100 : 0, rottingDays: null, requiredFields: [] });
const stages = [stage('won', 3, 'Won'), stage('lead', 0), stage('lost', 4, 'Lost'), stage('demo', 1), stage('offer', 2)];
const card = (id: string): DealCard =>
  ({ id, name: `Deal ${id}`, ownerId: 'u1', status: 'Open', isRotting: false, stageEnteredAtUtc: '2026-01-01T00:00:00Z', version: 1 });

const team = '0196a2f0-0000-7000-8000-00000000000a';
const colleague = '0196a2f0-0000-7000-8000-00000000000b';

describe('filters', () => {
  it('read the address, ignoring what is not a day, and write back only what narrows the board', () => {
    const filters = filtersFromParams(new URLSearchParams('pipeline=p2&owner=mine&from=2026-01-01&to=soon'));
    expect(filters).toEqual({ pipelineId: 'p2', owner: { kind: 'me' }, closeFrom: '2026-01-01', closeTo: '', fields: {} });
    expect(paramsFromFilters(filters)).toEqual({ pipeline: 'p2', owner: 'mine', from: '2026-01-01' });
    expect(paramsFromFilters(filtersFromParams(new URLSearchParams('owner=nobody')))).toEqual({});
    expect(paramsFromFilters(filtersFromParams(new URLSearchParams('owner=user:nobody')))).toEqual({});
  });

  it('keep a colleague or a team chosen as owner in the address', () => {
    const filters = filtersFromParams(new URLSearchParams(`owner=team:${team}`));
    expect(filters.owner).toEqual({ kind: 'team', id: team });
    expect(paramsFromFilters(filters)).toEqual({ owner: `team:${team}` });
    expect(paramsFromFilters(filtersFromParams(new URLSearchParams(`owner=user:${colleague}`)))).toEqual({ owner: `user:${colleague}` });
  });

  it('give the board my id for "my deals", a colleague’s or a team’s id, and the dates', () => {
    expect(boardQuery({ pipelineId: 'p', owner: { kind: 'me' }, closeFrom: '', closeTo: '2026-03-31', fields: {} }, 'me')).toEqual({ ownerId: 'me', closeTo: '2026-03-31' });
    expect(boardQuery({ pipelineId: 'p', owner: { kind: 'all' }, closeFrom: '', closeTo: '', fields: {} }, 'me')).toEqual({});
    expect(boardQuery({ pipelineId: 'p', owner: { kind: 'user', id: colleague }, closeFrom: '', closeTo: '', fields: {} }, 'me')).toEqual({ ownerId: colleague });
    expect(boardQuery({ pipelineId: 'p', owner: { kind: 'team', id: team }, closeFrom: '', closeTo: '', fields: {} }, 'me')).toEqual({ teamId: team });
  });

  it('keep deal custom fields in the address and send them as equality conditions, escaping commas', () => {
    const filters = filtersFromParams(new URLSearchParams('cf.region=nord&cf.remote=true&cf.=x&cf.empty='));
    expect(filters.fields).toEqual({ region: 'nord', remote: 'true' });
    expect(paramsFromFilters(filters)).toEqual({ 'cf.region': 'nord', 'cf.remote': 'true' });
    expect(boardQuery({ ...filters, fields: { ...filters.fields, city: 'Paris, Lyon' } }, 'me'))
      .toEqual({ filter: ['cf.city:eq:Paris\\, Lyon', 'cf.region:eq:nord', 'cf.remote:eq:true'] });
  });

  it('choose the pipeline asked for, else the first one', () => {
    const pipelines = [{ id: 'b', position: 1 }, { id: 'a', position: 0 }] as Pipeline[];
    expect(chosenPipeline(pipelines, 'b')?.id).toBe('b');
    expect(chosenPipeline(pipelines, 'gone')?.id).toBe('a');
    expect(chosenPipeline([], '')).toBeUndefined();
  });
});

describe('drop rules', () => {
  it('do nothing on the card’s own column, ask why on the lost stage, and move otherwise', () => {
    expect(dropAction('demo', stage('demo', 1))).toBe('none');
    expect(dropAction('demo', stage('lost', 4, 'Lost'))).toBe('askLostReason');
    expect(dropAction('demo', stage('won', 3, 'Won'))).toBe('move');
    expect(dropAction('lost', stage('lead', 0))).toBe('move');
  });

  it('offer every other stage in the board’s order, and the open ones as the deal’s path', () => {
    expect(stagesToMoveTo(stages, 'demo').map((s) => s.id)).toEqual(['lead', 'offer', 'won', 'lost']);
    expect(openStages(stages).map((s) => s.id)).toEqual(['lead', 'demo', 'offer']);
  });

  it('read the missing fields of a refused move, keeping only fields a stage can require', () => {
    expect(missingFieldsOf({ status: 422, code: 'deal.stage_requirements_missing', body: { missingFields: ['amount', 'colour', 'company'] } }))
      .toEqual(['amount', 'company']);
    expect(missingFieldsOf({ status: 422 })).toEqual([]);
  });
});

describe('column pages', () => {
  it('show a card once when it is both in the first page and in a page loaded later', () => {
    const fresh = { ...card('c5'), version: 2 };
    expect(columnCards([card('c9'), fresh], [card('c5'), card('c3')]).map((c) => [c.id, c.version])).toEqual([['c9', 1], ['c5', 2], ['c3', 1]]);
  });

  it('take a moved card out of its old column’s pages and into the new column’s when it sorts after its first page', () => {
    const extras = { demo: { items: [card('c4'), card('c2')], nextCursor: 'x' }, offer: { items: [card('c3'), card('c1')], nextCursor: null } };
    const moved = { ...card('c2'), version: 2 };
    const next = extrasAfterMove(extras, moved, 'demo', 'offer', [card('c8'), card('c6')]);
    expect(next.demo!.items.map((c) => c.id)).toEqual(['c4']);
    expect(next.offer!.items.map((c) => c.id)).toEqual(['c3', 'c2', 'c1']);
    // Newer than the last card of the first page: the refreshed board shows it.
    const newer = extrasAfterMove(extras, card('c7'), 'lead', 'offer', [card('c8'), card('c6')]);
    expect(newer.offer!.items.map((c) => c.id)).toEqual(['c3', 'c1']);
  });
});

describe('formatting', () => {
  it('gives each currency its own total and weighted total, in the reader’s money format', () => {
    const lines = totalLines([{ currency: 'USD', amount: 1000, weighted: 250 }, { currency: 'EUR', amount: 12500.5, weighted: 3125.13 }], 'fr-FR');
    expect(lines.map((l) => l.currency)).toEqual(['EUR', 'USD']);
    expect(lines[0]!.amount.replace(/\s/g, ' ')).toBe('12 500,50 €');
    expect(lines[0]!.weighted.replace(/\s/g, ' ')).toBe('3 125,13 €');
    expect(totalLines([{ currency: 'EUR', amount: 12500.5, weighted: 3125.13 }], 'en-GB')[0]!.amount).toBe('€12,500.50');
  });

  it('shows a day as the same day whatever the time zone, and a probability as a percentage', () => {
    expect(formatDay('2026-03-01', 'en-GB')).toBe('1 Mar 2026');
    expect(formatDay('2026-03-01', 'fr-FR')).toBe('1 mars 2026');
    expect(formatProbability(25, 'en-GB')).toBe('25%');
    expect(formatProbability(25, 'fr-FR').replace(/\s/g, ' ')).toBe('25 %');
  });
});
