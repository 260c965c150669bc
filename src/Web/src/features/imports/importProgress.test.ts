import { describe, expect, it } from 'vitest';
import { canRevert, errorReportHref, isActive, isFinished, pollInterval, progressParts, stepOf } from './importProgress';

const counts = { rows: 2, created: 1, updated: 0, skipped: 0, failed: 1 };

describe('polling', () => {
  it('asks every second while a worker is on the import, and stops once it is done', () => {
    expect(['Queued', 'Running', 'Reverting'].map((s) => pollInterval(s as never))).toEqual([1000, 1000, 1000]);
    expect(['Uploaded', 'Completed', 'Failed', 'Reverted'].map((s) => pollInterval(s as never))).toEqual([false, false, false, false]);
    expect(pollInterval(undefined)).toBe(false);
    expect(isActive('Running')).toBe(true);
  });
});

describe('the steps', () => {
  it('is the file, then the mapping while uploaded, then the progress', () => {
    expect(stepOf(undefined)).toBe(1);
    expect(stepOf('Uploaded')).toBe(2);
    expect(stepOf('Queued')).toBe(3);
    expect(stepOf('Reverted')).toBe(3);
  });
});

describe('canRevert', () => {
  it('reverts a finished import that created contacts, and nothing else', () => {
    expect(canRevert({ status: 'Completed', counts })).toBe(true);
    expect(canRevert({ status: 'Failed', counts })).toBe(true);
    expect(canRevert({ status: 'Completed', counts: { ...counts, created: 0 } })).toBe(false);
    expect(canRevert({ status: 'Running', counts })).toBe(false);
    expect(canRevert({ status: 'Reverted', counts })).toBe(false);
    expect(isFinished('Reverted')).toBe(false);
  });
});

describe('progressParts', () => {
  it('reads the rows first, then what became of them', () => {
    expect(progressParts(counts)).toEqual([
      { name: 'rows', value: 2 }, { name: 'created', value: 1 }, { name: 'updated', value: 0 }, { name: 'skipped', value: 0 }, { name: 'failed', value: 1 },
    ]);
  });
});

describe('errorReportHref', () => {
  it('points at the API’s CSV of the rows left out', () => {
    expect(errorReportHref('0b9d6f3e-1c2a-4e5f-8a7b-9c0d1e2f3a4b')).toBe('/api/v1/contacts/imports/0b9d6f3e-1c2a-4e5f-8a7b-9c0d1e2f3a4b/errors');
  });
});
