import { describe, expect, it } from 'vitest';
import { contactName } from './contactName';
import { initials } from '../../app/initials';

describe('contactName', () => {
  it('joins the names it has, else falls back to an email, else a dash', () => {
    expect(contactName({ firstName: 'Ada', lastName: 'Lovelace' })).toBe('Ada Lovelace');
    expect(contactName({ firstName: ' ', lastName: 'Curie', emails: [{ address: 'm@c.fr' }] })).toBe('Curie');
    expect(contactName({ emails: [{ address: ' m@c.fr ' }] })).toBe('m@c.fr');
    expect(contactName({})).toBe('—');
  });
});

describe('initials', () => {
  it('takes the first letters of the first and last words', () => {
    expect(initials('Marie Salomea Curie')).toBe('MC');
    expect(initials('ada')).toBe('A');
    expect(initials('  ')).toBe('?');
  });
});
