import { describe, expect, it } from 'vitest';
import { choosablePeople, nameOf, teamsByName, type Person } from './people';

const person = (id: string, displayName: string, isActive = true): Person => ({ id, displayName, isActive, teamId: null });
const people = [person('z', 'Zoé'), person('gone', 'Élodie', false), person('a', 'Aude')];

describe('directory', () => {
  it('names anyone listed, deactivated people included, and nobody else', () => {
    expect(nameOf(people, 'gone')).toBe('Élodie');
    expect(nameOf(people, 'a')).toBe('Aude');
    expect(nameOf(people, 'unknown')).toBeNull();
    expect(nameOf(undefined, 'a')).toBeNull();
    expect(nameOf(people, null)).toBeNull();
  });

  it('offers the active people by name, and keeps the current one even when deactivated', () => {
    expect(choosablePeople(people, 'fr-FR').map((p) => p.id)).toEqual(['a', 'z']);
    expect(choosablePeople(people, 'fr-FR', 'gone').map((p) => p.id)).toEqual(['a', 'gone', 'z']);
    expect(choosablePeople(people, 'fr-FR', 'a').map((p) => p.id)).toEqual(['a', 'z']);
  });

  it('sorts teams by name in the reader’s language', () => {
    const teams = [{ id: '1', name: 'Sud' }, { id: '2', name: 'Équipe Nord' }, { id: '3', name: 'Est' }];
    expect(teamsByName(teams, 'fr-FR').map((t) => t.id)).toEqual(['2', '3', '1']);
  });
});
