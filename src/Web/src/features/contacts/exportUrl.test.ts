import { describe, expect, it } from 'vitest';
import { exportUrl } from './exportUrl';

describe('exportUrl', () => {
  it('asks for the whole list without a search', () => {
    expect(exportUrl('csv', '  ')).toBe('/api/v1/contacts/export?format=csv');
  });

  it('keeps the search typed, encoded', () => {
    expect(exportUrl('vcard', ' Hélène & co ')).toBe('/api/v1/contacts/export?format=vcard&q=H%C3%A9l%C3%A8ne+%26+co');
  });
});
