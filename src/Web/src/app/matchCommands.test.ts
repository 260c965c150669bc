import { describe, expect, it } from 'vitest';
import { fold, matchCommands } from './matchCommands';

const commands = [
  { id: 'home', label: 'Go to Home' },
  { id: 'teams', label: 'Aller à : Équipes' },
  { id: 'new', label: 'New contact', keywords: ['create'] },
  { id: 'contacts', label: 'Go to Contacts' },
];

describe('matchCommands', () => {
  it('keeps every command in order for an empty query', () => {
    expect(matchCommands('  ', commands).map((c) => c.id)).toEqual(['home', 'teams', 'new', 'contacts']);
  });

  it('ignores case and accents', () => {
    expect(matchCommands('equipes', commands).map((c) => c.id)).toEqual(['teams']);
    expect(fold('  Céline ')).toBe('celine');
  });

  it('ranks a label starting with the query before one merely containing it', () => {
    expect(matchCommands('contact', commands).map((c) => c.id)).toEqual(['new', 'contacts']);
    expect(matchCommands('go', commands).map((c) => c.id)).toEqual(['home', 'contacts']);
  });

  it('needs every word, found in the label or the keywords', () => {
    expect(matchCommands('create contact', commands).map((c) => c.id)).toEqual(['new']);
    expect(matchCommands('create home', commands)).toEqual([]);
  });
});
