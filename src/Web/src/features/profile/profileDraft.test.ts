import { describe, expect, it } from 'vitest';
import { draftOf, followSavedProfile, sameDraft, toProfileBody } from './profileDraft';

const saved = { displayName: 'Ada', language: 'en', timeZone: 'Europe/London' };

describe('draftOf', () => {
  it('keeps only what the form edits', () => {
    expect(draftOf({ ...saved, email: 'ada@example.com' } as typeof saved)).toEqual(saved);
  });
});

describe('followSavedProfile', () => {
  it('moves an untouched form to the newly saved profile', () => {
    const next = { ...saved, language: 'fr' };
    expect(followSavedProfile({ ...saved }, saved, next)).toEqual(next);
  });

  it('keeps what the user typed', () => {
    const typed = { ...saved, displayName: 'Ada Lovelace' };
    expect(followSavedProfile(typed, saved, { ...saved, language: 'fr' })).toBe(typed);
  });
});

describe('sameDraft', () => {
  it('compares every field', () => {
    expect(sameDraft(saved, { ...saved })).toBe(true);
    expect(sameDraft(saved, { ...saved, timeZone: 'Europe/Paris' })).toBe(false);
  });
});

describe('toProfileBody', () => {
  it('trims the display name', () => {
    expect(toProfileBody({ ...saved, displayName: '  Ada  ' })).toEqual(saved);
  });
});
