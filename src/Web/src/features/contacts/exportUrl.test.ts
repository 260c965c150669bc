import { describe, expect, it } from 'vitest';
import { exportUrl } from './exportUrl';

describe('exportUrl', () => {
  it('asks for the whole list without a search, filter or segment', () => {
    expect(exportUrl('csv', { q: '  ', conditions: [] })).toBe('/api/v1/contacts/export?format=csv');
    expect(exportUrl('csv', { q: '', conditions: [], segment: null })).toBe('/api/v1/contacts/export?format=csv');
  });

  it('keeps the search typed, encoded', () => {
    expect(exportUrl('vcard', { q: ' Hélène & co ', conditions: [] })).toBe('/api/v1/contacts/export?format=vcard&q=H%C3%A9l%C3%A8ne+%26+co');
  });

  it('passes each filter as the list does, escapes kept, in order', () => {
    const url = exportUrl('xlsx', {
      q: 'ada',
      conditions: [
        { field: 'lifecycleStage', operator: 'in', values: ['Lead', 'Customer'] },
        { field: 'jobTitle', operator: 'eq', values: ['CEO, founder'] },
        { field: 'cf.seats', operator: 'isEmpty', values: [] },
      ],
    });
    const query = new URL(url, 'http://x').searchParams;
    expect(query.get('format')).toBe('xlsx');
    expect(query.get('q')).toBe('ada');
    expect(query.getAll('filter')).toEqual(['lifecycleStage:in:Lead,Customer', 'jobTitle:eq:CEO\\, founder', 'cf.seats:isEmpty']);
    expect(query.has('segment')).toBe(false);
  });

  it('names the segment opened, with the filters narrowing it', () => {
    const url = exportUrl('csv', { q: '', conditions: [{ field: 'city', operator: 'eq', values: ['Lyon'] }], segment: 'a1b2' });
    expect(url).toBe('/api/v1/contacts/export?format=csv&filter=city%3Aeq%3ALyon&segment=a1b2');
  });
});
