import { describe, expect, it } from 'vitest';
import { groupReasons, groupTitle, isScanActive, scanPollInterval, scanShare } from './duplicateScan';

const member = (firstName: string, lastName: string, email: string | null = null) =>
  ({ id: `${firstName}-${lastName}`, firstName, lastName, email, phone: null, companies: [], createdAtUtc: '2026-01-01T00:00:00Z' });

describe('duplicate scan', () => {
  it('is polled while queued or running only', () => {
    expect(isScanActive({ status: 'Queued' })).toBe(true);
    expect(scanPollInterval({ status: 'Running' })).toBe(1000);
    expect(scanPollInterval({ status: 'Completed' })).toBe(false);
    expect(scanPollInterval({ status: 'Failed' })).toBe(false);
    expect(scanPollInterval(null)).toBe(false);
  });

  it('shows the name pass as most of the progress, the later passes as the last tenth', () => {
    expect(scanShare({ status: 'Queued', phase: 'Names', scanned: 0, total: 100 })).toBe(0);
    expect(scanShare({ status: 'Running', phase: 'Names', scanned: 50, total: 100 })).toBeCloseTo(0.45);
    expect(scanShare({ status: 'Running', phase: 'Names', scanned: 0, total: 0 })).toBe(0);
    expect(scanShare({ status: 'Running', phase: 'Companies', scanned: 100, total: 100 })).toBe(0.9);
    expect(scanShare({ status: 'Running', phase: 'Saving', scanned: 100, total: 100 })).toBe(0.98);
    expect(scanShare({ status: 'Completed', phase: 'Saving', scanned: 100, total: 100 })).toBe(1);
  });

  it('orders reasons strongest first and leaves None out', () => {
    expect(groupReasons({ reasons: ['SameCompany', 'None', 'SimilarName', 'SameEmail'] })).toEqual(['SameEmail', 'SimilarName', 'SameCompany']);
  });

  it('titles a group by its contacts’ names, each once, an email standing for a missing name', () => {
    expect(groupTitle({ contacts: [member('Jean', 'Dupont'), member('Jean', 'Dupond'), member('Jean', 'Dupont'), member('', '', 'x@example.com')] }))
      .toBe('Jean Dupont, Jean Dupond, x@example.com');
  });
});
