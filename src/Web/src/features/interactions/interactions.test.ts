import { describe, expect, it } from 'vitest';
import { draftOf, durationParts, emptyDraft, excerptOf, linksOf, localDateTime, toInteractionRequest, type Interaction } from './interactions';

describe('toInteractionRequest', () => {
  const now = new Date(2027, 0, 11, 9, 5);

  it('sends a call with its minutes as seconds, its time in UTC and no visit fields', () => {
    const draft = { ...emptyDraft('Call', now), minutes: '4,5', outcome: 'LeftMessage' as const, location: 'ignored', notes: '  Rappeler lundi  ' };

    expect(toInteractionRequest(draft, { contactIds: ['c1'] })).toEqual({
      kind: 'Call', happenedAtUtc: now.toISOString(), direction: 'Outbound', durationSeconds: 270, outcome: 'LeftMessage',
      location: null, title: null, notes: 'Rappeler lundi', contactIds: ['c1'], companyId: null, dealId: null,
    });
  });

  it('counts a blank duration as 0 and lets the server refuse a nonsense one', () => {
    expect(toInteractionRequest(emptyDraft('Call', now), {}).durationSeconds).toBe(0);
    expect(toInteractionRequest({ ...emptyDraft('Call', now), minutes: 'abc' }, {}).durationSeconds).toBe(-1);
  });

  it('sends a visit report without call fields, and leaves a blank time to the server', () => {
    const draft = { ...emptyDraft('Visit', now), when: '', location: ' Lyon ', notes: 'Démo faite' };

    const request = toInteractionRequest(draft, { companyId: 'co', dealId: 'd' });

    expect(request).toMatchObject({ kind: 'Visit', happenedAtUtc: null, durationSeconds: null, location: 'Lyon', notes: 'Démo faite', contactIds: [], companyId: 'co', dealId: 'd' });
    expect([request.direction, request.outcome]).toEqual([undefined, undefined]);
  });
});

describe('localDateTime', () => {
  it('shows the browser clock as a datetime-local value', () => {
    expect(localDateTime(new Date(2027, 0, 2, 3, 4))).toBe('2027-01-02T03:04');
  });
});

describe('durationParts', () => {
  it('tells seconds under a minute, whole minutes rounded up beyond', () => {
    expect(durationParts(0)).toEqual({ unit: 'seconds', count: 0 });
    expect(durationParts(59)).toEqual({ unit: 'seconds', count: 59 });
    expect(durationParts(240)).toEqual({ unit: 'minutes', count: 4 });
    expect(durationParts(241)).toEqual({ unit: 'minutes', count: 5 });
  });
});

describe('excerptOf', () => {
  it('keeps the first three lines, cut to 240 characters', () => {
    expect(excerptOf('Un\r\nDeux\nTrois\nQuatre')).toBe('Un\nDeux\nTrois');
    expect(excerptOf(`${'a'.repeat(250)}`)).toBe(`${'a'.repeat(240)}…`);
    expect(excerptOf('  \n ')).toBeNull();
    expect(excerptOf(null)).toBeNull();
  });
});

describe('changing a logged call or visit', () => {
  const call = {
    id: 'i1', kind: 'Call', happenedAtUtc: '2026-11-29T09:30:00Z', direction: 'Inbound', durationSeconds: 270, outcome: 'LeftMessage',
    title: 'Relance', location: null, notes: 'Rappeler lundi', contactIds: ['c1'], companyId: 'co1', dealId: null, loggedBy: 'u1', version: 3,
  } as unknown as Interaction;

  it('fills the form with what was logged, the minutes as a number', () => {
    const draft = draftOf(call);
    expect(draft).toMatchObject({ kind: 'Call', direction: 'Inbound', minutes: '4.5', outcome: 'LeftMessage', title: 'Relance', notes: 'Rappeler lundi' });
    expect(new Date(draft.when).toISOString()).toBe('2026-11-29T09:30:00.000Z');
    expect(toInteractionRequest(draft, linksOf(call))).toMatchObject({ durationSeconds: 270, contactIds: ['c1'], companyId: 'co1', dealId: null });
  });
});
