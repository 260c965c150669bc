import { describe, it, expect } from 'vitest';
import { changedRules, checkInvitation, emptyInvitation, invitationBody, roleBody, roleDraft, teamBody, teamDraft } from './forms';

describe('invitation', () => {
  it('starts in Paris with no role nor team', () => {
    expect(emptyInvitation('en')).toEqual({ email: '', displayName: '', language: 'en', timeZone: 'Europe/Paris', roles: [], teamId: '' });
  });
  it('asks for an email that looks like one and a name', () => {
    expect(checkInvitation(emptyInvitation('fr'))).toEqual({ email: 'required', displayName: 'required' });
    expect(checkInvitation({ ...emptyInvitation('fr'), email: 'ada', displayName: 'Ada' })).toEqual({ email: 'email' });
    expect(checkInvitation({ ...emptyInvitation('fr'), email: ' ada@example.com ', displayName: 'Ada' })).toEqual({});
  });
  it('trims and sends no team as null', () => {
    const body = invitationBody({ ...emptyInvitation('fr'), email: ' ada@example.com ', displayName: ' Ada ', roles: ['SalesRep'] });
    expect(body).toEqual({ email: 'ada@example.com', displayName: 'Ada', roles: ['SalesRep'], language: 'fr', timeZone: 'Europe/Paris', teamId: null });
    expect(invitationBody({ ...emptyInvitation('fr'), teamId: 't1' }).teamId).toBe('t1');
  });
});

describe('team', () => {
  it('round-trips a team, empty choices becoming null', () => {
    expect(teamDraft(null)).toEqual({ name: '', managerId: '', parentTeamId: '' });
    expect(teamBody(teamDraft({ name: ' Sales ', managerId: 'u1', parentTeamId: null }))).toEqual({ name: 'Sales', managerId: 'u1', parentTeamId: null });
  });
});

describe('role', () => {
  it('sorts the permissions and trims the name', () => {
    const draft = roleDraft({ name: ' Auditor ', permissions: ['reports.read', 'admin.audit'], requiresMfa: true });
    expect(draft.permissions).toEqual(['admin.audit', 'reports.read']);
    expect(roleBody(draft)).toEqual({ name: 'Auditor', permissions: ['admin.audit', 'reports.read'], requiresMfa: true });
    expect(roleDraft()).toEqual({ name: '', permissions: [], requiresMfa: false });
  });
});

describe('changedRules', () => {
  it('keeps only the types whose scope changed', () => {
    const saved = [{ recordType: 'contacts', scope: 'team' }, { recordType: 'deals', scope: 'own' }, { recordType: 'tickets', scope: 'all' }];
    expect(changedRules(saved, { contacts: 'team', deals: 'all', tickets: 'own' })).toEqual([
      { recordType: 'deals', scope: 'all' },
      { recordType: 'tickets', scope: 'own' },
    ]);
    expect(changedRules(saved, {})).toEqual([]);
  });
});
